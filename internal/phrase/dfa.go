package phrase

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/apologylint/apologylint/internal/draft"
)

// The deterministic automaton. Run does not step the automaton's threads token by token: a thread
// carries the token its match started on, and with some twenty of them alive at every token the
// stepping was most of the matching. It walks a deterministic automaton instead, whose states are
// the sets of automaton states live after some tokens, starts dropped: one table look-up a token.
// The states are built as text first needs them, as RE2 builds its DFA, since the sets the
// patterns can make are far more than the few hundred text meets. A state whose set holds a
// pattern's accepting state says that a match of the pattern ends there; where it starts is found
// by reading the tokens backwards from there (Set.start).
//
// One cache serves every goroutine. Look-ups take no lock: a transition is written once, its
// target before its key, and never changed. Building a state takes the cache's lock. When the
// cache holds too many states a fresh one replaces it, and runs still on the old one move over
// at their next miss; so memory stays bounded and time linear, whatever the text.

// dstate is one state of the deterministic automaton.
type dstate struct {
	owner *dfa
	key   uint64  // the high half of the keys of its transitions: its number in owner, plus one
	set   []int32 // the automaton states live, sorted
	// begin is true before a sentence's first token, where anchored patterns may start.
	begin bool
	// accepts lists the patterns (indexes into Set.defs) with a match ending here.
	accepts []int32
}

// transition is one entry of a cache's table: the state that a state goes to on a symbol.
type transition struct {
	key  atomic.Uint64 // state key | letter; 0: empty
	next atomic.Pointer[dstate]
}

// table is an open-addressing hash table of transitions, linear probing. Entries are only ever
// added; a full table is copied to one twice its size.
type table struct {
	shift   uint8
	entries []transition
}

func hashKey(key uint64, shift uint8) uint64 { return (key * 0x9e3779b97f4a7c15) >> shift }

// lookup returns the state key leads to, or nil when it is not in the table yet.
func (t *table) lookup(key uint64) *dstate {
	mask := uint64(len(t.entries) - 1)
	for h := hashKey(key, t.shift); ; h = (h + 1) & mask {
		e := &t.entries[h]
		switch e.key.Load() {
		case key:
			return e.next.Load()
		case 0:
			return nil
		}
	}
}

// put adds a transition; the caller holds the cache's lock and has made room.
func (t *table) put(key uint64, next *dstate) {
	mask := uint64(len(t.entries) - 1)
	h := hashKey(key, t.shift)
	for t.entries[h].key.Load() != 0 {
		h = (h + 1) & mask
	}
	t.entries[h].next.Store(next)
	t.entries[h].key.Store(key)
}

func newTable(bits uint8) *table {
	return &table{shift: 64 - bits, entries: make([]transition, 1<<bits)}
}

// Bounds of one cache. A state costs its set (four bytes an automaton state) and a map entry;
// the synthetic corpus meets some 600 states with sets of some 30 states.
const (
	maxCachedStates = 10000
	maxCachedSets   = 1 << 19 // automaton states, over all the sets
)

// dfa is one cache of deterministic states and their transitions.
type dfa struct {
	set    *Set
	table  atomic.Pointer[table]
	mu     sync.Mutex // held to add a state or a transition; the fields below are under it
	ntrans int
	states map[string]*dstate // by their sets, encoded
	nsets  int
	begin  *dstate
	// scratch for building states
	mark []int
	gen  int
	next []thread
	buf  []int32
	key  []byte
}

func (s *Set) newDFA() *dfa {
	g := &dfa{set: s, states: map[string]*dstate{}, mark: make([]int, len(s.states))}
	g.table.Store(newTable(8))
	g.begin = g.intern(nil, true)
	return g
}

// intern returns the state of set (sorted) and begin, adding it if it is new. The caller holds
// g.mu, or is the only one to know g.
func (g *dfa) intern(set []int32, begin bool) *dstate {
	k := g.key[:0]
	if begin {
		k = append(k, 1)
	} else {
		k = append(k, 0)
	}
	for _, st := range set {
		k = binary.LittleEndian.AppendUint32(k, uint32(st))
	}
	g.key = k
	if d, ok := g.states[string(k)]; ok {
		return d
	}
	d := &dstate{owner: g, key: uint64(len(g.states)+1) << 32, set: slices.Clone(set), begin: begin}
	for _, st := range set {
		if h := &g.set.hot[st]; h.kind == testAccept {
			d.accepts = append(d.accepts, h.def)
		}
	}
	g.states[string(k)] = d
	g.nsets += len(set)
	return d
}

// full reports whether the cache has grown past its bounds.
func (g *dfa) full() bool {
	return len(g.states) >= maxCachedStates || g.nsets >= maxCachedSets
}

// miss returns the state that cur goes to on a token (norm, vocab number id, symbol sym) when
// the table of cur's cache does not have it, building it. It returns the state in the Set's
// current cache, which is not cur's when the cache was replaced.
func (s *Set) miss(cur *dstate, norm string, id, sym int32) *dstate {
	g := s.dfa.Load()
	g.mu.Lock()
	defer g.mu.Unlock()
	if cur.owner != g {
		cur = g.intern(cur.set, cur.begin)
	}
	key := cur.key | uint64(s.letters[sym])
	if next := g.table.Load().lookup(key); next != nil {
		return next
	}

	// Step every live state over the token, then start every pattern that can start on it:
	// Run's stepping, with every start 0 and anchored patterns let start only at begin.
	g.gen++
	r := runner{set: s, mark: g.mark, gen: g.gen, next: g.next[:0]}
	for _, st := range cur.set {
		r.step(thread{st, 0}, norm, id)
	}
	start := int32(1) // not r.first: anchored first states fail
	if cur.begin {
		start = 0
	}
	r.startPatterns(norm, id, start, cur.begin)
	g.next = r.next
	set := g.buf[:0]
	for _, t := range r.next {
		set = append(set, t.state)
	}
	slices.Sort(set)
	g.buf = set
	next := g.intern(set, false)

	t := g.table.Load()
	if (g.ntrans+1)*2 > len(t.entries) {
		bigger := newTable(64 - t.shift + 1)
		for i := range t.entries {
			if k := t.entries[i].key.Load(); k != 0 {
				bigger.put(k, t.entries[i].next.Load())
			}
		}
		g.table.Store(bigger)
		t = bigger
	}
	t.put(key, next)
	g.ntrans++
	if g.full() {
		// Runs on g go on with it until their next miss, which moves them to the new cache.
		s.dfa.CompareAndSwap(g, s.newDFA())
	}
	return next
}

// symbol returns the symbol the deterministic automaton reads for a token: its vocab number, or,
// for a word no pattern names, which prefix patterns it starts with, which is all that tells such
// words apart. Those are nested, so the longest names them all: the symbol is vocab size + 1 +
// the longest prefix's index in prefixes, or vocab size for a word with none.
func (s *Set) symbol(norm string) int32 {
	if id, ok := s.words.get(norm); ok {
		return id
	}
	best := -1
	try := func(ks []int32) {
		for _, k := range ks {
			p := s.prefixes[k]
			if (best < 0 || len(p) > len(s.prefixes[best])) && strings.HasPrefix(norm, p) {
				best = int(k)
			}
		}
	}
	if len(norm) >= prefixLen {
		if g, ok := s.prefixGroups.get(norm[:prefixLen]); ok {
			try(s.prefixLists[g])
		}
	}
	try(s.shortPrefixes)
	return int32(len(s.vocab) + 1 + best)
}

// vocabNumber returns the vocab number of a token from its symbol: -1 for a word no pattern names.
func (s *Set) vocabNumber(sym int32) int32 {
	if int(sym) < len(s.vocab) {
		return sym
	}
	return -1
}

// matchStart returns where the leftmost match of pattern def that ends at token end starts, the
// sentence starting at token first. A match of an anchored pattern starts the sentence, and one of
// a pattern of fixed length starts that many tokens before its end; the deterministic automaton
// accepted, so such a match is there, and it is the only one that can end at end. Only the other
// patterns' starts are read back from the tokens.
func (s *Set) matchStart(sc *scratch, toks []draft.Token, def int32, first, end int) int {
	switch {
	case s.anchoredDef[def]:
		return first
	case s.length[def] >= 0:
		return end - int(s.length[def])
	}
	return s.start(sc, toks, def, first, end)
}

// start returns where the leftmost match of pattern def that ends at token end starts, reading
// back from end no further than first, the sentence's first token. It walks the pattern's states
// backwards: live are the states from which the tokens read so far lead to the pattern's
// accepting state, and a match starts wherever one of them is a first state of the pattern.
// Patterns have no loops, so the walk is over within their length.
func (s *Set) start(sc *scratch, toks []draft.Token, def int32, first, end int) int {
	cur := append(sc.back[:0], s.accept[def])
	next := sc.back2[:0]
	best := -1
	anchored := s.anchoredDef[def]
	for p := end - 1; p >= first && len(cur) > 0; p-- {
		sc.gen++
		next = next[:0]
		norm, id := toks[p].Norm, s.vocabNumber(sc.syms[p])
		for _, x := range cur {
			for _, q := range s.preds[x] {
				if sc.mark[q] == sc.gen || !s.leadsTo(q, x, norm, id) {
					continue
				}
				sc.mark[q] = sc.gen
				next = append(next, q)
				if s.hot[q].first && (!anchored || p == first) {
					best = p
				}
			}
		}
		cur, next = next, cur
	}
	sc.back, sc.back2 = cur[:0], next[:0]
	return best
}

// leadsTo reports whether state q, on the token (norm, id), goes on to state x.
func (s *Set) leadsTo(q, x int32, norm string, id int32) bool {
	h := &s.hot[q]
	if h.kind != testDispatch {
		return s.test(h, norm, id) // preds lists q under x only if x follows q
	}
	if id < 0 {
		return false
	}
	d := &s.dispatches[h.aux]
	k, ok := slices.BinarySearch(d.keys, id)
	if !ok {
		return false
	}
	for _, out := range d.outs[k] {
		if slices.Contains(s.eps[out], x) {
			return true
		}
	}
	return false
}
