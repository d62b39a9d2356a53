package phrase

// wordTable maps the words patterns name to their vocab numbers, for Set.symbol, which looks up
// every token of every draft (and the first bytes of those it does not find, for prefix
// patterns): it was a third of Run. An open-addressing table with a hash of a few
// multiplications, whose slots hold short words as integers, costs about half a Go map's look-up
// for the short words drafts are made of (BenchmarkVocabLookup). It is built once and only read
// after, by any goroutine.
type wordTable struct {
	shift uint8
	slots []wordSlot
	// long are the words of more than eight bytes: few, and read only for a long word.
	long []string
}

// wordSlot holds a word of up to eight bytes as its bytes, which one comparison of integers
// tells apart, with no call and no load from the string's scattered bytes: most words are that
// short, and those loads were most of the look-up.
type wordSlot struct {
	short uint64 // packShort of the word, or for a longer word its index in long
	n     uint32 // the word's length
	id    int32  // the value plus one; 0: empty
}

// newWordTable builds a table of m, at most half full.
func newWordTable(m map[string]int32) wordTable {
	bits := uint8(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := wordTable{shift: 64 - bits, slots: make([]wordSlot, 1<<bits)}
	mask := uint64(len(t.slots) - 1)
	for w, id := range m {
		h := hashWord(w) >> t.shift
		for t.slots[h].id != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = wordSlot{n: uint32(len(w)), id: id + 1}
		if len(w) <= 8 {
			t.slots[h].short = packShort(w)
		} else {
			t.slots[h].short = uint64(len(t.long))
			t.long = append(t.long, w)
		}
	}
	return t
}

// get returns w's value and whether it is in the table.
func (t *wordTable) get(w string) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	if len(w) > 8 {
		for h := hashWord(w) >> t.shift; ; h = (h + 1) & mask {
			sl := &t.slots[h]
			if sl.id == 0 {
				return 0, false
			}
			if sl.n == uint32(len(w)) && t.long[sl.short] == w {
				return sl.id - 1, true
			}
		}
	}
	// Words of one length and their packShort are one to one, so comparing both is comparing
	// the words.
	v := packShort(w)
	for h := hashShort(len(w), v) >> t.shift; ; h = (h + 1) & mask {
		sl := &t.slots[h]
		if sl.id == 0 {
			return 0, false
		}
		if sl.short == v && sl.n == uint32(len(w)) {
			return sl.id - 1, true
		}
	}
}

const (
	hashMul = 0x9e3779b97f4a7c15
	hashMix = 0xbf58476d1ce4e5b9
)

// hashWord hashes a string eight bytes at a time, with a multiply and a rotation per eight bytes
// and a final mix, so that the table's index, its top bits, depends on every byte. The last
// bytes are read as packShort reads them, so a short word takes no loop.
func hashWord(s string) uint64 {
	h := uint64(len(s)) * hashMul
	for len(s) > 8 {
		h = (h ^ load64(s)) * hashMul
		h = h<<31 | h>>33
		s = s[8:]
	}
	return mixLast(h, packShort(s))
}

// hashShort is hashWord of a word of n <= 8 bytes whose packShort is v.
func hashShort(n int, v uint64) uint64 { return mixLast(uint64(n)*hashMul, v) }

// mixLast folds the last bytes, packed, into h and mixes.
func mixLast(h, v uint64) uint64 {
	h = (h ^ v) * hashMul
	h ^= h >> 29
	h *= hashMix
	return h ^ h>>32
}

// packShort reads up to eight bytes of s into an integer, as two loads that may overlap for
// four to seven. For a given length every byte lands in it, so two words of one length are
// equal if and only if their packs are.
func packShort(s string) uint64 {
	switch n := len(s); {
	case n == 8:
		return load64(s)
	case n >= 4:
		return uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	case n > 0:
		return uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return 0
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
