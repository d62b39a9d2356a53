// Package printer writes a lint report in one of apologylint's output formats, either as it is
// produced (a Stream, file by file) or from a finished Report. Printers never run rules, read
// files or decide exit codes: they turn results into bytes on a writer and return the first write
// error.
package printer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// Report is everything a printer needs to know about one run.
type Report struct {
	Tool    string       // the program name, "apologylint"
	Version string       // the program version
	Rules   []lint.Rule  // the rules that ran
	Files   []FileResult // every file linted, sorted by path; findings already sorted
	Errors  []FileError  // inputs that could not be linted, sorted by path
}

// FileResult is the outcome of linting one file.
type FileResult struct {
	Path     string
	Findings []lint.Finding
	Source   []byte // the file as stored, for the text printer's source lines
	// Lines indexes Source's lines, when the caller has the index already (the parsed
	// document's); printers that need one build it from Source otherwise.
	Lines *draft.Lines
	// Structure is the file's check-list of the parts of a good apology, in order; nil when it
	// is not reported (or the file has no prose to judge).
	Structure []Part
	// Suppressed are the findings inline directives silenced, with their reasons, for review.
	Suppressed []lint.Suppressed
}

// lineIndex returns f's line index, building it when the caller gave none.
func (f *FileResult) lineIndex() *draft.Lines {
	if f.Lines == nil {
		return draft.NewLines(f.Source)
	}
	return f.Lines
}

// Part is one entry of the structure check-list: whether the text has it, and the line of the
// words that show it.
type Part struct {
	Name    string `json:"name"` // acknowledge, apologise, remedy, prevention, contact
	Present bool   `json:"present"`
	Line    int    `json:"line"` // 0 when absent
}

// FileError is an input that could not be read or parsed.
type FileError struct {
	Path    string
	Message string
}

// Options change how a printer renders, not what it reports.
type Options struct {
	Color bool // colour the text format with ANSI escapes
	Quiet bool // leave out the text format's closing summary line
}

// Meta is what a stream is told before the first file.
type Meta struct {
	Tool    string      // the program name, "apologylint"
	Version string      // the program version
	Rules   []lint.Rule // the rules that ran
}

// Stream writes a report while it is being produced, so that a run never has to hold every
// file's result at once: Begin once, File for each file in the order it is to be printed, then
// End once. A stream keeps counts for its summary, not the files: a FileResult, and its Source,
// can be let go as soon as File returns. After a write error, every later call returns that
// error.
type Stream interface {
	Begin(m Meta) error
	File(f FileResult) error
	// End writes the inputs that could not be linted, sorted by path, and closes the output.
	// Errors come last because they are known only once every input has been tried.
	End(errs []FileError) error
}

// Printer writes a report to w and returns the first write error.
type Printer func(w io.Writer, r Report) error

// formats maps each format name to the constructor of its stream.
var formats = map[string]func(w io.Writer, o Options) Stream{
	"checkstyle": newCheckstyle,
	"github":     newGitHub,
	"json":       newJSON,
	"rdjson":     newRDJSON,
	"sarif":      newSARIF,
	"text":       newText,
}

// Formats returns the names of the output formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for name := range formats {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// NewStream returns the stream that writes a format to w.
func NewStream(format string, w io.Writer, o Options) (Stream, error) {
	mk, ok := formats[format]
	if !ok {
		return nil, unknownFormat(format)
	}
	return mk(w, o), nil
}

// New returns the printer for a format name: it streams a finished report, which is what
// callers that have one in memory want.
func New(format string, o Options) (Printer, error) {
	mk, ok := formats[format]
	if !ok {
		return nil, unknownFormat(format)
	}
	return func(w io.Writer, r Report) error { return Print(mk(w, o), r) }, nil
}

func unknownFormat(format string) error {
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), " or "))
}

// Print streams a finished report to s.
func Print(s Stream, r Report) error {
	if err := s.Begin(Meta{Tool: r.Tool, Version: r.Version, Rules: r.Rules}); err != nil {
		return err
	}
	for _, f := range r.Files {
		if err := s.File(f); err != nil {
			return err
		}
	}
	return s.End(r.Errors)
}

// summary counts what a report holds.
type summary struct {
	files      int // files linted
	withIssues int // files with at least one finding
	findings   int
	bySeverity map[lint.Severity]int
	errors     int
	suppressed int // findings silenced by inline directives, not counted in findings
}

// add counts one file.
func (s *summary) add(f FileResult) {
	if s.bySeverity == nil {
		s.bySeverity = map[lint.Severity]int{}
	}
	s.files++
	if len(f.Findings) > 0 {
		s.withIssues++
	}
	s.findings += len(f.Findings)
	s.suppressed += len(f.Suppressed)
	for _, fd := range f.Findings {
		s.bySeverity[fd.Severity]++
	}
}

// errWriter remembers the first error so that a printer can write freely and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) printf(format string, args ...any) {
	if ew.err != nil {
		return
	}
	_, ew.err = fmt.Fprintf(ew.w, format, args...)
}

func (ew *errWriter) write(b []byte) {
	if ew.err != nil {
		return
	}
	_, ew.err = ew.w.Write(b)
}

// fail records an error that is not a write's, such as an encoder's.
func (ew *errWriter) fail(err error) {
	if ew.err == nil {
		ew.err = err
	}
}

// jsonIndent is the indentation of every JSON format, one step per level.
const jsonIndent = "  "

// encodeJSON encodes v as it would appear inside an indented document, on a line indented by
// prefix: with HTML left unescaped, and without the encoder's final newline.
func encodeJSON(prefix string, v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // "<stdin>" reads better than "\u003cstdin\u003e"
	enc.SetIndent(prefix, jsonIndent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// splitFrame encodes a whole document, frame, whose top-level key holds an empty list, and
// returns what comes before that list and what comes after it. A stream writes the list between
// the two an element at a time, and the wire struct stays the one place that orders the keys.
func splitFrame(frame any, key string) (head, tail []byte, err error) {
	return splitFrameAt(frame, 1, key)
}

// splitFrameAt is splitFrame for a key depth levels of indentation deep: 1 for a top-level key,
// 3 for a key of the first object of a top-level array (SARIF's runs[0].results).
func splitFrameAt(frame any, depth int, key string) (head, tail []byte, err error) {
	doc, err := encodeJSON("", frame)
	if err != nil {
		return nil, nil, err
	}
	// Every string in the document is quoted with its own quotes escaped, so the first match is
	// the key itself.
	k := []byte("\n" + strings.Repeat(jsonIndent, depth) + strconv.Quote(key) + ": ")
	i := bytes.Index(doc, append(k, "[]"...))
	if i < 0 {
		return nil, nil, fmt.Errorf("no empty list %q in the frame", key)
	}
	i += len(k)
	return doc[:i], append(doc[i+len("[]"):], '\n'), nil
}

// jsonList writes a JSON array one element at a time, with the bytes json.Encoder writes for the
// whole array where it stands in an indented document: "[]" when empty, and otherwise each
// element on a line of its own.
type jsonList struct {
	ew     *errWriter
	indent string // the indentation of the line the array opens on
	n      int
}

func (l *jsonList) add(v any) {
	b, err := encodeJSON(l.prefix(), v)
	if err != nil {
		l.ew.fail(err)
		return
	}
	l.addEncoded(b)
}

// prefix is the indentation of the lines of an element.
func (l *jsonList) prefix() string { return l.indent + jsonIndent }

// addEncoded writes an element already encoded with l.prefix().
func (l *jsonList) addEncoded(b []byte) {
	open := ",\n"
	if l.n == 0 {
		open = "[\n"
	}
	l.n++
	l.ew.write([]byte(open + l.indent + jsonIndent))
	l.ew.write(b)
}

func (l *jsonList) close() {
	if l.n == 0 {
		l.ew.write([]byte("[]"))
		return
	}
	l.ew.write([]byte("\n" + l.indent + "]"))
}
