package draft

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenize splits sentence si into tokens as prose's tokenizer does (splitWords), records them
// with their spans and counts the sentence's words.
func (d *Document) tokenize(si int) {
	s := d.sents[si]
	text := s.Text
	spans, words := splitCountWords(text, d.wordBuf[:0])
	d.wordBuf = spans[:0]
	d.words += words
	cur := 0
	for pi, sp := range spans {
		// Nearly every gap is a space or nothing, which holds no token: no call for it.
		if gap := sp.Start - cur; gap > 1 || gap == 1 && text[cur] != ' ' {
			d.fillGap(si, s.clean.Start, text, cur, sp.Start)
		}
		cur = sp.End
		d.addToken(si, pi, s.clean.Start+sp.Start, s.clean.Start+sp.End, pi == len(spans)-1)
	}
	d.fillGap(si, s.clean.Start, text, cur, len(text))
}

// fillGap tokenizes text that prose skipped between two tokens (it drops "n't," in "doesn't,"),
// so that no word of the draft goes unread: words, contractions and punctuation marks.
func (d *Document) fillGap(si, base int, text string, from, to int) {
	// Nearly every gap is a space or nothing.
	for from < to && text[from] < utf8.RuneSelf && asciiSpace[text[from]] {
		from++
	}
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			if k := notSuffix(text[:to], j); k > 0 && text[j-1] == 'n' {
				if j-1 > i {
					d.appendToken(si, noTag, base+i, base+j-1)
				}
				d.appendToken(si, noTag, base+j-1, base+k)
				i = k
				continue
			}
			d.appendToken(si, noTag, base+i, base+j)
			i = j
		default:
			j := i + n
			if r == '\'' || r == '’' {
				// A contraction: "'t" after "n", "'s", "'re", ...
				for j < to {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += n2
				}
			}
			d.appendToken(si, noTag, base+i, base+j)
			i = j
		}
	}
}

// notSuffix returns the end of "'t" or "’t" starting at j in text, or 0.
func notSuffix(text string, j int) int {
	for _, a := range []string{"'t", "’t"} {
		if strings.HasPrefix(text[j:], a) {
			return j + len(a)
		}
	}
	return 0
}

// noTag marks a token prose never saw, so the tagger has no tag for it.
const noTag = -2

// addToken records clean[start:end] as tokens of sentence si, splitting what prose leaves joined:
// "we've" and "I'd" into two tokens as prose already does for "we're", and a period at the end
// of a sentence from the word it follows ("May." at the end of a sentence).
func (d *Document) addToken(si, src, start, end int, lastInSentence bool) {
	text := d.clean[start:end]
	// Most tokens are a word of ASCII letters and digits: one pass over it tells that it holds
	// nothing to split (no apostrophe, no full stop) and how it is normalised, where the tests
	// below and normalize would each scan it again.
	plain, classes := true, uint8(0)
	for i := 0; i < len(text); i++ {
		k := asciiClass[text[i]]
		if k&classAlnum == 0 {
			plain = false
			break
		}
		classes |= k
	}
	if plain {
		norm := text
		if classes&classUpper != 0 {
			norm = d.lowerSpan(start, end)
		}
		d.appendNormed(si, src, start, end, foldSpelling(norm))
		return
	}
	if len(text) == 1 {
		// A mark (",", "."): one ASCII byte that is neither a letter nor a digit, which nothing
		// splits, lowers or folds, so that it is its own Norm ("&" too: no reference is one byte).
		d.appendNormed(si, src, start, end, text)
		return
	}
	if i := contractionSplit(text); i > 0 {
		d.appendToken(si, src, start, start+i)
		d.appendToken(si, src, start+i, end)
		return
	}
	if lastInSentence && len(text) > 1 && strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "..") {
		d.appendToken(si, src, start, end-1)
		d.appendToken(si, -1, end-1, end)
		return
	}
	d.appendToken(si, src, start, end)
}

func (d *Document) appendToken(si, src, start, end int) {
	d.appendNormed(si, src, start, end, d.normalize(d.clean[start:end], start))
}

// appendNormed records clean[start:end] as a token of sentence si whose Norm is norm.
//
// It extends the slice over its spare capacity and sets every field of the new token in place:
// appending a token value builds it aside and copies it in whole (and appending a zero token
// clears it whole), and while the garbage collector marks, such a copy walks the token type's
// pointer map (runtime.wbMove), which cost more than the rest of the append. Field by field,
// the two strings take a plain write barrier each.
func (d *Document) appendNormed(si, src, start, end int, norm string) {
	if len(d.toks) == cap(d.toks) {
		d.toks = slices.Grow(d.toks, 1)
	}
	d.toks = d.toks[:len(d.toks)+1]
	t := &d.toks[len(d.toks)-1] // every field is set below: what the slot held does not matter
	t.Span = d.omap.spanNear(Span{start, end}, &d.omapAt)
	t.Text = d.clean[start:end]
	t.Norm = norm
	t.Sentence = si
	t.src = src
}

// normalize is Normalize(clean[start:start+len(word)]). An ASCII word with capitals is lowered
// by lowerSpan, without an allocation of its own.
func (d *Document) normalize(word string, start int) string {
	upper := false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf || c == '&' {
			return Normalize(word)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return foldSpelling(word)
	}
	return foldSpelling(d.lowerSpan(start, start+len(word)))
}

// lowerSpan returns clean[start:end] with its ASCII capitals lowered. A document writes the
// lowered words one after another into one builder: its String makes no copy, and the strings
// it gave before stay valid as it grows, since it only ever appends. So a document allocates a
// few times for all its capitalized words rather than once per word, and copies only those
// words, where a lower-case copy of its whole text cost more.
func (d *Document) lowerSpan(start, end int) string {
	if d.lowered.Cap() == 0 {
		// Capitals start sentences and names: a draft seldom has more than one byte in eight
		// in capitalized words.
		d.lowered.Grow(len(d.clean)/8 + 16)
	}
	from := d.lowered.Len()
	for i := start; i < end; i++ {
		c := d.clean[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		d.lowered.WriteByte(c)
	}
	return d.lowered.String()[from:]
}

// contractionSplit returns where a contraction that prose leaves joined ("'ve", "'d") starts in
// word, or 0.
func contractionSplit(word string) int {
	// ’ starts with byte 0xE2: a word with neither it nor ' holds no contraction.
	if strings.IndexByte(word, '\'') < 0 && (strings.IndexByte(word, 0xE2) < 0 || !strings.Contains(word, "’")) {
		return 0 // most words: no copy made
	}
	lw := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	for _, suf := range []string{"'ve", "'d"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf) {
			// Measure from the end in the original, where ’ is three bytes.
			tail := len(suf) - 1
			i := len(word) - tail
			r, n := utf8.DecodeLastRuneInString(word[:i])
			if r == '\'' || r == '’' {
				return i - n
			}
		}
	}
	return 0
}

// spellings folds British spellings to American ones, by stem, so that one pattern matches both.
var spellings = []struct{ gb, us string }{
	{"apologis", "apologiz"}, {"realis", "realiz"}, {"recognis", "recogniz"},
	{"prioritis", "prioritiz"}, {"minimis", "minimiz"}, {"organis", "organiz"},
	{"authoris", "authoriz"}, {"finalis", "finaliz"}, {"emphasis", "emphasiz"},
	{"behaviour", "behavior"}, {"colour", "color"}, {"favour", "favor"},
	{"honour", "honor"}, {"centre", "center"}, {"cancell", "cancel"}, {"travell", "travel"},
	{"labell", "label"}, {"programme", "program"}, {"cheque", "check"},
}

// minSpellingLen is the length of the shortest British stem of spellings.
var minSpellingLen = func() int {
	n := len(spellings[0].gb)
	for _, sp := range spellings {
		n = min(n, len(sp.gb))
	}
	return n
}()

// spellingsByFirst lists the spellings by the first byte of their British stem, so that a word
// is compared with the few stems that start as it does.
var spellingsByFirst = func() (m [256][]int) {
	for i, sp := range spellings {
		m[sp.gb[0]] = append(m[sp.gb[0]], i)
	}
	return m
}()

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "&rsquo;", "'", "&lsquo;", "'", "&#39;", "'", "&#8217;", "'")

// Normalize returns the form tokens are matched in: lower case, ’ and ‘ read as ', and British
// spellings folded to American ("apologise" -> "apologize", "cancelled" -> "canceled").
func Normalize(word string) string {
	// Most words are ASCII: one pass finds whether they need lowering or folding at all.
	ascii, fold := true, false
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c == '&' || ('A' <= c && c <= 'Z') {
			fold = true
		}
	}
	w := word
	if !ascii || fold {
		w = strings.ToLower(word)
	}
	if (fold || !ascii) && (strings.IndexByte(w, '&') >= 0 || strings.Contains(w, "’") || strings.Contains(w, "‘")) {
		// Markdown keeps character references as written; prose reads "&rsquo;" as "'".
		w = quoteFolder.Replace(w)
	}
	return foldSpelling(w)
}

// foldSpelling folds the British spelling of a lower-case word to the American one.
func foldSpelling(w string) string {
	if len(w) < minSpellingLen {
		return w // shorter than every British stem, as most words are
	}
	for _, i := range spellingsByFirst[w[0]] {
		if sp := spellings[i]; strings.HasPrefix(w, sp.gb) {
			if sp.gb == "emphasis" && w == "emphasis" {
				break // the noun
			}
			return sp.us + w[len(sp.gb):]
		}
	}
	return w
}

// SplitWord splits a word of a phrase pattern the way the tokenizer splits running text, so a
// pattern can be written as people write: "we're" -> ["we", "'re"], "don't" -> ["do", "n't"].
func SplitWord(word string) []string {
	if strings.HasPrefix(word, "'") || strings.HasPrefix(word, "’") || strings.EqualFold(word, "n't") {
		return []string{word}
	}
	var out []string
	for _, sp := range splitWords(word, nil) {
		t := word[sp.Start:sp.End]
		if i := contractionSplit(t); i > 0 {
			out = append(out, t[:i], t[i:])
			continue
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return []string{word}
	}
	return out
}
