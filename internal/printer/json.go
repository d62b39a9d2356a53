package printer

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/apologylint/apologylint/internal/lint"
)

// jsonVersion is the version of the JSON format. It changes only when a key is removed or its
// meaning changes; new keys may appear without a change of version.
const jsonVersion = 1

// The wire structs of the JSON format, documented in README.md. They are separate from the lint
// types so that refactoring the engine cannot change the output.
type (
	jsonReport struct {
		Version int         `json:"version"`
		Files   []jsonFile  `json:"files"`
		Errors  []jsonError `json:"errors"`
		Summary jsonSummary `json:"summary"`
	}

	jsonFile struct {
		Path       string           `json:"path"`
		Findings   []jsonFinding    `json:"findings"`
		Suppressed []jsonSuppressed `json:"suppressed"`
		Structure  jsonStructure    `json:"structure,omitempty"`
	}

	// jsonSuppressed is a finding an inline directive silenced: the finding's keys, the
	// directive's reason ("" when it gave none) and the line the directive is on.
	jsonSuppressed struct {
		jsonFinding
		Reason        string `json:"reason"`
		DirectiveLine int    `json:"directive_line"`
	}

	// jsonStructure keeps the check-list's order, which a map would lose.
	jsonStructure []jsonPart

	jsonPart struct {
		name    string
		Present bool `json:"present"`
		Line    int  `json:"line,omitempty"`
	}

	jsonFinding struct {
		Rule       string `json:"rule"`
		Severity   string `json:"severity"`
		Scope      string `json:"scope"`
		Message    string `json:"message"`
		Suggestion string `json:"suggestion,omitempty"`
		// The position keys are nil for document findings, which carry none. They are
		// pointers because 0 is a valid offset.
		Line      *int     `json:"line,omitempty"`
		Column    *int     `json:"column,omitempty"`
		EndLine   *int     `json:"end_line,omitempty"`
		EndColumn *int     `json:"end_column,omitempty"`
		Offset    *int     `json:"offset,omitempty"`
		EndOffset *int     `json:"end_offset,omitempty"`
		Fix       *jsonFix `json:"fix,omitempty"`
	}

	jsonFix struct {
		Offset    int    `json:"offset"`
		EndOffset int    `json:"end_offset"`
		Text      string `json:"text"`
	}

	jsonError struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	}

	jsonSummary struct {
		Files      int `json:"files"`
		Findings   int `json:"findings"`
		Suppressed int `json:"suppressed"`
		Errors     int `json:"errors"`
	}
)

// printJSON writes the report as one indented JSON document followed by a newline.
func printJSON(w io.Writer, r Report) error {
	s := summarize(r)
	out := jsonReport{
		Version: jsonVersion,
		Files:   make([]jsonFile, 0, len(r.Files)),
		Errors:  make([]jsonError, 0, len(r.Errors)),
		Summary: jsonSummary{Files: s.files, Findings: s.findings, Suppressed: s.suppressed, Errors: s.errors},
	}
	for _, f := range r.Files {
		jf := jsonFile{
			Path:       f.Path,
			Findings:   make([]jsonFinding, 0, len(f.Findings)),
			Suppressed: make([]jsonSuppressed, 0, len(f.Suppressed)),
		}
		for _, fd := range f.Findings {
			jf.Findings = append(jf.Findings, toJSONFinding(fd))
		}
		for _, sp := range f.Suppressed {
			jf.Suppressed = append(jf.Suppressed, jsonSuppressed{
				jsonFinding:   toJSONFinding(sp.Finding),
				Reason:        sp.Reason,
				DirectiveLine: sp.Directive.Line,
			})
		}
		for _, p := range f.Structure {
			jf.Structure = append(jf.Structure, jsonPart{name: p.Name, Present: p.Present, Line: p.Line})
		}
		out.Files = append(out.Files, jf)
	}
	for _, e := range r.Errors {
		out.Errors = append(out.Errors, jsonError(e))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // "<stdin>" reads better than "\u003cstdin\u003e"
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func toJSONFinding(f lint.Finding) jsonFinding {
	jf := jsonFinding{
		Rule:       f.Rule,
		Severity:   f.Severity.String(),
		Scope:      f.Scope.String(),
		Message:    f.Message,
		Suggestion: f.Suggestion,
	}
	if f.Scope != lint.ScopeDocument {
		jf.Line, jf.Column = &f.Pos.Line, &f.Pos.Column
		jf.EndLine, jf.EndColumn = &f.End.Line, &f.End.Column
		jf.Offset, jf.EndOffset = &f.Span.Start, &f.Span.End
	}
	if f.Fix != nil {
		jf.Fix = &jsonFix{Offset: f.Fix.Span.Start, EndOffset: f.Fix.Span.End, Text: f.Fix.Text}
	}
	return jf
}

// MarshalJSON writes the check-list as an object keyed by part name, in check-list order:
// {"acknowledge": {"present": true, "line": 3}, ...}.
func (s jsonStructure) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(p.name)
		if err != nil {
			return nil, err
		}
		val, err := json.Marshal(p)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads the check-list back in the order it was written, so the format round-trips.
func (s *jsonStructure) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // {
		return err
	}
	*s = (*s)[:0]
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		name, _ := tok.(string)
		p := jsonPart{name: name}
		if err := dec.Decode(&p); err != nil {
			return err
		}
		*s = append(*s, p)
	}
	_, err := dec.Token() // }
	return err
}
