package rules

import (
	"fmt"

	"github.com/apologylint/apologylint/internal/lint"
)

// DefaultMaxApologies is how many apology expressions a text may hold before over-apology fires.
const DefaultMaxApologies = 3

func overApology(maxApologies int) lint.Rule {
	return lint.Rule{
		ID:       "over-apology",
		Scope:    lint.ScopeDocument,
		Severity: lint.Info,
		Doc: lint.Doc{
			Summary: "more apology expressions than the message needs",
			Explain: fmt.Sprintf("More than %d \"sorry\"s and \"apologies\" read as anxious or insincere, "+
				"and bury the apology that matters. Apologise once, specifically, and spend the rest of "+
				"the message on the fix.", maxApologies),
			Bad:  "Sorry, sorry, sorry! We apologise for the trouble, and we're sorry for the confusion.",
			Good: "I'm sorry we locked you out of your account for three days.",
		},
		Check: func(p *lint.Pass) []lint.Finding {
			n := len(p.Reading().Apologies)
			if n <= maxApologies {
				return nil
			}
			return []lint.Finding{{
				Message:    fmt.Sprintf("%d apology expressions; more than %d reads as anxious", n, maxApologies),
				Suggestion: "keep one specific apology and cut the rest",
			}}
		},
	}
}
