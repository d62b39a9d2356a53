// Package postag tags words with their Penn Treebank part of speech, exactly as the
// averaged-perceptron tagger of github.com/jdkato/prose/v2 tags prose's tokens, without
// prose's start-up cost.
//
// prose decodes a ~5 MB gob of nested maps (~200 ms, ~100 MB) before it tags a word, and then
// builds a map of feature strings for every word and scores classes in map order. This package
// is a port of prose's perceptronTagger.tag that reads a compact model, perceptron.bin, embedded
// in the binary and read in place: start-up decodes nothing, and tagging one sentence touches only
// the pages of the features it looks up. Weights are stored as integer thousandths (prose rounds
// them to three decimals), so a score is an exact sum and the best class does not depend on the
// order of additions. Where two classes tie, prose picks one in map order, that is at random;
// Tag picks the first in prose's class list (classes.gob), so its output is deterministic.
//
// Origin and licence: the tagger is Matthew Honnibal's averaged perceptron ("A good part-of-speech
// tagger in about 200 lines of Python", 2013), as ported to Go by Joseph Kato in prose
// (github.com/jdkato/prose, MIT licence; tag.go carries Honnibal's MIT notice). perceptron.bin
// is generated from the model prose ships (model/AveragedPerceptron/{weights,tags,classes}.gob)
// by ./gen; TestModelIsCurrent checks the committed file against prose's assets byte for byte.
package postag

//go:generate go run ./gen -o perceptron.bin

import (
	_ "embed"
	"math/bits"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed perceptron.bin
var modelFile string

// model is perceptron.bin read in place; see internal/modelgen for its layout.
type model struct {
	data    string
	classes []string
	feats   table
	dict    table
	bias    scores // the scores of the bias feature, which every prediction starts from
}

type table struct {
	mask        uint64
	slots, recs int
}

var m = load(modelFile)

func load(data string) *model {
	const magic = "postag1\n"
	if !strings.HasPrefix(data, magic) {
		panic("postag: perceptron.bin is not a model file")
	}
	md := &model{data: data}
	n, off := int(u32(data, 8)), int(u32(data, 12))
	md.classes = make([]string, n)
	for i := range n {
		l := int(data[off])
		md.classes[i] = data[off+1 : off+1+l]
		off += 1 + l
	}
	md.feats = readTable(data, 16)
	md.dict = readTable(data, 28)
	md.add(&md.bias, fBias, "", "", 0)
	return md
}

func readTable(data string, at int) table {
	return table{mask: 1<<u32(data, at) - 1, slots: int(u32(data, at+4)), recs: int(u32(data, at+8))}
}

// u32 reads the little-endian u32 at s[i]. Slicing the four bytes first costs one bounds check
// rather than four, and lets the compiler read them as one word.
func u32(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// FNV-1a, 64 bits: the hash the generator places keys by.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// key is the first part of a record's key with its hash: the features' names are hashed once.
type key struct {
	s    string
	hash uint64
}

func newKey(s string) key { return key{s, hashString(fnvOffset, s)} }

// The names of the features prose's featurize computes.
var (
	fBias       = newKey("bias")
	fSuffix     = newKey("i suffix")
	fPref1      = newKey("i pref1")
	fTag1       = newKey("i-1 tag")
	fTag2       = newKey("i-2 tag")
	fTag12      = newKey("i tag+i-2 tag")
	fWord       = newKey("i word")
	fTag1Word   = newKey("i-1 tag+i word")
	fPrevWord   = newKey("i-1 word")
	fPrevSuffix = newKey("i-1 suffix")
	fPrev2Word  = newKey("i-2 word")
	fNextWord   = newKey("i+1 word")
	fNextSuffix = newKey("i+1 suffix")
	fNext2Word  = newKey("i+2 word")
)

// find returns the offset of the entry count of the record whose key is pre, or pre+" "+a when
// parts is 1, or pre+" "+a+" "+b when parts is 2, and whether there is one. The hash is computed
// over the parts without joining them; the stored key is compared on a fingerprint match.
func (md *model) find(t table, pre key, a, b string, parts int) (int, bool) {
	h := pre.hash
	n := len(pre.s)
	if parts >= 1 {
		h = hashString(hashByte(h, ' '), a)
		n += 1 + len(a)
	}
	if parts == 2 {
		h = hashString(hashByte(h, ' '), b)
		n += 1 + len(b)
	}
	d := md.data
	fp := uint32(h >> 56)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := u32(d, t.slots+4*int(j))
		if s == 0 {
			return 0, false
		}
		if s>>24 != fp {
			continue
		}
		off := t.recs + int(s&0xFFFFFF)
		if int(d[off])|int(d[off+1])<<8 != n {
			continue
		}
		k := d[off+2 : off+2+n]
		if k[:len(pre.s)] != pre.s {
			continue
		}
		if parts >= 1 {
			k = k[len(pre.s):]
			if k[0] != ' ' || k[1:1+len(a)] != a {
				continue
			}
			if parts == 2 {
				k = k[1+len(a):]
				if k[0] != ' ' || k[1:] != b {
					continue
				}
			}
		}
		return off + 2 + n, true
	}
}

// Tag appends to out[:0] the tag of each of words, as prose's perceptronTagger.tag tags prose's
// tokens of the same text, and returns it. Words are tokens as prose's tokenizer makes them, after
// prose's quote replacement. An empty word, which prose's tokenizer never makes and on which its
// tagger panics, is tagged on the features other than its suffix and first letter.
func Tag(words []string, out []string) []string {
	out = out[:0]
	var buf [64]string
	ctx := buf[:0]
	if len(words)+4 > len(buf) {
		ctx = make([]string, 0, len(words)+4)
	}
	ctx = append(ctx, "-START-", "-START2-")
	for _, w := range words {
		ctx = append(ctx, normalize(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	p1, p2 := "-START-", "-START2-"
	for i, word := range words {
		var tag string
		switch {
		case word == "-":
			tag = "-"
		case isEmoticon(word):
			tag = "SYM"
		case isLink(word) || isEmail(word) || strings.HasPrefix(word, "@"):
			tag = "NN"
		case isNone(word):
			tag = "-NONE-"
		case isKeep(word):
			tag = word
		default:
			if off, ok := m.find(m.dict, newKey(word), "", "", 0); ok {
				tag = m.classes[u32(m.data, off+1)&63]
			} else {
				tag = m.predict(i, ctx, word, p1, p2)
			}
		}
		out = append(out, tag)
		p2 = p1
		p1 = tag
	}
	return out
}

// predict scores the classes on the features prose's featurize computes for word i and returns
// the best, the first in class order among equals.
func (md *model) predict(i int, ctx []string, w, p1, p2 string) string {
	sc := md.bias // the one feature every word has, the same for all: added once, at load
	i = min(len(ctx)-2, i+2)
	prev, next := ctx[i-1], ctx[i+1]
	if w != "" { // prose panics on an empty word (w[0]); its tokenizer never makes one
		md.add(&sc, fSuffix, w[len(w)-min(len(w), 3):], "", 1)
		md.add(&sc, fPref1, firstByte(w), "", 1)
	}
	md.add(&sc, fTag1, p1, "", 1)
	md.add(&sc, fTag2, p2, "", 1)
	md.add(&sc, fTag12, p1, p2, 2)
	md.add(&sc, fWord, ctx[i], "", 1)
	md.add(&sc, fTag1Word, p1, ctx[i], 2)
	md.add(&sc, fPrevWord, prev, "", 1)
	md.add(&sc, fPrevSuffix, prev[len(prev)-min(len(prev), 3):], "", 1)
	md.add(&sc, fPrev2Word, ctx[i-2], "", 1)
	md.add(&sc, fNextWord, next, "", 1)
	md.add(&sc, fNextSuffix, next[len(next)-min(len(next), 3):], "", 1)
	md.add(&sc, fNext2Word, ctx[i+2], "", 1)
	// The classes scored, in class order: the first among equals wins.
	best := -1
	for seen := sc.seen; seen != 0; seen &= seen - 1 {
		if c := bits.TrailingZeros64(seen); best < 0 || sc.v[c] > sc.v[best] {
			best = c
		}
	}
	if best < 0 {
		return "" // no feature known: prose's max of an empty map
	}
	return md.classes[best]
}

// scores holds the score of each class, in thousandths, and which classes any feature scored:
// prose compares only those, so a class scored 0 beats classes scored below it but an unscored
// class competes with none.
type scores struct {
	v    [64]int32
	seen uint64
}

// add adds the weights of one feature. The 14 keys prose makes for a word are all distinct (no
// prefix is another's followed by a space), so each counts once, as prose's map of features
// counts it.
func (md *model) add(sc *scores, pre key, a, b string, parts int) {
	off, ok := md.find(md.feats, pre, a, b, parts)
	if !ok {
		return
	}
	sc.addEntries(md.data[off+1 : off+1+4*int(md.data[off])])
}

// addEntries adds a record's entries, four bytes each. It runs for every entry of every feature
// found, the tagger's innermost loop: the loop over a slice of exactly the entries proves every
// byte in bounds, and the set of classes scored stays in a register until the end.
func (sc *scores) addEntries(entries string) {
	seen := sc.seen
	for ; len(entries) >= 4; entries = entries[4:] {
		x := u32(entries, 0)
		c := x & 63
		sc.v[c] += int32(x) >> 6
		seen |= 1 << c
	}
	sc.seen = seen
}

// latin1 holds the UTF-8 encoding of U+0080 to U+00FF, two bytes each.
var latin1 = func() string {
	b := make([]byte, 0, 256)
	for r := rune(0x80); r < 0x100; r++ {
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}()

// firstByte returns string(w[0]) as prose computes it: Go converts the byte to a rune, so a byte
// of 0x80 or more becomes the two-byte encoding of U+0080..U+00FF, not the byte itself.
func firstByte(w string) string {
	if b := w[0]; b >= 0x80 {
		return latin1[2*int(b-0x80) : 2*int(b-0x80)+2]
	}
	return w[:1]
}

// normalize is prose's normalize: "!HYPHEN" for a word with a hyphen that does not start with
// one, "!YEAR" for four bytes that strconv.Atoi reads (an optional sign and digits), "!DIGITS" for
// a word starting with an ASCII digit, else strings.ToLower of the word (which returns the word
// itself, without a copy, when it has no upper case).
func normalize(w string) string {
	if w == "" {
		return w
	}
	if w[0] != '-' && strings.IndexByte(w, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(w) == 4 && isAtoi4(w) {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isAtoi4 reports whether strconv.Atoi accepts the four-byte w: an optional + or - and ASCII
// digits. Four bytes cannot overflow an int.
func isAtoi4(w string) bool {
	s := w
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// The regular expressions prose tests words against, copied verbatim (TestPatternsMatchProse
// compares them with prose's and commonregex's source) and compiled on first use: commonregex
// compiles thirty expressions when its package initializes, which a cold run would pay for. Each
// runs only when a cheap test shows it could match, because most words cannot.
const (
	linkPattern  = `(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`
	emailPattern = `(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`
	nonePattern  = `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`
	keepPattern  = `^\-[A-Z]{3}\-$`
)

var (
	linkRegex  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(linkPattern) })
	emailRegex = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(emailPattern) })
	noneRegex  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(nonePattern) })
	keepRegex  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(keepPattern) })
)

// isLink reports whether commonregex.LinkRegex matches somewhere in w. The pattern is unanchored,
// but every match holds a literal '.' (the `[.]`) right after a character of [a-z0-9.\-] (the
// host part ends with one; "www" ends with 'w') and followed by at least two characters, one or
// more for `(?:...)+` and one for the closing group, each at least one byte. A word without such
// a '.' cannot match.
func isLink(w string) bool {
	for k := 1; k+2 < len(w); k++ {
		if w[k] == '.' {
			if c := w[k-1]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' {
				return linkRegex().MatchString(w)
			}
		}
	}
	return false
}

// isEmail reports whether commonregex.EmailRegex matches somewhere in w; every match holds a
// literal '@'.
func isEmail(w string) bool {
	return strings.IndexByte(w, '@') >= 0 && emailRegex().MatchString(w)
}

// isNone reports whether prose's `none` matches w: an anchored alternation whose branches are
// "0" or start with '*'.
func isNone(w string) bool {
	return (w == "0" || strings.HasPrefix(w, "*")) && noneRegex().MatchString(w)
}

// isKeep reports whether prose's `keep` matches w: five bytes, '-', three of A-Z, '-'.
func isKeep(w string) bool {
	return len(w) == 5 && w[0] == '-' && keepRegex().MatchString(w)
}

// isEmoticon reports whether w is in prose's emoticons (tokenize.go); TestPatternsMatchProse
// compares the list with prose's source.
func isEmoticon(w string) bool {
	switch w {
	case "(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)", "(╯°□°）╯︵┻━┻",
		"-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))",
		":-*", ":-/", ":-X", ":-]", ":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3", ":P", ":]",
		":`(", ":`)", ":`-(", ":o", ":o)", "=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V",
		"XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", `¯\(ツ)/¯`:
		return true
	}
	return false
}
