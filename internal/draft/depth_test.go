package draft

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPathologicalNesting parses inputs that nest, or pile up delimiters, far beyond any draft.
// Each must parse (no stack overflow, no hang) and keep every position inside the file.
func TestPathologicalNesting(t *testing.T) {
	tests := []struct {
		name string
		f    Format
		src  string
	}{
		{"html 10,000 divs", HTML, strings.Repeat("<div>", 10000) + "Sorry!" + strings.Repeat("</div>", 10000)},
		{"html 10,000 unclosed", HTML, strings.Repeat("<b><i>", 10000) + "Sorry!"},
		{"markdown 100,000 list markers", Markdown, strings.Repeat("- ", 100000) + "sorry\n"},
		{"markdown 100,000 quotes", Markdown, strings.Repeat("> ", 100000) + "sorry\n"},
		{"markdown 100,000 ordered", Markdown, strings.Repeat("1. ", 100000) + "sorry\n"},
		{"markdown 100,000 backticks", Markdown, strings.Repeat("`", 100000) + " sorry\n"},
		{"markdown 100,000 brackets", Markdown, strings.Repeat("[", 100000) + "sorry" + strings.Repeat("]", 100000) + "\n"},
		{"markdown 50,000 link openers", Markdown, strings.Repeat("[a](", 50000) + "\n"},
		{"markdown 100,000 emphasis", Markdown, strings.Repeat("*a_", 100000) + "\n"},
		{"markdown nested by indentation", Markdown, func() string {
			var b strings.Builder
			for i := range 2000 {
				b.WriteString(strings.Repeat(" ", 2*i) + "- sorry\n")
			}
			return b.String()
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x", []byte(tt.src), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			lines := d.LineCount()
			// Every token's offsets, and the positions of a sample: a position costs time in
			// its line's length, and these lines are hundreds of kilobytes long.
			for i, tok := range d.Tokens() {
				for _, off := range []int{tok.Span.Start, tok.Span.End} {
					if off < 0 || off > len(tt.src) {
						t.Fatalf("token %q at offset %d, outside the file of %d bytes", tok.Text, off, len(tt.src))
					}
					if i%997 != 0 && i != len(d.Tokens())-1 {
						continue
					}
					if p := d.Position(off); p.Line < 1 || p.Line > max(lines, 1) {
						t.Fatalf("token %q on line %d of %d", tok.Text, p.Line, lines)
					}
				}
			}
		})
	}
}

func TestMarkdownTooDeep(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"- a\n  - b\n    - c\n", false},
		{"> > - 1. quoted list\n", false},
		{strings.Repeat("> ", 33) + "a\n", true},
		{strings.Repeat(" ", 129) + "a\n", true},
		{"[[a]] and [b](c)\n", false},
		{strings.Repeat("[", 33) + "a\n", true},
		{strings.Repeat("*a* ", 300) + "\n\n" + strings.Repeat("*a* ", 300) + "\n", false},
		{strings.Repeat("*a* ", 600) + "\n", true},
	}
	for _, tt := range tests {
		if got := markdownTooDeep([]byte(tt.src)); got != tt.want {
			t.Errorf("markdownTooDeep(%.40q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// markdownTooDeepRef is the plain reading of markdownTooDeep: each line found byte by byte, each
// byte tested against the delimiters.
func markdownTooDeepRef(src []byte) bool {
	marks, brackets := 0, 0
	for start := 0; start < len(src); {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		line := src[start:end]
		if lineDepth(line) > maxMarkdownDepth || indentWidth(line) > maxMarkdownIndent {
			return true
		}
		if isBlankLine(line) {
			marks, brackets = 0, 0
		}
		for _, c := range line {
			switch c {
			case '[':
				brackets++
			case ']':
				brackets = max(0, brackets-1)
			}
			switch c {
			case '*', '_', '[', ']', '(', '`', '<', '~':
				marks++
			}
			if brackets > maxMarkdownDepth {
				return true
			}
		}
		if marks > maxInlineMarks {
			return true
		}
		start = end + 1
	}
	return false
}

// TestMarkdownTooDeepMatchesRef compares markdownTooDeep with its plain reading on random text
// made of line breaks, list and quote markers, indentation and delimiters, near the limits.
func TestMarkdownTooDeepMatchesRef(t *testing.T) {
	parts := []string{"\n", "\r", "\r\n", " ", "\t", "    ", "word", "é", "- ", "> ", "1. ", "* ",
		"[", "]", "[[[[[[[[", "]]]]]]]]", "(", "*", "_", "`", "<", "~", "a_*(", "\n\n"}
	r := rand.New(rand.NewPCG(5, 6))
	seen := [2]int{}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(400) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := []byte(b.String())
		got, want := markdownTooDeep(s), markdownTooDeepRef(s)
		if got != want {
			t.Fatalf("markdownTooDeep(%q) = %v, want %v", s, got, want)
		}
		if got {
			seen[1]++
		} else {
			seen[0]++
		}
	}
	if seen[0] == 0 || seen[1] == 0 {
		t.Errorf("the random texts were all one way: %v (false, true)", seen)
	}
}
