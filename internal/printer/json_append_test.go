package printer

import (
	"bytes"
	"encoding/json"
	"testing"
)

// encodingJSON is what encoding/json writes for v at prefix: the encoding appendJSONFile and
// appendJSONString must reproduce.
func encodingJSON(tb testing.TB, prefix string, v any) string {
	tb.Helper()
	b, err := encodeJSON(prefix, v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestAppendJSONFile(t *testing.T) {
	one, two := 1, 2
	finding := jsonFinding{Rule: "vague-apology", Severity: "warning", Scope: "phrase", Message: "say \"what\"\n\tat <b> & \u2028",
		Suggestion: "x\x00\x7f\xff", Line: &one, Column: &two, EndLine: &one, EndColumn: &two, Offset: &one, EndOffset: &two,
		Fix: &jsonFix{Offset: 3, EndOffset: 9, Text: "we're\\sorry"}}
	doc := jsonFinding{Rule: "missing-contact", Severity: "info", Scope: "document", Message: "no contact"}
	files := []jsonFile{
		{Path: "", Findings: []jsonFinding{}, Suppressed: []jsonSuppressed{}},
		{Path: "drafts/ä b.md", Findings: []jsonFinding{finding, doc}, Suppressed: []jsonSuppressed{}},
		{Path: "<stdin>", Findings: []jsonFinding{doc},
			Suppressed: []jsonSuppressed{{jsonFinding: finding, Reason: "quoted", DirectiveLine: 4}, {jsonFinding: doc}},
			Structure:  jsonStructure{{name: "acknowledge", Present: true, Line: 3}, {name: "remedy"}}},
		{Path: "x", Findings: []jsonFinding{}, Suppressed: []jsonSuppressed{}, Structure: jsonStructure{}},
	}
	for _, prefix := range []string{"", jsonIndent, "    \t"} {
		for i := range files {
			want := encodingJSON(t, prefix, files[i])
			if got := string(appendJSONFile(nil, prefix, &files[i])); got != want {
				t.Errorf("file %d, prefix %q:\n got %s\nwant %s", i, prefix, got, want)
			}
		}
	}
}

// FuzzAppendJSONString checks appendJSONString against encoding/json on any string.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\/", "\x00\x01\b\f\n\r\t\x1f\x7f", "<&>", "\u2028\u2029", "\xff\xed\xa0\x80é", "\ufffd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodingJSON(t, "", s)
		if got := string(appendJSONString(nil, s)); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
		jf := jsonFile{Path: s, Findings: []jsonFinding{{Rule: s, Message: s, Suggestion: s}}, Suppressed: []jsonSuppressed{{Reason: s}},
			Structure: jsonStructure{{name: s, Present: true, Line: len(s)}}}
		if got, want := appendJSONFile(nil, jsonIndent, &jf), encodingJSON(t, jsonIndent, jf); !bytes.Equal(got, []byte(want)) {
			t.Errorf("appendJSONFile with %q:\n got %s\nwant %s", s, got, want)
		}
		var back string
		if err := json.Unmarshal(appendJSONString(nil, s), &back); err != nil {
			t.Fatalf("appendJSONString(%q) is not JSON: %v", s, err)
		}
	})
}
