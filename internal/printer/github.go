package printer

import (
	"io"
	"strconv"
	"strings"

	"github.com/apologylint/apologylint/internal/lint"
)

// githubCommand is one GitHub Actions workflow command, the wire form of the github format:
// ::level prop=value,...::message.
type githubCommand struct {
	level   string       // error, warning or notice
	props   []githubProp // in the order GitHub documents them
	message string
}

type githubProp struct{ key, value string }

// githubStream writes one workflow command per finding, which GitHub Actions shows as an
// annotation on the file, and one error command per file that could not be linted. Columns count
// code points, as everywhere else.
type githubStream struct{ ew *errWriter }

func newGitHub(w io.Writer, _ Options) Stream { return githubStream{ew: &errWriter{w: w}} }

// Begin writes nothing: the format has no header.
func (s githubStream) Begin(Meta) error { return s.ew.err }

// File writes the commands of one file's findings.
func (s githubStream) File(f FileResult) error {
	for _, fd := range f.Findings {
		s.ew.printf("%s\n", toGitHubCommand(f.Path, fd))
	}
	return s.ew.err
}

// End writes the commands of the files that could not be linted.
func (s githubStream) End(errs []FileError) error {
	for _, e := range errs {
		s.ew.printf("%s\n", githubCommand{level: "error", props: []githubProp{{"file", e.Path}}, message: e.Message})
	}
	return s.ew.err
}

func toGitHubCommand(path string, fd lint.Finding) githubCommand {
	c := githubCommand{level: githubLevel(fd.Severity), props: []githubProp{{"file", path}}, message: fd.Message}
	if fd.Scope != lint.ScopeDocument && fd.Pos.Line > 0 {
		c.props = append(c.props,
			githubProp{"line", strconv.Itoa(fd.Pos.Line)},
			githubProp{"col", strconv.Itoa(fd.Pos.Column)},
			githubProp{"endLine", strconv.Itoa(fd.End.Line)},
			githubProp{"endColumn", strconv.Itoa(fd.End.Column)},
		)
	}
	c.props = append(c.props, githubProp{"title", fd.Rule})
	if fd.Suggestion != "" {
		c.message += "\nsuggestion: " + fd.Suggestion
	}
	return c
}

// String renders the command with its message and property values escaped the way the Actions
// runner unescapes them.
func (c githubCommand) String() string {
	var b strings.Builder
	b.WriteString("::" + c.level)
	for i, p := range c.props {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(p.key + "=" + githubEscapeProperty(p.value))
	}
	b.WriteString("::" + githubEscapeData(c.message))
	return b.String()
}

// githubLevel maps a severity to a workflow command; info is a notice.
func githubLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubEscapeData escapes a command's message: "%", CR and LF.
func githubEscapeData(s string) string { return githubDataEscaper.Replace(s) }

// githubEscapeProperty escapes a property value, which also must not hold ":" or ",".
func githubEscapeProperty(s string) string { return githubPropertyEscaper.Replace(s) }
