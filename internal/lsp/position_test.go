package lsp

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// TestRandomEdits applies random edits, as a client would send them, and checks the result
// against the same edit made to a string. Package draft tests the positions themselves.
func TestRandomEdits(t *testing.T) {
	pieces := []string{"a", "é", "😀", "中", "\n", "\r\n", "\r", " ", "👋🏽", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for _, enc := range []draft.Encoding{draft.UTF8, draft.UTF16, draft.UTF32} {
		text := "Hi 😀,\nSorry.\n"
		b := newBuffer([]byte(text))
		for range 2000 {
			// A position on a line that exists, at a character boundary or past the line's end.
			pick := func() position {
				p := b.position(r.IntN(len(text)+1), enc)
				if r.IntN(10) == 0 {
					p.Character += r.IntN(3) // past the end of the line, now and then
				}
				return p
			}
			p1, p2 := pick(), pick()
			if p2.Line < p1.Line || p2.Line == p1.Line && p2.Character < p1.Character {
				p1, p2 = p2, p1
			}
			s, e := b.offset(p1, enc), b.offset(p2, enc)
			var ins strings.Builder
			for range r.IntN(4) {
				ins.WriteString(pieces[r.IntN(len(pieces))])
			}
			text = text[:s] + ins.String() + text[e:]
			b = b.edit(s, e, ins.String())
			if string(b.Text()) != text {
				t.Fatalf("%v: buffer %q, want %q", enc, b.Text(), text)
			}
			if want := newBuffer([]byte(text)); starts(want) != starts(b) {
				t.Fatalf("%v: line starts %v, want %v", enc, starts(b), starts(want))
			}
			if len(text) > 400 {
				text = text[:0]
				b = newBuffer(nil)
			}
		}
	}
}

// starts lists the offsets where b's lines start.
func starts(b *buffer) string {
	out := make([]int, b.Count())
	for l := range out {
		out[l] = b.Start(l)
	}
	return fmt.Sprint(out)
}

func TestEditKeepsOldBuffer(t *testing.T) {
	old := newBuffer([]byte("Sorry about that.\n"))
	next := old.edit(0, 5, "We're sorry")
	if string(old.Text()) != "Sorry about that.\n" || string(next.Text()) != "We're sorry about that.\n" {
		t.Errorf("edit: old %q, new %q", old.Text(), next.Text())
	}
}

func TestLineBreakAndIndent(t *testing.T) {
	tests := []struct {
		text   string
		line   int
		br, in string
	}{
		{"a\r\n  b\r\n", 1, "\r\n", "  "},
		{"a\n\tb", 1, "\n", "\t"}, // the last line takes the break before it
		{"one line", 0, "\n", ""},
		{"a\rb\r", 0, "\r", ""},
		{" \t x\n", 0, "\n", " \t "},
	}
	for _, tt := range tests {
		b := newBuffer([]byte(tt.text))
		if br, in := b.lineBreak(tt.line), b.indent(tt.line); br != tt.br || in != tt.in {
			t.Errorf("%q line %d: break %q, indent %q; want %q, %q", tt.text, tt.line, br, in, tt.br, tt.in)
		}
	}
}

func TestPickEncoding(t *testing.T) {
	tests := []struct {
		offered []string
		want    draft.Encoding
	}{
		{nil, draft.UTF16},
		{[]string{"utf-16"}, draft.UTF16},
		{[]string{"utf-32", "utf-16"}, draft.UTF32},
		{[]string{"utf-32", "utf-8"}, draft.UTF8},
		{[]string{"UTF-8"}, draft.UTF16}, // the protocol's names are lower case
	}
	for _, tt := range tests {
		if got := pickEncoding(tt.offered); got != tt.want {
			t.Errorf("pickEncoding(%q) = %v, want %v", tt.offered, got, tt.want)
		}
	}
}
