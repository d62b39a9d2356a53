package rules

import (
	"fmt"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

var unusedSuppression = lint.Rule{
	ID:       "unused-suppression",
	Scope:    lint.ScopeSpan,
	Severity: lint.Info,
	Doc: lint.Doc{
		Summary: "inline suppression that suppresses nothing",
		Explain: "A directive left behind after the text was fixed, one that names a rule that does " +
			"not exist, or an enable with nothing to end, silences nothing today and may hide a " +
			"real finding tomorrow. Remove it or correct it. Rules that did not run are not judged.",
		Bad:  "<!-- apologylint-disable-next-line blame-shfit -- legal asked us to name the carrier -->",
		Good: "<!-- apologylint-disable-next-line blame-shift -- legal asked us to name the carrier -->",
	},
	Audit: true,
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, s := range p.Suppressions() {
			if msg, sugg := unusedProblem(s); msg != "" {
				out = append(out, lint.Finding{Span: s.Directive.Span, Message: msg, Suggestion: sugg})
			}
		}
		return out
	},
}

// unusedProblem says what is most wrong with a directive that does nothing, with a suggestion,
// or returns "" for one that did its job. One message per directive: the next shows once the
// first is fixed.
func unusedProblem(s lint.Suppression) (msg, suggestion string) {
	dir := s.Directive
	switch {
	case dir.Kind == draft.UnknownDirective:
		return fmt.Sprintf("unknown directive %q", dir.Name),
			"write disable-next-line, disable, enable or disable-file"
	case len(s.Unknown) == 1:
		return fmt.Sprintf("%q is not a rule, so this suppresses nothing", s.Unknown[0]),
			"check the ID against `apologylint rules`"
	case len(s.Unknown) > 1:
		return fmt.Sprintf("%s are not rules", quotedList(s.Unknown, "and")),
			"check the IDs against `apologylint rules`"
	case len(s.Unsuppressible) > 0:
		return fmt.Sprintf("%s cannot be suppressed inline", quotedList(s.Unsuppressible, "and")),
			"disable it in the configuration instead"
	}
	if dir.Kind == draft.Enable {
		switch {
		case s.Idle:
			return "no disabled region to end", "remove the directive"
		case len(s.Unused) > 0:
			return fmt.Sprintf("%s was not disabled here", quotedList(s.Unused, "or")),
				"remove the rule from the directive"
		}
		return "", ""
	}
	var where string
	switch dir.Kind {
	case draft.DisableNextLine:
		where = "on the next line"
	case draft.Disable:
		where = "in the disabled region"
	default:
		where = "in this file"
	}
	switch {
	case s.Idle:
		return "no finding " + where + " to suppress", "remove the directive"
	case len(s.Unused) > 0:
		return fmt.Sprintf("no %s finding %s to suppress", quotedList(s.Unused, "or"), where),
			"remove the rule from the directive"
	}
	return "", ""
}

// quotedList writes IDs as `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
func quotedList(ids []string, conj string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " " + conj + " " + q[len(q)-1]
}
