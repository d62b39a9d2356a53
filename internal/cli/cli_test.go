package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// The tests lint with a small registry of their own, so that they do not depend on the rules
// being written: no-exclaim (error, each "!"), sorry-word (warning, each "sorry") and doc-note
// (info, one per document).
var exclaim = regexp.MustCompile(`!`)

func fakeRules(rules.Settings) []lint.Rule {
	return []lint.Rule{
		{
			ID: "doc-note", Scope: lint.ScopeDocument, Severity: lint.Info,
			Doc: lint.Doc{Summary: "a note on every document"},
			Check: func(*lint.Pass) []lint.Finding {
				return []lint.Finding{{Message: "document note", Suggestion: "none needed"}}
			},
		},
		{
			ID: "no-exclaim", Scope: lint.ScopeSpan, Severity: lint.Error,
			Doc: lint.Doc{Summary: "exclamation mark"},
			Check: func(p *lint.Pass) []lint.Finding {
				var out []lint.Finding
				for _, s := range p.Doc.Find(exclaim) {
					out = append(out, lint.Finding{Span: s, Message: "exclamation mark"})
				}
				return out
			},
		},
		{
			ID: "sorry-word", Scope: lint.ScopeSpan, Severity: lint.Warning,
			Doc: lint.Doc{Summary: "the word sorry"},
			Check: func(p *lint.Pass) []lint.Finding {
				var out []lint.Finding
				for _, t := range p.Doc.Tokens() {
					if t.Norm == "sorry" {
						out = append(out, lint.Finding{Span: t.Span, Message: `"sorry" found`})
					}
				}
				return out
			},
		},
	}
}

type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command line with the fake rules, an empty environment and stdin.
func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return runWith(t, stdin, map[string]string{}, fakeRules, args...)
}

func runWith(t *testing.T, stdin string, env map[string]string, ruleSet func(rules.Settings) []lint.Rule, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	getenv := func(k string) string { return env[k] }
	code := run(args, strings.NewReader(stdin), &stdout, &stderr, getenv, ruleSet)
	return result{code, stdout.String(), stderr.String()}
}

// writeFiles creates files (path relative to dir -> content) and returns dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// jsonOut is the part of the JSON format the tests look at.
type jsonOut struct {
	Version int `json:"version"`
	Files   []struct {
		Path     string `json:"path"`
		Findings []struct {
			Rule     string `json:"rule"`
			Severity string `json:"severity"`
			Scope    string `json:"scope"`
			Line     *int   `json:"line"`
			EndLine  int    `json:"endLine"`
		} `json:"findings"`
	} `json:"files"`
	Errors []struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	} `json:"errors"`
	Summary struct {
		Files    int `json:"files"`
		Findings int `json:"findings"`
		Errors   int `json:"errors"`
	} `json:"summary"`
}

func decodeJSON(t *testing.T, s string) jsonOut {
	t.Helper()
	var out jsonOut
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, s)
	}
	return out
}

func (o jsonOut) paths() []string {
	var ps []string
	for _, f := range o.Files {
		ps = append(ps, f.Path)
	}
	return ps
}

func (o jsonOut) rules() []string {
	var rs []string
	for _, f := range o.Files {
		for _, fd := range f.Findings {
			rs = append(rs, fd.Rule)
		}
	}
	return rs
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "--help"} {
		t.Run(arg, func(t *testing.T) {
			r := runCLI(t, "", arg)
			if r.code != ExitClean {
				t.Errorf("exit code = %d, want %d", r.code, ExitClean)
			}
			for _, want := range []string{"Usage:", "--min-severity", "-h, --help", "Examples:", "Exit codes:"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("help lacks %q:\n%s", want, r.stderr)
				}
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want empty", r.stdout)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	r := runCLI(t, "", "--version")
	if r.code != ExitClean || !strings.HasPrefix(r.stdout, "apologylint ") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("--version = %d %q, want 0 and one line starting with \"apologylint \"", r.code, r.stdout)
	}
}

func TestNoPath(t *testing.T) {
	r := runCLI(t, "")
	if r.code != ExitError {
		t.Errorf("exit code = %d, want %d", r.code, ExitError)
	}
	if !strings.Contains(r.stderr, "Usage:") {
		t.Errorf("stderr = %q, want the usage", r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	file := writeFiles(t, map[string]string{"a.txt": "Fine.\n"})
	path := filepath.Join(file, "a.txt")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--fromat", "json", path}, `unknown flag --fromat (did you mean --format?)`},
		{[]string{"--quite", path}, `unknown flag --quite (did you mean --quiet?)`},
		{[]string{"-x", path}, `unknown flag -x (did you mean -q?)`},
		{[]string{"--format", "jsno", path}, `unknown format "jsno" (did you mean "json"?)`},
		{[]string{"--min-severity", "warnings", path}, `unknown severity "warnings" (did you mean "warning"?)`},
		{[]string{"--color", "allways", path}, `unknown color mode "allways" (did you mean "always"?)`},
		{[]string{"--enable", "no-exclam", path}, `unknown rule "no-exclam" (did you mean "no-exclaim"?)`},
		{[]string{"--disable", "doc-note,sory-word", path}, `unknown rule "sory-word" (did you mean "sorry-word"?)`},
		{[]string{"--max-words", "0", path}, `--max-words must be positive, got 0`},
		{[]string{"--ext", "", path}, `--ext names no extension`},
		{[]string{"rules", "extra"}, `rules takes no arguments, got "extra"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[:len(tt.args)-1], " "), func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != ExitError {
				t.Errorf("exit code = %d, want %d", r.code, ExitError)
			}
			if want := "apologylint: " + tt.want + "\n"; r.stderr != want {
				t.Errorf("stderr = %q, want %q", r.stderr, want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want empty", r.stdout)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	const text = "We're sorry, truly.\nFine `code!` here.\n"
	tests := []struct {
		name      string
		args      []string
		wantPath  string
		wantRules []string
	}{
		// As plain text the "!" in backquotes is prose; as Markdown it is code and skipped.
		{"default name", []string{"--format", "json", "-"}, "<stdin>", []string{"sorry-word", "no-exclaim", "doc-note"}},
		{"markdown name", []string{"--format", "json", "--stdin-filename", "reply.md", "-"}, "reply.md", []string{"sorry-word", "doc-note"}},
		{"given twice", []string{"--format", "json", "-", "-"}, "<stdin>", []string{"sorry-word", "no-exclaim", "doc-note"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, text, tt.args...)
			if r.code != ExitFindings {
				t.Errorf("exit code = %d, want %d (stderr %q)", r.code, ExitFindings, r.stderr)
			}
			out := decodeJSON(t, r.stdout)
			if got := out.paths(); !slices.Equal(got, []string{tt.wantPath}) {
				t.Errorf("paths = %q, want [%q]", got, tt.wantPath)
			}
			if got := out.rules(); !slices.Equal(got, tt.wantRules) {
				t.Errorf("rules = %q, want %q", got, tt.wantRules)
			}
		})
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":                "Fine.\n",
		"a.md":                 "Fine.\n",
		"sub/c.html":           "<p>Fine.</p>\n",
		"sub-dir/e.htm":        "<p>Fine.</p>\n",
		"Z.TXT":                "Fine.\n",
		"notes.json":           "{}\n",
		"page.markdown":        "Fine.\n",
		".hidden/d.txt":        "Fine.\n",
		".git/f.txt":           "Fine.\n",
		"node_modules/g.txt":   "Fine.\n",
		"vendor/h.txt":         "Fine.\n",
		"sub/deeper/i.txt":     "Fine.\n",
		"sub/.cache/j.txt":     "Fine.\n",
		"sub/vendor/k.txt":     "Fine.\n",
		"sub/deeper/notes.csv": "a,b\n",
	})
	join := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, filepath.FromSlash(n)))
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"defaults", []string{dir}, join("Z.TXT", "a.md", "b.txt", "page.markdown", "sub-dir/e.htm", "sub/c.html", "sub/deeper/i.txt")},
		{"ext", []string{"--ext", "json,.CSV", dir}, join("notes.json", "sub/deeper/notes.csv")},
		{"file and directory", []string{filepath.Join(dir, "notes.json"), filepath.Join(dir, "sub")}, join("notes.json", "sub/c.html", "sub/deeper/i.txt")},
		{"same file twice", []string{filepath.Join(dir, "b.txt"), dir, filepath.Join(dir, "b.txt")}, join("Z.TXT", "a.md", "b.txt", "page.markdown", "sub-dir/e.htm", "sub/c.html", "sub/deeper/i.txt")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--format", "json", "--disable", "doc-note"}, tt.args...)
			r := runCLI(t, "", args...)
			if r.code != ExitClean {
				t.Errorf("exit code = %d, want %d (stderr %q)", r.code, ExitClean, r.stderr)
			}
			if got := decodeJSON(t, r.stdout).paths(); !slices.Equal(got, tt.want) {
				t.Errorf("paths = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInputErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.txt": "Sorry!\n",
		"bad.txt":  "Fine.\nab\xffc\n",
		"nul.txt":  "a\x00b",
	})
	missing := filepath.Join(dir, "missing.txt")
	r := runCLI(t, "", "--format", "json", dir, missing)
	if r.code != ExitError {
		t.Errorf("exit code = %d, want %d", r.code, ExitError)
	}
	out := decodeJSON(t, r.stdout)
	if got, want := out.paths(), []string{filepath.Join(dir, "good.txt")}; !slices.Equal(got, want) {
		t.Errorf("linted paths = %q, want %q", got, want)
	}
	if got := out.rules(); len(got) == 0 {
		t.Errorf("good.txt got no findings, want them reported despite the errors")
	}
	type entry struct{ path, message string }
	var got []entry
	for _, e := range out.Errors {
		got = append(got, entry{e.Path, e.Message})
	}
	want := []entry{
		{filepath.Join(dir, "bad.txt"), "2:3: invalid UTF-8 byte 0xFF"},
		{filepath.Join(dir, "missing.txt"), "no such file or directory"},
		{filepath.Join(dir, "nul.txt"), "1:2: NUL byte: not a text file"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
	if out.Summary.Errors != 3 || out.Summary.Files != 1 {
		t.Errorf("summary = %+v, want 1 file and 3 errors", out.Summary)
	}

	text := runCLI(t, "", missing)
	if want := missing + ": error: no such file or directory\n"; !strings.HasPrefix(text.stdout, want) {
		t.Errorf("text output = %q, want it to start with %q", text.stdout, want)
	}
}

func TestMinSeverity(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Sorry!\n", "clean.txt": "Fine.\n"})
	a, clean := filepath.Join(dir, "a.txt"), filepath.Join(dir, "clean.txt")
	tests := []struct {
		level string
		path  string
		want  []string
		code  int
	}{
		{"info", a, []string{"sorry-word", "no-exclaim", "doc-note"}, ExitFindings},
		{"warning", a, []string{"sorry-word", "no-exclaim"}, ExitFindings},
		{"error", a, []string{"no-exclaim"}, ExitFindings},
		{"info", clean, []string{"doc-note"}, ExitFindings},
		{"warning", clean, nil, ExitClean},
	}
	for _, tt := range tests {
		t.Run(tt.level+" "+filepath.Base(tt.path), func(t *testing.T) {
			r := runCLI(t, "", "--format", "json", "--min-severity", tt.level, tt.path)
			if r.code != tt.code {
				t.Errorf("exit code = %d, want %d", r.code, tt.code)
			}
			out := decodeJSON(t, r.stdout)
			if got := out.rules(); !slices.Equal(got, tt.want) {
				t.Errorf("rules = %q, want %q", got, tt.want)
			}
			if out.Summary.Findings != len(tt.want) {
				t.Errorf("summary findings = %d, want %d", out.Summary.Findings, len(tt.want))
			}
		})
	}
}

func TestEnableDisable(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Sorry!\n"})
	a := filepath.Join(dir, "a.txt")
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--enable", "no-exclaim"}, []string{"no-exclaim"}},
		{[]string{"--enable", "no-exclaim, sorry-word"}, []string{"sorry-word", "no-exclaim"}},
		{[]string{"--disable", "doc-note", "--disable", "no-exclaim"}, []string{"sorry-word"}},
		{[]string{"--enable", "no-exclaim,doc-note", "--disable", "doc-note"}, []string{"no-exclaim"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runCLI(t, "", append(append([]string{"--format", "json"}, tt.args...), a)...)
			if got := decodeJSON(t, r.stdout).rules(); !slices.Equal(got, tt.want) {
				t.Errorf("rules = %q, want %q (stderr %q)", got, tt.want, r.stderr)
			}
		})
	}
}

func TestJSONShape(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Hi.\nSorry!\n", "b.txt": "Fine.\n"})
	r := runCLI(t, "", "--format", "json", "--disable", "doc-note", dir)
	var raw map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "files", "errors", "summary"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("output lacks key %q", k)
		}
	}
	out := decodeJSON(t, r.stdout)
	if out.Version != 1 {
		t.Errorf("version = %d, want 1", out.Version)
	}
	if len(out.Files) != 2 || out.Files[1].Findings == nil || len(out.Files[1].Findings) != 0 {
		t.Fatalf("files = %+v, want a.txt with findings and b.txt with []", out.Files)
	}
	f := out.Files[0].Findings[0]
	if f.Rule != "sorry-word" || f.Severity != "warning" || f.Scope != "span" || f.Line == nil || *f.Line != 2 {
		t.Errorf("first finding = %+v, want sorry-word warning span on line 2", f)
	}
	if out.Summary.Files != 2 || out.Summary.Findings != 2 || out.Summary.Errors != 0 {
		t.Errorf("summary = %+v, want 2 files, 2 findings, 0 errors", out.Summary)
	}
	if !strings.Contains(r.stdout, `"errors": []`) {
		t.Errorf("output lacks an empty errors list:\n%s", r.stdout)
	}
}

func TestTextOutput(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Hi.\nSorry!\n", "b.txt": "Fine.\n"})
	a := filepath.Join(dir, "a.txt")
	r := runCLI(t, "", "--disable", "doc-note", "--no-structure", dir)
	want := a + ":2:1: warning sorry-word: \"sorry\" found\n" +
		"  2 | Sorry!\n" +
		"    | ^^^^^\n" +
		"\n" +
		a + ":2:6: error no-exclaim: exclamation mark\n" +
		"  2 | Sorry!\n" +
		"    |      ^\n" +
		"\n" +
		"2 problems (1 error, 1 warning, 0 infos) in 1 file\n"
	if r.stdout != want {
		t.Errorf("text output:\n%s\nwant:\n%s", r.stdout, want)
	}
	if r.code != ExitFindings {
		t.Errorf("exit code = %d, want %d", r.code, ExitFindings)
	}
}

func TestQuiet(t *testing.T) {
	dir := writeFiles(t, map[string]string{"clean.txt": "Fine.\n"})
	for _, arg := range []string{"-q", "--quiet"} {
		r := runCLI(t, "", arg, "--disable", "doc-note", dir)
		if r.stdout != "" || r.code != ExitClean {
			t.Errorf("%s on a clean file = %d %q, want 0 and no output", arg, r.code, r.stdout)
		}
	}
	r := runCLI(t, "", "--disable", "doc-note", "--no-structure", dir)
	if want := "no problems in 1 file\n"; r.stdout != want {
		t.Errorf("without -q stdout = %q, want %q", r.stdout, want)
	}
	r = runCLI(t, "", "--disable", "doc-note", dir)
	if want := "clean.txt: acknowledge ✗ apologise ✗ remedy ✗ prevention ✗ contact ✗\n\nno problems in 1 file\n"; !strings.HasSuffix(r.stdout, want) {
		t.Errorf("with the check-list stdout = %q, want it to end %q", r.stdout, want)
	}
}

func TestColor(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Sorry!\n"})
	tests := []struct {
		mode    string
		noColor string
		want    bool
	}{
		{"always", "", true},
		{"always", "1", true},
		{"never", "", false},
		{"auto", "", false}, // a buffer is not a terminal
		{"auto", "1", false},
	}
	for _, tt := range tests {
		t.Run(tt.mode+" NO_COLOR="+tt.noColor, func(t *testing.T) {
			r := runWith(t, "", map[string]string{"NO_COLOR": tt.noColor}, fakeRules, "--color", tt.mode, dir)
			if got := strings.Contains(r.stdout, "\x1b["); got != tt.want {
				t.Errorf("coloured = %v, want %v:\n%q", got, tt.want, r.stdout)
			}
		})
	}
}

func TestRulesCommand(t *testing.T) {
	r := runCLI(t, "", "rules")
	want := "doc-note    info     document  a note on every document\n" +
		"no-exclaim  error    span      exclamation mark\n" +
		"sorry-word  warning  span      the word sorry\n"
	if r.code != ExitClean || r.stdout != want {
		t.Errorf("rules = %d\n%s\nwant 0\n%s", r.code, r.stdout, want)
	}
	if r := runCLI(t, "", "rules", "--help"); r.code != ExitClean || !strings.Contains(r.stderr, "Usage:") {
		t.Errorf("rules --help = %d %q, want 0 and usage", r.code, r.stderr)
	}
}

// TestRegistry runs the real registry, whatever rules it holds at the time: every rule is listed
// by `rules`, and linting a draft works.
func TestRegistry(t *testing.T) {
	all := rules.All(rules.Settings{})
	r := runWith(t, "", nil, rules.All, "rules")
	if got := strings.Count(r.stdout, "\n"); r.code != ExitClean || got != len(all) {
		t.Errorf("rules = %d with %d lines, want 0 with %d", r.code, got, len(all))
	}
	dir := writeFiles(t, map[string]string{"a.txt": "We're sorry we sent the wrong size.\n"})
	r = runWith(t, "", nil, rules.All, "--format", "json", dir)
	if r.code != ExitClean && r.code != ExitFindings {
		t.Errorf("exit code = %d, want %d or %d (stderr %q)", r.code, ExitClean, ExitFindings, r.stderr)
	}
	decodeJSON(t, r.stdout)
}

func TestInputErrorMessage(t *testing.T) {
	// The error entry for a bad file uses the InputError's position and message.
	_, err := draft.Parse("x.txt", []byte("a\xff"), draft.Text)
	if err == nil {
		t.Fatal("Parse of invalid UTF-8 succeeded, want an error")
	}
	dir := writeFiles(t, map[string]string{"x.txt": "a\xff"})
	r := runCLI(t, "", "--format", "json", filepath.Join(dir, "x.txt"))
	if out := decodeJSON(t, r.stdout); len(out.Errors) != 1 || out.Errors[0].Message != err.Error() {
		t.Errorf("errors = %+v, want one with message %q", out.Errors, err.Error())
	}
}
