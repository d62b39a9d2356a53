// Package lint defines what a rule is, what it reports, and the engine that runs a set of rules
// over one document: it runs every rule's phrases in one pass, sets each finding's rule and
// severity, checks and converts spans to positions, and sorts the result.
package lint

import (
	"fmt"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
)

// Severity orders findings by how much they weaken an apology.
type Severity int

// Severities, lowest first, so that comparisons read naturally.
const (
	Info Severity = iota + 1
	Warning
	Error
)

// String returns the severity's name as printed and as written in flags and settings.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity reads a severity name.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// Scope says whether a rule points at a phrase or judges the document as a whole.
type Scope int

// Scopes.
const (
	ScopeSpan Scope = iota
	ScopeDocument
)

// String returns the scope as written in JSON output.
func (s Scope) String() string {
	if s == ScopeDocument {
		return "document"
	}
	return "span"
}

// Doc is a rule's documentation, shown by `apologylint rules`, in SARIF and in the README.
type Doc struct {
	Summary string // lower case, no final period, under 60 characters
	Explain string // why it matters
	Bad     string // an example that fires
	Good    string // the same example, fixed
}

// Rule is one check. It is a plain value: the engine fills in everything a finding needs beyond
// its span, message and suggestion, so no rule can mislabel its findings.
type Rule struct {
	ID       string // kebab-case, never renamed
	Scope    Scope
	Severity Severity // the default; settings may override it
	Doc      Doc
	// Phrases are compiled with every other rule's into one automaton. Each Def's Owner is set
	// by the engine to the rule's ID.
	Phrases []phrase.Def
	Check   func(p *Pass) []Finding
	// Audit marks a rule that judges the inline suppressions themselves (unused-suppression,
	// suppression-without-reason). It runs after every other rule, once their findings are
	// suppressed, and reads what became of each directive through Pass.Suppressions. Its own
	// findings cannot be suppressed inline: a directive cannot excuse itself.
	Audit bool
}

// Fix is a safe literal replacement of the text under Span.
type Fix struct {
	Span draft.Span
	Text string
}

// Finding is one problem found. A rule fills in Span (zero for a document finding), Message,
// Suggestion and, where a safe replacement exists, Fix; the engine sets the rest.
type Finding struct {
	Rule       string
	Severity   Severity
	Scope      Scope
	Span       draft.Span
	Message    string
	Suggestion string
	Fix        *Fix
	Pos, End   draft.Position
}

// Pass is what a rule's Check sees of one document: the document, the matches of the rule's own
// phrases, and the shared reading of the document's sentences.
type Pass struct {
	Doc     *draft.Document
	matches []phrase.Match
	read    func() *reading.Reading
	supps   []Suppression
}

// Suppressions returns what became of each of the document's suppression directives, in order.
// Only audit rules see it: other rules run before suppression and get nil.
func (p *Pass) Suppressions() []Suppression { return p.supps }

// Matches returns the matches of the rule's phrases, by token position; with names, only those
// of the named phrases.
func (p *Pass) Matches(names ...string) []phrase.Match {
	if len(names) == 0 {
		return p.matches
	}
	var out []phrase.Match
	for _, m := range p.matches {
		for _, n := range names {
			if m.Def.Name == n {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// Reading returns the document's shared sentence reading, computed once per document.
func (p *Pass) Reading() *reading.Reading { return p.read() }

// MatchSpan returns the raw span of a phrase match.
func (p *Pass) MatchSpan(m phrase.Match) draft.Span { return p.Doc.TokenSpan(m.Start, m.End-1) }
