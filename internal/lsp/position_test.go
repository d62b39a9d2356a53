package lsp

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
)

// texts mix one-, two-, three- and four-byte characters, a combining mark, the three kinds of
// line break, empty lines and a missing final line break.
var texts = []string{
	"",
	"a",
	"Hi 😀 Dana,\nSorry 🙏 about that.\n",
	"é and e\u0301 😀😀\r\n\r\n中文 𝄞 music\rlast line without break",
	"\n\n\r\r\n😀",
	"👋🏽 👨‍👩‍👧 flags 🇬🇧\n",
}

func TestPosition(t *testing.T) {
	text := "ab\n😀x\r\né😀\rz"
	b := newBuffer([]byte(text))
	tests := []struct {
		off                int
		utf8, utf16, utf32 string
	}{
		{0, "0:0", "0:0", "0:0"},
		{2, "0:2", "0:2", "0:2"},  // before the "\n"
		{3, "1:0", "1:0", "1:0"},  // after it
		{7, "1:4", "1:2", "1:1"},  // after 😀
		{8, "1:5", "1:3", "1:2"},  // after x, before "\r\n"
		{9, "1:5", "1:3", "1:2"},  // between "\r" and "\n": the end of the line's text
		{10, "2:0", "2:0", "2:0"}, // after "\r\n"
		{12, "2:2", "2:1", "2:1"}, // after é
		{13, "2:6", "2:3", "2:2"}, // inside 😀: past it
		{16, "2:6", "2:3", "2:2"}, // after 😀
		{17, "3:0", "3:0", "3:0"}, // after a lone "\r"
		{18, "3:1", "3:1", "3:1"}, // the end
		{99, "3:1", "3:1", "3:1"}, // past the end
		{-1, "0:0", "0:0", "0:0"}, // before the start
		{len(text), "3:1", "3:1", "3:1"},
	}
	show := func(p position) string { return fmt.Sprintf("%d:%d", p.Line, p.Character) }
	for _, tt := range tests {
		for _, c := range []struct {
			enc  encoding
			want string
		}{{encUTF8, tt.utf8}, {encUTF16, tt.utf16}, {encUTF32, tt.utf32}} {
			if got := show(b.position(tt.off, c.enc)); got != c.want {
				t.Errorf("position(%d, %v) = %s, want %s", tt.off, c.enc, got, c.want)
			}
		}
	}
}

func TestOffset(t *testing.T) {
	text := "ab\n😀x\r\né😀\rz"
	b := newBuffer([]byte(text))
	tests := []struct {
		enc  encoding
		line int
		char int
		want int
	}{
		{encUTF16, 1, 0, 3},
		{encUTF16, 1, 1, 3},  // inside the surrogate pair: the start of 😀
		{encUTF16, 1, 2, 7},  // after 😀
		{encUTF16, 1, 3, 8},  // after x
		{encUTF16, 1, 99, 8}, // past the end of the line: its end, before "\r\n"
		{encUTF8, 1, 2, 3},   // inside 😀's bytes: its start
		{encUTF8, 1, 4, 7},
		{encUTF32, 1, 1, 7},
		{encUTF32, 2, 2, 16},
		{encUTF16, 3, 1, 18},
		{encUTF16, 4, 0, 18}, // past the last line: the end
		{encUTF16, -1, 5, 0}, // before the first line: the start
		{encUTF16, 0, -1, 0}, // a negative character: the start of the line
		{encUTF16, 2, 1, 12}, // after é
		{encUTF8, 2, 2, 12},  // after é's two bytes
		{encUTF8, 2, 1, 10},  // between them: the start of é
	}
	for _, tt := range tests {
		if got := b.offset(position{tt.line, tt.char}, tt.enc); got != tt.want {
			t.Errorf("offset(%d:%d, %v) = %d, want %d", tt.line, tt.char, tt.enc, got, tt.want)
		}
	}
}

// inLineBreak reports whether off falls inside a "\r\n", where the line's text has ended.
func inLineBreak(text string, off int) bool {
	return off > 0 && off < len(text) && text[off-1] == '\r' && text[off] == '\n'
}

// TestAgreesWithDraft checks the buffer against package draft, which numbers the lines and
// columns of the command line's output: the same line, the code-point column, and the UTF-16
// column of draft.Document.UTF16Column.
func TestAgreesWithDraft(t *testing.T) {
	for _, text := range texts {
		d, err := draft.Parse("t.txt", []byte(text), draft.Text)
		if err != nil {
			t.Fatal(err)
		}
		b := newBuffer([]byte(text))
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) || inLineBreak(text, off) {
				continue
			}
			dp := d.Position(off)
			p16, p32 := b.position(off, encUTF16), b.position(off, encUTF32)
			if p16.Line != dp.Line-1 || p16.Character != d.UTF16Column(off) || p32.Character != dp.Column-1 {
				t.Errorf("%q at %d: utf-16 %d:%d, utf-32 column %d; draft %d:%d (UTF-16 column %d)",
					text, off, p16.Line, p16.Character, p32.Character, dp.Line-1, dp.Column-1, d.UTF16Column(off))
			}
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, text := range texts {
		b := newBuffer([]byte(text))
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) || inLineBreak(text, off) {
				continue
			}
			if off < len(text) && text[off] == '\n' && off > 0 && text[off-1] == '\r' {
				continue
			}
			for _, enc := range []encoding{encUTF8, encUTF16, encUTF32} {
				p := b.position(off, enc)
				if got := b.offset(p, enc); got != off {
					t.Errorf("%q: offset(position(%d, %v) = %d:%d) = %d", text, off, enc, p.Line, p.Character, got)
				}
			}
		}
	}
}

// refOffset converts a position the slow way: split the text into lines with their breaks,
// encode the line's text, take the first character units and measure them in bytes.
func refOffset(text string, p position, enc encoding) int {
	lines := regexp.MustCompile(`[^\r\n]*(\r\n|\r|\n|$)`).FindAllString(text, -1)
	off := 0
	for i, l := range lines {
		content := strings.TrimRight(l, "\r\n")
		if i < p.Line {
			off += len(l)
			continue
		}
		// A position inside a character stands for its start.
		switch enc {
		case encUTF8:
			n := min(p.Character, len(content))
			for n > 0 && n < len(content) && !utf8.RuneStart(content[n]) {
				n--
			}
			return off + n
		case encUTF32:
			rs := []rune(content)
			return off + len(string(rs[:min(p.Character, len(rs))]))
		}
		u := utf16.Encode([]rune(content))
		n := min(p.Character, len(u))
		if n > 0 && n < len(u) && utf16.IsSurrogate(rune(u[n-1])) && u[n-1] < 0xDC00 {
			n--
		}
		return off + len(string(utf16.Decode(u[:n])))
	}
	return len(text)
}

// TestRandomEdits applies random edits, as a client would send them, and checks each position
// against refOffset and the result against the same edit made to a string.
func TestRandomEdits(t *testing.T) {
	pieces := []string{"a", "é", "😀", "中", "\n", "\r\n", "\r", " ", "👋🏽", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for _, enc := range []encoding{encUTF8, encUTF16, encUTF32} {
		text := "Hi 😀,\nSorry.\n"
		b := newBuffer([]byte(text))
		for range 2000 {
			// A position at a character boundary, on a line that exists or one past the end.
			pick := func() position {
				off := r.IntN(len(text) + 1)
				for off < len(text) && (!utf8.RuneStart(text[off]) || inLineBreak(text, off)) {
					off++
				}
				p := b.position(off, enc)
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
			if ws, we := refOffset(text, p1, enc), refOffset(text, p2, enc); s != ws || e != we {
				t.Fatalf("%v %q: offsets %d, %d of %v, %v; want %d, %d", enc, text, s, e, p1, p2, ws, we)
			}
			var ins strings.Builder
			for range r.IntN(4) {
				ins.WriteString(pieces[r.IntN(len(pieces))])
			}
			text = text[:s] + ins.String() + text[e:]
			b = b.edit(s, e, ins.String())
			if string(b.text) != text {
				t.Fatalf("%v: buffer %q, want %q", enc, b.text, text)
			}
			if want := newBuffer([]byte(text)); fmt.Sprint(want.lines) != fmt.Sprint(b.lines) {
				t.Fatalf("%v: lines %v, want %v", enc, b.lines, want.lines)
			}
			if len(text) > 400 {
				text = text[:0]
				b = newBuffer(nil)
			}
		}
	}
}

func TestEditKeepsOldBuffer(t *testing.T) {
	old := newBuffer([]byte("Sorry about that.\n"))
	next := old.edit(0, 5, "We're sorry")
	if string(old.text) != "Sorry about that.\n" || string(next.text) != "We're sorry about that.\n" {
		t.Errorf("edit: old %q, new %q", old.text, next.text)
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
		want    encoding
	}{
		{nil, encUTF16},
		{[]string{"utf-16"}, encUTF16},
		{[]string{"utf-32", "utf-16"}, encUTF32},
		{[]string{"utf-32", "utf-8"}, encUTF8},
		{[]string{"UTF-8"}, encUTF16}, // the protocol's names are lower case
	}
	for _, tt := range tests {
		if got := pickEncoding(tt.offered); got != tt.want {
			t.Errorf("pickEncoding(%q) = %v, want %v", tt.offered, got, tt.want)
		}
	}
}
