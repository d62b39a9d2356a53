package draft

import "testing"

// TestMarkdownTemplateSlots: CommonMark parses "<NAME>" as an HTML tag, but in a template it is a
// slot the writer must fill, so it stays in the prose; real markup does not.
func TestMarkdownTemplateSlots(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Hi <NAME>,\n", "Hi <NAME>,"},
		{"Signed, <AGENT NAME>\n", "Signed, <AGENT NAME>"},
		{"We are <b>sorry</b>.\n", "We are sorry ."},
		{"We are sorry<br>again.\n", "We are sorry again."},
		{"Hi <!-- note --> Dana.\n", "Hi Dana."},
		{"Use <my-widget> here.\n", "Use here."},
	}
	for _, tt := range tests {
		d := mustParse(t, tt.src, Markdown)
		var got string
		for i, tok := range d.Tokens() {
			if i > 0 {
				got += " "
			}
			got += tok.Text
		}
		want := ""
		for i, tok := range mustParse(t, tt.want, Text).Tokens() {
			if i > 0 {
				want += " "
			}
			want += tok.Text
		}
		if got != want {
			t.Errorf("tokens of %q = %q, want %q", tt.src, got, want)
		}
	}
}
