package draft

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
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

var encodings = []Encoding{UTF8, UTF16, UTF32}

func TestLinesPosition(t *testing.T) {
	text := "ab\n😀x\r\né😀\rz"
	ls := NewLines([]byte(text))
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
	for _, tt := range tests {
		for i, want := range []string{tt.utf8, tt.utf16, tt.utf32} {
			l, c := ls.Position(tt.off, encodings[i])
			if got := fmt.Sprintf("%d:%d", l, c); got != want {
				t.Errorf("Position(%d, %v) = %s, want %s", tt.off, encodings[i], got, want)
			}
		}
	}
}

func TestLinesOffset(t *testing.T) {
	ls := NewLines([]byte("ab\n😀x\r\né😀\rz"))
	tests := []struct {
		enc  Encoding
		line int
		char int
		want int
	}{
		{UTF16, 1, 0, 3},
		{UTF16, 1, 1, 3},  // inside the surrogate pair: the start of 😀
		{UTF16, 1, 2, 7},  // after 😀
		{UTF16, 1, 3, 8},  // after x
		{UTF16, 1, 99, 8}, // past the end of the line: its end, before "\r\n"
		{UTF8, 1, 2, 3},   // inside 😀's bytes: its start
		{UTF8, 1, 4, 7},
		{UTF32, 1, 1, 7},
		{UTF32, 2, 2, 16},
		{UTF16, 3, 1, 18},
		{UTF16, 4, 0, 18}, // past the last line: the end
		{UTF16, -1, 5, 0}, // before the first line: the start
		{UTF16, 0, -1, 0}, // a negative character: the start of the line
		{UTF16, 2, 1, 12}, // after é
		{UTF8, 2, 2, 12},  // after é's two bytes
		{UTF8, 2, 1, 10},  // between them: the start of é
	}
	for _, tt := range tests {
		if got := ls.Offset(tt.line, tt.char, tt.enc); got != tt.want {
			t.Errorf("Offset(%d, %d, %v) = %d, want %d", tt.line, tt.char, tt.enc, got, tt.want)
		}
	}
}

func TestLinesParts(t *testing.T) {
	ls := NewLines([]byte("\uFEFFab\r\ncd\n\ref"))
	if got := ls.Count(); got != 4 {
		t.Errorf("Count() = %d, want 4", got)
	}
	tests := []struct{ start, colStart, end int }{{0, 3, 5}, {7, 7, 9}, {10, 10, 10}, {11, 11, 13}}
	for l, tt := range tests {
		if s, c, e := ls.Start(l), ls.ColumnStart(l), ls.End(l); s != tt.start || c != tt.colStart || e != tt.end {
			t.Errorf("line %d: Start, ColumnStart, End = %d, %d, %d, want %d, %d, %d", l, s, c, e, tt.start, tt.colStart, tt.end)
		}
	}
	for off, want := range []int{0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 3, 3} {
		if got := ls.Line(off); got != want {
			t.Errorf("Line(%d) = %d, want %d", off, got, want)
		}
	}
	if got := NewLines(nil).Count(); got != 1 {
		t.Errorf("Count() of no text = %d, want 1", got)
	}
}

// inLineBreak reports whether off falls inside a "\r\n", where the line's text has ended.
func inLineBreak(text string, off int) bool {
	return off > 0 && off < len(text) && text[off-1] == '\r' && text[off] == '\n'
}

// TestLinesAgreeWithDocument checks Lines against the positions the command line prints: the
// same line, the code-point column and the UTF-16 column.
func TestLinesAgreeWithDocument(t *testing.T) {
	for _, text := range texts {
		d := mustParse(t, text, Text)
		ls := NewLines([]byte(text))
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) || inLineBreak(text, off) {
				continue
			}
			dp := d.Position(off)
			l16, c16 := ls.Position(off, UTF16)
			_, c32 := ls.Position(off, UTF32)
			if l16 != dp.Line-1 || c16 != d.UTF16Column(off) || c32 != dp.Column-1 {
				t.Errorf("%q at %d: utf-16 %d:%d, utf-32 column %d; draft %d:%d (UTF-16 column %d)",
					text, off, l16, c16, c32, dp.Line-1, dp.Column-1, d.UTF16Column(off))
			}
		}
	}
}

func TestLinesRoundTrip(t *testing.T) {
	for _, text := range texts {
		ls := NewLines([]byte(text))
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) || inLineBreak(text, off) {
				continue
			}
			for _, enc := range encodings {
				l, c := ls.Position(off, enc)
				if got := ls.Offset(l, c, enc); got != off {
					t.Errorf("%q: Offset(Position(%d, %v) = %d:%d) = %d", text, off, enc, l, c, got)
				}
			}
		}
	}
}

// refOffset converts a position the slow way: split the text into lines with their breaks,
// encode the line's text, take the first char units and measure them in bytes.
func refOffset(text string, line, char int, enc Encoding) int {
	lines := regexp.MustCompile(`[^\r\n]*(\r\n|\r|\n|$)`).FindAllString(text, -1)
	off := 0
	for i, l := range lines {
		content := strings.TrimRight(l, "\r\n")
		if i < line {
			off += len(l)
			continue
		}
		// A position inside a character stands for its start.
		switch enc {
		case UTF8:
			n := min(char, len(content))
			for n > 0 && n < len(content) && !utf8.RuneStart(content[n]) {
				n--
			}
			return off + n
		case UTF32:
			rs := []rune(content)
			return off + len(string(rs[:min(char, len(rs))]))
		}
		u := utf16.Encode([]rune(content))
		n := min(char, len(u))
		if n > 0 && n < len(u) && utf16.IsSurrogate(rune(u[n-1])) && u[n-1] < 0xDC00 {
			n--
		}
		return off + len(string(utf16.Decode(u[:n])))
	}
	return len(text)
}

// TestLinesOffsetRandom checks Offset against refOffset on random texts, at every place a
// client can name and now and then past the end of a line.
func TestLinesOffsetRandom(t *testing.T) {
	pieces := []string{"a", "é", "😀", "中", "\n", "\r\n", "\r", " ", "👋🏽", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		var b strings.Builder
		for range r.IntN(20) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		ls := NewLines([]byte(text))
		for _, enc := range encodings {
			for off := 0; off <= len(text); off++ {
				l, c := ls.Position(off, enc)
				c += r.IntN(3) // past a character boundary or the end of the line, now and then
				if got, want := ls.Offset(l, c, enc), refOffset(text, l, c, enc); got != want {
					t.Fatalf("%v %q: Offset(%d, %d) = %d, want %d", enc, text, l, c, got, want)
				}
			}
		}
	}
}

// TestLinesMarksAgree checks that counting over the marks of a long line gives what counting byte
// by byte gives, in every encoding, with characters of every width astride the marks.
func TestLinesMarksAgree(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 5*checkpointEvery; i++ {
		b.WriteString([]string{"a", "é", "€", "😀", " "}[i%5])
	}
	b.WriteString("\nnext line")
	text := []byte(b.String())
	ls := NewLines(text)
	if len(ls.marks) == 0 {
		t.Fatal("no marks on a long text")
	}
	for _, e := range []Encoding{UTF8, UTF16, UTF32} {
		for from := 0; from < 40; from++ {
			for _, to := range []int{3 * checkpointEvery, 4*checkpointEvery + 1, len(text) - 10} {
				for !utf8.RuneStart(text[to]) {
					to++
				}
				if got, want := ls.units(from, to, e), ls.count(from, to, e); got != want {
					t.Fatalf("%v units(%d, %d) = %d, want %d", e, from, to, got, want)
				}
			}
		}
	}
}
