package printer

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// The DiagnosticResult message of reviewdog's proto/rdf/reviewdog.proto, written out from the
// proto rather than from the printer. reviewdog reads rdjson with protojson, which rejects
// unknown fields; decoding with DisallowUnknownFields does the same.
type (
	rdfResult struct {
		Diagnostics []rdfDiagnostic `json:"diagnostics"`
		Source      *rdfSource      `json:"source"`
		Severity    string          `json:"severity"`
	}
	rdfDiagnostic struct {
		Message        string          `json:"message"`
		Location       *rdfLocation    `json:"location"`
		Severity       string          `json:"severity"`
		Source         *rdfSource      `json:"source"`
		Code           *rdfCode        `json:"code"`
		Suggestions    []rdfSuggestion `json:"suggestions"`
		OriginalOutput string          `json:"original_output"`
	}
	rdfLocation struct {
		Path  string    `json:"path"`
		Range *rdfRange `json:"range"`
	}
	rdfRange struct {
		Start *rdfPosition `json:"start"`
		End   *rdfPosition `json:"end"`
	}
	rdfPosition struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	rdfSource struct {
		Name string `json:"name"`
		URL  string `json:"url"`
	}
	rdfCode struct {
		Value string `json:"value"`
		URL   string `json:"url"`
	}
	rdfSuggestion struct {
		Range *rdfRange `json:"range"`
		Text  string    `json:"text"`
	}
)

func decodeRDF(t *testing.T, out []byte) rdfResult {
	t.Helper()
	var res rdfResult
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("rdjson output is not a DiagnosticResult: %v\n%s", err, out)
	}
	return res
}

// TestRDJSONRanges reads every range back from the source with byte columns: it must pick out
// the finding's span, and a suggestion's range the fix's.
func TestRDJSONRanges(t *testing.T) {
	r := loadReport(t)
	res := decodeRDF(t, render(t, "rdjson", Options{}, r))
	if res.Source == nil || res.Source.Name != "apologylint" {
		t.Errorf("source = %+v, want apologylint", res.Source)
	}
	i := 0
	for _, f := range r.Files {
		for _, fd := range f.Findings {
			d := res.Diagnostics[i]
			i++
			if d.Code == nil || d.Code.Value != fd.Rule || d.Location.Path != f.Path {
				t.Errorf("diagnostic %d = %+v, want %s in %s", i, d, fd.Rule, f.Path)
				continue
			}
			if fd.Scope == lint.ScopeDocument {
				if d.Location.Range != nil {
					t.Errorf("document finding %s has a range", fd.Rule)
				}
				continue
			}
			rg := d.Location.Range
			start := offsetOf(t, f.Source, rg.Start.Line, rg.Start.Column, false)
			end := offsetOf(t, f.Source, rg.End.Line, rg.End.Column, false)
			if start != fd.Span.Start || end != fd.Span.End {
				t.Errorf("%s: range %d:%d-%d:%d reads back as bytes %d-%d, want %d-%d",
					fd.Rule, rg.Start.Line, rg.Start.Column, rg.End.Line, rg.End.Column, start, end, fd.Span.Start, fd.Span.End)
			}
			if rg.Start.Line != fd.Pos.Line || rg.End.Line != fd.End.Line {
				t.Errorf("%s: lines %d-%d, want %d-%d", fd.Rule, rg.Start.Line, rg.End.Line, fd.Pos.Line, fd.End.Line)
			}
			if fd.Fix == nil {
				if len(d.Suggestions) != 0 {
					t.Errorf("%s: suggestions without a fix", fd.Rule)
				}
				continue
			}
			if len(d.Suggestions) != 1 {
				t.Fatalf("%s: %d suggestions, want 1", fd.Rule, len(d.Suggestions))
			}
			s := d.Suggestions[0]
			fs := offsetOf(t, f.Source, s.Range.Start.Line, s.Range.Start.Column, false)
			fe := offsetOf(t, f.Source, s.Range.End.Line, s.Range.End.Column, false)
			if fs != fd.Fix.Span.Start || fe != fd.Fix.Span.End || s.Text != fd.Fix.Text {
				t.Errorf("%s: suggestion bytes %d-%d %q, want %d-%d %q", fd.Rule, fs, fe, s.Text, fd.Fix.Span.Start, fd.Fix.Span.End, fd.Fix.Text)
			}
		}
	}
	if len(res.Diagnostics) != i+len(r.Errors) {
		t.Errorf("%d diagnostics, want %d findings and %d errors", len(res.Diagnostics), i, len(r.Errors))
	}
	for _, d := range res.Diagnostics[i:] {
		if d.Severity != "ERROR" || d.Location.Range != nil || d.Code != nil {
			t.Errorf("unreadable file diagnostic = %+v, want an ERROR with a path only", d)
		}
	}
}

// TestBytePosition follows the examples of reviewdog's proto: columns count UTF-8 bytes.
func TestBytePosition(t *testing.T) {
	tests := []struct {
		src        string
		off        int
		line, col  int
		whatIsThat string
	}{
		{"a𐐀b", 0, 1, 1, "a"},
		{"a𐐀b", 1, 1, 2, "𐐀"},
		{"a𐐀b", 5, 1, 6, "b after a 4-byte character"},
		{"haya14busa", 6, 1, 7, "end of 14, exclusive"},
		{"ab\r\ncd", 2, 1, 3, "the CR ends line 1"},
		{"ab\r\ncd", 3, 1, 4, "the LF after CR is still line 1"},
		{"ab\r\ncd", 4, 2, 1, "after CRLF"},
		{"ab\rcd", 3, 2, 1, "after a lone CR"},
		{"ab\n", 3, 2, 1, "end of file after a line break"},
		{"\xEF\xBB\xBFhi", 4, 1, 2, "byte order mark takes no column"},
	}
	for _, tt := range tests {
		got := bytePosition(draft.NewLines([]byte(tt.src)), tt.off)
		if got.Line != tt.line || got.Column != tt.col {
			t.Errorf("bytePosition(%q, %d) = %d:%d, want %d:%d (%s)", tt.src, tt.off, got.Line, got.Column, tt.line, tt.col, tt.whatIsThat)
		}
	}
}

func TestRDJSONWithoutSource(t *testing.T) {
	r := Report{Files: []FileResult{{Path: "a.txt", Findings: []lint.Finding{{
		Rule: "excuse", Severity: lint.Warning, Span: draft.Span{Start: 4, End: 9},
		Pos: draft.Position{Line: 2, Column: 1}, End: draft.Position{Line: 3, Column: 2}, Message: "m",
		Fix: &lint.Fix{Span: draft.Span{Start: 4, End: 9}, Text: "x"},
	}}}}}
	res := decodeRDF(t, render(t, "rdjson", Options{}, r))
	d := res.Diagnostics[0]
	rg := d.Location.Range
	if rg == nil || rg.Start.Line != 2 || rg.Start.Column != 0 || rg.End.Line != 3 || rg.End.Column != 0 {
		t.Errorf("range without source = %+v, want lines 2-3 without columns", rg)
	}
	if len(d.Suggestions) != 0 {
		t.Errorf("suggestions without source = %+v, want none", d.Suggestions)
	}
}

func TestEmptyLists(t *testing.T) {
	tests := []struct {
		format string
		want   []string
	}{
		{"sarif", []string{`"rules": []`, `"results": []`}},
		{"rdjson", []string{`"diagnostics": []`}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got := string(render(t, tt.format, Options{}, Report{}))
			if strings.Contains(got, "null") {
				t.Errorf("output has null:\n%s", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %s:\n%s", w, got)
				}
			}
		})
	}
}
