package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// punkt finds the sentence breaks that the English Punkt tokenizer of
// gopkg.in/neurosnap/sentences (prose's sentence engine) finds, reading the same training data.
//
// It is that tokenizer ported rule for rule, quirks included, because the library costs more
// than our tokenizing of the words: it allocates a token and runs up to four regular
// expressions for every word near a full stop, question or exclamation mark, and builds slices
// of pointers and pairs per line. FuzzPunkt checks the port against the library.
type punkt struct {
	st   *sentences.Storage
	toks []punktToken // reused from line to line
}

// punktToken is the library's Token, with what its annotations read.
type punktToken struct {
	tok       string
	pos       int // where the word ends in the text: a break after it falls there
	sentBreak bool
	abbr      bool
}

// The orthographic contexts of the training data (the library's orthoBegUc and others).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// breaks appends to out the ends of the sentences Tokenize(text) returns, in order: the last is
// len(text) unless text is empty.
func (p *punkt) breaks(text string, out []int) []int {
	p.words(text)
	toks := p.toks
	if len(toks) == 0 {
		return out
	}
	for i := range toks {
		p.typeAnnotation(&toks[i])
	}
	for i := range toks {
		var next *punktToken
		if i+1 < len(toks) {
			next = &toks[i+1]
		}
		p.tokenAnnotation(&toks[i], next)
	}
	for i := 0; i+1 < len(toks); i++ {
		p.multiPunctAnnotation(&toks[i], &toks[i+1])
	}
	last := 0
	for _, t := range toks {
		if t.sentBreak {
			out = append(out, t.pos)
			last = t.pos
		}
	}
	if last != len(text) {
		out = append(out, len(text))
	}
	return out
}

// words is the library's DefaultWordTokenizer.Tokenize(text, true): the words that hold a full
// stop, question or exclamation mark, and the word after each.
//
// Only those words become tokens, so the walk skips the words before the first mark and stops
// after the word that follows the last: a line's first sentence is read once, by the tokenizer,
// rather than twice.
func (p *punkt) words(text string) {
	p.toks = p.toks[:0]
	n := len(text)
	if n == 0 {
		return
	}
	first, last := sentencePunctBounds(text)
	if first < 0 {
		p.toks = append(p.toks, punktToken{tok: text, pos: n}) // no word holds a mark
		return
	}
	// The walk starts at the last ASCII space before the first mark, as if the words before it
	// had been read: none holds a mark, so none is a token. An ASCII byte is a character of its
	// own however the bytes before it decode, so from there the walk meets the characters the
	// walk from the start would.
	from := max(strings.LastIndexByte(text[:first], ' '), 0)
	lastSpace := from
	getNext := false
	for k, c := range text[from:] {
		i := from + k
		// As the library does, a word ends at a space or at the text's last byte; a text that
		// ends with a multi-byte character has no last word but through the fallback below.
		if i != n-1 {
			if c < utf8.RuneSelf {
				if !asciiSpace[c] {
					continue
				}
			} else if !unicode.IsSpace(c) {
				continue
			}
		}
		cursor := i
		if i == n-1 {
			cursor = n
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		punct := hasSentencePunct(word)
		if punct || getNext {
			p.toks = append(p.toks, punktToken{tok: word, pos: cursor})
		}
		if !punct && cursor > last {
			break // this word lies past the last mark, and so do all after it
		}
		lastSpace = cursor
		getNext = punct
	}
	if len(p.toks) == 0 {
		p.toks = append(p.toks, punktToken{tok: text, pos: n})
	}
}

// sentencePunctBounds returns the offsets of the first and the last full stop, question or
// exclamation mark in text, or -1 and -1.
func sentencePunctBounds(text string) (first, last int) {
	first = -1
	for _, c := range []byte(".?!") {
		if i := strings.IndexByte(text, c); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return -1, -1
	}
	// Most lines end with a mark, or just before closing quotes: a walk back finds the last at
	// once, where a search for each mark from the end would walk back to the start for the two
	// a line lacks.
	last = len(text) - 1
	for !isSentencePunct(text[last]) {
		last--
	}
	return first, last
}

// hasSentencePunct is the library's HasSentencePunct: whether word holds '.', '!' or '?'.
func hasSentencePunct(word string) bool {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// typeAnnotation is the library's TypeBasedAnnotation.
func (p *punkt) typeAnnotation(t *punktToken) {
	if hasSentEndChars(t.tok) {
		t.sentBreak = true
		return
	}
	if !strings.HasSuffix(t.tok, ".") || strings.HasSuffix(t.tok, "..") {
		return
	}
	// The library cuts the word at its count of characters, not bytes.
	noPeriod := strings.ToLower(t.tok[:utf8.RuneCountInString(t.tok)-1])
	lastHyph := noPeriod
	if i := strings.LastIndexByte(noPeriod, '-'); i >= 0 {
		lastHyph = noPeriod[i+1:]
	}
	if p.st.AbbrevTypes[noPeriod] != 0 || p.st.AbbrevTypes[lastHyph] != 0 {
		t.abbr = true
	} else {
		t.sentBreak = true
	}
}

// hasSentEndChars is the English tokenizer's HasSentEndChars: whether tok ends with one of
//
//	."  .'  .)  .’  .”  ?  ?"  ?'  ?)  ?’  ?”  !  !"  !'  !)  !’  !”
//
// or holds one of .[  .(  ."  .'  ?[  ?(  ![  !( anywhere. The library tries each in turn; the
// suffixes are "?" or "!" alone, or a closing mark after any of the three, and the infixes a
// mark followed by a bracket, or a full stop followed by a quote, so one look at the end and one
// pass over tok tell the same.
func hasSentEndChars(tok string) bool {
	if n := len(tok); n > 0 {
		if last := tok[n-1]; last == '?' || last == '!' {
			return true
		}
		if c := closerLen(tok); c > 0 && c < n && isSentencePunct(tok[n-c-1]) {
			return true
		}
	}
	for i := 0; i+1 < len(tok); i++ {
		if !isSentencePunct(tok[i]) {
			continue
		}
		switch tok[i+1] {
		case '[', '(':
			return true
		case '"', '\'':
			if tok[i] == '.' {
				return true
			}
		}
	}
	return false
}

// closerLen returns the length of the closing mark that ends tok (", ', ), ’ or ”), or 0.
func closerLen(tok string) int {
	switch {
	case strings.HasSuffix(tok, `"`), strings.HasSuffix(tok, `'`), strings.HasSuffix(tok, `)`):
		return 1
	case strings.HasSuffix(tok, "’"), strings.HasSuffix(tok, "”"):
		return len("’")
	}
	return 0
}

// isSentencePunct reports whether c is a full stop, a question mark or an exclamation mark.
func isSentencePunct(c byte) bool { return c == '.' || c == '?' || c == '!' }

// tokenAnnotation is the library's TokenBasedAnnotation of one token and the next (nil for the
// last).
func (p *punkt) tokenAnnotation(one, two *punktToken) {
	if two == nil || !strings.HasSuffix(one.tok, ".") {
		return
	}
	typ := typeNoPeriod(one.tok)
	nextTyp := typeNoSentPeriod(two)
	initial := isInitial(one.tok)
	if p.st.Collocations[typ+","+nextTyp] != 0 {
		one.sentBreak = false
		one.abbr = true
		return
	}
	if (one.abbr || isEllipsis(one.tok)) && !initial {
		if p.ortho(two) == 1 {
			one.sentBreak = true
			return
		}
		if firstUpper(two.tok) && p.st.SentStarters[nextTyp] != 0 {
			one.sentBreak = true
			return
		}
	}
	if one.tok == "." && two.tok == "." {
		one.sentBreak = false
		two.sentBreak = false
		return
	}
	if initial || typ == "##number##" {
		h := p.ortho(two)
		if h == 0 {
			one.sentBreak = false
			one.abbr = true
			return
		}
		if h == -1 && initial && firstUpper(two.tok) && p.st.OrthoContext[nextTyp]&orthoLc == 0 {
			one.sentBreak = false
			one.abbr = true
			return
		}
	}
}

// multiPunctAnnotation is the English tokenizer's MultiPunctWordAnnotation ("F.B.I.").
func (p *punkt) multiPunctAnnotation(one, two *punktToken) {
	if !hasAbbr(one.tok) || isInitial(one.tok) {
		return
	}
	one.abbr = true
	one.sentBreak = false
	nextTyp := typeNoSentPeriod(two)
	if p.ortho(two) == 1 {
		one.sentBreak = true
		return
	}
	if firstUpper(two.tok) && p.st.SentStarters[nextTyp] != 0 {
		one.sentBreak = true
	}
}

// ortho is the library's OrthoContext.Heuristic: 1 if t starts a sentence, 0 if it does not,
// -1 if it cannot tell.
func (p *punkt) ortho(t *punktToken) int {
	if len(t.tok) == 1 && strings.IndexByte(";:,.!?", t.tok[0]) >= 0 {
		return 0
	}
	ctx := p.st.OrthoContext[typeNoSentPeriod(t)]
	if firstUpper(t.tok) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

func firstUpper(tok string) bool {
	if tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

func firstLower(tok string) bool {
	if tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}

// punktType is the library's Type: the word in lower case, a number at its end read as
// "##number##", and its commas dropped unless it is one byte long.
func punktType(tok string) string {
	typ := strings.ToLower(tok)
	if i := numericSuffix(typ); i >= 0 {
		typ = typ[:i] + "##number##"
	}
	if len(typ) == 1 {
		return typ
	}
	if strings.IndexByte(typ, ',') >= 0 {
		typ = strings.ReplaceAll(typ, ",", "")
	}
	return typ
}

// numericSuffix returns where the library's expression `-?[\.,]?\d[\d,\.-]*\.?$` first matches
// in s, or -1. A match runs to the end of s over the characters "0-9,.-" only, so it lies in the
// longest tail of s made of them, and starts at the first place in that tail from which an
// optional '-', an optional '.' or ',' and a digit follow.
func numericSuffix(s string) int {
	tail := len(s)
	for tail > 0 && isNumericByte(s[tail-1]) {
		tail--
	}
	for i := tail; i < len(s); i++ {
		j := i
		if s[j] == '-' {
			j++
		}
		if j < len(s) && (s[j] == '.' || s[j] == ',') {
			j++
		}
		if j < len(s) && '0' <= s[j] && s[j] <= '9' {
			return i
		}
	}
	return -1
}

func isNumericByte(c byte) bool {
	return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-'
}

// typeNoPeriod is the library's TypeNoPeriod: punktType without a final period.
func typeNoPeriod(tok string) string {
	typ := punktType(tok)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// typeNoSentPeriod is the library's TypeNoSentPeriod.
func typeNoSentPeriod(t *punktToken) string {
	if t.sentBreak {
		return typeNoPeriod(t.tok)
	}
	return punktType(t.tok)
}

// isInitial is the library's `^[A-Za-z]\.$`.
func isInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && isASCIILetter(tok[0])
}

// isEllipsis is the library's `\.\.+$`.
func isEllipsis(tok string) bool { return strings.HasSuffix(tok, "..") }

// hasAbbr reports whether the English tokenizer's `((?:[\w]\.)+[\w]*\.)` matches in tok: a word
// character and a period, then word characters and another period.
func hasAbbr(tok string) bool {
	for i := 0; i+2 < len(tok); i++ {
		if tok[i+1] != '.' || !isWordByte(tok[i]) {
			continue
		}
		j := i + 2
		for j < len(tok) && isWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool { return isAlnumASCII(c) || c == '_' }
