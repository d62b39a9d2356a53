// Package linttest runs rule fixtures: small drafts whose expected findings are written inline,
// at the end of the line where each finding starts.
//
//	Sorry about that!                       // want vague-apology
//	We apologize for any inconvenience.     // want vague-apology "any inconvenience"
//	// want-doc missing-remedy
//
// Before linting, everything from "// want" to the end of its line is cut (the bytes before it
// and the line break stay, so lines and columns do not move), and the "// want-doc" lines, which
// must be the last lines of the file, are removed. The optional quoted string is a regular
// expression matched against the finding's message. A fixture with no expectations must produce
// no findings; an unexpected finding and a missing one both fail.
package linttest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// Reporter is the part of *testing.T the harness needs, so the harness can be tested with a fake.
type Reporter interface {
	Errorf(format string, args ...any)
}

// Exts are the file extensions read as fixtures; other files in a fixture directory are ignored.
// A template extension makes the fixture a template ("reply.md.tmpl" is a Markdown template).
var Exts = []string{".txt", ".md", ".html", ".tmpl", ".hbs", ".liquid", ".j2", ".mustache"}

const (
	wantMarker = "// want"
	docMarker  = "// want-doc"
)

// want is one expected finding.
type want struct {
	line int    // 1-based line of the marker; 0 for a document finding
	rule string // rule ID
	msg  *regexp.Regexp
	used bool
}

func (w *want) String() string {
	if w.msg == nil {
		return w.rule
	}
	return fmt.Sprintf("%s %q", w.rule, w.msg.String())
}

// fixture is a fixture file split into the draft to lint and its expectations.
type fixture struct {
	src   []byte // the draft with markers cut and want-doc lines removed
	wants []*want
}

// parseFixture cuts the expectations out of a fixture. Errors name the line they are on.
func parseFixture(data []byte) (fixture, error) {
	var fx fixture
	var src bytes.Buffer
	inDoc := false // past the first want-doc line, where only want-doc and blank lines may follow
	for i, ln := range splitLines(data) {
		lineNo := i + 1
		body := strings.TrimSpace(string(ln.text))
		if strings.HasPrefix(body, docMarker) {
			inDoc = true
			ws, err := parseWants(strings.TrimPrefix(body, docMarker), 0)
			if err != nil {
				return fx, fmt.Errorf("%d: %w", lineNo, err)
			}
			if len(ws) == 0 {
				return fx, fmt.Errorf("%d: want-doc names no rule", lineNo)
			}
			fx.wants = append(fx.wants, ws...)
			continue
		}
		if inDoc {
			if body == "" {
				continue
			}
			return fx, fmt.Errorf("%d: want-doc lines must be the last lines of the file", lineNo)
		}
		text := ln.text
		if bytes.Contains(text, []byte(docMarker)) {
			return fx, fmt.Errorf("%d: want-doc must be on a line of its own at the end of the file", lineNo)
		}
		if j := bytes.Index(text, []byte(wantMarker)); j >= 0 {
			rest := string(text[j+len(wantMarker):])
			if rest != "" && !unicode.IsSpace(rune(rest[0])) {
				return fx, fmt.Errorf("%d: unknown marker %q", lineNo, wantMarker+strings.Fields(rest)[0])
			}
			ws, err := parseWants(rest, lineNo)
			if err != nil {
				return fx, fmt.Errorf("%d: %w", lineNo, err)
			}
			if len(ws) == 0 {
				return fx, fmt.Errorf("%d: want names no rule", lineNo)
			}
			fx.wants = append(fx.wants, ws...)
			text = text[:j]
		}
		src.Write(text)
		src.Write(ln.eol)
	}
	fx.src = src.Bytes()
	return fx, nil
}

type line struct {
	text, eol []byte // eol is "\n", "\r\n" or empty for a last line without a break
}

// splitLines splits at "\n", the way positions count lines; a "\r" before it is part of the break.
func splitLines(data []byte) []line {
	var out []line
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			out = append(out, line{text: data})
			break
		}
		text, eol := data[:i], data[i:i+1]
		if i > 0 && data[i-1] == '\r' {
			text, eol = data[:i-1], data[i-1:i+1]
		}
		out = append(out, line{text: text, eol: eol})
		data = data[i+1:]
	}
	return out
}

// ruleID is what a rule ID may look like in a marker; anything else is a typo worth reporting.
var ruleID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// parseWants reads `rule-id ["regexp"] rule-id ...`. The regexp is a Go string literal, quoted
// with "..." or `...`.
func parseWants(s string, lineNo int) ([]*want, error) {
	var out []*want
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return out, nil
		}
		if s[0] == '"' || s[0] == '`' {
			if len(out) == 0 || out[len(out)-1].msg != nil {
				return nil, fmt.Errorf("message pattern %s follows no rule ID", s)
			}
			lit, rest, err := quoted(s)
			if err != nil {
				return nil, err
			}
			re, err := regexp.Compile(lit)
			if err != nil {
				return nil, fmt.Errorf("bad message pattern: %w", err)
			}
			out[len(out)-1].msg = re
			s = rest
			continue
		}
		end := strings.IndexAny(s, " \t\"`")
		if end < 0 {
			end = len(s)
		}
		id := s[:end]
		if !ruleID.MatchString(id) {
			return nil, fmt.Errorf("bad rule ID %q", id)
		}
		out = append(out, &want{line: lineNo, rule: id})
		s = s[end:]
	}
}

// quoted splits the Go string literal at the start of s from the rest.
func quoted(s string) (string, string, error) {
	q := s[0]
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if q == '"' {
				i++
			}
		case q:
			lit, err := strconv.Unquote(s[:i+1])
			if err != nil {
				return "", "", fmt.Errorf("bad message pattern %s: %w", s[:i+1], err)
			}
			return lit, s[i+1:], nil
		}
	}
	return "", "", fmt.Errorf("unterminated message pattern %s", s)
}

// Run lints the fixture at path with l and reports, through t, every finding the fixture does
// not expect and every expectation no finding meets. The format comes from the extension.
func Run(t Reporter, l *lint.Linter, path string) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v", err)
		return
	}
	Check(t, l, path, data)
}

// Check is Run for a fixture already in memory. name gives the format, whether it is a template,
// and prefixes messages.
func Check(t Reporter, l *lint.Linter, name string, data []byte) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
	base := filepath.Base(name)
	fx, err := parseFixture(data)
	if err != nil {
		t.Errorf("%s:%v", base, err)
		return
	}
	running := map[string]bool{}
	for _, r := range l.Rules() {
		running[r.ID] = true
	}
	bad := false
	for _, w := range fx.wants {
		if !running[w.rule] {
			t.Errorf("%s:%d: want %s, a rule this linter does not run", base, w.line, w.rule)
			bad = true
		}
	}
	if bad {
		return
	}
	d, err := draft.ParseWith(name, fx.src, draft.FormatOf(name), draft.Options{Template: draft.IsTemplatePath(name)})
	if err != nil {
		t.Errorf("%s: %v", base, err)
		return
	}
	for _, f := range l.Lint(d) {
		line := f.Pos.Line
		if f.Scope == lint.ScopeDocument {
			line = 0
		}
		where := fmt.Sprintf("%s:%d", base, line)
		if line == 0 {
			where = base
		}
		w, mismatch := match(fx.wants, line, f)
		switch {
		case w != nil:
			w.used = true
		case mismatch != nil:
			mismatch.used = true
			t.Errorf("%s: %s message %q does not match %q", where, f.Rule, f.Message, mismatch.msg.String())
		default:
			t.Errorf("%s: unexpected %s: %q", where, f.Rule, f.Message)
		}
	}
	for _, w := range fx.wants {
		if w.used {
			continue
		}
		if w.line == 0 {
			t.Errorf("%s: no %s reported", base, w)
		} else {
			t.Errorf("%s:%d: no %s reported", base, w.line, w)
		}
	}
}

// match returns the first unused expectation a finding meets on its line, or else the first
// unused one for the same rule on that line whose message pattern it fails.
func match(wants []*want, line int, f lint.Finding) (ok, mismatch *want) {
	for _, w := range wants {
		if w.used || w.line != line || w.rule != f.Rule {
			continue
		}
		if w.msg == nil || w.msg.MatchString(f.Message) {
			return w, nil
		}
		if mismatch == nil {
			mismatch = w
		}
	}
	return nil, mismatch
}

// Files returns the fixtures in dir (files ending in one of Exts), sorted by name.
func Files(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || !isFixture(e.Name()) {
			continue
		}
		out = append(out, filepath.Join(dir, e.Name()))
	}
	sort.Strings(out)
	return out, nil
}

func isFixture(name string) bool {
	for _, ext := range Exts {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// RunDir runs every fixture in dir as a subtest of t named after the file, so that
// `go test -run TestRules/excuse/basic.txt` runs one. A directory with no fixture fails.
func RunDir(t *testing.T, l *lint.Linter, dir string) {
	t.Helper()
	files, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("%s: no fixtures", dir)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			Run(t, l, f)
		})
	}
}
