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

// jsonStream writes the report as one indented JSON document followed by a newline: the head,
// each file as it comes, then the errors and the summary.
type jsonStream struct {
	ew    *errWriter
	files jsonList
	sum   summary
	buf   []byte // the last file's element, reused
}

func newJSON(w io.Writer, _ Options) Stream {
	ew := &errWriter{w: w}
	return &jsonStream{ew: ew, files: jsonList{ew: ew, indent: jsonIndent}}
}

// Begin writes the document up to the list of files.
func (s *jsonStream) Begin(Meta) error {
	head, _, err := splitFrame(s.frame(nil), "files")
	s.ew.fail(err)
	s.ew.write(head)
	return s.ew.err
}

// File writes one element of the list of files.
func (s *jsonStream) File(f FileResult) error {
	s.sum.add(f)
	jf := toJSONFile(f)
	s.buf = appendJSONFile(s.buf[:0], s.files.prefix(), &jf)
	s.files.addEncoded(s.buf)
	return s.ew.err
}

// End closes the list of files and writes the rest of the document.
func (s *jsonStream) End(errs []FileError) error {
	s.files.close()
	s.sum.errors = len(errs)
	_, tail, err := splitFrame(s.frame(errs), "files")
	s.ew.fail(err)
	s.ew.write(tail)
	return s.ew.err
}

// frame is the document without its files.
func (s *jsonStream) frame(errs []FileError) jsonReport {
	out := jsonReport{
		Version: jsonVersion,
		Files:   []jsonFile{},
		Errors:  make([]jsonError, 0, len(errs)),
		Summary: jsonSummary{Files: s.sum.files, Findings: s.sum.findings, Suppressed: s.sum.suppressed, Errors: s.sum.errors},
	}
	for _, e := range errs {
		out.Errors = append(out.Errors, jsonError(e))
	}
	return out
}

func toJSONFile(f FileResult) jsonFile {
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
	return jf
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
