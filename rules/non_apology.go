package rules

import (
	"fmt"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

var nonApology = lint.Rule{
	ID:       "non-apology",
	Scope:    lint.ScopeSpan,
	Severity: lint.Error,
	Doc: lint.Doc{
		Summary: "regret for the reader's feelings, or made conditional",
		Explain: "\"Sorry you feel that way\", \"we apologize if anyone was offended\" and \"sorry to hear\" " +
			"regret the reader's reaction, or make the wrong hypothetical, instead of owning what the " +
			"writer did. Readers hear them as blame turned around. Apologise for the act itself.",
		Bad:  "We're sorry if anyone was offended by the ad.",
		Good: "We're sorry we ran an ad that mocked people with anxiety.",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		r := p.Reading()
		for _, a := range r.Apologies {
			if a.Kind != reading.NonApology {
				continue
			}
			words := p.Doc.Slice(a.Phrase)
			var msg, hint string
			switch a.Reason {
			case reading.Feelings:
				msg = fmt.Sprintf("%q regrets the reader's feelings, not what went wrong", words)
				hint = "apologise for the act: \"we're sorry we ...\", naming what you did"
			case reading.Conditional:
				msg = fmt.Sprintf("%q makes the apology conditional", words)
				hint = "drop the \"if\" or \"may have\": say what happened and that you are sorry for it"
			default:
				msg = fmt.Sprintf("%q sympathises with the news instead of apologising", words)
				hint = "own it: \"we're sorry we ...\", naming what you did"
			}
			out = append(out, lint.Finding{Span: a.Phrase, Message: msg, Suggestion: hint})
		}
		return out
	},
}
