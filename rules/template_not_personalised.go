package rules

import (
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

var templateNotPersonalised = lint.Rule{
	ID:       "template-not-personalised",
	Scope:    lint.ScopeDocument,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "template with no slot for the reader or the incident",
		Explain: "A template that names neither the reader nor what happened to them sends every " +
			"customer the same words, and reads like it. Give it a slot for the reader's name or " +
			"for the incident (order number, date, amount, product). Only templates are checked; " +
			"a slot for the agent's name or signature does not count.",
		Bad:  "Dear customer, we apologize for the issue. Best, {{ agent_name }}",
		Good: "Hi {{ first_name }}, we're sorry order {{ order_number }} arrived late. Best, {{ agent_name }}",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		d := p.Doc
		if !d.IsTemplate() {
			return nil
		}
		values := 0
		for _, s := range d.Slots() {
			if s.Kind != draft.ValueSlot || s.Role == draft.RoleNone {
				continue
			}
			if s.Role != draft.RoleSender {
				return nil
			}
			values++
		}
		msg := "the template has no slot: every reader gets the same words"
		if values > 0 {
			msg = "the template's only slots are the sender's: nothing is about the reader"
		}
		return []lint.Finding{{
			Message:    msg,
			Suggestion: "add a slot for the reader's name or for what went wrong (order, date, amount)",
		}}
	},
}
