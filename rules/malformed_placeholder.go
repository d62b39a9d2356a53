package rules

import (
	"fmt"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/lint"
)

var malformedPlaceholder = lint.Rule{
	ID:       "malformed-placeholder",
	Scope:    lint.ScopeSpan,
	Severity: lint.Error,
	Doc: lint.Doc{
		Summary: "template slot that is unbalanced or empty",
		Explain: "A slot the template engine cannot read is either a render error or, worse, sent " +
			"to the customer as written: \"Hi {{ name },\". Close every slot with the braces it " +
			"opened with, give it a name, and close every block tag. Only templates are checked.",
		Bad:  "Hi {{ first_name }, your order {{}} is on its way.",
		Good: "Hi {{ first_name }}, your order {{ order_number }} is on its way.",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		d := p.Doc
		if !d.IsTemplate() {
			return nil
		}
		var out []lint.Finding
		for _, s := range d.Slots() {
			if s.Problem == "" {
				continue
			}
			text := d.Slice(s.Span)
			if utf8.RuneCountInString(text) > 30 {
				text = string([]rune(text)[:29]) + "…"
			}
			out = append(out, lint.Finding{Span: s.Span, Message: fmt.Sprintf("%q: %s", text, s.Problem)})
		}
		return out
	},
}
