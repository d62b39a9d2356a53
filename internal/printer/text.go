package printer

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// tabWidth is how far apart tab stops are when a source line is shown under a finding.
const tabWidth = 4

// textStyle holds the colours of one text printer call. Each call builds its own and switches it
// on or off explicitly, so that no global colour state decides what a report looks like.
type textStyle struct {
	severity        map[lint.Severity]*color.Color
	rule            *color.Color
	present, absent *color.Color
}

func newTextStyle(on bool) textStyle {
	s := textStyle{
		severity: map[lint.Severity]*color.Color{
			lint.Error:   color.New(color.FgRed, color.Bold),
			lint.Warning: color.New(color.FgYellow, color.Bold),
			lint.Info:    color.New(color.FgBlue, color.Bold),
		},
		rule:    color.New(color.Faint),
		present: color.New(color.FgGreen),
		absent:  color.New(color.FgRed),
	}
	for _, c := range append([]*color.Color{s.rule, s.present, s.absent}, s.severity[lint.Error], s.severity[lint.Warning], s.severity[lint.Info]) {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return s
}

// paint renders text in the colour of a severity; unknown severities stay plain.
func (s textStyle) paint(sev lint.Severity, text string) string {
	if c, ok := s.severity[sev]; ok {
		return c.Sprint(text)
	}
	return text
}

// textStream writes one block per finding, with the source line and a caret under the span,
// then the file errors, then a summary line. Blocks are separated by blank lines.
type textStream struct {
	o      Options
	st     textStyle
	ew     *errWriter
	blocks int // blocks written so far
	sum    summary
}

func newText(w io.Writer, o Options) Stream {
	return &textStream{o: o, st: newTextStyle(o.Color), ew: &errWriter{w: w}}
}

// sep separates the block about to be written from the one before it.
func (s *textStream) sep() {
	if s.blocks > 0 {
		s.ew.printf("\n")
	}
	s.blocks++
}

// Begin writes nothing: the format has no header.
func (s *textStream) Begin(Meta) error { return s.ew.err }

// File writes the blocks of one file's findings and its check-list.
func (s *textStream) File(f FileResult) error {
	s.sum.add(f)
	var lines *draft.Lines
	if len(f.Findings) > 0 {
		lines = f.lineIndex() // once per file, for every finding's source line
	}
	for _, fd := range f.Findings {
		s.sep()
		writeFinding(s.ew, s.st, f, lines, fd)
	}
	if len(f.Structure) > 0 && !s.o.Quiet {
		s.sep()
		writeStructure(s.ew, s.st, f)
	}
	return s.ew.err
}

// End writes the file errors and the summary line.
func (s *textStream) End(errs []FileError) error {
	for _, e := range errs {
		s.sep()
		s.ew.printf("%s: %s: %s\n", e.Path, s.st.paint(lint.Error, "error"), e.Message)
	}
	s.sum.errors = len(errs)
	if !s.o.Quiet {
		s.sep()
		s.ew.printf("%s\n", summaryLine(s.sum))
	}
	return s.ew.err
}

func writeFinding(ew *errWriter, st textStyle, f FileResult, lines *draft.Lines, fd lint.Finding) {
	head := fmt.Sprintf("%s %s", st.paint(fd.Severity, fd.Severity.String()), st.rule.Sprint(fd.Rule))
	if fd.Scope == lint.ScopeDocument || fd.Pos.Line == 0 {
		ew.printf("%s: %s: %s\n", f.Path, head, fd.Message)
	} else {
		ew.printf("%s:%d:%d: %s: %s\n", f.Path, fd.Pos.Line, fd.Pos.Column, head, fd.Message)
		if line, caret, width, ok := underline(lines, fd.Span.Start, fd.Span.End); ok {
			num := strconv.Itoa(fd.Pos.Line)
			gutter := strings.Repeat(" ", len(num))
			ew.printf("  %s | %s\n", num, line)
			ew.printf("  %s | %s%s\n", gutter, strings.Repeat(" ", caret), st.paint(fd.Severity, strings.Repeat("^", width)))
		}
	}
	if fd.Suggestion != "" {
		ew.printf("  suggestion: %s\n", fd.Suggestion)
	}
}

// writeStructure writes the file's check-list on one line:
// "path: acknowledge ✓ apologise ✗ remedy ✓ prevention ✗ contact ✓".
func writeStructure(ew *errWriter, st textStyle, f FileResult) {
	parts := make([]string, len(f.Structure))
	for i, p := range f.Structure {
		mark := st.absent.Sprint("✗")
		if p.Present {
			mark = st.present.Sprint("✓")
		}
		parts[i] = p.Name + " " + mark
	}
	ew.printf("%s: %s\n", f.Path, strings.Join(parts, " "))
}

// underline finds the line of the source holding byte offset start and returns it as displayed
// (tabs expanded, line break and a leading byte order mark left out), the display column where
// the span starts and how many carets mark it. Columns count code points, as positions do. A span
// that runs past the end of the line is marked to the end of the line, and an empty one with one
// caret.
func underline(lines *draft.Lines, start, end int) (line string, caret, width int, ok bool) {
	src := lines.Text()
	if start < 0 || start > len(src) || end < start {
		return "", 0, 0, false
	}
	ls := lineStart(lines, start)
	le := lines.End(lines.Line(start))
	text, cols := expand(src[ls:le])
	a := min(start, le) - ls
	b := min(end, le) - ls
	caret = cols[a]
	width = max(cols[b]-cols[a], 1)
	return text, caret, width, true
}

// lineStart returns where the line holding off starts as shown: after a byte order mark, as
// columns count, unless off is inside the mark.
func lineStart(lines *draft.Lines, off int) int {
	l := lines.Line(off)
	if start := lines.ColumnStart(l); off >= start {
		return start
	}
	return lines.Start(l)
}

// expand returns line with tabs expanded to the next tab stop and other control characters shown
// as spaces, and for every byte offset of line (and its end) the display column it starts at.
func expand(line []byte) (string, []int) {
	var b strings.Builder
	cols := make([]int, len(line)+1)
	col := 0
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRune(line[i:])
		for j := i; j < i+n; j++ {
			cols[j] = col
		}
		switch {
		case r == '\t':
			pad := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", pad))
			col += pad
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
			col++
		default:
			b.WriteRune(r)
			col++
		}
		i += n
	}
	cols[len(line)] = col
	return b.String(), cols
}

// summaryLine says how many problems of each severity were found in how many files.
func summaryLine(s summary) string {
	var line string
	if s.findings == 0 {
		line = "no problems in " + plural(s.files, "file", "files")
	} else {
		line = fmt.Sprintf("%s (%s, %s, %s) in %s",
			plural(s.findings, "problem", "problems"),
			plural(s.bySeverity[lint.Error], "error", "errors"),
			plural(s.bySeverity[lint.Warning], "warning", "warnings"),
			plural(s.bySeverity[lint.Info], "info", "infos"),
			plural(s.withIssues, "file", "files"))
	}
	if s.suppressed > 0 {
		line += fmt.Sprintf(" (%d suppressed)", s.suppressed)
	}
	if s.errors > 0 {
		line += "; " + plural(s.errors, "file", "files") + " could not be linted"
	}
	return line
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
