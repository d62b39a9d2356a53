package phrase

import "github.com/apologylint/apologylint/internal/draft"

// RunNFA is runNFA for the tests of package phrase_test, which read the rules' patterns.
func (s *Set) RunNFA(d *draft.Document) []Match { return s.runNFA(d) }
