package phrase

import "github.com/apologylint/apologylint/internal/draft"

// RunNFA is runNFA for the tests of package phrase_test, which read the rules' patterns.
func (s *Set) RunNFA(d *draft.Document) []Match { return s.runNFA(d) }

// LookupTable and LookupMap look a word up in the Set's word table and in the map it is built
// from, for BenchmarkVocabLookup.
func (s *Set) LookupTable(w string) (int32, bool) { return s.words.get(w) }

func (s *Set) LookupMap(w string) (int32, bool) {
	id, ok := s.vocab[w]
	return id, ok
}
