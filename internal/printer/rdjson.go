package printer

import (
	"io"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// The wire structs of the rdjson format: reviewdog's DiagnosticResult message
// (proto/rdf/reviewdog.proto) in protobuf's JSON mapping. reviewdog reads it with protojson,
// which rejects unknown fields, so only the proto's own field names appear here.
type (
	rdjsonResult struct {
		Source      rdjsonSource       `json:"source"`
		Diagnostics []rdjsonDiagnostic `json:"diagnostics"`
	}

	rdjsonSource struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}

	rdjsonDiagnostic struct {
		Message     string             `json:"message"`
		Location    rdjsonLocation     `json:"location"`
		Severity    string             `json:"severity"`
		Code        *rdjsonCode        `json:"code,omitempty"` // nil for files that could not be linted
		Suggestions []rdjsonSuggestion `json:"suggestions,omitempty"`
	}

	rdjsonLocation struct {
		Path  string       `json:"path"`
		Range *rdjsonRange `json:"range,omitempty"` // nil for document findings
	}

	// rdjsonRange is a range with an exclusive end. With columns left out, it covers whole
	// lines, end line included.
	rdjsonRange struct {
		Start rdjsonPosition `json:"start"`
		End   rdjsonPosition `json:"end"`
	}

	// rdjsonPosition is a 1-based line and a 1-based column counted in UTF-8 bytes, as reviewdog
	// counts them.
	rdjsonPosition struct {
		Line   int `json:"line"`
		Column int `json:"column,omitempty"`
	}

	rdjsonCode struct {
		Value string `json:"value"`
	}

	rdjsonSuggestion struct {
		Range rdjsonRange `json:"range"`
		Text  string      `json:"text"`
	}
)

// rdjsonStream writes the report as one rdjson document for reviewdog: the diagnostics of the
// files as they come, then those of the files that could not be linted. Columns count bytes, so
// they are computed from each file's source; a finding whose file has no source gets a range of
// whole lines, and its fix is left out.
type rdjsonStream struct {
	ew          *errWriter
	diagnostics jsonList
	tail        []byte // what follows the diagnostics
}

func newRDJSON(w io.Writer, _ Options) Stream {
	ew := &errWriter{w: w}
	return &rdjsonStream{ew: ew, diagnostics: jsonList{ew: ew, indent: jsonIndent}}
}

// Begin writes the document up to the list of diagnostics.
func (s *rdjsonStream) Begin(m Meta) error {
	frame := rdjsonResult{Source: rdjsonSource{Name: reportTool(m), URL: toolURI}, Diagnostics: []rdjsonDiagnostic{}}
	head, tail, err := splitFrame(frame, "diagnostics")
	s.ew.fail(err)
	s.ew.write(head)
	s.tail = tail
	return s.ew.err
}

// File writes the diagnostics of one file's findings.
func (s *rdjsonStream) File(f FileResult) error {
	var lines *draft.Lines
	if len(f.Findings) > 0 {
		lines = f.lineIndex() // once per file, for every finding's range
	}
	for _, fd := range f.Findings {
		s.diagnostics.add(toRDJSONDiagnostic(f, lines, fd))
	}
	return s.ew.err
}

// End writes a diagnostic for each file that could not be linted and closes the document.
func (s *rdjsonStream) End(errs []FileError) error {
	for _, e := range errs {
		s.diagnostics.add(rdjsonDiagnostic{
			Message:  e.Message,
			Location: rdjsonLocation{Path: e.Path},
			Severity: rdjsonSeverity(lint.Error),
		})
	}
	s.diagnostics.close()
	s.ew.write(s.tail)
	return s.ew.err
}

func toRDJSONDiagnostic(f FileResult, lines *draft.Lines, fd lint.Finding) rdjsonDiagnostic {
	d := rdjsonDiagnostic{
		Message:  fd.Message,
		Location: rdjsonLocation{Path: f.Path},
		Severity: rdjsonSeverity(fd.Severity),
		Code:     &rdjsonCode{Value: fd.Rule},
	}
	if fd.Suggestion != "" {
		d.Message += "\nsuggestion: " + fd.Suggestion
	}
	if fd.Scope == lint.ScopeDocument || fd.Pos.Line == 0 {
		return d
	}
	if rg, ok := byteRange(lines, fd.Span.Start, fd.Span.End); ok {
		d.Location.Range = &rg
	} else {
		d.Location.Range = &rdjsonRange{Start: rdjsonPosition{Line: fd.Pos.Line}, End: rdjsonPosition{Line: fd.End.Line}}
	}
	if fd.Fix != nil {
		if rg, ok := byteRange(lines, fd.Fix.Span.Start, fd.Fix.Span.End); ok {
			d.Suggestions = []rdjsonSuggestion{{Range: rg, Text: fd.Fix.Text}}
		}
	}
	return d
}

// rdjsonSeverity maps a severity to the name of reviewdog's Severity enum.
func rdjsonSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "ERROR"
	case lint.Warning:
		return "WARNING"
	}
	return "INFO"
}

// byteRange returns the range of bytes [start, end) of the source as lines and byte columns, or
// false when the range does not fit in the source.
func byteRange(lines *draft.Lines, start, end int) (rdjsonRange, bool) {
	if start < 0 || end < start || end > len(lines.Text()) {
		return rdjsonRange{}, false
	}
	return rdjsonRange{Start: bytePosition(lines, start), End: bytePosition(lines, end)}, true
}

// bytePosition returns the 1-based line of offset off and its 1-based column counted in bytes.
// Lines break as they do for positions (at "\n", "\r\n" or a lone "\r"), and a byte order mark
// takes no column.
func bytePosition(lines *draft.Lines, off int) rdjsonPosition {
	return rdjsonPosition{Line: lines.Line(off) + 1, Column: off - lineStart(lines, off) + 1}
}
