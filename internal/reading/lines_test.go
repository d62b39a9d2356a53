package reading

import (
	"slices"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/synth"
)

// TestFindInLines checks that the one walk of findInLines finds what each expression finds run
// alone over the lines its test lets through, and tells the same of address lines.
func TestFindInLines(t *testing.T) {
	for _, c := range synth.Corpus(600, 7) {
		d, err := draft.Parse(c.Name, c.Text, draft.FormatOf(c.Name))
		if err != nil {
			t.Fatal(err)
		}
		f := findInLines(d)
		if want := d.FindLines(quoteRE, mayQuote); !slices.Equal(f.quotes, want) {
			t.Fatalf("%s: quotes %v together, %v alone", c.Name, f.quotes, want)
		}
		addressLines := false
		for i, cf := range contactFinders {
			want := d.FindWindows(cf.re, func(line string, out []draft.Span) []draft.Span {
				n := len(out)
				out = cf.windows(line, out)
				addressLines = addressLines || cf.address && len(out) > n
				return out
			})
			if !slices.Equal(f.contacts[i], want) {
				t.Fatalf("%s: %v found %v together, %v alone", c.Name, cf.re, f.contacts[i], want)
			}
		}
		if f.addressLines != addressLines {
			t.Fatalf("%s: addressLines %v together, %v alone", c.Name, f.addressLines, addressLines)
		}
	}
}

// BenchmarkFindInLines runs findInLines over 2,000 drafts, and the same searches one by one.
//
//	go test ./internal/reading -run '^$' -bench FindInLines
func BenchmarkFindInLines(b *testing.B) {
	docs := benchDocs(b)
	b.Run("together", func(b *testing.B) {
		for b.Loop() {
			for _, bd := range docs {
				findInLines(bd.d)
			}
		}
	})
	b.Run("alone", func(b *testing.B) {
		for b.Loop() {
			for _, bd := range docs {
				bd.d.FindLines(quoteRE, mayQuote)
				for _, c := range contactFinders {
					bd.d.FindWindows(c.re, c.windows)
				}
			}
		}
	})
}
