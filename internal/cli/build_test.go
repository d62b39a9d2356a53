package cli

import (
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/rules"
)

// TestLinterBuildFailsBeforeOutput checks that a linter that cannot be built ends the run with
// its error and nothing on stdout, although the drafts are read and parsed while it compiles.
func TestLinterBuildFailsBeforeOutput(t *testing.T) {
	broken := func(s rules.Settings) []lint.Rule {
		rs := fakeRules(s)
		rs[0].Phrases = []phrase.Def{{Name: "bad", Pattern: "sorry {unclosed"}}
		return rs
	}
	files := map[string]string{}
	for _, name := range []string{"a.txt", "b.txt", "c.md", "d.txt"} {
		files[name] = "We are sorry!\n"
	}
	dir := writeFiles(t, files)
	for _, args := range [][]string{
		{"--no-config", dir},
		{"--no-config", "--format", "json", dir},
		{"--no-config", "--format", "sarif", dir},
		{"--no-config", "--diff", dir},
	} {
		r := runWith(t, "", map[string]string{}, broken, args...)
		if r.code != ExitError {
			t.Errorf("%q: exit %d, want %d", args, r.code, ExitError)
		}
		if r.stdout != "" {
			t.Errorf("%q: stdout %q, want nothing", args, r.stdout)
		}
		if !strings.Contains(r.stderr, "build linter:") || !strings.Contains(r.stderr, "unclosed") || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line with the build error", args, r.stderr)
		}
	}
}
