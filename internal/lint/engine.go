package lint

import (
	"fmt"
	"sort"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
)

// Linter runs a fixed set of rules. It is built once and is safe for concurrent use: each Lint
// call works on its own document.
type Linter struct {
	rules   []Rule
	phrases *phrase.Set
	// owners are the numbers phrases gives each rule's ID, by rule, and the reading's: what
	// a rule's matches are grouped under.
	owners       []int
	readingOwner int
	known        map[string]bool // nil: any kebab-case ID may name a rule
}

// Options tune a Linter beyond the rules it runs.
type Options struct {
	// Known are the IDs of every rule there is, run or not (the registry and any custom
	// rules). A suppression directive naming another ID is reported as unknown. When nil, any
	// kebab-case ID counts as a rule, since the linter cannot tell a typo from a rule it does
	// not run.
	Known []string
}

// New compiles the phrases of the reading and of every rule into one automaton.
func New(rules []Rule) (*Linter, error) { return NewWith(rules, Options{}) }

// NewWith is New with options.
func NewWith(rules []Rule, o Options) (*Linter, error) {
	defs := append([]phrase.Def(nil), reading.Phrases...)
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.ID] {
			return nil, fmt.Errorf("rule %s listed twice", r.ID)
		}
		seen[r.ID] = true
		for _, d := range r.Phrases {
			d.Owner = r.ID
			defs = append(defs, d)
		}
	}
	set, err := phrase.Compile(defs, nil)
	if err != nil {
		return nil, err
	}
	l := &Linter{rules: append([]Rule(nil), rules...), phrases: set, readingOwner: set.Owner(reading.Owner)}
	for _, r := range rules {
		l.owners = append(l.owners, set.Owner(r.ID))
	}
	if o.Known != nil {
		l.known = map[string]bool{}
		for _, id := range o.Known {
			l.known[id] = true
		}
	}
	return l, nil
}

// Rules returns the rules the linter runs.
func (l *Linter) Rules() []Rule { return l.rules }

// Result is what linting one document produces: the findings and the structure check-list.
type Result struct {
	Findings []Finding
	// Suppressed are the findings that inline directives silenced, in the order findings are
	// sorted, each with the directive's reason, so that a reviewer can audit them.
	Suppressed []Suppressed
	// Structure is the check-list of the parts of a good apology; nil for a document with no
	// prose.
	Structure []reading.Part
}

// Lint runs every rule over d and returns the findings sorted by position, then rule, with exact
// duplicates dropped. A document with no prose gets no findings: there is nothing to judge.
func (l *Linter) Lint(d *draft.Document) []Finding {
	return l.Check(d).Findings
}

// Check lints d and also reads its structure, from the same sentence reading the rules use.
func (l *Linter) Check(d *draft.Document) Result {
	if d.IsEmpty() {
		return Result{}
	}
	matches := l.phrases.RunGrouped(d)
	var rd *reading.Reading
	read := func() *reading.Reading {
		if rd == nil {
			rd = reading.Read(d, matches.Of(l.readingOwner))
		}
		return rd
	}
	// One Pass serves every rule in turn: a rule uses it only while it runs, and allocating one
	// per rule made up much of what Check allocated.
	p := &Pass{Doc: d, read: read}
	run := func(i int, supps []Suppression) []Finding {
		var out []Finding
		r := &l.rules[i]
		p.matches, p.supps = matches.Of(l.owners[i]), supps
		for _, f := range r.Check(p) {
			f.Rule, f.Severity, f.Scope = r.ID, r.Severity, r.Scope
			if !l.place(d, &f) {
				continue
			}
			out = append(out, f)
		}
		return out
	}
	// Audit rules judge the directives, so they run once the other rules' findings are
	// suppressed, and nothing suppresses theirs.
	var out []Finding
	for i, r := range l.rules {
		if !r.Audit {
			out = append(out, run(i, nil)...)
		}
	}
	// Suppression comes before onePerLine, so that a finding silenced at the start of a line
	// does not take the place of one after an "apologylint-enable" later on that line.
	out, suppressed, supps := l.suppress(d, sortFindings(out))
	for i, r := range l.rules {
		if r.Audit {
			out = append(out, run(i, supps)...)
		}
	}
	return Result{
		Findings:   onePerLine(sortFindings(out)),
		Suppressed: onePerLineSuppressed(suppressed),
		Structure:  read().Structure(d),
	}
}

// onePerLine keeps, for each rule, the first span finding that starts on a line, and drops a
// span finding inside another of the same rule: several matches of one rule on a line, or one
// within another, are one problem to the writer ("Sorry, sorry, sorry!").
func onePerLine(fs []Finding) []Finding {
	type key struct {
		rule string
		line int
	}
	seen := map[key]bool{}
	reach := map[string]int{} // per rule, the end of the furthest span kept so far
	out := fs[:0]
	for _, f := range fs {
		if f.Scope == ScopeSpan {
			k := key{f.Rule, f.Pos.Line}
			if seen[k] {
				continue
			}
			// A phrase inside one already reported by the same rule ("beyond our control"
			// in "due to circumstances beyond our control", wrapped onto the next line) is
			// the same problem.
			if end, ok := reach[f.Rule]; ok && f.Span.End <= end {
				continue
			}
			seen[k] = true
			reach[f.Rule] = max(reach[f.Rule], f.Span.End)
		}
		out = append(out, f)
	}
	return out
}

// place converts a finding's span to positions. Document findings carry no position; a span rule
// finding whose span falls outside the file is a bug in the rule and is dropped rather than
// printed at a made-up place.
func (l *Linter) place(d *draft.Document, f *Finding) bool {
	if f.Scope == ScopeDocument {
		f.Span, f.Pos, f.End = draft.Span{}, draft.Position{}, draft.Position{}
		return true
	}
	n := len(d.Raw())
	if f.Span.Start < 0 || f.Span.End > n || f.Span.Start > f.Span.End {
		return false
	}
	if f.Fix != nil && (f.Fix.Span.Start < 0 || f.Fix.Span.End > n || f.Fix.Span.Start > f.Fix.Span.End) {
		f.Fix = nil
	}
	f.Pos, f.End = d.Position(f.Span.Start), d.Position(f.Span.End)
	return true
}

// sortFindings orders document findings after span findings, span findings by position, then
// everything by rule and message, and drops exact duplicates.
func sortFindings(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if (a.Scope == ScopeDocument) != (b.Scope == ScopeDocument) {
			return a.Scope != ScopeDocument
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Span.End != b.Span.End {
			return a.Span.End > b.Span.End // the longer phrase first: it says more
		}
		return a.Message < b.Message
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := fs[i-1]
			if p.Rule == f.Rule && p.Span == f.Span && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}
