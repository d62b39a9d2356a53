package rules

import (
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

var missingPrevention = lint.Rule{
	ID:       "missing-prevention",
	Scope:    lint.ScopeDocument,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "nothing says how a repeat will be prevented",
		Explain: "Readers want to know it will not happen again: a new check, a test, a changed process, " +
			"or at least a commitment going forward. Fixing this one incident is a remedy, not prevention.",
		Bad:  "We've corrected the invoice.",
		Good: "We've corrected the invoice, and our billing system now checks every VAT rate before it sends one.",
	},
	Check: missingPart((*reading.Reading).HasPrevention,
		"the text does not say what changes so this does not happen again",
		"name the step you have taken: a new check, a test, a changed process"),
}
