package lint

import (
	"regexp"

	"github.com/apologylint/apologylint/internal/draft"
)

// Suppressed is a finding that an inline directive silenced, kept for review.
type Suppressed struct {
	Finding   Finding
	Reason    string // the directive's reason; empty when it gave none
	Directive draft.Directive
}

// Suppression is what became of one inline directive once the rules ran, for the audit rules
// that report directives which are unexplained, unknown or idle.
type Suppression struct {
	Directive draft.Directive
	// Silenced counts the findings the directive suppressed.
	Silenced int
	// Unknown are the IDs it names that are no rule.
	Unknown []string
	// Unsuppressible are the audit rules it names, whose findings no directive silences.
	Unsuppressible []string
	// Unused are the rules it names that ran and yet had nothing for it to do: for a disable,
	// rules none of whose findings it silenced; for an enable, rules no open region disabled.
	// Rules that did not run are left out, since nothing says whether they would have fired.
	Unused []string
	// Idle is set for a directive naming no rule that did nothing: a disable that silenced no
	// finding, or an enable that ended no region.
	Idle bool
}

// ruleIDRE is what a rule ID looks like; with no list of known IDs, anything else is unknown.
var ruleIDRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// region is a span of the document where a Disable directive holds for one rule ("" for all).
type region struct {
	dir        int
	rule       string
	start, end int
}

// suppress applies the document's directives to its findings: a finding is suppressed by a
// disable-next-line on the line before it, then by the innermost disable ... enable region it
// starts in, then by a disable-file; document findings only by a disable-file. It returns the
// findings left, those suppressed, and what became of each directive.
func (l *Linter) suppress(d *draft.Document, fs []Finding) ([]Finding, []Suppressed, []Suppression) {
	dirs := d.Directives()
	if len(dirs) == 0 {
		return fs, nil, nil
	}
	ordinary, audit := map[string]bool{}, map[string]bool{}
	for _, r := range l.rules {
		if r.Audit {
			audit[r.ID] = true
		} else {
			ordinary[r.ID] = true
		}
	}
	st := make([]Suppression, len(dirs))
	// names are the rules each directive applies to; nil means every rule.
	names := make([][]string, len(dirs))
	for i, dir := range dirs {
		st[i].Directive = dir
		for _, id := range dir.Rules {
			switch {
			case audit[id]:
				st[i].Unsuppressible = append(st[i].Unsuppressible, id)
			case !l.isKnown(id) && !ordinary[id]:
				st[i].Unknown = append(st[i].Unknown, id)
			default:
				names[i] = append(names[i], id)
			}
		}
	}
	regions := l.regions(d, dirs, names, st)
	applies := func(i int, rule string) bool {
		if len(dirs[i].Rules) == 0 {
			return true
		}
		for _, id := range names[i] {
			if id == rule {
				return true
			}
		}
		return false
	}
	used := make([]map[string]bool, len(dirs))
	var kept []Finding
	var suppressed []Suppressed
	for _, f := range fs {
		by := -1
		if f.Scope == ScopeSpan {
			for i, dir := range dirs {
				if dir.Kind == draft.DisableNextLine && applies(i, f.Rule) && d.Position(dir.Span.End).Line+1 == f.Pos.Line {
					by = i
					break
				}
			}
			if by < 0 {
				best := -1
				for _, r := range regions {
					if (r.rule == "" || r.rule == f.Rule) && r.start <= f.Span.Start && f.Span.Start < r.end && r.start >= best {
						by, best = r.dir, r.start
					}
				}
			}
		}
		if by < 0 {
			for i, dir := range dirs {
				if dir.Kind == draft.DisableFile && applies(i, f.Rule) {
					by = i
					break
				}
			}
		}
		if by < 0 {
			kept = append(kept, f)
			continue
		}
		st[by].Silenced++
		if used[by] == nil {
			used[by] = map[string]bool{}
		}
		used[by][f.Rule] = true
		suppressed = append(suppressed, Suppressed{Finding: f, Reason: dirs[by].Reason, Directive: dirs[by]})
	}
	for i, dir := range dirs {
		switch dir.Kind {
		case draft.DisableNextLine, draft.Disable, draft.DisableFile:
			if len(dir.Rules) == 0 {
				st[i].Idle = st[i].Silenced == 0 && len(ordinary) > 0
				continue
			}
			for _, id := range names[i] {
				if ordinary[id] && !used[i][id] {
					st[i].Unused = append(st[i].Unused, id)
				}
			}
		}
	}
	return kept, suppressed, st
}

// regions pairs Disable directives with the Enable directives that end them. An Enable naming no
// rule ends every open region; one naming rules ends the regions of those rules, and lists as
// unused the rules it names that no region holds. A region never ended runs to the end of the
// file.
func (l *Linter) regions(d *draft.Document, dirs []draft.Directive, names [][]string, st []Suppression) []region {
	var open, out []region
	for i, dir := range dirs {
		switch dir.Kind {
		case draft.Disable:
			if len(dir.Rules) == 0 {
				open = append(open, region{dir: i, start: dir.Span.End})
			}
			for _, id := range names[i] {
				open = append(open, region{dir: i, rule: id, start: dir.Span.End})
			}
		case draft.Enable:
			if len(dir.Rules) == 0 {
				st[i].Idle = len(open) == 0
				for _, r := range open {
					r.end = dir.Span.Start
					out = append(out, r)
				}
				open = nil
				continue
			}
			for _, id := range names[i] {
				ended := false
				rest := open[:0]
				for _, r := range open {
					if r.rule == id {
						r.end = dir.Span.Start
						out = append(out, r)
						ended = true
						continue
					}
					rest = append(rest, r)
				}
				open = rest
				if !ended {
					st[i].Unused = append(st[i].Unused, id)
				}
			}
		}
	}
	for _, r := range open {
		r.end = len(d.Raw())
		out = append(out, r)
	}
	return out
}

// isKnown reports whether id names a rule, run or not.
func (l *Linter) isKnown(id string) bool {
	if l.known == nil {
		return ruleIDRE.MatchString(id)
	}
	return l.known[id]
}

// onePerLineSuppressed is onePerLine for suppressed findings, which are already sorted.
func onePerLineSuppressed(ss []Suppressed) []Suppressed {
	type key struct {
		rule string
		line int
	}
	seen := map[key]bool{}
	out := ss[:0]
	for _, s := range ss {
		if s.Finding.Scope == ScopeSpan {
			k := key{s.Finding.Rule, s.Finding.Pos.Line}
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, s)
	}
	return out
}
