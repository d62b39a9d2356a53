package rules

import (
	"fmt"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/lint"
)

// unsignedExample is the signature the message offers: a person's name with a role after it.
const unsignedExample = `"Dana Okafor, Head of Support"`

var unsigned = lint.Rule{
	ID:       "unsigned",
	Scope:    lint.ScopeDocument,
	Severity: lint.Info,
	Doc: lint.Doc{
		Summary: "no named person signs the letter",
		Explain: "An apology signed by a team or a company reads as nobody's: no one stands behind it, " +
			"and the reader has no one to answer. Sign with a person's name, with a role or team after " +
			"it if you like. Replies of one or two sentences, status pages with no greeting and no " +
			"sign-off, and templates whose signature is a slot are not judged.",
		Bad:  "Kind regards, The Customer Accounts Team",
		Good: "Kind regards, Dana Okafor, Head of Support",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		sig := p.Reading().Signature(p.Doc)
		if !sig.Judged || sig.Signed {
			return nil
		}
		msg := "no named person signs it: sign as " + unsignedExample
		if sig.SignOff != "" {
			msg = fmt.Sprintf("%q is not a person: sign as %s", sig.SignOff, unsignedExample)
			if utf8.RuneCountInString(msg) >= 80 {
				msg = "signed by a team or company: sign as " + unsignedExample
			}
		}
		return []lint.Finding{{
			Message:    msg,
			Suggestion: "sign with a person's name, with a role or team after it if you like",
		}}
	},
}
