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
	"encoding/binary"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

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
	defs   []Def
	states []state // as compiled; Run reads hot
	hot    []hotState
	// vocab numbers every word a pattern names, in a word test, a class or a dispatch. A token
	// is looked up in it once, and every test after is on the number: at some twenty live
	// threads per token, looking its text up in each state's map was most of the matching.
	vocab    map[string]int32
	words    wordTable        // vocab, for the look-up of every token
	byPrefix map[string][]int // first-token prefix states keyed by their first prefixLen bytes
	generic  []int            // first-token states no index narrows down (any token, negations)
	// eps lists, for each state, the token-testing and accepting states reachable from it
	// through splits, in the order a depth-first walk meets them.
	eps [][]int32
	// firstNext lists, by vocab number, the states a match that starts on a word of that
	// number is in after it: the first step of every pattern that can start on the word, taken
	// once at compile time instead of at every token. Patterns anchored to the start of a
	// sentence have their own list.
	firstNext, firstNextAnchored [][]int32
	sets                         [][]uint64 // class bit sets over vocab numbers, by hotState.aux
	dispatches                   []dispatch // by hotState.aux
	scratch                      sync.Pool  // of *scratch

	// dfa is the deterministic automaton's cache of states, built as Run needs them.
	dfa atomic.Pointer[dfa]
	// prefixes are the prefix patterns' prefixes, each once. Those of prefixLen bytes or more
	// are listed by their first prefixLen bytes: prefixGroups numbers each such start, and
	// prefixLists holds the prefixes under each number; shortPrefixes lists the others.
	prefixes      []string
	prefixGroups  wordTable
	prefixLists   [][]int32
	shortPrefixes []int32
	// letters maps each symbol (see symbol) to a letter of the deterministic automaton's
	// alphabet: symbols that every state treats alike share one, which keeps the transitions
	// few when text uses many of the patterns' two thousand words.
	letters []int32
	// For reading a match back from its end: each pattern's accepting state and whether it is
	// anchored, and, for each state, the states that go on to it on some token.
	accept      []int32
	anchoredDef []bool
	preds       [][]int32
	// length is each pattern's length in tokens when all its matches have that one (a pattern
	// without gaps, optional parts or alternatives of other lengths), or -1. A match of such a
	// pattern starts that many tokens before its end: no need to read it back.
	length []int32
	// rank is each Def's place in the order of Owner, Name, Pattern, in which Run sorts them.
	rank []int32
	// owners are the Defs' owners, sorted, each once; ownerOf is each Def's owner's place in
	// them, its number for RunGrouped.
	owners  []string
	ownerOf []int32
	// duplicates is set when two Defs are alike in Owner, Name and Pattern. The order of such
	// Defs' matches came from the order of the old matcher's threads, which only it can
	// reproduce: Run leaves such a Set to it.
	duplicates bool
}

// hotState is what Run reads of a state, packed small: the automaton steps some twenty threads
// per token, and the states they sit on are scattered over some twenty thousand.
type hotState struct {
	kind     testKind
	anchored bool
	first    bool  // a state a match of its pattern may start on
	id       int32 // word's vocab number, for testWord and testNotWord
	out      int32 // next state (-1: none)
	def      int32 // for testAccept
	aux      int32 // index in Set.sets (classes) or Set.dispatches
	prefix   string
}

// dispatch is a testDispatch state's table: the vocab numbers of its words in order, and the
// states each goes on to. A binary search of a few dozen numbers costs less than a map lookup.
type dispatch struct {
	keys []int32
	outs [][]int32
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

// dispatchArm is one word of a testDispatch state and the states it goes on to.
type dispatchArm struct {
	word string
	outs []int
}

type state struct {
	kind       testKind
	word       string
	class      map[string]bool
	className  string
	classWords []string // class's words, sorted
	// arms are the words a testDispatch state accepts, sorted, each with the states it goes on
	// to.
	arms []dispatchArm
	out  int // next state (-1: none)
	out2 int // second branch of a split
	def  int // for testAccept
	// anchored first states may only start a match on a sentence's first token.
	anchored bool
	first    bool // the state is one of its pattern's first
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
	s := &Set{defs: append([]Def(nil), defs...), byPrefix: map[string][]int{}}
	size := 0
	for _, d := range defs {
		size += len(d.Pattern)
	}
	s.states = make([]state, 0, size/12+16) // the rules make about a state per 16 bytes of pattern
	byWord := map[string][]int{}            // first-token states keyed by a word they accept
	s.scratch.New = func() any { return &scratch{} }
	c := compiler{set: s, classes: cls, sorted: map[string][]string{}}
	seen := map[int]bool{}
	var firsts []int
	entries := make([]int, len(s.defs))
	for i := range s.defs {
		pattern, anchored := strings.CutPrefix(strings.TrimSpace(s.defs[i].Pattern), "^")
		items, err := parse(pattern)
		if err != nil {
			return nil, fmt.Errorf("pattern %s/%s %q: %w", s.defs[i].Owner, s.defs[i].Name, s.defs[i].Pattern, err)
		}
		accept := c.add(state{kind: testAccept, def: i, out: -1, out2: -1})
		s.accept = append(s.accept, int32(accept))
		s.anchoredDef = append(s.anchoredDef, anchored)
		start, err := c.seq(items, accept)
		if err != nil {
			return nil, fmt.Errorf("pattern %s/%s %q: %w", s.defs[i].Owner, s.defs[i].Name, s.defs[i].Pattern, err)
		}
		entries[i] = start

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
			s.states[f].first = true
		}
	}
	sort.Ints(firsts)
	for _, f := range firsts {
		st := s.states[f]
		switch {
		case st.kind == testWord:
			byWord[st.word] = append(byWord[st.word], f)
		case st.kind == testClass:
			// A class is a set of words: index the state under each of them.
			for _, w := range st.classWords {
				byWord[w] = append(byWord[w], f)
			}
		case st.kind == testDispatch:
			for _, a := range st.arms {
				byWord[a.word] = append(byWord[a.word], f)
			}
		case st.kind == testPrefix && len(st.word) >= prefixLen:
			s.byPrefix[st.word[:prefixLen]] = append(s.byPrefix[st.word[:prefixLen]], f)
		case st.kind == testAccept:
			// an empty-matching pattern was rejected above
		default:
			s.generic = append(s.generic, f)
		}
	}
	s.pack(byWord)
	s.length = s.matchLengths(entries)
	s.dfa.Store(s.newDFA())
	order := make([]int, len(s.defs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return defLess(&s.defs[order[i]], &s.defs[order[j]]) })
	s.rank = make([]int32, len(s.defs))
	s.ownerOf = make([]int32, len(s.defs))
	for r, i := range order {
		s.rank[i] = int32(r)
		if r > 0 && !defLess(&s.defs[order[r-1]], &s.defs[i]) {
			s.duplicates = true
		}
		if r == 0 || s.defs[order[r-1]].Owner != s.defs[i].Owner {
			s.owners = append(s.owners, s.defs[i].Owner)
		}
		s.ownerOf[i] = int32(len(s.owners) - 1)
	}
	return s, nil
}

// pack builds what Run reads. It numbers the words of the patterns, writes every state packed
// with its word tests, classes and dispatch tables in those numbers, lists the closures through
// splits, and takes the first step of every pattern by the word it starts on. byWord lists the
// first-token states by a word they accept.
func (s *Set) pack(byWord map[string][]int) {
	s.vocab = map[string]int32{}
	number := func(w string) {
		if _, ok := s.vocab[w]; !ok {
			s.vocab[w] = int32(len(s.vocab))
		}
	}
	numbered := map[string]bool{} // classes already numbered: many states share one
	for i := range s.states {
		st := &s.states[i]
		switch st.kind {
		case testWord, testNotWord:
			number(st.word)
		case testClass, testNotClass:
			if !numbered[st.className] {
				numbered[st.className] = true
				for _, w := range st.classWords {
					number(w)
				}
			}
		case testDispatch:
			for _, a := range st.arms {
				number(a.word)
			}
		}
	}

	setIndex := map[string]int32{} // class name -> index in s.sets
	s.hot = make([]hotState, len(s.states))
	for i := range s.states {
		st := &s.states[i]
		h := hotState{kind: st.kind, anchored: st.anchored, first: st.first, out: int32(st.out), def: int32(st.def)}
		switch st.kind {
		case testWord, testNotWord:
			h.id = s.vocab[st.word]
		case testPrefix:
			h.prefix = st.word
		case testClass, testNotClass:
			k, ok := setIndex[st.className]
			if !ok {
				set := make([]uint64, (len(s.vocab)+63)/64)
				for w := range st.class {
					id := s.vocab[w]
					set[id/64] |= 1 << (id % 64)
				}
				k = int32(len(s.sets))
				s.sets = append(s.sets, set)
				setIndex[st.className] = k
			}
			h.aux = k
		case testDispatch:
			// The table is in vocab numbers' order, for a binary search.
			order := make([]armID, len(st.arms))
			for k, a := range st.arms {
				order[k] = armID{s.vocab[a.word], int32(k)}
			}
			slices.SortFunc(order, func(a, b armID) int { return int(a.id - b.id) })
			t := dispatch{keys: make([]int32, len(order)), outs: make([][]int32, len(order))}
			for k, o := range order {
				t.keys[k] = o.id
				t.outs[k] = toInt32(st.arms[o.arm].outs)
			}
			h.aux = int32(len(s.dispatches))
			s.dispatches = append(s.dispatches, t)
		}
		s.hot[i] = h
	}

	s.eps = make([][]int32, len(s.states))
	for i := range s.states {
		if s.states[i].kind == testSplit {
			for _, e := range s.closure(i, nil, map[int]bool{}) {
				s.eps[i] = append(s.eps[i], int32(e))
			}
		} else {
			s.eps[i] = []int32{int32(i)}
		}
	}

	s.firstNext = make([][]int32, len(s.vocab))
	s.firstNextAnchored = make([][]int32, len(s.vocab))
	for w, firsts := range byWord {
		id := s.vocab[w]
		for _, f := range firsts {
			h := &s.hot[f]
			var outs []int32
			switch h.kind {
			case testDispatch:
				t := &s.dispatches[h.aux]
				if k, ok := slices.BinarySearch(t.keys, id); ok {
					outs = t.outs[k]
				}
			default:
				if s.test(h, "", id) {
					outs = []int32{h.out}
				}
			}
			if h.anchored {
				s.firstNextAnchored[id] = append(s.firstNextAnchored[id], outs...)
			} else {
				s.firstNext[id] = append(s.firstNext[id], outs...)
			}
		}
	}

	s.preds = make([][]int32, len(s.states))
	for q := range s.hot {
		h := &s.hot[q]
		var outs []int32
		switch h.kind {
		case testSplit, testAccept:
			continue
		case testDispatch:
			for _, o := range s.dispatches[h.aux].outs {
				outs = append(outs, o...)
			}
		default:
			outs = []int32{h.out}
		}
		for _, o := range outs {
			if o < 0 {
				continue
			}
			for _, x := range s.eps[o] {
				if p := s.preds[x]; len(p) == 0 || p[len(p)-1] != int32(q) {
					s.preds[x] = append(p, int32(q))
				}
			}
		}
	}

	prefixesBy := map[string][]int32{}
	index := map[string]int32{}
	for i := range s.hot {
		if s.hot[i].kind != testPrefix {
			continue
		}
		p := s.hot[i].prefix
		if _, ok := index[p]; ok {
			continue
		}
		k := int32(len(s.prefixes))
		index[p] = k
		s.prefixes = append(s.prefixes, p)
		if len(p) >= prefixLen {
			prefixesBy[p[:prefixLen]] = append(prefixesBy[p[:prefixLen]], k)
		} else {
			s.shortPrefixes = append(s.shortPrefixes, k)
		}
	}
	s.letters = s.alphabet()
	s.words = newWordTable(s.vocab)
	groups := map[string]int32{}
	for _, p := range slices.Sorted(maps.Keys(prefixesBy)) {
		groups[p] = int32(len(s.prefixLists))
		s.prefixLists = append(s.prefixLists, prefixesBy[p])
	}
	s.prefixGroups = newWordTable(groups)
}

// alphabet returns the letter of each symbol. Two symbols are one letter when no state tells
// them apart: every state that tests a word tests neither or the same one, they are in the same
// classes, a dispatch goes on from both to the same states, and the same prefixes start both.
func (s *Set) alphabet() []int32 {
	nv := len(s.vocab)
	words := make([]string, nv)
	for w, id := range s.vocab {
		words[id] = w
	}
	feats := make([][]int32, nv+1+len(s.prefixes))
	// A feature is named by a kind letter and numbers, encoded as bytes: formatting the names
	// with fmt was most of the cost of compiling.
	ids := map[string]int32{}
	var name []byte
	feature := func(kind byte, nums ...int32) int32 {
		name = append(name[:0], kind)
		for _, n := range nums {
			name = binary.LittleEndian.AppendUint32(name, uint32(n))
		}
		return named(ids, name)
	}
	classDone := map[int32]bool{}
	for i := range s.hot {
		h := &s.hot[i]
		switch h.kind {
		case testWord, testNotWord:
			feats[h.id] = append(feats[h.id], feature('w', h.id))
		case testClass, testNotClass:
			if classDone[h.aux] {
				continue
			}
			classDone[h.aux] = true
			f := feature('c', h.aux)
			for id := range nv {
				if s.sets[h.aux][id/64]&(1<<(id%64)) != 0 {
					feats[id] = append(feats[id], f)
				}
			}
		case testDispatch:
			d := &s.dispatches[h.aux]
			for j, id := range d.keys {
				name = binary.LittleEndian.AppendUint32(append(name[:0], 'd'), uint32(h.aux))
				for _, o := range d.outs[j] {
					name = binary.LittleEndian.AppendUint32(name, uint32(o))
				}
				feats[id] = append(feats[id], named(ids, name))
			}
		}
	}
	// The words that start with a prefix are a run of the words in order: found by a binary
	// search rather than by testing every word against every prefix.
	sorted := make([]int32, nv)
	for id := range sorted {
		sorted[id] = int32(id)
	}
	slices.SortFunc(sorted, func(a, b int32) int { return strings.Compare(words[a], words[b]) })
	for k, p := range s.prefixes {
		f := feature('p', int32(k))
		from, _ := slices.BinarySearchFunc(sorted, p, func(id int32, p string) int { return strings.Compare(words[id], p) })
		for _, id := range sorted[from:] {
			if !strings.HasPrefix(words[id], p) {
				break
			}
			feats[id] = append(feats[id], f)
		}
		for j, q := range s.prefixes {
			if strings.HasPrefix(q, p) {
				feats[nv+1+j] = append(feats[nv+1+j], f)
			}
		}
	}
	letters := make([]int32, len(feats))
	byFeats := map[string]int32{}
	var key []byte
	for sym, fs := range feats {
		slices.Sort(fs)
		key = key[:0]
		for _, f := range slices.Compact(fs) {
			key = binary.LittleEndian.AppendUint32(key, uint32(f))
		}
		l, ok := byFeats[string(key)]
		if !ok {
			l = int32(len(byFeats))
			byFeats[string(key)] = l
		}
		letters[sym] = l
	}
	return letters
}

// armID is a dispatch arm's word's vocab number, with the arm's place.
type armID struct{ id, arm int32 }

// named returns the number of the feature name names in ids, numbering it if it is new.
func named(ids map[string]int32, name []byte) int32 {
	f, ok := ids[string(name)]
	if !ok {
		f = int32(len(ids))
		ids[string(name)] = f
	}
	return f
}

func toInt32(xs []int) []int32 {
	out := make([]int32, len(xs))
	for i, x := range xs {
		out[i] = int32(x)
	}
	return out
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

// matchLengths returns, for each pattern (entered at entries[i]), the number of tokens every
// match of it spans, or -1 when its matches may differ in length.
func (s *Set) matchLengths(entries []int) []int32 {
	const unknown = -2
	memo := make([]int32, len(s.states))
	for i := range memo {
		memo[i] = unknown
	}
	// toAccept returns the tokens every path from state st to its pattern's accepting state
	// reads, or -1 when paths differ. Patterns have no loops, so the recursion ends.
	var toAccept func(st int) int32
	toAccept = func(st int) int32 {
		if memo[st] != unknown {
			return memo[st]
		}
		n := int32(-1)
		switch h := &s.states[st]; h.kind {
		case testAccept:
			n = 0
		case testSplit:
			if a := toAccept(h.out); a == toAccept(h.out2) {
				n = a
			}
		case testDispatch:
			rest := int32(unknown) // what follows the token: the same after every arm, or -1
			for _, arm := range h.arms {
				for _, out := range arm.outs {
					if a := toAccept(out); rest == unknown || a == rest {
						rest = a
					} else {
						rest = -1
					}
				}
			}
			if rest >= 0 {
				n = rest + 1
			}
		default: // a state that reads one token
			if a := toAccept(h.out); a >= 0 {
				n = a + 1
			}
		}
		memo[st] = n
		return n
	}
	lengths := make([]int32, len(entries))
	for i, e := range entries {
		lengths[i] = toAccept(e)
	}
	return lengths
}

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

// test reports whether state st accepts the token whose normal form is norm and whose vocab
// number is id (-1: a word no pattern names).
func (s *Set) test(st *hotState, norm string, id int32) bool {
	switch st.kind {
	case testWord:
		return id == st.id
	case testPrefix:
		return strings.HasPrefix(norm, st.prefix)
	case testClass:
		return id >= 0 && s.sets[st.aux][id/64]&(1<<(id%64)) != 0
	case testAny:
		return true
	case testNotWord:
		return id != st.id
	case testNotClass:
		return id < 0 || s.sets[st.aux][id/64]&(1<<(id%64)) == 0
	}
	return false
}

type thread struct{ state, start int32 }

// scratch is the working memory of one Run, kept in a pool: the mark array has one entry per
// state, and allocating it for every document cost more than the matching.
type scratch struct {
	mark        []int
	gen         int
	syms        []int32 // the symbol of each token of the document
	back, back2 []int32 // states live reading back from a match's end
	raw         []rawMatch
	lastEnd     []int32 // by pattern, for resolveRanked; all 0 between Runs
	ms          []Match // RunGrouped's matches in Run's order, and their owners' numbers
	owners      []int32
	// for the tests' matcher that steps threads
	cur, next []thread
	ids       []int32 // vocab number of each token of the document
}

// prefixLen is how many leading bytes of a prefix pattern ("apolog*") index it.
const prefixLen = 3

// Run matches every pattern against every sentence of d, walking each sentence's tokens once.
// Matches never cross sentences. For each pattern, overlapping matches are resolved leftmost
// first, then longest. The result is sorted by start token, then pattern order.
//
// The walk is on the deterministic automaton (see dfa.go), which tells where matches end; each
// match's start is then read backwards from its end. A pattern has one match for each token a
// match of it ends before, the one that starts leftmost: so the automaton stepping threads
// with their starts, earliest start first, found them.
func (s *Set) Run(d *draft.Document) []Match {
	if s.duplicates {
		return s.runNFA(d)
	}
	sc := s.scratch.Get().(*scratch)
	defer s.scratch.Put(sc)
	kept := s.match(sc, d)
	if len(kept) == 0 {
		return nil
	}
	out := make([]Match, len(kept))
	for i, m := range kept {
		out[i] = Match{Def: &s.defs[m.def], Start: int(m.start), End: int(m.end)}
	}
	return out
}

// Grouped is the matches of one Run grouped by their Def's owner.
type Grouped struct {
	matches []Match // owner by owner, in the order Owner numbers them
	// ends, by owner number, is where the owner's matches end in matches; they start where
	// the previous owner's end.
	ends []int32
}

// Of returns the matches of the owner numbered owner (see Set.Owner), in Run's order; none for
// -1.
func (g Grouped) Of(owner int) []Match {
	if owner < 0 || owner >= len(g.ends) {
		return nil
	}
	from := int32(0)
	if owner > 0 {
		from = g.ends[owner-1]
	}
	return g.matches[from:g.ends[owner]:g.ends[owner]]
}

// RunGrouped is Run with the matches grouped by owner, for a caller that hands each owner its
// own: it costs less than grouping Run's result by the owners' names.
func (s *Set) RunGrouped(d *draft.Document) Grouped {
	sc := s.scratch.Get().(*scratch)
	defer s.scratch.Put(sc)
	ms, owners := sc.ms[:0], sc.owners[:0]
	if s.duplicates {
		ms = append(ms, s.runNFA(d)...)
		for _, m := range ms {
			owners = append(owners, int32(s.Owner(m.Def.Owner)))
		}
	} else {
		for _, m := range s.match(sc, d) {
			ms = append(ms, Match{Def: &s.defs[m.def], Start: int(m.start), End: int(m.end)})
			owners = append(owners, s.ownerOf[m.def])
		}
	}
	sc.ms, sc.owners = ms, owners
	// A counting sort by owner, which keeps each owner's matches in order.
	g := Grouped{matches: make([]Match, len(ms)), ends: make([]int32, len(s.owners))}
	for _, o := range owners {
		g.ends[o]++
	}
	n := int32(0)
	for o, count := range g.ends {
		g.ends[o] = n // where the owner's matches start, until they are placed
		n += count
	}
	for i, m := range ms {
		o := owners[i]
		g.matches[g.ends[o]] = m
		g.ends[o]++
	}
	return g
}

// Owner returns the number of the owner of some of the Set's Defs, as Grouped.Of takes it, or -1
// when no Def has that owner.
func (s *Set) Owner(name string) int {
	if o, ok := slices.BinarySearch(s.owners, name); ok {
		return o
	}
	return -1
}

// match matches every pattern against every sentence of d, for a Set without duplicates, and
// returns the matches kept, in the order of Run's result, in sc's memory.
func (s *Set) match(sc *scratch, d *draft.Document) []rawMatch {
	toks := d.Tokens()
	if len(sc.mark) < len(s.states) {
		sc.mark = make([]int, len(s.states))
	}
	syms := sc.syms[:0]
	for i := range toks {
		syms = append(syms, s.symbol(toks[i].Norm))
	}
	sc.syms = syms
	raw := sc.raw[:0]
	for _, sent := range d.Sentences() {
		cur := s.dfa.Load().begin
		tab := cur.owner.table.Load()
		for i := sent.First; i < sent.End; i++ {
			sym := syms[i]
			next := tab.lookup(cur.key | uint64(s.letters[sym]))
			if next == nil {
				next = s.miss(cur, toks[i].Norm, s.vocabNumber(sym), sym)
				tab = next.owner.table.Load()
			}
			cur = next
			for _, def := range cur.accepts {
				start := s.matchStart(sc, toks, def, sent.First, i+1)
				raw = append(raw, rawMatch{rank: s.rank[def], def: def, start: int32(start), end: int32(i + 1)})
			}
		}
	}
	sc.raw = raw
	return s.resolveRanked(sc, raw)
}

// rawMatch is a match before resolve: there is one for each pattern and token a match of it
// ends before.
type rawMatch struct {
	rank, def, start, end int32
}

// resolveRanked is resolve for a Set without duplicates, where a pattern's rank orders it: it
// keeps, per pattern, non-overlapping matches, leftmost first, then longest, and sorts them by
// start, then pattern order. It sorts raw once, by start, then rank, then longest first: that is
// the order of the result, and in it each pattern's matches come leftmost first, then longest,
// as the choice of matches wants, which keeps a match unless it starts before the end of the
// pattern's last one kept. No two raw matches share pattern and end, so no two compare equal
// and the order is the same as resolve's, whatever the order of raw. The matches kept are in
// raw's memory.
func (s *Set) resolveRanked(sc *scratch, raw []rawMatch) []rawMatch {
	sortRaw(raw)
	if len(sc.lastEnd) < len(s.defs) {
		sc.lastEnd = make([]int32, len(s.defs))
	}
	lastEnd := sc.lastEnd // by pattern; 0, where no match starts before, until one is kept
	kept := raw[:0]
	for _, m := range raw {
		if m.start < lastEnd[m.def] {
			continue
		}
		kept = append(kept, m)
		lastEnd[m.def] = m.end
	}
	for _, m := range kept {
		lastEnd[m.def] = 0 // for the next Run
	}
	return kept
}

// compareRaw orders raw matches for resolveRanked: by start, then rank, then the longer first.
func compareRaw(a, b *rawMatch) int {
	if a.start != b.start {
		return int(a.start - b.start)
	}
	if a.rank != b.rank {
		return int(a.rank - b.rank)
	}
	return int(b.end - a.end)
}

// sortRaw sorts raw matches by compareRaw. They come by end, and most by start too, so for a
// document's few dozen an insertion sort, with the comparison inlined, has little to move; a
// sort of n log n comparisons takes more.
func sortRaw(raw []rawMatch) {
	if len(raw) > 64 {
		slices.SortFunc(raw, func(a, b rawMatch) int { return compareRaw(&a, &b) })
		return
	}
	for i := 1; i < len(raw); i++ {
		m := raw[i]
		j := i
		for ; j > 0 && compareRaw(&m, &raw[j-1]) < 0; j-- {
			raw[j] = raw[j-1]
		}
		raw[j] = m
	}
}

// runner is the state of one Run: the threads alive before and after the current token.
type runner struct {
	set       *Set
	mark      []int // generation stamp per state: the state is already in next
	gen       int
	cur, next []thread
	first     int32 // the sentence's first token, where anchored patterns must start
}

// startPatterns starts every pattern that can start on a token (normalised norm, vocab number
// id, or -1) at token start: the first steps taken at compile time for its word, then the
// patterns whose first test needs the token itself. Anchored patterns start only at the first
// token of a sentence.
func (r *runner) startPatterns(norm string, id, start int32, sentenceStart bool) {
	s := r.set
	if id >= 0 {
		for _, out := range s.firstNext[id] {
			r.add(out, start)
		}
		if sentenceStart {
			for _, out := range s.firstNextAnchored[id] {
				r.add(out, start)
			}
		}
	}
	if len(norm) >= prefixLen {
		for _, f := range s.byPrefix[norm[:prefixLen]] {
			r.step(thread{int32(f), start}, norm, id)
		}
	}
	for _, f := range s.generic {
		r.step(thread{int32(f), start}, norm, id)
	}
}

// step moves thread t over the token (normal form norm, vocab number id) into next.
func (r *runner) step(t thread, norm string, id int32) {
	st := &r.set.hot[t.state]
	if st.anchored && t.start != r.first {
		return
	}
	switch {
	case st.kind == testDispatch:
		if id < 0 {
			return
		}
		d := &r.set.dispatches[st.aux]
		if i, ok := slices.BinarySearch(d.keys, id); ok {
			for _, out := range d.outs[i] {
				r.add(out, t.start)
			}
		}
	case st.kind != testAccept && r.set.test(st, norm, id):
		r.add(st.out, t.start)
	}
}

// add puts the states reachable from st through splits into next, each once: the first thread
// to reach a state keeps it, with its start.
func (r *runner) add(st, start int32) {
	if st < 0 {
		return
	}
	for _, e := range r.set.eps[st] {
		if r.mark[e] != r.gen {
			r.mark[e] = r.gen
			r.next = append(r.next, thread{e, start})
		}
	}
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
