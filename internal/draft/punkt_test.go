package draft

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/synth"
)

// libraryBreaks returns the ends of the sentences the library's Punkt tokenizer finds in text.
func libraryBreaks(tb testing.TB, text string) []int {
	tb.Helper()
	seg, err := segmenter()
	if err != nil {
		tb.Fatal(err)
	}
	var out []int
	for _, s := range seg.Tokenize(text) {
		out = append(out, s.End)
	}
	return out
}

func portBreaks(tb testing.TB, text string) []int {
	tb.Helper()
	seg, err := segmenter()
	if err != nil {
		tb.Fatal(err)
	}
	p := punkt{st: seg.Storage}
	return p.breaks(text, nil)
}

var punktCases = []string{
	"", " ", "\n", ".", "..", ". . .", "Hi.", "Hi. Bye.", "We are sorry. It will not happen again!",
	"Dr. Smith called. Mr. Jones did not.", "It costs $12.50. We refunded it.", "See p. 4. Then call.",
	"The U.S. team met the F.B.I. agents. They left.", "Use e.g. the form. Or i.e. the page.",
	"J. S. Bach wrote it. A. B. said so.", "On 4. May we met. In 1999. We met again.",
	"Wait... What? No! Yes.", "He said \"stop.\" Then he left.", "(It broke.) We fixed it.",
	"Really?! Yes.", "It ends with café…", "It ends with a quote’", "Sorry.” We meant it.",
	"Call 555-0100. Or write help@example.com. Thanks.", "No. 5 is ours. Sgt. Pepper came. Gov. Lee too.",
	"mid-Oct. We shipped. x-ray. It worked.", "ⱥ. Ⱥ. É. é. Bye.", "a.b.c. Next one. www.example.com The end.",
	"1,000. 2.5. -3. .5. Ok.", "Hello.\nWorld.\n\nNew para.", "tab.\tTab. end", "St. Louis is far. Go.",
	"We apologise. ## number. 12,3. Yes.", "Jan. 5th. Feb. We met.", "vs. them. Vs. Them.",
	// Words before the first mark and after the word that follows the last, which the port skips.
	"Hi there Dana we are sorry. Truly sorry and we will fix it soon", "no marks at all here",
	"one two three. Four five six", "lead é x. y zé", "x. y zé", "é. é", "   . a b c",
	"We are sorry. The end of it all ", " Sorry. Bye ",
}

func TestPunkt(t *testing.T) {
	for _, text := range punktCases {
		if got, want := portBreaks(t, text), libraryBreaks(t, text); !slices.Equal(got, want) {
			t.Errorf("breaks(%q) = %v, library %v", text, got, want)
		}
	}
}

// TestPunktCorpus compares the port with the library on every line of synthetic drafts.
func TestPunktCorpus(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 50
	}
	for _, d := range synth.Corpus(n, 42) {
		for _, line := range strings.Split(string(d.Text), "\n") {
			if got, want := portBreaks(t, line), libraryBreaks(t, line); !slices.Equal(got, want) {
				t.Fatalf("breaks(%q) = %v, library %v", line, got, want)
			}
		}
		if got, want := portBreaks(t, string(d.Text)), libraryBreaks(t, string(d.Text)); !slices.Equal(got, want) {
			t.Fatalf("breaks of %s = %v, library %v", d.Name, got, want)
		}
	}
}

// FuzzPunkt checks the port of the Punkt tokenizer against the library on any text.
func FuzzPunkt(f *testing.F) {
	for _, s := range punktCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := portBreaks(t, text), libraryBreaks(t, text); !slices.Equal(got, want) {
			t.Fatalf("breaks(%q) = %v, library %v", text, got, want)
		}
	})
}

// hasSentEndCharsRef is the library's HasSentEndChars as it is written: each suffix and infix in
// turn.
func hasSentEndCharsRef(tok string) bool {
	suffixes := []string{
		`."`, `.'`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	for _, s := range suffixes {
		if strings.HasSuffix(tok, s) {
			return true
		}
	}
	for _, s := range []string{`.[`, `.(`, `."`, `.'`, `?[`, `?(`, `![`, `!(`} {
		if strings.Contains(tok, s) {
			return true
		}
	}
	return false
}

// TestHasSentEndChars compares hasSentEndChars with the library's reading on random words of
// marks, quotes and brackets.
func TestHasSentEndChars(t *testing.T) {
	parts := []string{".", "?", "!", `"`, "'", ")", "(", "[", "]", "’", "”", "‘", "a", "B", "\x80", "\xe2"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		tok := b.String()
		if got, want := hasSentEndChars(tok), hasSentEndCharsRef(tok); got != want {
			t.Fatalf("hasSentEndChars(%q) = %v, want %v", tok, got, want)
		}
	}
}
