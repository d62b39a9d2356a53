package draft

import (
	"bytes"
	"errors"
	"html"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// Each format has a target of its own, so that the fuzzer's coverage guidance and corpus
// (testdata/fuzz/FuzzParse<Format>) serve one extractor instead of being shared by three.

// FuzzParseText fuzzes Parse on plain text. See fuzzParse for what it checks.
func FuzzParseText(f *testing.F) { fuzzParse(f, Text) }

// FuzzParseMarkdown fuzzes Parse on Markdown. See fuzzParse for what it checks.
func FuzzParseMarkdown(f *testing.F) { fuzzParse(f, Markdown) }

// FuzzParseHTML fuzzes Parse on HTML. See fuzzParse for what it checks.
func FuzzParseHTML(f *testing.F) { fuzzParse(f, HTML) }

// fuzzSeeds are inputs for every format: each format's markup is plain text to the others.
var fuzzSeeds = []string{
	"",
	"Hi Dana,\nWe are sorry we sent the wrong size. The right one ships today.\n\nBest,\nPriya\n",
	"Hi Dana,\r\nSorry about that!\r\n\r\nBest,\r\nPriya\r\n",
	"\uFEFFWe’re sorry 😀 for the café e\u0301clair.\rBye.",
	"---\ntitle: x\n---\n# We are *so* sorry\n\nRead [our policy](https://x.com \"t\") `code`.\n\n```\ncode\n```\n\n- one\n- two\n<!-- c -->\n",
	"<html><head><title>T</title><style>p{}</style></head><body><p>We&rsquo;re sorry &amp; sad.<br>Best,<br>Priya</p><script>x()</script></body></html>",
	"<p>Sorry&nbsp;again &#8217; &#x2019; &bogus; &amp</p><ul><li>One<li>Two</ul>",
	"I'd say we've done it. Don't, can't. {{name}} [ORDER] help@example.com 555-0100",
	"apologylint: disable-next-line vague-apology -- quoted\nSorry for any inconvenience.\n",
	"ab\x00cd",
	"caf\xe9 \xed\xa0\x80",
}

// fuzzParse parses random bytes as format. Parse must not panic. It either fails with an
// *InputError at the line and column of the first byte that is not text, or gives a Document
// that passes checkFuzzed. The bytes are also made valid text (NULs dropped, bad UTF-8 replaced)
// and parsed again, so the fuzzer spends its time past validation too.
func fuzzParse(f *testing.F, format Format) {
	f.Helper()
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz", data, format)
		if err != nil {
			checkInputError(t, data, err)
		} else {
			checkFuzzed(t, d, !legacyRef(d))
			checkWords(t, d, data, format)
		}
		text := bytes.ToValidUTF8(bytes.ReplaceAll(data, []byte{0}, nil), []byte("\uFFFD"))
		d, err = Parse("fuzz", text, format)
		if err != nil {
			t.Fatalf("Parse(%q, %v) of valid text: %v", text, format, err)
		}
		checkFuzzed(t, d, !legacyRef(d))
		checkWords(t, d, text, format)
	})
}

// checkWords checks that d, parsed from raw as format, counts the words of its blocks of prose
// as countWordsRef does block by block, though a parse counts them sentence by sentence.
func checkWords(t *testing.T, d *Document, raw []byte, format Format) {
	t.Helper()
	ex := extract(raw, format)
	want := 0
	for _, b := range ex.blocks {
		want += countWordsRef(string(ex.clean[b.span.Start:b.span.End]))
	}
	if got := d.Words(); got != want {
		t.Fatalf("Parse(%q, %v).Words() = %d, want %d", raw, format, got, want)
	}
}

// checkInputError checks that err is an *InputError naming the line and column of the first byte
// of data that is not text (a NUL or a byte of invalid UTF-8).
func checkInputError(t *testing.T, data []byte, err error) {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("Parse(%q) error = %v, want an *InputError", data, err)
	}
	bad := -1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == 0 || r == utf8.RuneError && n <= 1 {
			bad = i
			break
		}
		i += n
	}
	if bad < 0 {
		t.Fatalf("Parse(%q) = %v, but the input is valid text", data, err)
	}
	walkPositions(data[:bad+1], func(off, line, col, _ int) {
		if off == bad && (ie.Line != line || ie.Column != col) {
			t.Fatalf("Parse(%q) = %v, want the error at %d:%d (offset %d)", data, err, line, col, bad)
		}
	})
}

// walkPositions calls visit with the line, the code-point column and the 0-based UTF-16 column
// of every offset of raw that starts a character, and of its end. It is the slow, obvious
// reading of the rules Position documents: lines end at "\n", "\r\n" or a lone "\r" (the line
// break belongs to the line it ends), and a leading byte order mark takes no column. Bytes of
// invalid UTF-8 count one column each.
func walkPositions(raw []byte, visit func(off, line, col, col16 int)) {
	line, col, col16 := 1, 1, 0
	for off := 0; ; {
		visit(off, line, col, col16)
		if off == len(raw) {
			return
		}
		r, n := utf8.DecodeRune(raw[off:])
		switch {
		case off == 0 && r == '\uFEFF':
		case r == '\n', r == '\r' && (off+1 == len(raw) || raw[off+1] != '\n'):
			line, col, col16 = line+1, 1, 0
		default:
			col++
			col16 += utf16.RuneLen(r)
		}
		off += n
	}
}

// legacyRef reports whether an HTML document holds a reference html reads only a prefix of
// ("&nbsp0;", "&#00A0;"): decodeText decodes that prefix alone, which checkTokenText and
// checkSentenceText do not model when a token or sentence ends inside the reference, so the
// text of such documents is left unchecked (TestHTMLLegacyReference covers the case).
func legacyRef(d *Document) bool {
	if d.Format() != HTML {
		return false
	}
	for _, ref := range charRef.FindAllString(string(d.Raw()), -1) {
		if utf8.RuneCountInString(html.UnescapeString(ref)) > 2 {
			return true
		}
	}
	return false
}

// checkFuzzed checks what every Document must satisfy, whatever its input: the structure
// checkSpans checks (blocks, sentences and tokens inside raw, in order and inside each other, and
// with text, each reading as the raw text under its span), positions, and the offset map.
func checkFuzzed(t *testing.T, d *Document, text bool) {
	t.Helper()
	raw := d.Raw()
	if text {
		checkSpans(t, d)
	} else {
		checkOrder(t, d)
	}
	if t.Failed() {
		t.FailNow()
	}
	// Tagging takes any sentence without panicking, one tag per token.
	for i := range d.Sentences() {
		if got, want := len(d.Tags(i)), len(d.SentenceTokens(i)); got != want {
			t.Fatalf("sentence %d: %d tags for %d tokens", i, got, want)
		}
	}

	// Positions agree with the slow reading at every character, and so grow with the offset.
	// (Offsets inside a character are left out: see TestPositionInsideCharacter.)
	lastLine, endsWithBreak := 0, false
	walkPositions(raw, func(off, line, col, col16 int) {
		if p := d.Position(off); p.Line != line || p.Column != col || p.Offset != off {
			t.Fatalf("Position(%d) = %s (offset %d), want %d:%d\nraw: %q", off, lc(p), p.Offset, line, col, raw)
		}
		if got := d.UTF16Column(off); got != col16 {
			t.Fatalf("UTF16Column(%d) = %d, want %d\nraw: %q", off, got, col16, raw)
		}
		endsWithBreak = off > 0 && line > lastLine
		lastLine = line
	})
	if end := d.Position(len(raw)); d.Position(len(raw)+1) != end || d.Position(-1) != d.Position(0) {
		t.Fatalf("Position outside the file = %v, %v, want the ends %v, %v", d.Position(-1), d.Position(len(raw)+1), d.Position(0), end)
	}
	wantLines := lastLine
	if len(raw) == 0 {
		wantLines = 0
	} else if endsWithBreak {
		wantLines-- // a final line break starts no line
	}
	if got := d.LineCount(); got != wantLines {
		t.Fatalf("LineCount() = %d, want %d\nraw: %q", got, wantLines, raw)
	}
	checkOffsetMap(t, d)
}

// checkOffsetMap checks the map from clean text to raw. Its pieces tile the clean text in order
// and lie in raw in order; a copied piece holds raw's bytes (or markup blanked to spaces). Every
// clean offset maps into raw, monotonically, and maps back: the piece holding the raw offset
// is the one the clean offset came from, at the same place when the piece is a copy. The map has
// no inverse of its own, so the inverse here is the obvious walk over the pieces.
func checkOffsetMap(t *testing.T, d *Document) {
	t.Helper()
	m, raw, clean := &d.omap, d.raw, d.clean
	c, r := 0, 0
	for i, p := range m.pieces {
		if p.clean != c || p.raw < r || p.cleanLen < 0 || p.rawLen < 0 || p.raw+p.rawLen > len(raw) ||
			p.copied && p.cleanLen != p.rawLen {
			t.Fatalf("piece %d %+v does not follow the previous one (clean %d, raw %d) inside raw (len %d)\nraw: %q",
				i, p, c, r, len(raw), raw)
		}
		if p.copied && !d.template {
			for j := range p.cleanLen {
				if cb, rb := clean[p.clean+j], raw[p.raw+j]; cb != rb && cb != ' ' {
					t.Fatalf("piece %d %+v: clean byte %d is %q, raw has %q\nraw: %q", i, p, j, cb, rb, raw)
				}
			}
		}
		c, r = p.clean+p.cleanLen, p.raw+p.rawLen
	}
	if c != len(clean) {
		t.Fatalf("pieces cover %d bytes of clean text, want %d\nraw: %q", c, len(clean), raw)
	}

	// toClean is the inverse: the clean offset of raw offset r, or -1 when no piece covers r.
	toClean := func(r int) (int, piece) {
		for _, p := range m.pieces {
			if p.raw <= r && r < p.raw+p.rawLen {
				if p.copied {
					return p.clean + (r - p.raw), p
				}
				return p.clean, p
			}
		}
		return -1, piece{}
	}
	prevStart, prevEnd := 0, 0
	for c := 0; c <= len(clean); c++ {
		if c < len(clean) && !utf8.RuneStart(clean[c]) {
			continue
		}
		start, end := m.start(c), m.end(c)
		if start < prevStart || end < prevEnd || start < 0 || end < 0 || start > len(raw) || end > len(raw) {
			t.Fatalf("clean offset %d maps to start %d, end %d after %d, %d (raw len %d)\nraw: %q",
				c, start, end, prevStart, prevEnd, len(raw), raw)
		}
		prevStart, prevEnd = start, end
		i := m.find(c)
		if i < 0 {
			continue
		}
		p := m.pieces[i]
		if p.rawLen == 0 {
			continue // text standing for nothing in raw ("" for a byte order mark, a stand-in)
		}
		back, q := toClean(start)
		want := p.clean
		if p.copied {
			want = c
		}
		if back != want || q != p {
			t.Fatalf("clean offset %d (piece %+v) maps to raw %d, which maps back to %d (piece %+v), want %d\nraw: %q",
				c, p, start, back, q, want, raw)
		}
	}
}

// checkOrder checks that blocks, sentences and tokens lie inside raw, in order.
func checkOrder(t *testing.T, d *Document) {
	t.Helper()
	check := func(what string, i int, s Span, prev *int) {
		if s.Start < *prev || s.Start > s.End || s.End > len(d.Raw()) {
			t.Fatalf("%s %d span %v out of raw (len %d) or order (previous end %d)\nraw: %q", what, i, s, len(d.Raw()), *prev, d.Raw())
		}
		*prev = s.End
	}
	prev := 0
	for i, b := range d.Blocks() {
		check("block", i, b.Span, &prev)
	}
	prev = 0
	for i, s := range d.Sentences() {
		check("sentence", i, s.Span, &prev)
	}
	prev = 0
	for i, tok := range d.Tokens() {
		check("token", i, tok.Span, &prev)
	}
}
