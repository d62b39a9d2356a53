package phrase

// wordTable maps the words patterns name to their vocab numbers, for Set.symbol, which looks up
// every token of every draft (and the first bytes of those it does not find, for prefix
// patterns): it was a third of Run. An open-addressing table with a hash of a few
// multiplications costs two thirds to three quarters of a Go map's look-up for the short words
// drafts are made of (BenchmarkVocabLookup: 18-26 against 28-34 ns a word). It is built once and
// only read after, by any goroutine.
type wordTable struct {
	shift uint8
	slots []wordSlot
}

type wordSlot struct {
	key string
	id  int32 // the value plus one; 0: empty
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
		t.slots[h] = wordSlot{w, id + 1}
	}
	return t
}

// get returns w's value and whether it is in the table.
func (t *wordTable) get(w string) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	for h := hashWord(w) >> t.shift; ; h = (h + 1) & mask {
		sl := &t.slots[h]
		if sl.id == 0 {
			return 0, false
		}
		if sl.key == w {
			return sl.id - 1, true
		}
	}
}

// hashWord hashes a string eight bytes at a time, with a multiply and a rotation per eight bytes
// and a final mix, so that the table's index, its top bits, depends on every byte. The last
// bytes are read as two loads that may overlap, so a short word takes no loop.
func hashWord(s string) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(s)) * m
	for len(s) > 8 {
		h = (h ^ load64(s)) * m
		h = h<<31 | h>>33
		s = s[8:]
	}
	var v uint64
	switch n := len(s); {
	case n == 8:
		v = load64(s)
	case n >= 4:
		v = uint64(load32(s)) | uint64(load32(s[n-4:]))<<32
	case n > 0:
		v = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h = (h ^ v) * m
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
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
