package rules

import (
	"fmt"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

var vagueApology = lint.Rule{
	ID:       "vague-apology",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "apology whose object is generic or missing",
		Explain: "\"We apologize for any inconvenience\" or a bare \"Sorry about that!\" does not say " +
			"what went wrong, so the reader cannot tell that you understand it. Name the failure.",
		Bad:  "We apologize for any inconvenience.",
		Good: "We're sorry we charged your card twice on 3 May.",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, a := range p.Reading().Apologies {
			if a.Kind != reading.Vague {
				continue
			}
			var msg string
			if a.Object.IsZero() {
				msg = fmt.Sprintf("%q does not say what you are sorry for", p.Doc.Slice(a.Phrase))
			} else {
				msg = fmt.Sprintf("%q does not say what went wrong", p.Doc.Slice(a.Object))
			}
			out = append(out, lint.Finding{
				Span:       a.Phrase,
				Message:    msg,
				Suggestion: "name the failure: \"we're sorry we sent your order to the wrong address\"",
			})
		}
		return out
	},
}
