package phrase

import "github.com/apologylint/apologylint/internal/draft"

// runNFA steps every thread of the automaton, each with its start, over every token of every
// sentence. It was Run before the deterministic automaton; Run falls back on it for a Set with
// two Defs alike (see Set.duplicates), and the tests check Run against it.
func (s *Set) runNFA(d *draft.Document) []Match {
	toks := d.Tokens()
	var raw []Match
	sc := s.scratch.Get().(*scratch)
	defer s.scratch.Put(sc)
	if len(sc.mark) < len(s.states) {
		sc.mark = make([]int, len(s.states))
	}
	ids := sc.ids[:0]
	for i := range toks {
		id, ok := s.vocab[toks[i].Norm]
		if !ok {
			id = -1
		}
		ids = append(ids, id)
	}
	sc.ids = ids
	r := runner{set: s, mark: sc.mark, gen: sc.gen, cur: sc.cur[:0], next: sc.next[:0]}
	for _, sent := range d.Sentences() {
		r.cur = r.cur[:0]
		r.first = int32(sent.First)
		for i := sent.First; i <= sent.End; i++ {
			r.gen++
			r.next = r.next[:0]
			// Accepting states reached so far end a match at i.
			for _, t := range r.cur {
				if st := &s.hot[t.state]; st.kind == testAccept {
					raw = append(raw, Match{Def: &s.defs[st.def], Start: int(t.start), End: i})
				}
			}
			if i == sent.End {
				break
			}
			norm, id := toks[i].Norm, ids[i]
			for _, t := range r.cur {
				r.step(t, norm, id)
			}
			r.startPatterns(norm, id, int32(i), i == sent.First)
			r.cur, r.next = r.next, r.cur
		}
	}
	sc.cur, sc.next, sc.gen = r.cur[:0], r.next[:0], r.gen
	return resolve(raw)
}
