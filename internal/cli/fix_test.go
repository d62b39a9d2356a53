package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/diff"
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/linttest"
	"github.com/apologylint/apologylint/rules"
)

// fixRules is a registry whose rules carry fixes:
//
//   - double-word (warning): a word said twice, "was was"; the fix drops the first. Only the
//     first finding of a line is kept, so "we we we" takes two passes.
//   - exclaim (error): each "!", fixed to ".".
//   - sorry-word (warning): each "sorry", with no fix.
//   - ping and pong (info): "ping" fixed to "pong" and back, which never settles.
//   - broken (info): "café" with a fix that cuts the é in half, leaving text that cannot parse.
func fixRules(rules.Settings) []lint.Rule {
	word := func(id string, sev lint.Severity, match, to string) lint.Rule {
		return lint.Rule{
			ID: id, Scope: lint.ScopeSpan, Severity: sev, Doc: lint.Doc{Summary: id},
			Check: func(p *lint.Pass) []lint.Finding {
				var out []lint.Finding
				for _, t := range p.Doc.Tokens() {
					if t.Norm != match {
						continue
					}
					f := lint.Finding{Span: t.Span, Message: id}
					if to != "" {
						f.Fix = &lint.Fix{Span: t.Span, Text: to}
					}
					out = append(out, f)
				}
				return out
			},
		}
	}
	return []lint.Rule{
		{
			ID: "broken", Scope: lint.ScopeSpan, Severity: lint.Info, Doc: lint.Doc{Summary: "broken"},
			Check: func(p *lint.Pass) []lint.Finding {
				var out []lint.Finding
				for _, t := range p.Doc.Tokens() {
					if t.Norm == "café" {
						half := draft.Span{Start: t.Span.End - 1, End: t.Span.End}
						out = append(out, lint.Finding{Span: t.Span, Message: "broken", Fix: &lint.Fix{Span: half}})
					}
				}
				return out
			},
		},
		{
			ID: "double-word", Scope: lint.ScopeSpan, Severity: lint.Warning, Doc: lint.Doc{Summary: "double word"},
			Check: func(p *lint.Pass) []lint.Finding {
				var out []lint.Finding
				toks := p.Doc.Tokens()
				for i := 0; i+1 < len(toks); i++ {
					a, b := toks[i], toks[i+1]
					if a.Norm == b.Norm && a.Sentence == b.Sentence && a.Norm[0] >= 'a' && a.Norm[0] <= 'z' {
						out = append(out, lint.Finding{
							Span: draft.Span{Start: a.Span.Start, End: b.Span.End}, Message: "double " + a.Norm,
							Fix: &lint.Fix{Span: draft.Span{Start: a.Span.Start, End: b.Span.Start}},
						})
					}
				}
				return out
			},
		},
		word("exclaim", lint.Error, "!", "."),
		word("ping", lint.Info, "ping", "pong"),
		word("pong", lint.Info, "pong", "ping"),
		word("sorry-word", lint.Warning, "sorry", ""),
	}
}

// runFix runs the command line with fixRules in dir, which becomes the working directory.
func runFix(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	t.Chdir(dir)
	return runWith(t, stdin, map[string]string{}, fixRules, append([]string{"--no-config"}, args...)...)
}

// checkFiles fails unless dir holds exactly the files given, with that content.
func checkFiles(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s is missing", name)
		} else if g != w {
			t.Errorf("%s holds %q, want %q", name, g, w)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected file %s", name)
		}
	}
}

func TestFixWritesFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":     "It was was late!\nWe we we are sorry.\n",
		"clean.txt": "Fine.\n",
	})
	if err := os.Chmod(filepath.Join(dir, "a.txt"), 0o640); err != nil {
		t.Fatal(err)
	}
	r := runFix(t, dir, "", "--fix", ".")
	if r.code != ExitFindings {
		t.Errorf("exit code = %d, want %d (sorry-word remains); stderr %q", r.code, ExitFindings, r.stderr)
	}
	checkFiles(t, dir, map[string]string{
		"a.txt":     "It was late.\nwe are sorry.\n",
		"clean.txt": "Fine.\n",
	})
	info, err := os.Stat(filepath.Join(dir, "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("a.txt mode = %v, want -rw-r-----", info.Mode().Perm())
	}
	// The report is of the fixed text: only the "sorry" is left, at its new place.
	if !strings.HasPrefix(r.stdout, "a.txt:2:8: warning sorry-word: sorry-word\n") {
		t.Errorf("report does not start with the remaining finding:\n%s", r.stdout)
	}
	// pass 1: "was was", "!", "We we"; pass 2: "we we"
	if !strings.HasSuffix(r.stdout, "1 problem (0 errors, 1 warning, 0 infos) in 1 file\n4 fixes applied in 1 file\n") {
		t.Errorf("report does not end with the summary and the fixes applied:\n%s", r.stdout)
	}
	if r.stderr != "" {
		t.Errorf("stderr = %q, want empty", r.stderr)
	}
}

func TestFixExitCodes(t *testing.T) {
	tests := []struct {
		name     string
		content  string
		args     []string
		want     string // the file afterwards
		code     int
		contains string // in stdout
	}{
		{"everything fixed", "Late!\n", []string{"--enable", "exclaim"}, "Late.\n", ExitClean, "1 fix applied in 1 file\n"},
		{"nothing to fix", "Fine.\n", nil, "Fine.\n", ExitClean, "no fixes applied\n"},
		{"fixes hidden by --min-severity are not applied", "It was was late!\n", []string{"--min-severity", "error"},
			"It was was late.\n", ExitClean, "1 fix applied in 1 file\n"},
		{"at most five passes", "ping\n", []string{"--enable", "ping,pong", "--format", "json"}, "pong\n", ExitFindings, `"rule": "pong"`},
		{"a fix that breaks the text is not applied", "café\n", []string{"--enable", "broken"}, "café\n", ExitFindings, "no fixes applied\n"},
		{"quiet leaves out the fixes line", "Late!\n", []string{"-q"}, "Late.\n", ExitClean, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"a.txt": tt.content})
			r := runFix(t, dir, "", append(tt.args, "--fix", "a.txt")...)
			if r.code != tt.code {
				t.Errorf("exit code = %d, want %d; stdout:\n%s\nstderr %q", r.code, tt.code, r.stdout, r.stderr)
			}
			checkFiles(t, dir, map[string]string{"a.txt": tt.want})
			if !strings.Contains(r.stdout, tt.contains) {
				t.Errorf("stdout lacks %q:\n%s", tt.contains, r.stdout)
			}
			if tt.contains == "" && strings.Contains(r.stdout, "applied") {
				t.Errorf("stdout mentions fixes applied:\n%s", r.stdout)
			}
		})
	}
}

// TestFixChangedSinceRead edits the file while it is being linted: --fix must not write over the
// edit, must say so on one line naming the file, and must leave no temporary file behind.
func TestFixChangedSinceRead(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Late!\n", "b.txt": "Also late!\n"})
	meddler := func(s rules.Settings) []lint.Rule {
		rs := fixRules(s)
		for i, r := range rs {
			if r.ID != "exclaim" {
				continue
			}
			check := r.Check
			rs[i].Check = func(p *lint.Pass) []lint.Finding {
				if p.Doc.Path() == "a.txt" {
					if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Edited meanwhile!\n"), 0o644); err != nil {
						t.Error(err)
					}
				}
				return check(p)
			}
		}
		return rs
	}
	t.Chdir(dir)
	r := runWith(t, "", nil, meddler, "--no-config", "--fix", "a.txt", "b.txt")
	if r.code != ExitError {
		t.Errorf("exit code = %d, want %d", r.code, ExitError)
	}
	if !strings.Contains(r.stdout, "\na.txt: error: changed since it was read; not fixed\n") {
		t.Errorf("report lacks the error for a.txt:\n%s", r.stdout)
	}
	if !strings.HasSuffix(r.stdout, "1 file could not be linted\n1 fix applied in 1 file\n") {
		t.Errorf("report does not end with the counts:\n%s", r.stdout)
	}
	checkFiles(t, dir, map[string]string{"a.txt": "Edited meanwhile!\n", "b.txt": "Also late.\n"})
}

func TestFixStdin(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, in, want string
		code           int
	}{
		{"fixed", "It was was late!\n", "It was late.\n", ExitClean},
		{"remaining", "Sorry sorry!", "sorry.", ExitFindings},
		{"cannot be parsed: the text comes back as it was", "Late!\xff\n", "Late!\xff\n", ExitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runFix(t, dir, tt.in, "--fix", "--format", "json", "-")
			if r.code != tt.code {
				t.Errorf("exit code = %d, want %d (stderr %q)", r.code, tt.code, r.stderr)
			}
			if r.stdout != tt.want {
				t.Errorf("stdout = %q, want %q", r.stdout, tt.want)
			}
			// The report goes to stderr, so that stdout holds nothing but the text.
			decodeJSON(t, r.stderr)
		})
	}
	checkFiles(t, dir, map[string]string{})
}

func TestDiff(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":     "One.\nTwo.\nThree.\nFour.\nIt was was late!\nSix.\nSeven.\nEight.\nNine.\nTen!",
		"clean.txt": "Fine.\n",
	})
	const want = `--- a/a.txt
+++ b/a.txt
@@ -2,9 +2,9 @@
 Two.
 Three.
 Four.
-It was was late!
+It was late.
 Six.
 Seven.
 Eight.
 Nine.
-Ten!
\ No newline at end of file
+Ten.
\ No newline at end of file
`
	tests := []struct {
		name   string
		args   []string
		stdout string
		stderr string
		code   int
	}{
		{"a diff", []string{"a.txt", "clean.txt"}, want, "", ExitFindings},
		{"no diff", []string{"clean.txt"}, "", "", ExitClean},
		{"only what --fix would fix", []string{"--enable", "sorry-word", "a.txt"}, "", "", ExitClean},
		{"an unreadable path", []string{"missing.txt", "a.txt"}, want, "apologylint: missing.txt: no such file or directory\n", ExitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runFix(t, dir, "", append([]string{"--diff"}, tt.args...)...)
			if r.code != tt.code {
				t.Errorf("exit code = %d, want %d", r.code, tt.code)
			}
			if r.stdout != tt.stdout {
				t.Errorf("stdout =\n%s\nwant:\n%s", r.stdout, tt.stdout)
			}
			if r.stderr != tt.stderr {
				t.Errorf("stderr = %q, want %q", r.stderr, tt.stderr)
			}
		})
	}
	// --diff writes nothing.
	checkFiles(t, dir, map[string]string{
		"a.txt":     "One.\nTwo.\nThree.\nFour.\nIt was was late!\nSix.\nSeven.\nEight.\nNine.\nTen!",
		"clean.txt": "Fine.\n",
	})
}

func TestDiffStdin(t *testing.T) {
	r := runFix(t, t.TempDir(), "Late!\n", "--diff", "--stdin-filename", "reply.md", "-")
	want := "--- a/reply.md\n+++ b/reply.md\n@@ -1 +1 @@\n-Late!\n+Late.\n"
	if r.code != ExitFindings || r.stdout != want {
		t.Errorf("--diff - = %d\n%s\nwant %d\n%s", r.code, r.stdout, ExitFindings, want)
	}
}

func TestFixUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--fix", "--diff"}, "--fix and --diff cannot be used together"},
		{[]string{"--diff", "--format", "json"}, "--diff prints a diff, not a report, and takes no --format"},
	}
	for _, tt := range tests {
		r := runCLI(t, "", append(tt.args, "a.txt")...)
		if r.code != ExitError || r.stderr != "apologylint: "+tt.want+"\n" {
			t.Errorf("%q = %d %q, want %d %q", tt.args, r.code, r.stderr, ExitError, tt.want)
		}
	}
}

func TestPickFixes(t *testing.T) {
	fix := func(start, end int, text string) *lint.Fix {
		return &lint.Fix{Span: draft.Span{Start: start, End: end}, Text: text}
	}
	findings := []lint.Finding{
		{Fix: fix(10, 14, "a")},
		{Fix: fix(0, 4, "b")},
		{},                      // no fix
		{Fix: fix(2, 6, "c")},   // overlaps 0-4
		{Fix: fix(4, 4, "d")},   // an insertion where 0-4 ends: no overlap
		{Fix: fix(4, 5, "e")},   // starts where the insertion does
		{Fix: fix(14, 20, "f")}, // starts where 10-14 ends
		{Fix: fix(10, 14, "a")}, // the same fix twice
	}
	var got []string
	for _, f := range pickFixes(findings) {
		got = append(got, f.Text)
	}
	if want := []string{"b", "d", "a", "f"}; !slices.Equal(got, want) {
		t.Errorf("pickFixes = %q, want %q", got, want)
	}
	src := []byte("0123456789abcdefghijkl")
	if got := string(applyFixes(src, pickFixes(findings))); got != "bd456789afkl" {
		t.Errorf("applyFixes = %q, want %q", got, "bd456789afkl")
	}
}

// TestFixRuleFixtures runs --diff and --fix with the real rules on every rule fixture that has
// fixes, each with only its own rule: --diff must show exactly what --fix then writes, and a
// second lint must find none of the fixed findings and parse the file.
func TestFixRuleFixtures(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "..", "rules", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	ids, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	type finding struct {
		Rule    string          `json:"rule"`
		Message string          `json:"message"`
		Fix     json.RawMessage `json:"fix"`
	}
	type report struct {
		Files []struct {
			Findings []finding `json:"findings"`
		} `json:"files"`
		Errors []any `json:"errors"`
	}
	lintJSON := func(t *testing.T, id, name string) report {
		t.Helper()
		r := runWith(t, "", nil, rules.All, "--no-config", "--enable", id, "--format", "json", name)
		var rep report
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || r.code == ExitError || len(rep.Errors) > 0 {
			t.Fatalf("lint %s: exit %d, %v\n%s%s", name, r.code, err, r.stdout, r.stderr)
		}
		return rep
	}
	tested := 0
	for _, e := range ids {
		files, err := linttest.Files(filepath.Join(root, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			id, name := e.Name(), filepath.Base(path)
			src := cutWants(string(data))
			dir := writeFiles(t, map[string]string{name: src})
			t.Chdir(dir)
			before := lintJSON(t, id, name)
			var fixable []finding
			for _, f := range before.Files[0].Findings {
				if len(f.Fix) > 0 {
					fixable = append(fixable, f)
				}
			}
			if len(fixable) == 0 {
				continue
			}
			tested++
			t.Run(id+"/"+name, func(t *testing.T) {
				d := runWith(t, "", nil, rules.All, "--no-config", "--enable", id, "--diff", name)
				if d.code != ExitFindings || d.stdout == "" {
					t.Fatalf("--diff = %d %q, want %d and a diff", d.code, d.stderr, ExitFindings)
				}
				f := runWith(t, "", nil, rules.All, "--no-config", "--enable", id, "--fix", name)
				if f.code == ExitError {
					t.Fatalf("--fix = %d\n%s%s", f.code, f.stdout, f.stderr)
				}
				got, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				if want := diff.Unified("a/"+name, "b/"+name, []byte(src), got); d.stdout != want {
					t.Errorf("--diff printed\n%s\nbut --fix wrote\n%s", d.stdout, want)
				}
				after := lintJSON(t, id, name)
				for _, fd := range after.Files[0].Findings {
					if len(fd.Fix) > 0 {
						t.Errorf("a fix is left: %s %q", fd.Rule, fd.Message)
					}
					for _, was := range fixable {
						if fd.Rule == was.Rule && fd.Message == was.Message {
							t.Errorf("still reported after --fix: %s %q", fd.Rule, fd.Message)
						}
					}
				}
				if again := runWith(t, "", nil, rules.All, "--no-config", "--enable", id, "--diff", name); again.code != ExitClean || again.stdout != "" {
					t.Errorf("--diff after --fix = %d\n%s", again.code, again.stdout)
				}
			})
		}
	}
	if tested == 0 {
		t.Error("no rule fixture has a fix")
	}
}

// cutWants removes a fixture's expectations as the linttest harness does: from "// want" to the
// end of its line, and the "// want-doc" lines.
func cutWants(data string) string {
	var b strings.Builder
	for _, ln := range strings.SplitAfter(data, "\n") {
		if strings.HasPrefix(strings.TrimSpace(ln), "// want-doc") {
			continue
		}
		if i := strings.Index(ln, "// want"); i >= 0 {
			ln = ln[:i] + ln[len(strings.TrimRight(ln, "\r\n")):]
		}
		b.WriteString(ln)
	}
	return b.String()
}
