package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

func TestInit(t *testing.T) {
	dir := repo(t, map[string]string{"a.txt": "Sorry!\n"})
	t.Chdir(dir)

	r := runCLI(t, "", "init")
	if r.code != ExitClean || r.stdout != "wrote .apologylint.yml\n" || r.stderr != "" {
		t.Fatalf("init = %d %q %q, want 0 and \"wrote .apologylint.yml\"", r.code, r.stdout, r.stderr)
	}
	written, err := os.ReadFile(".apologylint.yml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(written, []byte("# apologylint configuration.")) || !bytes.Contains(written, []byte("#   no-exclaim  error")) {
		t.Errorf("starter file:\n%s\nwant the commented starter listing the rules", written)
	}
	// The starter is a valid configuration that changes nothing.
	if r := runCLI(t, "", "--format", "json", "a.txt"); r.code != ExitFindings || len(decodeJSON(t, r.stdout).rules()) != 3 {
		t.Errorf("lint with the starter = %d %q, want all three rules to report", r.code, r.stdout)
	}

	if err := os.WriteFile(".apologylint.yml", []byte("rules: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, "", "init")
	if want := "apologylint: .apologylint.yml already exists (use --force to overwrite it)\n"; r.code != ExitError || r.stderr != want {
		t.Errorf("second init = %d %q, want 2 %q", r.code, r.stderr, want)
	}
	if got, _ := os.ReadFile(".apologylint.yml"); string(got) != "rules: {}\n" {
		t.Errorf("refused init changed the file to:\n%s", got)
	}
	if r := runCLI(t, "", "init", "--force"); r.code != ExitClean {
		t.Errorf("init --force = %d %q, want 0", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(".apologylint.yml"); !bytes.Equal(got, written) {
		t.Errorf("init --force wrote:\n%s\nwant the starter", got)
	}

	// With a .apologylint.yaml in the folder, that is the file init stands by or replaces.
	if err := os.Rename(".apologylint.yml", ".apologylint.yaml"); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, "", "init")
	if want := "apologylint: .apologylint.yaml already exists (use --force to overwrite it)\n"; r.code != ExitError || r.stderr != want {
		t.Errorf("init beside .yaml = %d %q, want 2 %q", r.code, r.stderr, want)
	}
	if r := runCLI(t, "", "init", "--force"); r.stdout != "wrote .apologylint.yaml\n" {
		t.Errorf("init --force beside .yaml = %q, want it to rewrite .apologylint.yaml", r.stdout)
	}
	if _, err := os.Stat(".apologylint.yml"); err == nil {
		t.Errorf("init --force created .apologylint.yml beside .apologylint.yaml")
	}

	for _, args := range [][]string{{"init", "x"}, {"init", "--forse"}} {
		if r := runCLI(t, "", args...); r.code != ExitError {
			t.Errorf("%q = %d, want %d", args, r.code, ExitError)
		}
	}
}

func TestExplain(t *testing.T) {
	r := runWith(t, "", nil, rules.All, "explain", "too-long")
	if r.code != ExitClean || r.stderr != "" {
		t.Fatalf("explain too-long = %d %q", r.code, r.stderr)
	}
	for _, want := range []string{
		"too-long: the body is longer than the word limit\n",
		"Default severity: info. Scope: document.\n",
		"\nBad:\n  A 600-word letter",
		"\nGood:\n  A 150-word letter",
		"Options (in .apologylint.yml, under rules: too-long:):\n  max_words: the word limit",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explain too-long lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if len([]rune(line)) > explainWidth {
			t.Errorf("line longer than %d: %q", explainWidth, line)
		}
	}

	r = runCLI(t, "", "explain", "no-exclaim")
	if want := "no-exclaim: exclamation mark\nDefault severity: error. Scope: span.\n"; r.stdout != want {
		t.Errorf("explain of a rule with only a summary = %q, want %q", r.stdout, want)
	}
	r = runCLI(t, "", "explain", "no-exclam")
	if want := "apologylint: unknown rule \"no-exclam\" (did you mean \"no-exclaim\"?)\n"; r.code != ExitError || r.stderr != want {
		t.Errorf("explain with a typo = %d %q, want 2 %q", r.code, r.stderr, want)
	}
	for _, args := range [][]string{{"explain"}, {"explain", "a", "b"}} {
		if r := runCLI(t, "", args...); r.code != ExitError || !strings.Contains(r.stderr, "Usage:\n  apologylint explain RULE") {
			t.Errorf("%q = %d %q, want 2 and the usage", args, r.code, r.stderr)
		}
	}
	if r := runCLI(t, "", "explain", "--help"); r.code != ExitClean || !strings.Contains(r.stderr, "Usage:") {
		t.Errorf("explain --help = %d %q, want 0 and the usage", r.code, r.stderr)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		text, indent string
		width        int
		want         string
	}{
		{"a bb ccc dddd", "", 6, "a bb\nccc\ndddd"},
		{"a bb", "  ", 10, "  a bb"},
		{"averyveryverylongword x", "", 5, "averyveryverylongword\nx"},
		{"", "  ", 10, "  "},
	}
	for _, tt := range tests {
		if got := wrap(tt.text, tt.width, tt.indent); got != tt.want {
			t.Errorf("wrap(%q, %d, %q) = %q, want %q", tt.text, tt.width, tt.indent, got, tt.want)
		}
	}
}

func TestRulesJSON(t *testing.T) {
	r := runWith(t, "", nil, rules.All, "rules", "--format", "json")
	if r.code != ExitClean {
		t.Fatalf("rules --format json = %d %q", r.code, r.stderr)
	}
	var out struct {
		Version int `json:"version"`
		Rules   []struct {
			ID, Severity, Scope, Summary, Explain, Bad, Good string
			Options                                          []struct{ Key, Type, Doc string }
		} `json:"rules"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	all := rules.All(rules.Settings{})
	if out.Version != 1 || len(out.Rules) != len(all) {
		t.Fatalf("version %d with %d rules, want 1 with %d", out.Version, len(out.Rules), len(all))
	}
	for i, jr := range out.Rules {
		want := all[i]
		if jr.ID != want.ID || jr.Severity != want.Severity.String() || jr.Scope != want.Scope.String() ||
			jr.Summary != want.Doc.Summary || jr.Explain != want.Doc.Explain || jr.Bad != want.Doc.Bad || jr.Good != want.Doc.Good {
			t.Errorf("rule %d = %+v, want %s's doc", i, jr, want.ID)
		}
		if jr.ID == "too-long" && (len(jr.Options) != 1 || jr.Options[0].Key != "max_words" || jr.Options[0].Type != "number") {
			t.Errorf("too-long options = %+v, want max_words, a number", jr.Options)
		}
	}
	// Every key is always there, options as [] when there are none.
	r = runCLI(t, "", "rules", "--format", "json")
	if !strings.Contains(r.stdout, `"options": []`) || !strings.Contains(r.stdout, `"explain": ""`) {
		t.Errorf("rules JSON leaves out empty fields:\n%s", r.stdout)
	}
	r = runCLI(t, "", "rules", "--format", "jsn")
	if want := "apologylint: unknown format \"jsn\" (did you mean \"json\"?)\n"; r.code != ExitError || r.stderr != want {
		t.Errorf("rules --format jsn = %d %q, want 2 %q", r.code, r.stderr, want)
	}
}

// TestRulesDoc checks that docs/rules.md is what `apologylint rules --format markdown` prints for
// the registry as it is now. Regenerate it with `go test ./internal/cli -run TestRulesDoc
// -update`.
func TestRulesDoc(t *testing.T) {
	r := runWith(t, "", nil, rules.All, "rules", "--format", "markdown")
	if r.code != ExitClean {
		t.Fatalf("rules --format markdown = %d %q", r.code, r.stderr)
	}
	path := filepath.Join("..", "..", "docs", "rules.md")
	if *update {
		if err := os.WriteFile(path, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/cli -run TestRulesDoc -update to create it)", err)
	}
	if r.stdout != string(want) {
		t.Errorf("docs/rules.md is out of date (run go test ./internal/cli -run TestRulesDoc -update)\ngot:\n%s", r.stdout)
	}
}

func TestRulesMarkdown(t *testing.T) {
	registry := func(rules.Settings) []lint.Rule {
		return []lint.Rule{{
			ID: "too-long", Severity: lint.Info, Scope: lint.ScopeDocument,
			Doc: lint.Doc{Summary: "long | wordy", Explain: "Why.", Bad: "Bad text.", Good: "Good text."},
		}}
	}
	r := runWith(t, "", nil, registry, "rules", "--format", "markdown")
	for _, want := range []string{
		"| [`too-long`](#too-long) | info | document | long \\| wordy |\n",
		"\n## too-long\n\nLong | wordy.\n\nDefault severity: info. Scope: document.\n\nWhy.\n\nBad:\n\n> Bad text.\n\nGood:\n\n> Good text.\n\nOptions:\n\n- `max_words`: the word limit",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("markdown lacks %q:\n%s", want, r.stdout)
		}
	}
}
