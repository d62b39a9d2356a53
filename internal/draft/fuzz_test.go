package draft

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzParse parses random bytes in every format. Parse must not panic; it either fails with an
// *InputError or gives a Document whose spans lie inside raw, in order, and whose positions grow
// with the offset. The bytes are also made valid text (NULs dropped, bad UTF-8 replaced) and
// parsed again, so the fuzzer spends its time past validation too.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"",
		"Hi Dana,\nWe are sorry we sent the wrong size. The right one ships today.\n\nBest,\nPriya\n",
		"Hi Dana,\r\nSorry about that!\r\n\r\nBest,\r\nPriya\r\n",
		"\uFEFFWe’re sorry 😀 for the café e\u0301clair.\rBye.",
		"---\ntitle: x\n---\n# We are *so* sorry\n\nRead [our policy](https://x.com \"t\") `code`.\n\n```\ncode\n```\n\n- one\n- two\n<!-- c -->\n",
		"<html><head><title>T</title><style>p{}</style></head><body><p>We&rsquo;re sorry &amp; sad.<br>Best,<br>Priya</p><script>x()</script></body></html>",
		"<p>Sorry&nbsp;again &#8217; &#x2019; &bogus; &amp</p><ul><li>One<li>Two</ul>",
		"I'd say we've done it. Don't, can't. {{name}} [ORDER] help@example.com 555-0100",
		"ab\x00cd",
		"caf\xe9 \xed\xa0\x80",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text := bytes.ToValidUTF8(bytes.ReplaceAll(data, []byte{0}, nil), []byte("\uFFFD"))
		for _, format := range []Format{Text, Markdown, HTML} {
			d, err := Parse("fuzz", data, format)
			if err != nil {
				var ie *InputError
				if !errors.As(err, &ie) || ie.Line < 1 || ie.Column < 1 {
					t.Fatalf("Parse(%q, %v) error = %v, want an *InputError with a position", data, format, err)
				}
			} else {
				checkFuzzed(t, d)
			}
			d, err = Parse("fuzz", text, format)
			if err != nil {
				t.Fatalf("Parse(%q, %v) of valid text: %v", text, format, err)
			}
			checkFuzzed(t, d)
		}
	})
}

func checkFuzzed(t *testing.T, d *Document) {
	t.Helper()
	raw := d.Raw()
	checkOrdered := func(what string, spans []Span) {
		t.Helper()
		prev := 0
		for i, s := range spans {
			if s.Start < prev || s.Start > s.End || s.End > len(raw) {
				t.Fatalf("%v: %s %d span %v out of raw (len %d) or order (previous end %d)\nraw: %q",
					d.Format(), what, i, s, len(raw), prev, raw)
			}
			prev = s.End
		}
	}
	var spans []Span
	for _, b := range d.Blocks() {
		spans = append(spans, b.Span)
	}
	checkOrdered("block", spans)
	spans = spans[:0]
	for _, s := range d.Sentences() {
		spans = append(spans, s.Span)
	}
	checkOrdered("sentence", spans)
	spans = spans[:0]
	for _, tok := range d.Tokens() {
		spans = append(spans, tok.Span)
	}
	checkOrdered("token", spans)
	for i, tok := range d.Tokens() {
		if msg := checkTokenText(d, tok); msg != "" {
			t.Fatalf("%v: token %d: %s\nraw: %q", d.Format(), i, msg, raw)
		}
	}

	// Positions grow with the offset, character by character. (Offsets inside a character are
	// left out: see TestPositionInsideCharacter.)
	prev := d.Position(0)
	for off := 0; off <= len(raw); {
		p := d.Position(off)
		if p.Line < prev.Line || (p.Line == prev.Line && p.Column < prev.Column) || p.Line < 1 || p.Column < 1 {
			t.Fatalf("Position(%d) = %s after Position(%d) = %s\nraw: %q", off, lc(p), prev.Offset, lc(prev), raw)
		}
		prev = p
		if off == len(raw) {
			break
		}
		_, n := utf8.DecodeRune(raw[off:])
		off += n
	}
	if d.Position(len(raw)+1) != d.Position(len(raw)) {
		t.Fatalf("Position past the end = %v, want the end %v", d.Position(len(raw)+1), d.Position(len(raw)))
	}
}
