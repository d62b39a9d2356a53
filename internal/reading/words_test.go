package reading

import (
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// TestWordSwitches checks the word tests written as switches: each word they hold must be its
// own normal form, or no token's Norm would equal it.
func TestWordSwitches(t *testing.T) {
	for _, tt := range []struct {
		name  string
		is    func(string) bool
		words []string
	}{
		{"isClauseEnd", isClauseEnd, []string{".", "!", "?", ";", ":", "—", "–", "--", "but", "however", "though", "although", "(", ")"}},
		{"isHedgeModal", isHedgeModal, []string{"may", "might"}},
	} {
		for _, w := range tt.words {
			if n := draft.Normalize(w); n != w {
				t.Errorf("%s: %q normalises to %q", tt.name, w, n)
			}
			if !tt.is(w) {
				t.Errorf("%s(%q) = false", tt.name, w)
			}
		}
		for _, w := range []string{"", ",", "and", "May", "mayb", "---", "But"} {
			if tt.is(w) {
				t.Errorf("%s(%q) = true", tt.name, w)
			}
		}
	}
}
