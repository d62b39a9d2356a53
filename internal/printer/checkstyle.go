package printer

import (
	"encoding/xml"
	"io"

	"github.com/apologylint/apologylint/internal/lint"
)

// checkstyleVersion is the version of the Checkstyle XML that CI readers expect.
const checkstyleVersion = "4.3"

// The wire structs of the checkstyle format: a <checkstyle version="4.3"> root holding one
// <file> per file. Line and column are left out, rather than written as 0, for findings about the
// whole draft and for files that could not be linted: readers that need a line read a missing one
// as 0, the usual mark of a file-level problem.
type (
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

var (
	checkstyleRoot = xml.StartElement{
		Name: xml.Name{Local: "checkstyle"},
		Attr: []xml.Attr{{Name: xml.Name{Local: "version"}, Value: checkstyleVersion}},
	}
	checkstyleFileStart = xml.StartElement{Name: xml.Name{Local: "file"}}
)

// checkstyleStream writes the report as Checkstyle XML: every file linted, with or without
// findings, then every file that could not be linted, with one error naming the tool as source.
// Columns count code points. One encoder writes the whole document, so that it indents each
// file as it would inside the root element.
type checkstyleStream struct {
	w    io.Writer
	enc  *xml.Encoder
	tool string
	err  error
}

func newCheckstyle(w io.Writer, _ Options) Stream {
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	return &checkstyleStream{w: w, enc: enc}
}

// Begin writes the XML header and opens the root element.
func (s *checkstyleStream) Begin(m Meta) error {
	s.tool = reportTool(m)
	if s.err == nil {
		_, s.err = io.WriteString(s.w, xml.Header)
	}
	s.encode(func() error { return s.enc.EncodeToken(checkstyleRoot) })
	return s.err
}

// File writes one file element.
func (s *checkstyleStream) File(f FileResult) error {
	cf := checkstyleFile{Name: f.Path}
	for _, fd := range f.Findings {
		ce := checkstyleError{
			Severity: fd.Severity.String(),
			Message:  fd.Message,
			Source:   s.tool + "." + fd.Rule,
		}
		if fd.Suggestion != "" {
			ce.Message += " (suggestion: " + fd.Suggestion + ")"
		}
		if fd.Scope != lint.ScopeDocument && fd.Pos.Line > 0 {
			ce.Line, ce.Column = fd.Pos.Line, fd.Pos.Column
		}
		cf.Errors = append(cf.Errors, ce)
	}
	s.encode(func() error { return s.enc.EncodeElement(cf, checkstyleFileStart) })
	return s.err
}

// End writes a file element for each file that could not be linted and closes the root.
func (s *checkstyleStream) End(errs []FileError) error {
	for _, e := range errs {
		cf := checkstyleFile{
			Name:   e.Path,
			Errors: []checkstyleError{{Severity: lint.Error.String(), Message: e.Message, Source: s.tool}},
		}
		s.encode(func() error { return s.enc.EncodeElement(cf, checkstyleFileStart) })
	}
	s.encode(func() error { return s.enc.EncodeToken(checkstyleRoot.End()) })
	if s.err == nil {
		_, s.err = io.WriteString(s.w, "\n")
	}
	return s.err
}

// encode runs one encoder call and flushes it, so that the output, and any write error, does not
// wait in the encoder's buffer; after an error it does nothing.
func (s *checkstyleStream) encode(call func() error) {
	if s.err != nil {
		return
	}
	if s.err = call(); s.err == nil {
		s.err = s.enc.Flush()
	}
}
