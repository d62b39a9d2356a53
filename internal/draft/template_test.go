package draft

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func mustParseTemplate(t *testing.T, src string, f Format) *Document {
	t.Helper()
	d, err := ParseWith("reply", []byte(src), f, Options{Template: true})
	if err != nil {
		t.Fatalf("ParseWith(%q): %v", src, err)
	}
	return d
}

var roleNames = map[SlotRole]string{RoleNone: "-", RoleReader: "reader", RoleSender: "sender", RoleIncident: "incident"}
var kindNames = map[SlotKind]string{ValueSlot: "value", TagSlot: "tag", CommentSlot: "comment"}

// briefSlot shows a slot as "kind role stand-in | raw text | problem".
func briefSlot(d *Document, s Slot) string {
	out := strings.Join(strings.Fields(fmt.Sprintf("%s %s %s", kindNames[s.Kind], roleNames[s.Role], s.StandIn)), " ") +
		" | " + d.Slice(s.Span)
	if s.Problem != "" {
		out += " | " + s.Problem
	}
	return out
}

func TestTemplateSlots(t *testing.T) {
	tests := []struct {
		name string
		f    Format
		src  string
		want []string
	}{
		{
			name: "handlebars",
			f:    Text,
			src: "Hi {{ customer_name }}, {{#if vip}}{{{ voucher }}}{{else}}thanks{{/if}} {{> footer}}\n" +
				"{{!-- note --}}{{! short }}{{~ order.id ~}} {{& refund_amount}} {{format_date order_date}}\nBest,\n{{ name }}\n",
			want: []string{
				"value reader Alex | {{ customer_name }}",
				"tag - | {{#if vip}}",
				"value incident Acme | {{{ voucher }}}",
				"tag - | {{else}}",
				"tag - | {{/if}}",
				"tag - | {{> footer}}",
				"comment - | {{!-- note --}}",
				"comment - | {{! short }}",
				"value incident 1042 | {{~ order.id ~}}",
				"value incident £20 | {{& refund_amount}}",
				"value incident Monday | {{format_date order_date}}",
				"value sender Sam | {{ name }}",
			},
		},
		{
			name: "liquid and jinja",
			f:    Markdown,
			src: "Hi {{ customer.first_name | capitalize }},\n\n{%- if refund -%}\nWe refunded {{ refund.amount | money }}.\n{% endif %}\n\n" +
				"{% comment %}\n{{ hidden }}\n{% endcomment %}\n\n{# note #} {% for item in items %}{{ item.title }}{% endfor %}\n\n" +
				"Write to {{ support_email }} or call {{ support_phone }}. Track it at {{ tracking_url }}. {{ company_name }}\n",
			want: []string{
				"value reader Alex | {{ customer.first_name | capitalize }}",
				"tag - | {%- if refund -%}",
				"value incident £20 | {{ refund.amount | money }}",
				"tag - | {% endif %}",
				"comment - | {% comment %}\n{{ hidden }}\n{% endcomment %}",
				"comment - | {# note #}",
				"tag - | {% for item in items %}",
				"value incident Acme | {{ item.title }}",
				"tag - | {% endfor %}",
				"value sender help@example.com | {{ support_email }}",
				"value sender 02079460000 | {{ support_phone }}",
				"value incident example.com | {{ tracking_url }}",
				"value sender Acme | {{ company_name }}",
			},
		},
		{
			name: "other syntax",
			f:    Text,
			src: "Dear [Customer Name], %FIRST_NAME% ${order_number} <ORDER DATE> <<Amount>> {product} [Delivery Window]\n" +
				"100% sure, 50% off. [sic] [x] [ ] [help](https://x.com) <b>bold</b> {very sorry} <3\n[Your Name]\n",
			want: []string{
				"value reader Alex | [Customer Name]",
				"value reader Alex | %FIRST_NAME%",
				"value incident 1042 | ${order_number}",
				"value incident Monday | <ORDER DATE>",
				"value incident £20 | <<Amount>>",
				"value incident Acme | {product}",
				"value incident Acme | [Delivery Window]",
				"value sender Sam | [Your Name]",
			},
		},
		{
			name: "at the very start, and unclosed comments",
			f:    Text,
			src:  "[Customer Name] {{ a }}\n{# {# x\n{#",
			want: []string{
				"value reader Alex | [Customer Name]",
				"value incident Acme | {{ a }}",
				`value - | {# {# x | comment with no closing "#}"`,
				`value - | {# | comment with no closing "#}"`,
			},
		},
		{
			name: "html entities",
			f:    HTML,
			src:  "<p>Hi &lt;NAME&gt;, about {{ order&#95;id }} &amp; {{ date }}.</p>",
			want: []string{
				"value reader Alex | &lt;NAME&gt;",
				"value incident 1042 | {{ order&#95;id }}",
				"value incident Monday | {{ date }}",
			},
		},
		{
			name: "malformed",
			f:    Text,
			src: "{{ name } and {{ order }}\n{{ amount\n{{}} {{ }} { } {} ${} ${date\n{name}} {{ x }}} }} %} {% %} {% if x\n" +
				"{{#each items}}{{/if}}\n{% if a %}{% for b in c %}{% endif %}\n{{!-- open\n",
			want: []string{
				`value reader Alex | {{ name } | closed with "}" instead of "}}"`,
				"value incident 1042 | {{ order }}",
				`value incident £20 | {{ amount | no closing "}}"`,
				"value - | {{}} | empty slot",
				"value - | {{ }} | empty slot",
				"value - | { } | empty slot",
				"value - | {} | empty slot",
				"value - | ${} | empty slot",
				`value incident Monday | ${date | no closing "}"`,
				`value reader Alex | {name}} | closed with "}}" after "{"`,
				`value incident Acme | {{ x }}} | closed with "}}}" after "{{"`,
				"value - | }} | closes no slot",
				"value - | %} | closes no tag",
				"value - | {% %} | empty tag",
				`value - | {% | no closing "%}"`,
				`tag - | {{#each items}} | never closed with "{{/each}}"`,
				"tag - | {{/if}} | closes no open block",
				"tag - | {% if a %}",
				`tag - | {% for b in c %} | never closed with "{% endfor %}"`,
				"tag - | {% endif %}",
				`value - | {{!-- open | comment with no closing "--}}"`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParseTemplate(t, tt.src, tt.f)
			var got []string
			for _, s := range d.Slots() {
				got = append(got, briefSlot(d, s))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Slots() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			checkSpans(t, d)
		})
	}
}

// TestTemplateProse: slots read as their stand-ins, tags and comments as space; every token
// still points into raw, a stand-in's at the whole slot and every other at its own text.
func TestTemplateProse(t *testing.T) {
	src := "Hi {{ first_name }},\n{% if late %}\nWe're sorry order #{{order_number}} arrived on {{ date }}, not {{ due }}.\n{% endif %}\nBest,\n{{ agent_name }}\n"
	d := mustParseTemplate(t, src, Text)
	var sents []string
	for _, s := range d.Sentences() {
		sents = append(sents, s.Text)
	}
	want := []string{"Hi Alex,", "We're sorry order #1042 arrived on Monday, not Acme.", "Best,", "Sam"}
	if !reflect.DeepEqual(sents, want) {
		t.Errorf("sentences = %q, want %q", sents, want)
	}
	if len(d.Blocks()) != 3 {
		t.Errorf("%d blocks, want 3: a tag alone on its line leaves a blank line", len(d.Blocks()))
	}
	for _, tok := range d.Tokens() {
		raw := d.Slice(tok.Span)
		switch tok.Text {
		case "#1042":
			if raw != "#{{order_number}}" {
				t.Errorf("stand-in %q spans %q, want the slot and the text it is joined to", tok.Text, raw)
			}
		case "Alex", "Monday", "Acme", "Sam":
			if !strings.HasPrefix(raw, "{{") || !strings.HasSuffix(raw, "}}") {
				t.Errorf("stand-in %q spans %q, want the whole slot", tok.Text, raw)
			}
		default:
			if raw != tok.Text {
				t.Errorf("token %q spans %q", tok.Text, raw)
			}
		}
	}
	arrived := strings.Index(src, "arrived")
	for _, tok := range d.Tokens() {
		if tok.Text == "arrived" && (tok.Span.Start != arrived || d.Position(tok.Span.Start) != (Position{3, 37, arrived})) {
			t.Errorf("arrived at %v %v, want offset %d, 3:37", tok.Span, d.Position(tok.Span.Start), arrived)
		}
	}
	if d.Words() != 13 {
		t.Errorf("Words() = %d, want 13", d.Words())
	}
	if !d.IsTemplate() {
		t.Error("IsTemplate() = false")
	}
	if dd := mustParse(t, src, Text); dd.IsTemplate() || dd.Slots() != nil || !strings.Contains(dd.Sentences()[0].Text, "{{") {
		t.Error("a draft parsed without the option is read as a template")
	}
}

func TestTemplatePath(t *testing.T) {
	tests := []struct {
		path     string
		template bool
		f        Format
	}{
		{"reply.tmpl", true, Text},
		{"reply.md.tmpl", true, Markdown},
		{"mail/reply.HTML.hbs", true, HTML},
		{"reply.liquid", true, Text},
		{"reply.markdown.j2", true, Markdown},
		{"reply.mustache", true, Text},
		{"reply.md", false, Markdown},
		{"reply.tmpl.md", false, Markdown},
		{"tmpl", false, Text},
	}
	for _, tt := range tests {
		if got := IsTemplatePath(tt.path); got != tt.template {
			t.Errorf("IsTemplatePath(%q) = %v, want %v", tt.path, got, tt.template)
		}
		if got := FormatOf(tt.path); got != tt.f {
			t.Errorf("FormatOf(%q) = %v, want %v", tt.path, got, tt.f)
		}
	}
}

// FuzzParseTemplate reads random bytes as a template in every format: no panic, every span
// inside raw and in order, positions growing with the offset, slots in order.
func FuzzParseTemplate(f *testing.F) {
	for _, s := range []string{
		"Hi {{ first_name }},\n{% if x %}\nSorry about {{order}}.{% endif %}\n{{!-- apologylint-disable x -- y --}}",
		"<p>Hi &lt;NAME&gt; {{ a&amp;b }} {{ x } ${} {%</p>",
		"{{#each}}{{/if}} [Customer Name] %NAME% <<x>> {y}} }} %} {# #} {% comment %}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []Format{Text, Markdown, HTML} {
			if format == HTML && bytes.IndexByte(data, '&') >= 0 {
				// checkTokenText reads only whole references, while decodeText also decodes
				// legacy ones ("&lt0;" is "<0;"): FuzzParse finds the same mismatch.
				continue
			}
			d, err := ParseWith("fuzz", data, format, Options{Template: true})
			if err != nil {
				continue
			}
			checkFuzzed(t, d, true)
			prev := 0
			for _, s := range d.Slots() {
				if s.Span.Start < 0 || s.Span.End > len(data) || s.Span.Start > s.Span.End {
					t.Fatalf("slot %v outside raw (len %d)\nraw: %q", s.Span, len(data), data)
				}
				if s.Span.Start < prev && s.Kind != TagSlot {
					t.Fatalf("slot %v before the previous one's start %d\nraw: %q", s.Span, prev, data)
				}
				prev = s.Span.Start
			}
		}
	})
}

// inStandIn reports whether span s overlaps a template slot read as a stand-in.
func inStandIn(d *Document, s Span) bool {
	for _, sl := range d.Slots() {
		if sl.StandIn != "" && sl.Span.Start < s.End && s.Start < sl.Span.End {
			return true
		}
	}
	return false
}
