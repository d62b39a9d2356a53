package draft

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The line scanners below were rewritten to jump from line break to line break; these are the
// byte-by-byte versions they replaced, kept as the reference TestLineScanners compares with.

// paragraphsRef is paragraphs read byte by byte.
func paragraphsRef(clean []byte, start, end int, kind BlockKind) []block {
	var out []block
	blockStart := -1
	lastText := -1
	lineBlank := true
	flush := func() {
		if blockStart >= 0 {
			out = append(out, block{kind, Span{blockStart, lastText}})
		}
		blockStart, lastText = -1, -1
	}
	for i := start; i <= end; i++ {
		if i == end || clean[i] == '\n' || (clean[i] == '\r' && (i+1 == end || clean[i+1] != '\n')) {
			if lineBlank {
				flush()
			}
			lineBlank = true
			continue
		}
		if !isSpaceByte(clean[i]) {
			if blockStart < 0 {
				blockStart = i
			}
			lineBlank = false
			lastText = i + 1
		}
	}
	flush()
	return out
}
func countWordsRef(s string) int {
	n := 0
	inWord, counted := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII, without the calls
			i++
			if c == ' ' || '\t' <= c && c <= '\r' {
				inWord = false
				continue
			}
			if !inWord {
				inWord, counted = true, false
			}
			if !counted && isAlnumASCII(c) {
				counted = true
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord, counted = true, false
		}
		if !counted && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			counted = true
			n++
		}
	}
	return n
}
func logicalLinesRef(clean string, b Span) []Span {
	var out []Span
	start := b.Start
	i := b.Start
	for i < b.End {
		c := clean[i]
		if c != '\n' && c != '\r' {
			i++
			continue
		}
		lineEnd := i
		next := i + 1
		if c == '\r' && next < b.End && clean[next] == '\n' {
			next++
		}
		if !continues(clean[start:lineEnd], clean[next:b.End]) {
			out = append(out, Span{start, lineEnd})
			start = next
		}
		i = next
	}
	return append(out, Span{start, b.End})
}

// mayEndSentenceWithinRef is mayEndSentenceWithin through the strings package.
func mayEndSentenceWithinRef(text string) bool {
	body := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".!?\"')]”’", r)
	})
	return strings.ContainsAny(body, ".!?")
}

// lineStartsRef is where NewLines finds lines to start, read byte by byte.
func lineStartsRef(text []byte) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue // the "\n" ends this line
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// TestLineScanners compares paragraphs, logicalLines, splitCountWords' count of words,
// mayEndSentenceWithin and the
// line starts of NewLines with their references on
// random text made of line breaks, spaces, words and sentence ends.
func TestLineScanners(t *testing.T) {
	parts := []string{"\n", "\r", "\r\n", " ", "\t", "word", "Word", "é", "\u00a0", ".", "!", ",", "- ", "x",
		"?", "\"", "'", ")", "]", "”", "’", "\u2028", "\xe2", "\x80", "&rsquo;", "&", "3"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		start, end := 0, len(s)
		if len(s) > 0 && r.IntN(2) == 0 {
			start, end = r.IntN(len(s)+1), r.IntN(len(s)+1)
			start, end = min(start, end), max(start, end)
		}
		if got, want := paragraphs([]byte(s), start, end, Paragraph), paragraphsRef([]byte(s), start, end, Paragraph); !slices.Equal(got, want) {
			t.Fatalf("paragraphs(%q, %d, %d) = %v, want %v", s, start, end, got, want)
		}
		if got, want := logicalLines(s, Span{start, end}, nil), logicalLinesRef(s, Span{start, end}); !slices.Equal(got, want) {
			t.Fatalf("logicalLines(%q, %d, %d) = %v, want %v", s, start, end, got, want)
		}
		if _, got := splitCountWords(s, nil); got != countWordsRef(s) {
			t.Fatalf("splitCountWords(%q) counts %d words, want %d", s, got, countWordsRef(s))
		}
		if got, want := mayEndSentenceWithin(s), mayEndSentenceWithinRef(s); got != want {
			t.Fatalf("mayEndSentenceWithin(%q) = %v, want %v", s, got, want)
		}
		if got, want := NewLines([]byte(s)).starts, lineStartsRef([]byte(s)); !slices.Equal(got, want) {
			t.Fatalf("NewLines(%q) starts = %v, want %v", s, got, want)
		}
	}
}
