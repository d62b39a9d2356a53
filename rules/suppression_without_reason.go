package rules

import (
	"fmt"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

var suppressionWithoutReason = lint.Rule{
	ID:       "suppression-without-reason",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "inline suppression that gives no reason",
		Explain: "A suppression says a finding was judged and does not apply here. Without the " +
			"reason, the next reviewer cannot tell a judgment from a way to get past CI. The " +
			"directive still suppresses: write the reason after \" -- \".",
		Bad:  "<!-- apologylint-disable-next-line blame-shift -->",
		Good: "<!-- apologylint-disable-next-line blame-shift -- legal asked us to name the carrier -->",
	},
	Audit: true,
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, s := range p.Suppressions() {
			dir := s.Directive
			if dir.Reason != "" || (dir.Kind != draft.DisableNextLine && dir.Kind != draft.Disable && dir.Kind != draft.DisableFile) {
				continue
			}
			what := "every rule"
			if len(dir.Rules) > 0 {
				what = fmt.Sprintf("%q", strings.Join(dir.Rules, ","))
			}
			out = append(out, lint.Finding{
				Span:       dir.Span,
				Message:    fmt.Sprintf("suppression of %s gives no reason", what),
				Suggestion: "add \" -- \" and why the finding does not apply here",
			})
		}
		return out
	},
}
