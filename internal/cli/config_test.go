package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/rules"
)

// repo creates files in a new folder that is a repository root, so that the search for a
// configuration stops there, and returns the folder.
func repo(t *testing.T, files map[string]string) string {
	t.Helper()
	all := map[string]string{".git/HEAD": "ref: refs/heads/main\n"}
	for k, v := range files {
		all[k] = v
	}
	return writeFiles(t, all)
}

// findings lists "path-relative-to-dir rule severity" for every finding of a JSON report.
func findings(t *testing.T, dir, stdout string) []string {
	t.Helper()
	var out []string
	for _, f := range decodeJSON(t, stdout).Files {
		rel, err := filepath.Rel(dir, f.Path)
		if err != nil {
			rel = f.Path
		}
		for _, fd := range f.Findings {
			out = append(out, filepath.ToSlash(rel)+" "+fd.Rule+" "+fd.Severity)
		}
	}
	return out
}

func TestConfigDiscovery(t *testing.T) {
	dir := repo(t, map[string]string{
		".apologylint.yml": `rules:
  doc-note: {enabled: false}
  no-exclaim: {severity: warning}
overrides:
  - files: ["loud/**"]
    rules:
      no-exclaim: {severity: error}
`,
		"a.txt":      "Sorry!\n",
		"loud/b.txt": "Sorry!\n",
		// A nearer file replaces the root's; this one builds on it.
		"team/.apologylint.yml": "extends: ../.apologylint.yml\nrules: {sorry-word: {severity: info}}\n",
		"team/c.txt":            "Sorry!\n",
		// This one does not extend: the defaults apart from what it says.
		"other/.apologylint.yaml": "rules: {sorry-word: {enabled: false}}\n",
		"other/deep/d.txt":        "Sorry!\n",
	})
	r := runCLI(t, "", "--format", "json", dir)
	if r.code != ExitFindings {
		t.Errorf("exit code = %d, want %d (stderr %q)", r.code, ExitFindings, r.stderr)
	}
	want := []string{
		"a.txt sorry-word warning", "a.txt no-exclaim warning",
		"loud/b.txt sorry-word warning", "loud/b.txt no-exclaim error",
		"other/deep/d.txt no-exclaim error", "other/deep/d.txt doc-note info",
		"team/c.txt sorry-word info", "team/c.txt no-exclaim warning",
	}
	if got := findings(t, dir, r.stdout); !slices.Equal(got, want) {
		t.Errorf("findings = %q\nwant %q", got, want)
	}

	// A file named on the command line, and standard input, get the configuration of their
	// folder; standard input that of the working directory.
	r = runCLI(t, "", "--format", "json", filepath.Join(dir, "team", "c.txt"))
	if got, want := findings(t, dir, r.stdout), []string{"team/c.txt sorry-word info", "team/c.txt no-exclaim warning"}; !slices.Equal(got, want) {
		t.Errorf("named file: findings = %q, want %q", got, want)
	}
	t.Chdir(filepath.Join(dir, "team"))
	r = runCLI(t, "Sorry!\n", "--format", "json", "--stdin-filename", "reply.txt", "-")
	if got, want := findings(t, ".", r.stdout), []string{"reply.txt sorry-word info", "reply.txt no-exclaim warning"}; !slices.Equal(got, want) {
		t.Errorf("stdin: findings = %q, want %q", got, want)
	}
}

func TestConfigFlags(t *testing.T) {
	dir := repo(t, map[string]string{
		".apologylint.yml": "rules: {doc-note: {enabled: false}, sorry-word: {enabled: false}}\n",
		"ci.yml":           "rules: {no-exclaim: {enabled: false}}\n",
		"a.txt":            "Sorry!\n",
		"sub/b.txt":        "Sorry!\n",
	})
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"found", nil, []string{"a.txt no-exclaim error", "sub/b.txt no-exclaim error"}},
		{"--config", []string{"--config", filepath.Join(dir, "ci.yml")}, []string{"a.txt sorry-word warning", "a.txt doc-note info", "sub/b.txt sorry-word warning", "sub/b.txt doc-note info"}},
		{"--no-config", []string{"--no-config"}, []string{"a.txt sorry-word warning", "a.txt no-exclaim error", "a.txt doc-note info", "sub/b.txt sorry-word warning", "sub/b.txt no-exclaim error", "sub/b.txt doc-note info"}},
		// The command line wins over the file: --enable runs a rule the file turns off.
		{"--enable", []string{"--enable", "sorry-word"}, []string{"a.txt sorry-word warning", "sub/b.txt sorry-word warning"}},
		{"--disable", []string{"--disable", "no-exclaim"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", append(append([]string{"--format", "json"}, tt.args...), dir)...)
			if r.stderr != "" {
				t.Errorf("stderr = %q", r.stderr)
			}
			if got := findings(t, dir, r.stdout); !slices.Equal(got, tt.want) {
				t.Errorf("findings = %q, want %q", got, tt.want)
			}
		})
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--config", "x.yml", "--no-config"}, "--config and --no-config cannot be used together"},
		{[]string{"--config", ""}, "--config is empty"},
		{[]string{"--config", filepath.Join(dir, "missing.yml")}, "open " + filepath.Join(dir, "missing.yml") + ": no such file or directory"},
	} {
		r := runCLI(t, "", append(tt.args, dir)...)
		if want := "apologylint: " + tt.want + "\n"; r.code != ExitError || r.stderr != want || r.stdout != "" {
			t.Errorf("%q = %d %q %q, want 2, %q and no output", tt.args, r.code, r.stderr, r.stdout, want)
		}
	}
}

// The thresholds a configuration sets reach the registry, and --max-words wins over them.
func TestConfigSettings(t *testing.T) {
	var got []int
	registry := func(s rules.Settings) []lint.Rule {
		got = append(got, s.MaxWords)
		return append(fakeRules(s), lint.Rule{
			ID: "too-long", Scope: lint.ScopeDocument, Severity: lint.Info,
			Check: func(*lint.Pass) []lint.Finding { return nil },
		})
	}
	dir := repo(t, map[string]string{
		".apologylint.yml": "rules: {too-long: {max_words: 250}}\noverrides: [{files: [b.txt], rules: {too-long: {max_words: 9}}}]\n",
		"a.txt":            "Fine.\n",
		"b.txt":            "Fine.\n",
	})
	for _, tt := range []struct {
		args []string
		want []int
	}{
		// The first call lists the registry's IDs; then one per linter.
		{nil, []int{0, 0, 250, 9}},
		{[]string{"--max-words", "42"}, []int{0, 0, 42, 42}},
	} {
		got = nil
		r := runWith(t, "", nil, registry, append(tt.args, dir)...)
		if r.code == ExitError {
			t.Fatalf("stderr = %q", r.stderr)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: MaxWords given to the registry = %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestMalformedConfig(t *testing.T) {
	tests := []struct {
		name   string
		config string
		want   string // after "<path>:"
	}{
		{"unknown key", "rules: {}\nignroe: []\n", `2:1: unknown key "ignroe" (did you mean "ignore"?)`},
		{"wrong type", "rules:\n  no-exclaim: {enabled: yes}\n", `2:25: rules.no-exclaim.enabled must be true or false, got a string ("yes")`},
		{"unknown rule", "rules:\n  no-exclam: {severity: info}\n", `2:3: unknown rule "no-exclam" (did you mean "no-exclaim"?)`},
		{"bad severity", "rules:\n  no-exclaim: {severity: high}\n", `2:26: unknown severity "high" (did you mean "info"?)`},
		{"bad glob", "overrides:\n  - files: [\"a/[\"]\n", `2:13: bad glob "a/[": syntax error in pattern`},
		{"custom ID clash", "custom:\n  - {id: sorry-word, message: m, phrases: [sorry]}\n", `2:10: custom rule "sorry-word" clashes with a built-in rule`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The broken file governs only a folder deep inside; the good files are not linted
			// either, since the run stops before linting anything.
			dir := repo(t, map[string]string{
				"good.txt":              "Sorry!\n",
				"x/y/.apologylint.yml":  tt.config,
				"x/y/draft.txt":         "Sorry!\n",
				"x/y/z/other-draft.txt": "Sorry!\n",
			})
			r := runCLI(t, "", dir)
			want := "apologylint: " + filepath.Join(dir, "x", "y", ".apologylint.yml") + ":" + tt.want + "\n"
			if r.code != ExitError || r.stderr != want {
				t.Errorf("= %d %q, want %d %q", r.code, r.stderr, ExitError, want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q, want nothing linted", r.stdout)
			}
		})
	}

	// An extends cycle, reached from a file named on the command line.
	dir := repo(t, map[string]string{
		".apologylint.yml": "extends: base.yml\n",
		"base.yml":         "extends: .apologylint.yml\n",
		"a.txt":            "Sorry!\n",
	})
	r := runCLI(t, "", filepath.Join(dir, "a.txt"))
	want := "apologylint: " + filepath.Join(dir, "base.yml") + ":1:10: extends cycle: " +
		filepath.Join(dir, ".apologylint.yml") + " -> " + filepath.Join(dir, "base.yml") + " -> " + filepath.Join(dir, ".apologylint.yml") + "\n"
	if r.code != ExitError || r.stderr != want || r.stdout != "" {
		t.Errorf("extends cycle = %d %q %q, want 2 %q and no output", r.code, r.stderr, r.stdout, want)
	}

	// Paths under the working directory are shown relative to it.
	t.Chdir(dir)
	if err := os.WriteFile(".apologylint.yml", []byte("rules: 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, "", "a.txt")
	if want := "apologylint: .apologylint.yml:1:8: rules must be a mapping, got a number (3)\n"; r.stderr != want {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
}

func TestIgnore(t *testing.T) {
	dir := repo(t, map[string]string{
		".apologylint.yml": "ignore: [\"archive\", \"**/*.old.txt\"]\n",
		".gitignore":       "# build output\nout/\n*.tmp.txt\n!keep.tmp.txt\n/top.txt\n",
		"a.txt":            "Fine.\n",
		"top.txt":          "Fine.\n",
		"sub/top.txt":      "Fine.\n",
		"archive/b.txt":    "Fine.\n",
		"x/c.old.txt":      "Fine.\n",
		"out/d.txt":        "Fine.\n",
		"x/e.tmp.txt":      "Fine.\n",
		"x/keep.tmp.txt":   "Fine.\n",
		"x/.gitignore":     "local.txt\n",
		"x/local.txt":      "Fine.\n",
		"y/local.txt":      "Fine.\n",
		// A folder with its own configuration is governed by it, not by the root's ignore.
		"archive2/.apologylint.yml": "ignore: [\"skip.txt\"]\n",
		"archive2/skip.txt":         "Fine.\n",
		"archive2/f.txt":            "Fine.\n",
	})
	rel := func(paths []string) []string {
		var out []string
		for _, p := range paths {
			r, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"default", []string{dir}, []string{"a.txt", "archive2/f.txt", "sub/top.txt", "x/keep.tmp.txt", "y/local.txt"}},
		{"no-gitignore", []string{"--no-gitignore", dir}, []string{"a.txt", "archive2/f.txt", "out/d.txt", "sub/top.txt", "top.txt", "x/e.tmp.txt", "x/keep.tmp.txt", "x/local.txt", "y/local.txt"}},
		{"no-config", []string{"--no-config", dir}, []string{"a.txt", "archive/b.txt", "archive2/f.txt", "archive2/skip.txt", "sub/top.txt", "x/c.old.txt", "x/keep.tmp.txt", "y/local.txt"}},
		// Walking a folder below the root still applies the root's .gitignore and ignore list.
		{"subfolder", []string{filepath.Join(dir, "x")}, []string{"x/keep.tmp.txt"}},
		// A file named on the command line is linted whatever ignores it.
		{"named", []string{filepath.Join(dir, "out", "d.txt"), filepath.Join(dir, "archive", "b.txt")}, []string{"archive/b.txt", "out/d.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", append([]string{"--format", "json", "--disable", "doc-note"}, tt.args...)...)
			if r.code != ExitClean {
				t.Errorf("exit code = %d, want %d (stderr %q)", r.code, ExitClean, r.stderr)
			}
			if got := rel(decodeJSON(t, r.stdout).paths()); !slices.Equal(got, tt.want) {
				t.Errorf("paths = %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCustomRules(t *testing.T) {
	dir := repo(t, map[string]string{
		".apologylint.yml": `rules:
  doc-note: {enabled: false}
custom:
  - id: no-valued-customer
    severity: error
    message: reads as a form letter
    phrases: ["valued {customer|customers}"]
    suggestion: use the reader's name
`,
		"a.txt":                 "Dear valued customer,\nWe sent the wrong size.\n",
		"team/.apologylint.yml": "extends: ../.apologylint.yml\nrules: {no-valued-customer: {severity: info}}\n",
		"team/b.txt":            "To our valued customers.\n",
	})
	r := runCLI(t, "", "--format", "json", dir)
	if got, want := findings(t, dir, r.stdout), []string{"a.txt no-valued-customer error", "team/b.txt no-valued-customer info"}; !slices.Equal(got, want) {
		t.Errorf("findings = %q, want %q (stderr %q)", got, want, r.stderr)
	}
	r = runCLI(t, "", "--no-structure", filepath.Join(dir, "a.txt"))
	want := filepath.Join(dir, "a.txt") + ":1:6: error no-valued-customer: reads as a form letter\n" +
		"  1 | Dear valued customer,\n" +
		"    |      ^^^^^^^^^^^^^^^\n" +
		"  suggestion: use the reader's name\n"
	if !strings.HasPrefix(r.stdout, want) {
		t.Errorf("text output:\n%s\nwant it to start:\n%s", r.stdout, want)
	}

	// Custom IDs are valid in --enable and --disable; unknown ones still are not.
	r = runCLI(t, "", "--format", "json", "--disable", "no-valued-customer", dir)
	if got := findings(t, dir, r.stdout); len(got) != 0 {
		t.Errorf("--disable no-valued-customer: findings = %q, want none", got)
	}
	r = runCLI(t, "", "--enable", "no-valued-custmer", dir)
	if want := "apologylint: unknown rule \"no-valued-custmer\" (did you mean \"no-valued-customer\"?)\n"; r.code != ExitError || r.stderr != want {
		t.Errorf("--enable with a typo = %d %q, want 2 %q", r.code, r.stderr, want)
	}
}

// Extra phrases reach the registry through rules.Settings; this registry's boilerplate rule
// reports them as rules.All's rules do.
func TestExtraPhrases(t *testing.T) {
	registry := func(s rules.Settings) []lint.Rule {
		rule := lint.Rule{
			ID: "boilerplate", Scope: lint.ScopeSpan, Severity: lint.Info,
			Doc: lint.Doc{Summary: "stock phrase"},
			Check: func(p *lint.Pass) []lint.Finding {
				var out []lint.Finding
				for _, m := range p.Matches(rules.ExtraPhrase) {
					out = append(out, lint.Finding{Span: p.MatchSpan(m), Message: "stock phrase"})
				}
				return out
			},
		}
		for _, pat := range s.ExtraPhrases[rule.ID] {
			rule.Phrases = append(rule.Phrases, phrase.Def{Name: rules.ExtraPhrase, Pattern: pat})
		}
		return append(fakeRules(s), rule)
	}
	dir := repo(t, map[string]string{
		".apologylint.yml": "rules:\n  boilerplate:\n    phrases: [\"at your earliest convenience\"]\n  doc-note: {enabled: false}\n",
		"a.txt":            "Reply at your earliest convenience.\n",
	})
	r := runWith(t, "", nil, registry, "--format", "json", dir)
	if got, want := findings(t, dir, r.stdout), []string{"a.txt boilerplate info"}; !slices.Equal(got, want) {
		t.Errorf("findings = %q, want %q (stderr %q)", got, want, r.stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, ".apologylint.yml"), []byte("rules:\n  sorry-word:\n    phrases: [x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runWith(t, "", nil, registry, dir)
	want := "apologylint: " + filepath.Join(dir, ".apologylint.yml") + ":3:5: sorry-word takes no extra phrases; only boilerplate (phrases) does\n"
	if r.stderr != want {
		t.Errorf("stderr = %q, want %q", r.stderr, want)
	}
}

// One linter is built per distinct configuration, not per file, and each job carries the kind
// of its file.
func TestPlan(t *testing.T) {
	dir := repo(t, map[string]string{
		".apologylint.yml": "overrides:\n  - files: [\"templates/**\"]\n    kind: template\n",
		"a.txt":            "", "b.txt": "", "c/d.txt": "",
		"templates/e.txt": "", "templates/f.txt": "",
		"g.hbs":                  "",
		"other/.apologylint.yml": "rules: {}\n",
		"other/h.txt":            "",
	})
	cfg := settings{exts: map[string]bool{".txt": true, ".hbs": true}, gitignore: true}
	confs, err := newConfigs(cfg, dir, fakeRules(rules.Settings{}))
	if err != nil {
		t.Fatal(err)
	}
	in, err := collect([]string{dir}, nil, cfg, confs)
	if err != nil {
		t.Fatal(err)
	}
	jobs, ran, err := plan(in, cfg, confs, fakeRules)
	if err != nil {
		t.Fatal(err)
	}
	linters := map[*lint.Linter][]string{}
	var kinds []string
	for i, j := range jobs {
		name, _ := filepath.Rel(dir, in.files[i].path)
		name = filepath.ToSlash(name)
		l, err := j.linter.get()
		if err != nil {
			t.Fatal(err)
		}
		linters[l] = append(linters[l], name)
		kinds = append(kinds, name+"="+j.kind.String())
	}
	var groups []string
	for _, names := range linters {
		groups = append(groups, strings.Join(names, " "))
	}
	slices.Sort(groups)
	if want := []string{"a.txt b.txt c/d.txt", "g.hbs", "other/h.txt", "templates/e.txt templates/f.txt"}; !slices.Equal(groups, want) {
		t.Errorf("files by linter = %q, want %q", groups, want)
	}
	if want := []string{"a.txt=draft", "b.txt=draft", "c/d.txt=draft", "g.hbs=template", "other/h.txt=draft", "templates/e.txt=template", "templates/f.txt=template"}; !slices.Equal(kinds, want) {
		t.Errorf("kinds = %q, want %q", kinds, want)
	}
	if got := ruleIDs(ran); !slices.Equal(got, []string{"doc-note", "no-exclaim", "sorry-word"}) {
		t.Errorf("rules that ran = %q", got)
	}
}
