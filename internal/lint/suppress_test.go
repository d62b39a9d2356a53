package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// wordRule reports every token spelled word (case-insensitively), as rule id.
func wordRule(id, word string) Rule {
	return Rule{ID: id, Scope: ScopeSpan, Severity: Warning, Check: func(p *Pass) []Finding {
		var out []Finding
		for _, tk := range p.Doc.Tokens() {
			if tk.Norm == word {
				out = append(out, Finding{Span: tk.Span, Message: word})
			}
		}
		return out
	}}
}

// docRule reports one document finding, as rule id.
func docRule(id string) Rule {
	return fixed(id, ScopeDocument, Info, Finding{Message: "whole"})
}

// auditRule reports, for every directive, what the engine made of it, so the table below can
// check Suppressions through the findings of an audit rule.
var auditRule = Rule{ID: "audit", Scope: ScopeSpan, Severity: Info, Audit: true, Check: func(p *Pass) []Finding {
	var out []Finding
	for _, s := range p.Suppressions() {
		msg := fmt.Sprintf("%s silenced=%d", s.Directive.Kind, s.Silenced)
		if len(s.Unknown) > 0 {
			msg += fmt.Sprintf(" unknown=%s", strings.Join(s.Unknown, ","))
		}
		if len(s.Unsuppressible) > 0 {
			msg += fmt.Sprintf(" unsuppressible=%s", strings.Join(s.Unsuppressible, ","))
		}
		if len(s.Unused) > 0 {
			msg += fmt.Sprintf(" unused=%s", strings.Join(s.Unused, ","))
		}
		if s.Idle {
			msg += " idle"
		}
		out = append(out, Finding{Span: s.Directive.Span, Message: msg})
	}
	return out
}}

// lineBrief shows a finding as "rule@line message"; a document finding as "rule message".
func lineBrief(f Finding) string {
	if f.Scope == ScopeDocument {
		return f.Rule + " " + f.Message
	}
	return fmt.Sprintf("%s@%d %s", f.Rule, f.Pos.Line, f.Message)
}

func TestSuppress(t *testing.T) {
	tests := []struct {
		name       string
		f          draft.Format
		src        string
		findings   []string // lineBrief of the findings left, audit findings included
		suppressed []string // "rule@line reason"
	}{
		{
			name: "next line, text",
			f:    draft.Text,
			src:  "Oops here.\napologylint: disable-next-line oops -- legal asked\nOops there. Oops again.\nOops.\n",
			findings: []string{
				"oops@1 oops",
				"audit@2 disable-next-line silenced=2",
				"oops@4 oops",
				"whole whole",
			},
			suppressed: []string{"oops@3 legal asked"},
		},
		{
			name: "next line, markdown and html",
			f:    draft.Markdown,
			src: "Oops. <!-- apologylint-disable-next-line oops -- one -->\nOops.\n\n" +
				"<!-- apologylint-disable-next-line oops,whole -- two -->\n\nOops.\n",
			findings: []string{
				"oops@1 oops",
				"audit@1 disable-next-line silenced=1",
				"audit@4 disable-next-line silenced=0 unused=oops,whole",
				"oops@6 oops",
				"whole whole",
			},
			suppressed: []string{"oops@2 one"},
		},
		{
			name: "region, html",
			f:    draft.HTML,
			src: "<p>Oops.</p>\n<!-- apologylint-disable oops, other -- quoted complaint -->\n<p>Oops. Ugh.</p>\n" +
				"<p>Oops <!-- apologylint-enable oops --> oops. Ugh.</p>\n<!-- apologylint-enable -->\n<p>Ugh. Oops.</p>\n",
			findings: []string{
				"oops@1 oops",
				"audit@2 disable silenced=2",
				"ugh@3 ugh",
				"audit@4 enable silenced=0",
				"oops@4 oops",
				"ugh@4 ugh",
				"audit@5 enable silenced=0",
				"ugh@6 ugh",
				"oops@6 oops",
				"whole whole",
			},
			// "other" is not run, so nothing says it would have fired: it is not unused.
			suppressed: []string{"oops@3 quoted complaint", "oops@4 quoted complaint"},
		},
		{
			name: "region of every rule, to the end",
			f:    draft.Text,
			src:  "Oops.\napologylint: disable -- all of it\nOops. Ugh.\n\nOops.\n",
			findings: []string{
				"oops@1 oops",
				"audit@2 disable silenced=3",
				"whole whole",
			},
			suppressed: []string{"oops@3 all of it", "ugh@3 all of it", "oops@5 all of it"},
		},
		{
			name: "file, document findings too",
			f:    draft.Markdown,
			src:  "Oops. Ugh.\n\n<!-- apologylint-disable-file whole, oops -- a form letter -->\n\nOops.\n",
			findings: []string{
				"ugh@1 ugh",
				"audit@3 disable-file silenced=3",
			},
			suppressed: []string{"oops@1 a form letter", "oops@5 a form letter", "whole a form letter"},
		},
		{
			name:     "document findings only by file",
			f:        draft.Text,
			src:      "apologylint: disable -- everything\nFine.\napologylint: disable-next-line whole -- no\nFine.\n",
			findings: []string{"audit@1 disable silenced=0 idle", "audit@3 disable-next-line silenced=0 unused=whole", "whole whole"},
		},
		{
			name: "the closest directive takes the credit",
			f:    draft.Text,
			src: "apologylint: disable-file oops -- file\napologylint: disable oops -- region\n" +
				"apologylint: disable-next-line oops -- line\nOops.\nOops.\n",
			findings: []string{
				"audit@1 disable-file silenced=0 unused=oops",
				"audit@2 disable silenced=1",
				"audit@3 disable-next-line silenced=1",
				"whole whole",
			},
			suppressed: []string{"oops@4 line", "oops@5 region"},
		},
		{
			name: "no reason still suppresses",
			f:    draft.Text,
			src:  "apologylint: disable-next-line oops\nOops.\n",
			findings: []string{
				"audit@1 disable-next-line silenced=1",
				"whole whole",
			},
			suppressed: []string{"oops@2 "},
		},
		{
			name: "unknown, unsuppressible, not run, unknown kind",
			f:    draft.Text,
			src: "apologylint: disable-next-line Oops_x, audit, never-run -- r\nOops.\n" +
				"apologylint: disable-line oops -- r\nOops.\napologylint: enable oops\n",
			findings: []string{
				"audit@1 disable-next-line silenced=0 unknown=Oops_x unsuppressible=audit",
				"oops@2 oops",
				"audit@3 unknown silenced=0",
				"oops@4 oops",
				"audit@5 enable silenced=0 unused=oops",
				"whole whole",
			},
		},
		{
			name: "template comment",
			f:    draft.Text,
			src:  "Hi {{ name }},\n{{!-- apologylint-disable-next-line oops -- in the template --}}\nOops.\n",
			findings: []string{
				"audit@2 disable-next-line silenced=1",
				"whole whole",
			},
			suppressed: []string{"oops@3 in the template"},
		},
	}
	l := newLinter(t, wordRule("oops", "oops"), wordRule("ugh", "ugh"), docRule("whole"), auditRule)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := draft.ParseWith("draft", []byte(tt.src), tt.f, draft.Options{Template: strings.Contains(tt.src, "{{")})
			if err != nil {
				t.Fatal(err)
			}
			r := l.Check(d)
			var got, gotSupp []string
			for _, f := range r.Findings {
				got = append(got, lineBrief(f))
			}
			for _, s := range r.Suppressed {
				b := lineBrief(s.Finding)
				b = strings.TrimSuffix(b, " "+s.Finding.Message)
				gotSupp = append(gotSupp, b+" "+s.Reason)
			}
			if !reflect.DeepEqual(got, tt.findings) {
				t.Errorf("Findings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.findings, "\n"))
			}
			if !reflect.DeepEqual(gotSupp, tt.suppressed) {
				t.Errorf("Suppressed =\n%s\nwant\n%s", strings.Join(gotSupp, "\n"), strings.Join(tt.suppressed, "\n"))
			}
		})
	}
}

// TestSuppressKnown: with the IDs of every rule given, a typo is unknown; without, any kebab-case
// ID might be a rule that is not running, and is left alone.
func TestSuppressKnown(t *testing.T) {
	src := "apologylint: disable-next-line oosp, ugh -- typo\nOops. Ugh.\n"
	d := parse(t, src, draft.Text)
	rules := []Rule{wordRule("oops", "oops"), auditRule}
	for _, tt := range []struct {
		known []string
		want  string
	}{
		{nil, "disable-next-line silenced=0"},
		{[]string{"oops", "ugh", "audit"}, "disable-next-line silenced=0 unknown=oosp"},
	} {
		l, err := NewWith(rules, Options{Known: tt.known})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, f := range l.Lint(d) {
			if f.Rule == "audit" {
				got = f.Message
			}
		}
		if got != tt.want {
			t.Errorf("Known %q: audit = %q, want %q", tt.known, got, tt.want)
		}
	}
}

// TestSuppressWithoutAudit: the audit rules are optional; suppression works without them, and
// other rules never see Suppressions.
func TestSuppressWithoutAudit(t *testing.T) {
	d := parse(t, "apologylint: disable-next-line oops -- r\nOops.\n", draft.Text)
	var seen []Suppression
	peek := Rule{ID: "peek", Scope: ScopeSpan, Severity: Info, Check: func(p *Pass) []Finding {
		seen = p.Suppressions()
		return nil
	}}
	r := newLinter(t, wordRule("oops", "oops"), peek).Check(d)
	if len(r.Findings) != 0 || len(r.Suppressed) != 1 {
		t.Errorf("Check = %d findings, %d suppressed, want 0 and 1", len(r.Findings), len(r.Suppressed))
	}
	if seen != nil {
		t.Errorf("an ordinary rule saw Suppressions %v, want nil", seen)
	}
	if s := r.Suppressed[0]; s.Directive.Line != 1 || s.Finding.Rule != "oops" || s.Finding.Pos.Line != 2 {
		t.Errorf("Suppressed[0] = %+v, want oops on line 2 by the directive on line 1", s)
	}
}
