// Package draft turns the bytes of an apology draft into a Document: the prose the rules read
// (markup removed), its blocks, sentences and tokens, each with its byte span in the file as
// stored, and the conversion of those spans to lines and columns.
package draft

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Document is one parsed draft. It is built once and read by every rule; its lazily computed
// parts (part-of-speech tags) make it unsafe for concurrent use by several goroutines.
type Document struct {
	path   string
	format Format
	raw    []byte
	clean  string
	// lowered holds the capitalized words of clean lowered, one after another, which the
	// tokens' Norm strings point into (lowerSpan).
	lowered strings.Builder
	omap    offsetMap
	lines   *Lines
	blocks  []Block
	sents   []Sentence
	toks    []Token
	words   int
	tags    [][]string // per sentence, filled on first use
	// askedTags is set by the first request for tags, so each document is counted once in
	// TaggedDocuments.
	askedTags bool

	wordBuf  []Span // splitWords' output, reused from sentence to sentence
	punkt    punkt  // the sentence splitter, with its words reused from line to line
	breakBuf []int  // the sentence ends it found in a line, reused from line to line
	lineBuf  []Span // a block's logical lines, reused from block to block
	omapAt   int    // the piece of omap the last token fell in (offsetMap.spanNear)

	directives []Directive
	template   bool
	slots      []Slot
}

// Block is a paragraph, heading or list item of prose.
type Block struct {
	Kind BlockKind
	Span Span
	// First and End index the block's sentences: Sentences()[First:End].
	First, End int
}

// Sentence is one sentence of prose, never crossing a block.
type Sentence struct {
	Span  Span
	Text  string // the sentence as rules read it: markup removed, entities decoded
	Block int
	// First and End index the sentence's tokens: Tokens()[First:End].
	First, End int
	clean      Span
}

// Token is one word or punctuation mark.
type Token struct {
	Span     Span
	Text     string // as written, after entity decoding
	Norm     string // lower case, ’ read as ', British spelling folded to American
	Sentence int
	src      int // index of the prose token it came from within its sentence, for tags
}

// InputError says why a file cannot be linted at all, and where.
type InputError struct {
	Line, Column int
	Msg          string
}

func (e *InputError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Msg)
}

// Parse builds a Document from a file's bytes. It fails on input that is not text: invalid UTF-8
// or a NUL byte, reported with the position of the first bad byte.
func Parse(path string, raw []byte, f Format) (*Document, error) {
	return ParseWith(path, raw, f, Options{})
}

// Options change how a file is read.
type Options struct {
	// Template reads the file as a template: placeholder syntax ("{{ customer_name }}",
	// "[Order Number]", "{% if %}") is understood, each value slot reads in the prose as a
	// stand-in word of the same role ("Alex", "1042", "Monday") and each tag or comment as
	// space, with every position still pointing into the file as stored.
	Template bool
}

// extract reads the prose of raw by its format: its clean text, blocks and offset map.
func extract(raw []byte, f Format) extracted {
	switch f {
	case Markdown:
		return extractMarkdown(raw)
	case HTML:
		return extractHTML(raw)
	default:
		return extractText(raw)
	}
}

// ParseWith is Parse with options: o.Template reads the file as a template.
func ParseWith(path string, raw []byte, f Format, o Options) (*Document, error) {
	d := &Document{path: path, format: f, raw: raw, lines: NewLines(raw), template: o.Template}
	if err := d.validate(); err != nil {
		return nil, err
	}
	ex := extract(raw, f)
	if o.Template {
		if ex.cleanIsRaw {
			ex.clean = bytes.Clone(ex.clean) // templatize blanks template tags in place
		}
		var tdirs []Directive
		ex, d.slots, tdirs = templatize(ex)
		ex.directives = mergeDirectives(ex.directives, tdirs)
	}
	d.clean = string(ex.clean)
	d.omap = ex.omap
	d.directives = ex.directives
	for i := range d.directives {
		d.directives[i].Line = d.Position(d.directives[i].Span.Start).Line
	}
	d.segment(ex.blocks)
	return d, nil
}

func (d *Document) validate() error {
	// Nearly every draft is valid: the library's scans, which read several bytes at a time, tell
	// so at a fraction of the cost of the loop that finds where a bad byte is.
	if bytes.IndexByte(d.raw, 0) < 0 && utf8.Valid(d.raw) {
		return nil
	}
	for i := 0; i < len(d.raw); {
		c := d.raw[i]
		if c == 0 {
			p := d.position(i)
			return &InputError{p.Line, p.Column, "NUL byte: not a text file"}
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(d.raw[i:])
		if r == utf8.RuneError && n <= 1 {
			p := d.position(i)
			return &InputError{p.Line, p.Column, fmt.Sprintf("invalid UTF-8 byte 0x%02X", c)}
		}
		i += n
	}
	return nil
}

// Path returns the path the document was read from, as given.
func (d *Document) Path() string { return d.path }

// Format returns the markup the document was read as.
func (d *Document) Format() Format { return d.format }

// Raw returns the file as stored. Callers must not modify it.
func (d *Document) Raw() []byte { return d.raw }

// Slice returns the raw text under a span.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.raw) || s.Start > s.End {
		return ""
	}
	return string(d.raw[s.Start:s.End])
}

// Blocks returns the document's blocks of prose in order.
func (d *Document) Blocks() []Block { return d.blocks }

// Sentences returns the document's sentences in order.
func (d *Document) Sentences() []Sentence { return d.sents }

// Tokens returns the document's tokens in order.
func (d *Document) Tokens() []Token { return d.toks }

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.sents[i]
	return d.toks[s.First:s.End]
}

// Words returns the number of whitespace-separated words of prose (markup and code excluded).
func (d *Document) Words() int { return d.words }

// IsEmpty reports whether the document has no prose at all.
func (d *Document) IsEmpty() bool { return len(d.sents) == 0 }

// TokenSpan returns the raw span from the start of token i to the end of token j (inclusive).
func (d *Document) TokenSpan(i, j int) Span {
	return Span{d.toks[i].Span.Start, d.toks[j].Span.End}
}

// Find returns the raw spans of all matches of re in the prose. Use it for what is not words
// (placeholder syntax, e-mail addresses, phone numbers); match words through tokens.
func (d *Document) Find(re *regexp.Regexp) []Span {
	var out []Span
	for _, m := range re.FindAllStringIndex(d.clean, -1) {
		out = append(out, d.omap.span(Span{m[0], m[1]}))
	}
	return out
}

// FindLines is Find run only over the lines of prose for which may is true. Most expressions
// for what is not words (addresses, numbers, quotes) cannot match without a character that most
// lines lack; may tests for it cheaply, so the expression, which costs far more per byte than
// the test, runs over a small part of the text. An expression sees each line with one
// character of context either side (the line breaks), so word boundaries and anchors behave as
// they do over the whole text; a match runs across a line break only within that context.
func (d *Document) FindLines(re *regexp.Regexp, may func(line string) bool) []Span {
	return d.FindWindows(re, func(line string, out []Span) []Span {
		if may(line) {
			out = append(out, Span{0, len(line)})
		}
		return out
	})
}

// FindWindows is FindLines narrowed further: windows returns, in order and apart, the parts of a
// line (offsets into it) that may hold a match, and the expression runs over each with one
// character of context either side, keeping the matches that start inside it. The caller
// answers for every match of re lying inside one window: an expression over a run of some
// characters (a phone number) then costs the length of the runs rather than of the line.
func (d *Document) FindWindows(re *regexp.Regexp, windows func(line string, out []Span) []Span) []Span {
	var out, ws []Span
	for a, b := 0, 0; a < len(d.clean); a = b + 1 {
		b = d.lineEnd(a)
		if b > a {
			ws = windows(d.clean[a:b], ws[:0])
			out = d.appendWindowMatches(out, re, a, ws)
		}
	}
	return out
}

// lineEnd returns where the line of prose that starts at clean offset a ends: at its line break,
// or at the end of the prose.
func (d *Document) lineEnd(a int) int {
	if b := strings.IndexByte(d.clean[a:], '\n'); b >= 0 {
		return a + b
	}
	return len(d.clean)
}

// LineSearch is one expression for FindEachWindows, with the parts of each line it runs over.
type LineSearch struct {
	RE *regexp.Regexp
	// Windows is FindWindows' windows: the parts of a line that may hold a match of RE.
	Windows func(line string, out []Span) []Span
	// Needs, when not zero, is a byte other than a line break that every window holds (the "@"
	// of an e-mail address): Windows must return none for a line without it, and is then not
	// called for such a line. The lines that hold it are found by one scan of the prose rather
	// than a test per line, and a document without it, as most are, costs no more than the scan.
	Needs byte
}

// FindEachWindows runs several searches in one walk over the lines of prose: its i'th result is
// what FindWindows(s[i].RE, s[i].Windows) returns. Each line is found once rather than once per
// expression; on each line the searches' Windows are called in the order of s.
func (d *Document) FindEachWindows(s []LineSearch) [][]Span {
	out := make([][]Span, len(s))
	// needAt[i] is where the next s[i].Needs lies at or after the line being read, or -1. A
	// caller's few searches fit the buffer, which spares an allocation per document.
	var needBuf [8]int
	needAt := needBuf[:0]
	for i := range s {
		next := -1
		if s[i].Needs != 0 {
			next = strings.IndexByte(d.clean, s[i].Needs)
		}
		needAt = append(needAt, next)
	}
	var ws []Span
	for a, b := 0, 0; a < len(d.clean); a = b + 1 {
		b = d.lineEnd(a)
		if b == a {
			continue
		}
		for i := range s {
			if s[i].Needs != 0 && !d.lineHolds(b, s[i].Needs, &needAt[i]) {
				continue
			}
			ws = s[i].Windows(d.clean[a:b], ws[:0])
			if len(ws) > 0 {
				out[i] = d.appendWindowMatches(out[i], s[i].RE, a, ws)
			}
		}
	}
	return out
}

// lineHolds reports whether the line that ends at b holds c, given *next, the first c at or after
// the line's start (or -1), and moves *next past the line.
func (d *Document) lineHolds(b int, c byte, next *int) bool {
	if *next < 0 || *next >= b {
		return false
	}
	*next = strings.IndexByte(d.clean[b:], c)
	if *next >= 0 {
		*next += b
	}
	return true
}

// appendWindowMatches appends the raw spans of the matches of re in the windows ws of the line
// starting at clean offset line.
func (d *Document) appendWindowMatches(out []Span, re *regexp.Regexp, line int, ws []Span) []Span {
	for _, w := range ws {
		start, end := line+w.Start, line+w.End
		from, to := max(start-1, 0), min(end+1, len(d.clean))
		for _, m := range re.FindAllStringIndex(d.clean[from:to], -1) {
			// A match at the context that ends the window belongs to what follows it.
			if from+m[0] < end {
				out = append(out, d.omap.span(Span{from + m[0], from + m[1]}))
			}
		}
	}
	return out
}

// FindInSentence returns the raw spans of the matches of re in sentence i's Text.
func (d *Document) FindInSentence(i int, re *regexp.Regexp) []Span {
	var out []Span
	for _, m := range re.FindAllStringIndex(d.sents[i].Text, -1) {
		out = append(out, d.SentenceSpan(i, m[0], m[1]))
	}
	return out
}

// SentenceSpan returns the raw span of the bytes start to end of sentence i's Text.
func (d *Document) SentenceSpan(i, start, end int) Span {
	base := d.cleanStart(i)
	return d.omap.span(Span{base + start, base + end})
}

// SentenceAt returns the index of the sentence whose span holds raw offset off, or -1. It lets a
// caller run a regular expression once over the document (Find) and still judge by sentence.
func (d *Document) SentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].Span.End > off })
	if i < len(d.sents) && d.sents[i].Span.Start <= off {
		return i
	}
	return -1
}
