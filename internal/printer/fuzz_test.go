package printer

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// FuzzPrinters prints a report whose text (path, rule ID, message, suggestion, fix, error
// message, source) is any string at all, in every format, and checks that each output is what
// its readers parse: json and rdjson are JSON with every finding, sarif is valid against the
// SARIF 2.1.0 schema with one result per finding, checkstyle is XML with one error per finding,
// github is one workflow command per finding and error, and text does not fail. Where the format
// can carry the text exactly (valid UTF-8; for XML, characters XML allows) it must come back
// unchanged.
func FuzzPrinters(f *testing.F) {
	f.Add("drafts/reply.md", "vague-apology", "Sorry for any inconvenience is vague.", "Say what went wrong.",
		"for the delay", "open x: permission denied", []byte("Sorry for any inconvenience.\n"), uint16(0), uint16(5))
	f.Add("<stdin>", "a:b,c", "50% \"off\"\r\n::error::x]]>&amp;<", "\x00\x1b[31m\u2028", "", "2:7: invalid UTF-8 byte 0xFF",
		[]byte("\uFEFFa\tb\r\nc\xff"), uint16(3), uint16(40))
	f.Add("/tmp/a b/100%,x:y.md", "", "", "", "\n", "", []byte(nil), uint16(9), uint16(1))
	f.Add("C:\\x\\y.txt", "r\x00", "caf\xe9", "\xed\xa0\x80", "]]>", "--", []byte("\r\r\n\n"), uint16(1), uint16(2))
	schema := compileSARIFSchema(f)
	f.Fuzz(func(t *testing.T, path, rule, message, suggestion, fix, errMsg string, source []byte, start, end uint16) {
		r, nFindings := fuzzReport(path, rule, message, suggestion, fix, errMsg, source, int(start), int(end))
		for _, format := range Formats() {
			p, err := New(format, Options{Color: format == "text"})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := p(&buf, r); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := buf.Bytes()
			switch format {
			case "json":
				checkFuzzJSON(t, out, message, nFindings)
			case "rdjson":
				checkFuzzRDJSON(t, out, message, nFindings+1)
			case "sarif":
				checkFuzzSARIF(t, schema, out, nFindings)
			case "checkstyle":
				checkFuzzCheckstyle(t, out, message, nFindings)
			case "github":
				checkFuzzGitHub(t, out, path, message, nFindings+1)
			}
		}
	})
}

// fuzzReport builds a report of two files: one with a span finding, a document finding and a
// suppressed finding; and one file that could not be linted. It returns the report and its number
// of findings. The span is [start, end) of source, put in order and inside source, as the engine
// makes them.
func fuzzReport(path, rule, message, suggestion, fix, errMsg string, source []byte, start, end int) (Report, int) {
	start, end = min(start, end, len(source)), min(max(start, end), len(source))
	span := draft.Span{Start: start, End: end}
	pos, endPos := draft.Position{Line: 1, Column: start + 1, Offset: start}, draft.Position{Line: 1, Column: end + 1, Offset: end}
	if d, err := draft.Parse(path, source, draft.Text); err == nil {
		pos, endPos = d.Position(start), d.Position(end)
	}
	finding := lint.Finding{
		Rule: rule, Severity: lint.Warning, Span: span, Pos: pos, End: endPos,
		Message: message, Suggestion: suggestion, Fix: &lint.Fix{Span: span, Text: fix},
	}
	doc := lint.Finding{Rule: rule, Severity: lint.Info, Scope: lint.ScopeDocument, Message: message}
	return Report{
		Tool:    "apologylint",
		Version: rule,
		Rules:   []lint.Rule{{ID: rule, Severity: lint.Error, Doc: lint.Doc{Summary: message, Explain: suggestion, Bad: fix, Good: errMsg}}},
		Files: []FileResult{{
			Path:       path,
			Source:     source,
			Findings:   []lint.Finding{finding, doc},
			Structure:  []Part{{Name: rule, Present: true, Line: 1}, {Name: message}},
			Suppressed: []lint.Suppressed{{Finding: finding, Reason: errMsg, Directive: draft.Directive{Line: 1}}},
		}},
		Errors: []FileError{{Path: path, Message: errMsg}},
	}, 2
}

func checkFuzzJSON(t *testing.T, out []byte, message string, findings int) {
	t.Helper()
	var got struct {
		Files []struct {
			Findings []struct {
				Message string `json:"message"`
			} `json:"findings"`
			Suppressed []json.RawMessage `json:"suppressed"`
			Structure  jsonStructure     `json:"structure"`
		} `json:"files"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("json output does not parse: %v\n%s", err, out)
	}
	if len(got.Files) != 1 || len(got.Files[0].Findings) != findings || len(got.Files[0].Suppressed) != 1 ||
		len(got.Files[0].Structure) != 2 || len(got.Errors) != 1 {
		t.Fatalf("json output lost findings, parts or errors:\n%s", out)
	}
	if utf8.ValidString(message) && got.Files[0].Findings[0].Message != message {
		t.Fatalf("json message = %q, want %q", got.Files[0].Findings[0].Message, message)
	}
}

func checkFuzzRDJSON(t *testing.T, out []byte, message string, diagnostics int) {
	t.Helper()
	var got rdjsonResult
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("rdjson output does not parse: %v\n%s", err, out)
	}
	if len(got.Diagnostics) != diagnostics {
		t.Fatalf("rdjson has %d diagnostics, want %d:\n%s", len(got.Diagnostics), diagnostics, out)
	}
	if utf8.ValidString(message) && !strings.HasPrefix(got.Diagnostics[0].Message, message) {
		t.Fatalf("rdjson message = %q, want it to start with %q", got.Diagnostics[0].Message, message)
	}
	for _, d := range got.Diagnostics {
		if rg := d.Location.Range; rg != nil && (rg.Start.Line < 1 || rg.End.Line < rg.Start.Line) {
			t.Fatalf("rdjson range %+v is not a range of lines:\n%s", *rg, out)
		}
	}
}

func checkFuzzSARIF(t *testing.T, schema *jsonschema.Schema, out []byte, results int) {
	t.Helper()
	var got sarifLog
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("sarif output does not parse: %v\n%s", err, out)
	}
	if len(got.Runs) != 1 || len(got.Runs[0].Results) != results {
		t.Fatalf("sarif output does not have one run of %d results:\n%s", results, out)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("sarif output is not valid SARIF 2.1.0: %v\n%s", err, out)
	}
}

func checkFuzzCheckstyle(t *testing.T, out []byte, message string, findings int) {
	t.Helper()
	var got checkstyleRead
	if err := xml.Unmarshal(out, &got); err != nil {
		t.Fatalf("checkstyle output does not parse: %v\n%s", err, out)
	}
	if len(got.Files) != 2 || len(got.Files[0].Errors) != findings || len(got.Files[1].Errors) != 1 {
		t.Fatalf("checkstyle output lost findings or errors:\n%s", out)
	}
	if xmlText(message) && got.Files[0].Errors[1].Message != message {
		t.Fatalf("checkstyle message = %q, want %q", got.Files[0].Errors[1].Message, message)
	}
}

// xmlText reports whether s is made only of characters XML 1.0 documents may hold.
func xmlText(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0xFFFE {
			return false
		}
	}
	return true
}

func checkFuzzGitHub(t *testing.T, out []byte, path, message string, commands int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != commands {
		t.Fatalf("github output has %d lines, want one command for each of %d findings and errors:\n%q", len(lines), commands, out)
	}
	_, props, got := parseGitHubCommand(t, lines[1]) // the document finding: message alone
	if got != message || props["file"] != path {
		t.Fatalf("github command %q reads file %q, message %q; want %q, %q", lines[1], props["file"], got, path, message)
	}
	if _, props, _ := parseGitHubCommand(t, lines[0]); props["line"] != "" {
		if _, err := strconv.Atoi(props["line"]); err != nil {
			t.Fatalf("github command %q: line %q is not a number", lines[0], props["line"])
		}
	}
	parseGitHubCommand(t, lines[2])
}
