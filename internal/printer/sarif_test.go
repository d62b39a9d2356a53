package printer

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// sarifSchemaFile is the OASIS SARIF 2.1.0 schema with errata 01, as published in
// github.com/oasis-tcs/sarif-spec (Schemata/sarif-schema-2.1.0.json).
var sarifSchemaFile = filepath.Join("testdata", "sarif-schema-2.1.0.json")

// compileSARIFSchema compiles the official schema with format assertions on, so that URIs and
// the like are checked too.
func compileSARIFSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	raw, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		tb.Fatalf("%s: %v", sarifSchemaFile, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchema, doc); err != nil {
		tb.Fatal(err)
	}
	sch, err := c.Compile(sarifSchema)
	if err != nil {
		tb.Fatalf("compile %s: %v", sarifSchemaFile, err)
	}
	return sch
}

// oddReport has what the shared fixture lacks: paths that need escaping, a rule missing from
// Report.Rules, a rule with no documentation, an empty span and a file with no source.
func oddReport() Report {
	return Report{
		Rules: []lint.Rule{{ID: "vague-apology", Severity: lint.Warning}},
		Files: []FileResult{
			{Path: "<stdin>", Source: []byte("Sorry!"), Findings: []lint.Finding{{
				Rule: "vague-apology", Severity: lint.Warning, Span: draft.Span{Start: 5, End: 5},
				Pos: draft.Position{Line: 1, Column: 6, Offset: 5}, End: draft.Position{Line: 1, Column: 6, Offset: 5},
				Message: "empty", Fix: &lint.Fix{Span: draft.Span{Start: 5, End: 5}, Text: " for the delay"},
			}}},
			{Path: "/tmp/a b/100%,x:y.md", Findings: []lint.Finding{{
				Rule: "unknown-rule", Severity: lint.Info, Scope: lint.ScopeDocument, Message: "m",
			}}},
			{Path: "a:b#c?.txt", Findings: []lint.Finding{}},
		},
		Errors: []FileError{{Path: "dir/ünï.txt", Message: "permission denied"}},
	}
}

func TestSARIFSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	tests := []struct {
		name string
		r    Report
	}{
		{"fixture", loadReport(t)},
		{"empty", Report{}},
		{"odd", oddReport()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, "sarif", Options{}, tt.r)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("sarif output is not JSON: %v", err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("sarif output does not match the SARIF 2.1.0 schema: %v\n%s", err, out)
			}
			if bytes.Contains(out, []byte("null")) {
				t.Errorf("sarif output has null:\n%s", out)
			}
			checkURIs(t, inst)
		})
	}
}

// uriReference matches the characters RFC 3986 allows in a URI reference, with every "%"
// starting an escape. The schema's uri-reference format is not checked under draft 4, and Go's
// URL parser would let a space through anyway.
var uriReference = regexp.MustCompile(`^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$`)

// checkURIs checks every "uri" value in a decoded SARIF log.
func checkURIs(t *testing.T, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "uri" && !uriReference.MatchString(s) {
				t.Errorf("uri %q is not a URI reference", s)
			}
			checkURIs(t, x)
		}
	case []any:
		for _, x := range v {
			checkURIs(t, x)
		}
	}
}

// TestSARIFSchemaRejects makes sure the schema test can fail: the schema is strict about
// unknown properties and about columnKind.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := compileSARIFSchema(t)
	out := string(render(t, "sarif", Options{}, loadReport(t)))
	for _, bad := range []struct{ from, to string }{
		{`"columnKind": "unicodeCodePoints"`, `"columnKind": "codePoints"`},
		{`"startLine": 3`, `"startLine": 0`},
		{`"ruleId"`, `"rule"`},
	} {
		broken := strings.Replace(out, bad.from, bad.to, 1)
		if broken == out {
			t.Fatalf("output lacks %s", bad.from)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("schema accepts output with %s replaced by %s", bad.from, bad.to)
		}
	}
}

// TestSARIFRegions reads every region back from the source on its own: its lines and code-point
// columns and its byte range must both pick out the finding's text.
func TestSARIFRegions(t *testing.T) {
	r := loadReport(t)
	var log sarifLog
	if err := json.Unmarshal(render(t, "sarif", Options{}, r), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	for i, rule := range run.Tool.Driver.Rules {
		if i > 0 && run.Tool.Driver.Rules[i-1].ID >= rule.ID {
			t.Errorf("driver.rules not sorted by ID: %s before %s", run.Tool.Driver.Rules[i-1].ID, rule.ID)
		}
	}
	var findings []lint.Finding
	sources := map[string][]byte{}
	for _, f := range r.Files {
		findings = append(findings, f.Findings...)
		sources[f.Path] = f.Source
	}
	if len(run.Results) != len(findings) {
		t.Fatalf("%d results, want %d", len(run.Results), len(findings))
	}
	for i, res := range run.Results {
		fd := findings[i]
		if res.RuleIndex == nil || run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex does not point at %s", i, res.RuleID)
		}
		loc := res.Locations[0].PhysicalLocation
		if fd.Scope == lint.ScopeDocument {
			if loc.Region != nil {
				t.Errorf("document finding %s has a region", fd.Rule)
			}
			continue
		}
		src := sources[loc.ArtifactLocation.URI]
		rg := loc.Region
		start := offsetOf(t, src, rg.StartLine, rg.StartColumn, true)
		end := offsetOf(t, src, rg.EndLine, rg.EndColumn, true)
		if start != fd.Span.Start || end != fd.Span.End {
			t.Errorf("%s: lines and columns %d:%d-%d:%d read back as bytes %d-%d, want %d-%d",
				fd.Rule, rg.StartLine, rg.StartColumn, rg.EndLine, rg.EndColumn, start, end, fd.Span.Start, fd.Span.End)
		}
		if rg.ByteOffset != fd.Span.Start || rg.ByteOffset+rg.ByteLength != fd.Span.End {
			t.Errorf("%s: byte range %d+%d, want %d-%d", fd.Rule, rg.ByteOffset, rg.ByteLength, fd.Span.Start, fd.Span.End)
		}
	}
}

// offsetOf turns a 1-based line and column back into a byte offset of src, counting the column in
// code points or in bytes. Lines break at "\n", "\r\n" and a lone "\r"; a byte order mark takes
// no column. It is written apart from the printers so that it checks them.
func offsetOf(t *testing.T, src []byte, line, col int, codePoints bool) int {
	t.Helper()
	starts := []int{0}
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		starts[0] = 3
	}
	for i, c := range src {
		if c == '\n' || c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			starts = append(starts, i+1)
		}
	}
	if line < 1 || line > len(starts) {
		t.Fatalf("line %d not in source (%d lines)", line, len(starts))
	}
	off := starts[line-1]
	if !codePoints {
		return off + col - 1
	}
	for range col - 1 {
		_, n := utf8.DecodeRune(src[off:])
		off += n
	}
	return off
}

func TestFileURI(t *testing.T) {
	tests := []struct{ path, want string }{
		{"drafts/outage.txt", "drafts/outage.txt"},
		{"drafts/a b.md", "drafts/a%20b.md"},
		{"<stdin>", "%3Cstdin%3E"},
		{"100%.txt", "100%25.txt"},
		{"x#y?.md", "x%23y%3F.md"},
		{"a:b.txt", "./a:b.txt"},
		{"crème/brûlée.txt", "cr%C3%A8me/br%C3%BBl%C3%A9e.txt"},
		{"/home/dana/reply.md", "file:///home/dana/reply.md"},
	}
	for _, tt := range tests {
		if got := fileURI(tt.path); got != tt.want {
			t.Errorf("fileURI(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestSARIFHelp(t *testing.T) {
	d := lint.Doc{Explain: "Name *what* went wrong.", Bad: "Hi <NAME>,\nsorry!", Good: "Hi Dana, sorry we lost [your] parcel."}
	wantText := "Name *what* went wrong.\n\nBad: Hi <NAME>,\nsorry!\n\nGood: Hi Dana, sorry we lost [your] parcel."
	wantMarkdown := "Name \\*what\\* went wrong.\n\n**Bad:**\n\n> Hi \\<NAME\\>,\n> sorry!\n\n**Good:**\n\n> Hi Dana, sorry we lost \\[your\\] parcel."
	if got := helpText(d); got != wantText {
		t.Errorf("helpText = %q, want %q", got, wantText)
	}
	if got := helpMarkdown(d); got != wantMarkdown {
		t.Errorf("helpMarkdown = %q, want %q", got, wantMarkdown)
	}
	if got := pascalCase("unfilled-placeholder"); got != "UnfilledPlaceholder" {
		t.Errorf("pascalCase(unfilled-placeholder) = %q, want UnfilledPlaceholder", got)
	}
}
