package rules

import (
	"fmt"

	"github.com/apologylint/apologylint/internal/lint"
)

var vaguePrevention = lint.Rule{
	ID:       "vague-prevention",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "promise against a repeat that names no step",
		Explain: "\"We will do better\", \"we are reviewing our processes\" and \"we're taking steps " +
			"to make sure this doesn't happen again\" ask the reader to take it on trust. Name " +
			"the check, test, rule or change, in the same sentence or the next.",
		Bad:  "We're taking steps to make sure this doesn't happen again.",
		Good: "From today, our booking page checks for an earlier payment from the same card.",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		r := p.Reading()
		var out []lint.Finding
		for _, ev := range r.Promises {
			// The step may come in the same sentence or the next one; further away, the
			// reader no longer connects it to the promise.
			if r.Sentences[ev.Sentence].Step || ev.Sentence+1 < len(r.Sentences) && r.Sentences[ev.Sentence+1].Step {
				continue
			}
			out = append(out, lint.Finding{
				Span:       ev.Span,
				Message:    fmt.Sprintf("%q promises prevention but names no step", p.Doc.Slice(ev.Span)),
				Suggestion: "name the change: \"our team now checks every order against the address on file\"",
			})
		}
		return out
	},
}
