package rules

import (
	"testing"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/linttest"
)

// TestSuppression runs the two audit rules beside rules they judge, which a fixture directory
// cannot: each fixture there runs its own rule alone, and a directive naming a rule that does not
// run is not judged. The drafts use unfilled-placeholder and missing-contact, whose findings do
// not move with the wording of the prose rules.
func TestSuppression(t *testing.T) {
	byID := map[string]lint.Rule{}
	var known []string
	for _, r := range All(Settings{}) {
		byID[r.ID] = r
		known = append(known, r.ID)
	}
	var run []lint.Rule
	for _, id := range []string{"missing-contact", "suppression-without-reason", "unfilled-placeholder", "unused-suppression"} {
		run = append(run, byID[id])
	}
	l, err := lint.NewWith(run, lint.Options{Known: known})
	if err != nil {
		t.Fatal(err)
	}
	// In region.html, unfilled-placeholder reports the line that ends the region once, at its
	// first slot, which is inside the region: the line is silenced whole.
	tests := []struct{ name, src string }{
		{"used.txt", `Hi [Customer Name],   // want unfilled-placeholder
apologylint: disable-next-line unfilled-placeholder -- the help desk fills this in
Your refund of [Amount] is on its way.
apologylint: disable-next-line unfilled-placeholder -- nothing here   // want unused-suppression "no \"unfilled-placeholder\" finding on the next line"
We are sorry.
apologylint: disable unfilled-placeholder, blame-shift -- a form letter
We refunded [Amount] on [Date].
apologylint: enable
Sorry again, [Customer Name].   // want unfilled-placeholder
apologylint: disable-next-line unfilled-placeholder   // want suppression-without-reason
See you, [Agent Name].
apologylint: disable-next-line unfiled-placeholder -- typo   // want unused-suppression "\"unfiled-placeholder\" is not a rule"
See you, [Agent Name].   // want unfilled-placeholder
// want-doc missing-contact
`},
		{"file.md", `# Sorry, [Customer Name]

<!-- apologylint-disable-file missing-contact, unfilled-placeholder -- a template kept as a draft -->

We are sorry.

<!-- apologylint-disable-next-line -- nothing on the next line -->   // want unused-suppression "no finding on the next line"

We are sorry.
`},
		{"region.html", `<p>Hi [Customer Name],</p>   <!-- nothing before the region -->   // want unfilled-placeholder
<!-- apologylint-disable unfilled-placeholder -- pasted from the help desk -->
<p>Your refund of [Amount] is on its way.</p>
<p>Before the end [Amount] <!-- apologylint-enable --> and after [Amount].</p>
<p>After the region, [Amount].</p>   // want unfilled-placeholder
<!-- apologylint-disable-file missing-contact -->   // want suppression-without-reason
<!-- apologylint-disable-file missing-contact -- twice -->   // want unused-suppression "no \"missing-contact\" finding in this file"
`},
		{"template.tmpl", `Hi {{ first_name }},
{{!-- apologylint-disable-next-line unfilled-placeholder -- not checked in templates --}}   // want unused-suppression
We are sorry about order {{ order_number }}.
// want-doc missing-contact
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			linttest.Check(t, l, tt.name, []byte(tt.src))
		})
	}
}
