// Package phrase matches families of phrasings over a document's normalised tokens. Patterns are
// compiled once, all together, into one automaton; Run walks each sentence's tokens once and
// reports every pattern that matched with its token range.
//
// Pattern syntax, over words separated by spaces:
//
//	sorry             a word, matched in normalised form (lower case, ’ as ', "apologise" as
//	                  "apologize"); contractions are split as the tokenizer splits them
//	apolog*           any word that starts with "apolog"
//	{that|if|}        alternatives, each a sequence; an empty one makes the group optional
//	<be>              any word of a class (see Classes)
//	_                 any one token
//	...               a gap of up to four tokens
//	!word !<class>    any one token except that word or a word of that class
//	^                 at the very start of a pattern: the match must start the sentence
package phrase

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/apologylint/apologylint/internal/draft"
)

// Def is one named pattern. Owner says who asked for it (a rule ID, or a reading), so that one
// automaton can serve everyone and each gets back only its own matches.
type Def struct {
	Owner   string
	Name    string
	Pattern string
}

// Match is one match of a Def: tokens [Start, End) of the document.
type Match struct {
	Def        *Def
	Start, End int
}

// Set is a compiled group of patterns. It is read-only after Compile and safe for concurrent use.
type Set struct {
	defs     []Def
	states   []state
	byWord   map[string][]int // first-token states keyed by a word they accept (words and classes)
	byPrefix map[string][]int // first-token prefix states keyed by their first prefixLen bytes
	scratch  sync.Pool        // of *scratch
	generic  []int            // first-token states no index narrows down (any token, negations)
}

type testKind uint8

const (
	testWord testKind = iota
	testPrefix
	testClass
	testAny
	testNotWord
	testNotClass
	testDispatch
	testSplit
	testAccept
)

type state struct {
	kind  testKind
	word  string
	class map[string]bool
	// dispatch maps each word a testDispatch state accepts to the states it goes on to.
	dispatch map[string][]int
	out      int // next state (-1: none)
	out2     int // second branch of a split
	def      int // for testAccept
	// anchored first states may only start a match on a sentence's first token.
	anchored bool
}

// Compile parses and compiles defs into one Set. classes names the word classes patterns may use;
// nil means Classes.
func Compile(defs []Def, classes map[string][]string) (*Set, error) {
	if classes == nil {
		classes = Classes
	}
	cls := make(map[string]map[string]bool, len(classes))
	for name, words := range classes {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			m[draft.Normalize(w)] = true
		}
		cls[name] = m
	}
	s := &Set{defs: append([]Def(nil), defs...), byWord: map[string][]int{}, byPrefix: map[string][]int{}}
	s.scratch.New = func() any { return &scratch{} }
	c := compiler{set: s, classes: cls}
	seen := map[int]bool{}
	var firsts []int
	for i := range s.defs {
		pattern, anchored := strings.CutPrefix(strings.TrimSpace(s.defs[i].Pattern), "^")
		items, err := parse(pattern)
		if err != nil {
			return nil, fmt.Errorf("pattern %s/%s %q: %w", s.defs[i].Owner, s.defs[i].Name, s.defs[i].Pattern, err)
		}
		accept := c.add(state{kind: testAccept, def: i, out: -1, out2: -1})
		start, err := c.seq(items, accept)
		if err != nil {
			return nil, fmt.Errorf("pattern %s/%s %q: %w", s.defs[i].Owner, s.defs[i].Name, s.defs[i].Pattern, err)
		}

		// Index the token tests reachable first, so each token looks up only the patterns
		// that can start on it.
		n := len(firsts)
		firsts = s.closure(start, firsts, seen)
		for _, f := range firsts[n:] {
			if f == accept {
				// Every match would be empty, and the matcher reports none.
				return nil, fmt.Errorf("pattern %s/%s %q: matches nothing but the empty sequence", s.defs[i].Owner, s.defs[i].Name, s.defs[i].Pattern)
			}
			s.states[f].anchored = anchored
		}
	}
	sort.Ints(firsts)
	for _, f := range firsts {
		st := s.states[f]
		switch {
		case st.kind == testWord:
			s.byWord[st.word] = append(s.byWord[st.word], f)
		case st.kind == testClass:
			// A class is a set of words: index the state under each of them.
			for _, w := range slices.Sorted(maps.Keys(st.class)) {
				s.byWord[w] = append(s.byWord[w], f)
			}
		case st.kind == testDispatch:
			for _, w := range slices.Sorted(maps.Keys(st.dispatch)) {
				s.byWord[w] = append(s.byWord[w], f)
			}
		case st.kind == testPrefix && len(st.word) >= prefixLen:
			s.byPrefix[st.word[:prefixLen]] = append(s.byPrefix[st.word[:prefixLen]], f)
		case st.kind == testAccept:
			// an empty-matching pattern was rejected above
		default:
			s.generic = append(s.generic, f)
		}
	}
	return s, nil
}

// MustCompile is Compile for patterns fixed in the program: it panics on a bad pattern, which a
// test catches before release.
func MustCompile(defs []Def, classes map[string][]string) *Set {
	s, err := Compile(defs, classes)
	if err != nil {
		panic(err)
	}
	return s
}

// Defs returns the compiled definitions, in the order given.
func (s *Set) Defs() []Def { return s.defs }

// closure appends to out the token-testing and accepting states reachable from st through
// splits.
func (s *Set) closure(st int, out []int, seen map[int]bool) []int {
	if st < 0 || seen[st] {
		return out
	}
	seen[st] = true
	if s.states[st].kind == testSplit {
		out = s.closure(s.states[st].out, out, seen)
		return s.closure(s.states[st].out2, out, seen)
	}
	return append(out, st)
}

func (s *Set) test(st *state, tok *draft.Token) bool {
	switch st.kind {
	case testWord:
		return tok.Norm == st.word
	case testPrefix:
		return strings.HasPrefix(tok.Norm, st.word)
	case testClass:
		return st.class[tok.Norm]
	case testAny:
		return true
	case testNotWord:
		return tok.Norm != st.word
	case testNotClass:
		return !st.class[tok.Norm]
	}
	return false
}

type thread struct{ state, start int }

// scratch is the working memory of one Run, kept in a pool: the mark array has one entry per
// state, and allocating it for every document cost more than the matching.
type scratch struct {
	mark      []int
	gen       int
	cur, next []thread
}

// prefixLen is how many leading bytes of a prefix pattern ("apolog*") index it.
const prefixLen = 3

// Run matches every pattern against every sentence of d, walking each sentence's tokens once.
// Matches never cross sentences. For each pattern, overlapping matches are resolved leftmost
// first, then longest. The result is sorted by start token, then pattern order.
func (s *Set) Run(d *draft.Document) []Match {
	toks := d.Tokens()
	var raw []Match
	sc := s.scratch.Get().(*scratch)
	defer s.scratch.Put(sc)
	if len(sc.mark) < len(s.states) {
		sc.mark = make([]int, len(s.states))
	}
	cur, next := sc.cur[:0], sc.next[:0]
	defer func() { sc.cur, sc.next = cur[:0], next[:0] }()
	mark := sc.mark // generation stamp: state already in next
	gen := sc.gen
	defer func() { sc.gen = gen }()
	var add func(list []thread, st, start int) []thread
	add = func(list []thread, st, start int) []thread {
		if st < 0 || mark[st] == gen {
			return list
		}
		mark[st] = gen
		if s.states[st].kind == testSplit {
			list = add(list, s.states[st].out, start)
			return add(list, s.states[st].out2, start)
		}
		return append(list, thread{st, start})
	}
	for _, sent := range d.Sentences() {
		cur = cur[:0]
		for i := sent.First; i <= sent.End; i++ {
			gen++
			next = next[:0]
			// Accepting states reached so far end a match at i.
			for _, t := range cur {
				if s.states[t.state].kind == testAccept {
					raw = append(raw, Match{Def: &s.defs[s.states[t.state].def], Start: t.start, End: i})
				}
			}
			if i == sent.End {
				break
			}
			tok := &toks[i]
			step := func(t thread) {
				st := &s.states[t.state]
				if st.anchored && t.start != sent.First {
					return
				}
				if st.kind == testDispatch {
					for _, out := range st.dispatch[tok.Norm] {
						next = add(next, out, t.start)
					}
					return
				}
				if st.kind != testAccept && s.test(st, tok) {
					next = add(next, st.out, t.start)
				}
			}
			for _, t := range cur {
				step(t)
			}
			for _, f := range s.byWord[tok.Norm] {
				step(thread{f, i})
			}
			if len(tok.Norm) >= prefixLen {
				for _, f := range s.byPrefix[tok.Norm[:prefixLen]] {
					step(thread{f, i})
				}
			}
			for _, f := range s.generic {
				step(thread{f, i})
			}
			cur, next = next, cur
		}
	}
	return resolve(raw)
}

// resolve keeps, per pattern, non-overlapping matches: leftmost first, then longest.
func resolve(ms []Match) []Match {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Def != b.Def {
			return defLess(a.Def, b.Def)
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	out := ms[:0]
	lastEnd := -1
	var lastDef *Def
	for _, m := range ms {
		if m.Def != lastDef {
			lastDef, lastEnd = m.Def, -1
		}
		if m.Start < lastEnd || m.End == m.Start {
			continue
		}
		out = append(out, m)
		lastEnd = m.End
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return defLess(out[i].Def, out[j].Def)
	})
	return out
}

func defLess(a, b *Def) bool {
	if a.Owner != b.Owner {
		return a.Owner < b.Owner
	}
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	return a.Pattern < b.Pattern
}
