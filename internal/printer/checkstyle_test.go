package printer

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// checkstyleRead is how a CI reader sees the XML: attributes as strings, so that a missing line
// can be told from line 0.
type checkstyleRead struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     *string `xml:"line,attr"`
			Column   *string `xml:"column,attr"`
			Severity string  `xml:"severity,attr"`
			Message  string  `xml:"message,attr"`
			Source   string  `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

func TestCheckstyleRoundTrip(t *testing.T) {
	msg := "\"<NAME>\" & 'you'\tleft\nunfilled"
	r := Report{
		Files: []FileResult{
			{Path: "clean & tidy.md", Findings: []lint.Finding{}},
			{Path: "a.txt", Findings: []lint.Finding{
				{
					Rule: "unfilled-placeholder", Severity: lint.Error, Span: draft.Span{Start: 3, End: 9},
					Pos: draft.Position{Line: 1, Column: 4}, End: draft.Position{Line: 1, Column: 10}, Message: msg,
				},
				{Rule: "missing-contact", Severity: lint.Info, Scope: lint.ScopeDocument, Message: "no way to reach a person", Suggestion: "add a phone number"},
			}},
		},
		Errors: []FileError{{Path: "b.txt", Message: "2:7: invalid UTF-8 byte 0xFF"}},
	}
	out := render(t, "checkstyle", Options{}, r)
	if !strings.HasPrefix(string(out), `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("checkstyle output lacks the XML declaration:\n%s", out)
	}
	var got checkstyleRead
	if err := xml.Unmarshal(out, &got); err != nil {
		t.Fatalf("checkstyle output does not parse: %v\n%s", err, out)
	}
	if got.Version != "4.3" {
		t.Errorf("version = %q, want 4.3", got.Version)
	}
	var names []string
	for _, f := range got.Files {
		names = append(names, f.Name)
	}
	if strings.Join(names, "|") != "clean & tidy.md|a.txt|b.txt" {
		t.Fatalf("files = %q, want every file linted, then the unreadable one", names)
	}
	if n := len(got.Files[0].Errors); n != 0 {
		t.Errorf("clean file has %d errors, want 0", n)
	}
	span, doc := got.Files[1].Errors[0], got.Files[1].Errors[1]
	if span.Message != msg {
		t.Errorf("message = %q, want %q", span.Message, msg)
	}
	if span.Line == nil || *span.Line != "1" || span.Column == nil || *span.Column != "4" {
		t.Errorf("span finding line, column = %v, %v, want 1, 4", span.Line, span.Column)
	}
	if span.Severity != "error" || span.Source != "apologylint.unfilled-placeholder" {
		t.Errorf("span finding severity, source = %q, %q, want error, apologylint.unfilled-placeholder", span.Severity, span.Source)
	}
	if doc.Line != nil || doc.Column != nil {
		t.Errorf("document finding has line %v, column %v, want neither", doc.Line, doc.Column)
	}
	if doc.Severity != "info" || doc.Message != "no way to reach a person (suggestion: add a phone number)" {
		t.Errorf("document finding = %q %q", doc.Severity, doc.Message)
	}
	e := got.Files[2].Errors[0]
	if e.Line != nil || e.Severity != "error" || e.Source != "apologylint" || e.Message != "2:7: invalid UTF-8 byte 0xFF" {
		t.Errorf("unreadable file error = line %v, %q %q %q", e.Line, e.Severity, e.Source, e.Message)
	}
}

func TestCheckstyleEmpty(t *testing.T) {
	got := string(render(t, "checkstyle", Options{}, Report{}))
	want := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<checkstyle version="4.3"></checkstyle>` + "\n"
	if got != want {
		t.Errorf("empty checkstyle = %q, want %q", got, want)
	}
}
