package rules

import (
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

// missingPart builds the Check of a rule that reports a part of a good apology the text lacks:
// one document finding when has says the reading found no sentence with that part.
func missingPart(has func(*reading.Reading) bool, message, suggestion string) func(*lint.Pass) []lint.Finding {
	return func(p *lint.Pass) []lint.Finding {
		if has(p.Reading()) {
			return nil
		}
		return []lint.Finding{{Message: message, Suggestion: suggestion}}
	}
}
