package rules

import (
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

var missingRemedy = lint.Rule{
	ID:       "missing-remedy",
	Scope:    lint.ScopeDocument,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "nothing says how the harm is put right",
		Explain: "An apology the reader can act on says what was or will be done for them: a refund, a " +
			"replacement, a credit, restored data, the change reversed. Investigating or inviting them " +
			"back is not a remedy.",
		Bad:  "We'd love to welcome you back another time.",
		Good: "I've refunded your £40 deposit and booked you a table for Saturday on us.",
	},
	Check: missingPart((*reading.Reading).HasRemedy,
		"the text does not say what you did or will do to put things right",
		"say what you have done for the reader: a refund, a replacement, a credit, a fix"),
}
