package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// FuzzRules runs every rule over arbitrary input in every format: no rule may panic, report a
// span outside the file, or give a span finding a position that does not match its offsets.
// Seeds are the rule fixtures. Run it with `go test ./rules -run '^$' -fuzz FuzzRules`.
func FuzzRules(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(fixtureRoot, "*", "*"))
	for _, p := range seeds {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(raw)
		}
	}
	f.Add([]byte("Sorry, sorry, sorry!\r\nWe apologise if anyone was upset. Mistakes were made.\r"))
	l, err := lint.New(All(Settings{}))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, format := range []draft.Format{draft.Text, draft.Markdown, draft.HTML} {
			d, err := draft.Parse("fuzz", raw, format)
			if err != nil {
				continue
			}
			for _, fd := range l.Lint(d) {
				if fd.Scope == lint.ScopeDocument {
					if !fd.Span.IsZero() || fd.Pos.Line != 0 {
						t.Errorf("%v: document finding %s has a position", format, fd.Rule)
					}
					continue
				}
				if fd.Span.Start < 0 || fd.Span.End > len(raw) || fd.Span.Start > fd.Span.End {
					t.Fatalf("%v: %s span %v outside the file (%d bytes)", format, fd.Rule, fd.Span, len(raw))
				}
				if fd.Pos != d.Position(fd.Span.Start) || fd.End != d.Position(fd.Span.End) {
					t.Errorf("%v: %s positions %v-%v do not match span %v", format, fd.Rule, fd.Pos, fd.End, fd.Span)
				}
				if fd.Message == "" {
					t.Errorf("%v: %s finding without a message", format, fd.Rule)
				}
			}
		}
	})
}
