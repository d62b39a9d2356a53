package draft

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// briefDirective shows a directive as "line kind [rules] reason | raw text".
func briefDirective(d *Document, dir Directive) string {
	return fmt.Sprintf("%d %s %q %q | %s", dir.Line, dir.Name, dir.Rules, dir.Reason, d.Slice(dir.Span))
}

func TestDirectives(t *testing.T) {
	tests := []struct {
		name     string
		f        Format
		template bool
		src      string
		want     []string
	}{
		{
			name: "text",
			f:    Text,
			src: "Hi Dana,\napologylint: disable-next-line blame-shift -- legal asked us to name the carrier\n" +
				"Our courier lost it.\r\n  apologylint:disable excuse,minimizing --  two  spaces \r\n" +
				"apologylint: enable\napologylint: disable-file -- all of it\n" +
				"\uFEFFapologylint: enable excuse , minimizing\nWe use apologylint: disable in a sentence.\n" +
				"apologylint: is a linter.\napologylint: disable-line x --\napologylint: disable-next-line\tx--y -- z",
			want: []string{
				`2 disable-next-line ["blame-shift"] "legal asked us to name the carrier" | apologylint: disable-next-line blame-shift -- legal asked us to name the carrier`,
				`4 disable ["excuse" "minimizing"] "two spaces" | apologylint:disable excuse,minimizing --  two  spaces `,
				`5 enable [] "" | apologylint: enable`,
				`6 disable-file [] "all of it" | apologylint: disable-file -- all of it`,
				`7 enable ["excuse" "minimizing"] "" | apologylint: enable excuse , minimizing`,
				`10 disable-line ["x"] "" | apologylint: disable-line x --`,
				`11 disable-next-line ["x--y"] "z" | apologylint: disable-next-line	x--y -- z`,
			},
		},
		{
			name: "markdown",
			f:    Markdown,
			src: "# Sorry\n\n<!-- apologylint-disable-next-line blame-shift -- legal asked -->\nOur courier lost it.\n\n" +
				"We're sorry. <!-- apologylint-disable excuse -- the storm --> It snowed.\n\n" +
				"- item <!--apologylint-enable-->\n\n<!--\n  apologylint-disable-file missing-contact\n  -- sent from\n  a shared inbox\n-->\n\n" +
				"```\n<!-- apologylint-disable-file x -- code -->\n```\n\n`<!-- apologylint-enable -->` in code.\n\n" +
				"    <!-- apologylint-enable --> indented code\n\n<!-- a plain comment -->\n\napologylint: enable\n",
			want: []string{
				`3 disable-next-line ["blame-shift"] "legal asked" | <!-- apologylint-disable-next-line blame-shift -- legal asked -->`,
				`6 disable ["excuse"] "the storm" | <!-- apologylint-disable excuse -- the storm -->`,
				`8 enable [] "" | <!--apologylint-enable-->`,
				"10 disable-file [\"missing-contact\"] \"sent from a shared inbox\" | <!--\n  apologylint-disable-file missing-contact\n  -- sent from\n  a shared inbox\n-->",
			},
		},
		{
			name: "html",
			f:    HTML,
			src: "<html><head><!-- apologylint-disable-file missing-contact -- shared inbox --></head><body>\n" +
				"<p>Hi <!-- apologylint-disable-next-line blame-shift -- legal --> Dana</p>\n" +
				"<script>// <!-- apologylint-enable --></script><p title=\"<!-- apologylint-enable -->\">x</p>\n" +
				"<p>&lt;!-- apologylint-enable --&gt;</p><!--apologylint-enable blame-shift-->\n</body></html>",
			want: []string{
				`1 disable-file ["missing-contact"] "shared inbox" | <!-- apologylint-disable-file missing-contact -- shared inbox -->`,
				`2 disable-next-line ["blame-shift"] "legal" | <!-- apologylint-disable-next-line blame-shift -- legal -->`,
				`4 enable ["blame-shift"] "" | <!--apologylint-enable blame-shift-->`,
			},
		},
		{
			name:     "template comments",
			f:        Text,
			template: true,
			src: "Hi {{ name }},\n{{!-- apologylint-disable-next-line blame-shift -- legal --}}\n" +
				"{{! apologylint-disable excuse -- why }}{# apologylint-enable #}\n" +
				"{% comment %} apologylint-disable-file x -- y {% endcomment %}\n{{! not a directive }}\n",
			want: []string{
				`2 disable-next-line ["blame-shift"] "legal" | {{!-- apologylint-disable-next-line blame-shift -- legal --}}`,
				`3 disable ["excuse"] "why" | {{! apologylint-disable excuse -- why }}`,
				`3 enable [] "" | {# apologylint-enable #}`,
			},
		},
		{
			name: "template comments in a draft are text",
			f:    Text,
			src:  "{{!-- apologylint-disable-next-line blame-shift -- legal --}}\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseWith("draft", []byte(tt.src), tt.f, Options{Template: tt.template})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, dir := range d.Directives() {
				got = append(got, briefDirective(d, dir))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Directives() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDirectiveKinds(t *testing.T) {
	d := mustParse(t, "apologylint: disable-next-line\napologylint: disable\napologylint: enable\napologylint: disable-file\napologylint: disable-nextline\n", Text)
	var got []DirectiveKind
	for _, dir := range d.Directives() {
		got = append(got, dir.Kind)
	}
	want := []DirectiveKind{DisableNextLine, Disable, Enable, DisableFile, UnknownDirective}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds = %v, want %v", got, want)
	}
	for k, s := range map[DirectiveKind]string{DisableNextLine: "disable-next-line", Disable: "disable", Enable: "enable", DisableFile: "disable-file", UnknownDirective: "unknown"} {
		if k.String() != s {
			t.Errorf("%d.String() = %q, want %q", int(k), k.String(), s)
		}
	}
}

// TestTextDirectiveIsNoProse: a directive line in plain text reads as space, with every other
// position unchanged, and separates the paragraphs on either side.
func TestTextDirectiveIsNoProse(t *testing.T) {
	src := "We are sorry.\napologylint: disable-next-line blame-shift -- legal asked\nOur courier lost it.\n"
	d := mustParse(t, src, Text)
	var got []string
	for _, s := range d.Sentences() {
		got = append(got, fmt.Sprintf("%d %s", s.Span.Start, s.Text))
	}
	want := []string{"0 We are sorry.", fmt.Sprintf("%d Our courier lost it.", strings.Index(src, "Our"))}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	if len(d.Blocks()) != 2 {
		t.Errorf("blocks = %d, want 2: the directive line separates them", len(d.Blocks()))
	}
	if d.Words() != 7 {
		t.Errorf("Words() = %d, want 7", d.Words())
	}
}

// TestSuppressionComment: what SuppressionComment renders, put on the line above a finding,
// parses back to a directive for that rule and reason in every format.
func TestSuppressionComment(t *testing.T) {
	tests := []struct {
		f            Format
		rule, reason string
		want         string
		wantReason   string
	}{
		{Text, "blame-shift", "legal asked us", "apologylint: disable-next-line blame-shift -- legal asked us", "legal asked us"},
		{Markdown, "blame-shift", "legal asked us", "<!-- apologylint-disable-next-line blame-shift -- legal asked us -->", "legal asked us"},
		{HTML, "excuse", "a\nmulti-line --> reason", "<!-- apologylint-disable-next-line excuse -- a multi-line -> reason -->", "a multi-line -> reason"},
		{Markdown, "", "all", "<!-- apologylint-disable-next-line -- all -->", "all"},
		{Text, "excuse", "  ", "apologylint: disable-next-line excuse", ""},
	}
	for _, tt := range tests {
		got := SuppressionComment(tt.f, tt.rule, tt.reason)
		if got != tt.want {
			t.Errorf("SuppressionComment(%v, %q, %q) = %q, want %q", tt.f, tt.rule, tt.reason, got, tt.want)
		}
		src := "Hi Dana,\n\n" + got + "\nOur courier lost it.\n"
		if tt.f == HTML {
			src = "<p>Hi Dana,</p>\n" + got + "\n<p>Our courier lost it.</p>\n"
		}
		d := mustParse(t, src, tt.f)
		dirs := d.Directives()
		if len(dirs) != 1 {
			t.Errorf("%v: %q parses to %d directives, want 1", tt.f, got, len(dirs))
			continue
		}
		var wantRules []string
		if tt.rule != "" {
			wantRules = []string{tt.rule}
		}
		dir := dirs[0]
		if dir.Kind != DisableNextLine || !reflect.DeepEqual(dir.Rules, wantRules) || dir.Reason != tt.wantReason || d.Slice(dir.Span) != got {
			t.Errorf("%v: %q parses to %s, want disable-next-line %q %q", tt.f, got, briefDirective(d, dir), wantRules, tt.wantReason)
		}
		for _, s := range d.Sentences() {
			if strings.Contains(s.Text, "apologylint") {
				t.Errorf("%v: sentence %q holds the directive", tt.f, s.Text)
			}
		}
	}
}

// TestHoldsTextDirectivePrefix compares the colon-first search with bytes.Contains.
func TestHoldsTextDirectivePrefix(t *testing.T) {
	for _, s := range []string{"", ":", "apologylint", "apologylint:", "xapologylint:", ":apologylint:",
		"pologylint:", "apologylint :", "a:b apologylint", "10:30 then apologylint: disable", "apologylint-disable:",
		"Apologylint:", "apologylint::", "\napologylint:\n"} {
		if got, want := holdsTextDirectivePrefix([]byte(s)), bytes.Contains([]byte(s), []byte(textDirectivePrefix)); got != want {
			t.Errorf("holdsTextDirectivePrefix(%q) = %v, want %v", s, got, want)
		}
	}
}
