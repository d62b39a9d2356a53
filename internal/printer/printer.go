// Package printer writes a finished lint report in one of apologylint's output formats. Printers
// never run rules, read files or decide exit codes: they turn a Report into bytes on a writer and
// return the first write error.
package printer

import (
	"fmt"
	"io"
	"sort"
	"strings"

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
	// Structure is the file's check-list of the parts of a good apology, in order; nil when it
	// is not reported (or the file has no prose to judge).
	Structure []Part
	// Suppressed are the findings inline directives silenced, with their reasons, for review.
	Suppressed []lint.Suppressed
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

// Printer writes a report to w and returns the first write error.
type Printer func(w io.Writer, r Report) error

// formats maps each format name to the constructor of its printer.
var formats = map[string]func(Options) Printer{
	"checkstyle": func(Options) Printer { return printCheckstyle },
	"github":     func(Options) Printer { return printGitHub },
	"json":       func(Options) Printer { return printJSON },
	"rdjson":     func(Options) Printer { return printRDJSON },
	"sarif":      func(Options) Printer { return printSARIF },
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

// New returns the printer for a format name.
func New(format string, o Options) (Printer, error) {
	mk, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), " or "))
	}
	return mk(o), nil
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

func summarize(r Report) summary {
	s := summary{files: len(r.Files), errors: len(r.Errors), bySeverity: map[lint.Severity]int{}}
	for _, f := range r.Files {
		if len(f.Findings) > 0 {
			s.withIssues++
		}
		s.findings += len(f.Findings)
		s.suppressed += len(f.Suppressed)
		for _, fd := range f.Findings {
			s.bySeverity[fd.Severity]++
		}
	}
	return s
}

// errWriter remembers the first write error so that a printer can write freely and check once.
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
