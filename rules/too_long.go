package rules

import (
	"fmt"

	"github.com/apologylint/apologylint/internal/lint"
)

func tooLong(maxWords int) lint.Rule {
	return lint.Rule{
		ID:       "too-long",
		Scope:    lint.ScopeDocument,
		Severity: lint.Info,
		Doc: lint.Doc{
			Summary: "the body is longer than the word limit",
			Explain: fmt.Sprintf("Past %d words the apology gets lost in explanation. Say what happened, "+
				"that you are sorry, what you did about it and what changes, and stop. Markup and code "+
				"are not counted.", maxWords),
			Bad:  "A 600-word letter that recounts the week's events before it apologises.",
			Good: "A 150-word letter: the apology, the refund, the new check, a way to reach you.",
		},
		Check: func(p *lint.Pass) []lint.Finding {
			n := p.Doc.Words()
			if n <= maxWords {
				return nil
			}
			return []lint.Finding{{
				Message:    fmt.Sprintf("%d words, over the limit of %d", n, maxWords),
				Suggestion: "cut the background and keep the apology, the remedy and the prevention",
			}}
		},
	}
}
