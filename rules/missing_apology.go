package rules

import (
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

var missingApology = lint.Rule{
	ID:       "missing-apology",
	Scope:    lint.ScopeDocument,
	Severity: lint.Error,
	Doc: lint.Doc{
		Summary: "no first-person apology anywhere",
		Explain: "Without \"I'm sorry\" or \"we apologise\" for what happened, the message explains or " +
			"thanks but never apologises. Regret for the reader's feelings and \"sorry to hear\" do not count.",
		Bad:  "Thank you for your patience while we looked into your order.",
		Good: "I'm sorry we sent your sofa three weeks late.",
	},
	Check: missingPart((*reading.Reading).HasApology,
		"the text never apologises in the first person",
		"add one sentence: \"I'm sorry we ...\", naming what went wrong"),
}
