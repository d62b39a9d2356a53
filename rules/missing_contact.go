package rules

import (
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/reading"
)

var missingContact = lint.Rule{
	ID:       "missing-contact",
	Scope:    lint.ScopeDocument,
	Severity: lint.Info,
	Doc: lint.Doc{
		Summary: "no way to reach a person",
		Explain: "A reader with a follow-up question needs a channel: an e-mail address, a phone number, " +
			"\"reply to this email\", a chat or DM channel.",
		Bad:  "We will send a full report next week.",
		Good: "If anything is still wrong, reply to this email and it comes straight to me.",
	},
	Check: missingPart((*reading.Reading).HasContact,
		"the text gives the reader no way to reach a person",
		"add a channel: \"reply to this email\", an address or a phone number"),
}
