package printer

import (
	"encoding/xml"
	"io"

	"github.com/apologylint/apologylint/internal/lint"
)

// checkstyleVersion is the version of the Checkstyle XML that CI readers expect.
const checkstyleVersion = "4.3"

// The wire structs of the checkstyle format. Line and column are left out, rather than written
// as 0, for findings about the whole draft and for files that could not be linted: readers that
// need a line read a missing one as 0, the usual mark of a file-level problem.
type (
	checkstyleReport struct {
		XMLName xml.Name         `xml:"checkstyle"`
		Version string           `xml:"version,attr"`
		Files   []checkstyleFile `xml:"file"`
	}

	checkstyleFile struct {
		Name   string            `xml:"name,attr"`
		Errors []checkstyleError `xml:"error"`
	}

	checkstyleError struct {
		Line     int    `xml:"line,attr,omitempty"`
		Column   int    `xml:"column,attr,omitempty"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
)

// printCheckstyle writes the report as Checkstyle XML: every file linted, with or without
// findings, then every file that could not be linted, with one error naming the tool as source.
// Columns count code points.
func printCheckstyle(w io.Writer, r Report) error {
	tool := reportTool(r)
	out := checkstyleReport{Version: checkstyleVersion, Files: make([]checkstyleFile, 0, len(r.Files)+len(r.Errors))}
	for _, f := range r.Files {
		cf := checkstyleFile{Name: f.Path}
		for _, fd := range f.Findings {
			ce := checkstyleError{
				Severity: fd.Severity.String(),
				Message:  fd.Message,
				Source:   tool + "." + fd.Rule,
			}
			if fd.Suggestion != "" {
				ce.Message += " (suggestion: " + fd.Suggestion + ")"
			}
			if fd.Scope != lint.ScopeDocument && fd.Pos.Line > 0 {
				ce.Line, ce.Column = fd.Pos.Line, fd.Pos.Column
			}
			cf.Errors = append(cf.Errors, ce)
		}
		out.Files = append(out.Files, cf)
	}
	for _, e := range r.Errors {
		out.Files = append(out.Files, checkstyleFile{
			Name:   e.Path,
			Errors: []checkstyleError{{Severity: lint.Error.String(), Message: e.Message, Source: tool}},
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
