package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/linttest"
)

// TestResponsibilityMessages checks the messages excuse and blame-shift write for their fixtures:
// lower case, no final period, under 80 characters however long the phrase found, and a
// suggestion with each.
func TestResponsibilityMessages(t *testing.T) {
	for _, r := range []lint.Rule{excuse, blameShift} {
		l, err := lint.New([]lint.Rule{r})
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(fixtureRoot, r.ID)
		files, err := linttest.Files(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := draft.Parse(path, raw, draft.FormatOf(path))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range l.Lint(d) {
				m := f.Message
				if n := utf8.RuneCountInString(m); n >= 80 {
					t.Errorf("%s: message %q is %d characters, want under 80", path, m, n)
				}
				if first, _ := utf8.DecodeRuneInString(m); unicode.IsUpper(first) {
					t.Errorf("%s: message %q starts upper case", path, m)
				}
				if strings.HasSuffix(m, ".") {
					t.Errorf("%s: message %q ends with a period", path, m)
				}
				if f.Suggestion == "" {
					t.Errorf("%s: finding %q has no suggestion", path, m)
				}
			}
		}
	}
}

func TestRespQuote(t *testing.T) {
	raw := "Our catering partner, Feast &amp; Co. of Little Hadley upon Thames, served it cold."
	d, err := draft.Parse("q.html", []byte("<p>"+raw+"</p>"), draft.HTML)
	if err != nil {
		t.Fatal(err)
	}
	toks := d.Tokens()
	format := "%q puts the failure on someone else"
	got := respQuote(d, 0, len(toks)-2, format)
	want := "Our catering partner, Feast & Co. of Little…"
	if got != want {
		t.Errorf("respQuote = %q, want %q", got, want)
	}
	if short := respQuote(d, 0, 2, format); short != "Our catering partner" {
		t.Errorf("respQuote of three words = %q, want %q", short, "Our catering partner")
	}
}
