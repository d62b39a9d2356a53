package printer

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// suppressedReport lints a draft whose directives silence two findings of a stand-in rule.
func suppressedReport(t *testing.T) Report {
	t.Helper()
	src := "Hi Dana,\napologylint: disable-next-line oops -- legal asked us\nOops.\n\n" +
		"apologylint: disable-file whole -- a form letter\nOops again.\n"
	d, err := draft.Parse("drafts/reply.txt", []byte(src), draft.Text)
	if err != nil {
		t.Fatal(err)
	}
	oops := lint.Rule{ID: "oops", Scope: lint.ScopeSpan, Severity: lint.Warning, Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, tk := range p.Doc.Tokens() {
			if tk.Norm == "oops" {
				out = append(out, lint.Finding{Span: tk.Span, Message: "oops"})
			}
		}
		return out
	}}
	whole := lint.Rule{ID: "whole", Scope: lint.ScopeDocument, Severity: lint.Info, Check: func(*lint.Pass) []lint.Finding {
		return []lint.Finding{{Message: "whole"}}
	}}
	l, err := lint.New([]lint.Rule{oops, whole})
	if err != nil {
		t.Fatal(err)
	}
	res := l.Check(d)
	return Report{Tool: "apologylint", Files: []FileResult{
		{Path: "drafts/clean.txt", Findings: []lint.Finding{}},
		{Path: "drafts/reply.txt", Findings: res.Findings, Suppressed: res.Suppressed, Source: []byte(src)},
	}}
}

func TestJSONSuppressed(t *testing.T) {
	var doc struct {
		Files []struct {
			Path       string           `json:"path"`
			Suppressed []map[string]any `json:"suppressed"`
		} `json:"files"`
		Summary map[string]int `json:"summary"`
	}
	out := render(t, "json", Options{}, suppressedReport(t))
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Files) != 2 || doc.Files[0].Suppressed == nil || len(doc.Files[0].Suppressed) != 0 {
		t.Fatalf("files = %+v, want the clean file with \"suppressed\": []", doc.Files)
	}
	var got []string
	for _, s := range doc.Files[1].Suppressed {
		line, _ := s["line"].(float64)
		got = append(got, strings.Join([]string{
			s["rule"].(string), s["scope"].(string), s["reason"].(string),
		}, " ")+" line="+jsonNumber(line)+" directive_line="+jsonNumber(s["directive_line"].(float64)))
	}
	want := []string{
		"oops span legal asked us line=3 directive_line=2",
		"whole document a form letter line=0 directive_line=5",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("suppressed = %q, want %q", got, want)
	}
	if doc.Summary["suppressed"] != 2 || doc.Summary["findings"] != 1 {
		t.Errorf("summary = %v, want 1 finding and 2 suppressed", doc.Summary)
	}
}

func jsonNumber(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

func TestTextSuppressed(t *testing.T) {
	out := string(render(t, "text", Options{}, suppressedReport(t)))
	if !strings.HasSuffix(out, "1 problem (0 errors, 1 warning, 0 infos) in 1 file (2 suppressed)\n") {
		t.Errorf("text output ends\n%s\nwant the summary to count 2 suppressed", out)
	}
	if strings.Count(out, "warning oops") != 1 || strings.Contains(out, "reply.txt:3:") {
		t.Errorf("text output shows a suppressed finding:\n%s", out)
	}
	tests := []struct {
		s    summary
		want string
	}{
		{summary{files: 1, suppressed: 3}, "no problems in 1 file (3 suppressed)"},
		{summary{files: 2, errors: 1, suppressed: 1}, "no problems in 2 files (1 suppressed); 1 file could not be linted"},
		{summary{files: 1}, "no problems in 1 file"},
	}
	for _, tt := range tests {
		if got := summaryLine(tt.s); got != tt.want {
			t.Errorf("summaryLine(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
