package config

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// builtin is a small registry: the tests need rule IDs, not what the rules do.
var builtin = []lint.Rule{
	{ID: "blame-shift", Severity: lint.Error},
	{ID: "non-apology", Severity: lint.Error},
	{ID: "over-apology", Severity: lint.Info},
	{ID: "too-long", Severity: lint.Info},
	{ID: "vague-apology", Severity: lint.Warning},
}

// writeTree creates files (slash path relative to the root -> content) under a new folder and
// returns it. A path ending in "/" is a folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// resolve finds the configuration of file (slash path under root) and resolves it.
func resolve(t *testing.T, l *Loader, root, file string) Resolved {
	t.Helper()
	path := filepath.Join(root, filepath.FromSlash(file))
	c, err := l.Find(filepath.Dir(path))
	if err != nil {
		t.Fatalf("Find(%s): %v", filepath.Dir(file), err)
	}
	return c.Resolve(path)
}

// ruleStates returns "id=severity" for each rule Rules returns, and "-id" for those off.
func ruleStates(r Resolved) []string {
	var out []string
	for _, rule := range r.Rules(builtin) {
		if !r.Enabled(rule.ID) {
			out = append(out, "-"+rule.ID)
			continue
		}
		out = append(out, rule.ID+"="+rule.Severity.String())
	}
	return out
}

func TestFindAndExtends(t *testing.T) {
	root := writeTree(t, map[string]string{
		// Above the repository: never read for files inside it.
		".apologylint.yml": "rules: {non-apology: {enabled: false}}\n",
		"repo/.git/":       "",
		"repo/.apologylint.yml": `rules:
  too-long: {max_words: 200}
  over-apology: {severity: warning, max: 5}
`,
		"repo/a/.apologylint.yml": `extends: ../.apologylint.yml
rules:
  too-long: {max_words: 250}
  vague-apology: {enabled: false}
`,
		"repo/a/b/draft.txt":       "",
		"repo/c/.apologylint.yaml": "rules: {over-apology: {enabled: false}}\n",
		"repo/c/draft.txt":         "",
		"repo/d/.apologylint.yml":  "extends: ../shared/base.yml\nrules: {blame-shift: {severity: info}}\n",
		"repo/shared/base.yml":     "extends: ../a/.apologylint.yml\nrules: {too-long: {severity: error}}\n",
		"repo/e/f/draft.txt":       "",
		"outside/draft.txt":        "",
	})
	l := NewLoader(builtin, root)
	tests := []struct {
		file       string
		maxWords   int
		maxApology int
		rules      []string
	}{
		// The nearest file, itself extending the repository's, overriding max_words.
		{"repo/a/b/draft.txt", 250, 5, []string{"blame-shift=error", "non-apology=error", "over-apology=warning", "too-long=info", "-vague-apology"}},
		// .yaml is found too; nothing inherited without extends.
		{"repo/c/draft.txt", 0, 0, []string{"blame-shift=error", "non-apology=error", "-over-apology", "too-long=info", "vague-apology=warning"}},
		// Two levels of extends, each overriding the one before.
		{"repo/d/x.txt", 250, 5, []string{"blame-shift=info", "non-apology=error", "over-apology=warning", "too-long=error", "-vague-apology"}},
		// No file in e/f or e: the repository's.
		{"repo/e/f/draft.txt", 200, 5, []string{"blame-shift=error", "non-apology=error", "over-apology=warning", "too-long=info", "vague-apology=warning"}},
		// Outside the repository the search goes up to the filesystem root.
		{"outside/draft.txt", 0, 0, []string{"blame-shift=error", "-non-apology", "over-apology=info", "too-long=info", "vague-apology=warning"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := resolve(t, l, root, tt.file)
			if r.Settings.MaxWords != tt.maxWords || r.Settings.MaxApologies != tt.maxApology {
				t.Errorf("settings = %+v, want MaxWords %d, MaxApologies %d", r.Settings, tt.maxWords, tt.maxApology)
			}
			if got := ruleStates(r); !slices.Equal(got, tt.rules) {
				t.Errorf("rules = %q, want %q", got, tt.rules)
			}
		})
	}

	// A repository with no configuration gets the defaults, whatever lies above it.
	norepo := writeTree(t, map[string]string{".apologylint.yml": "rules: {too-long: {max_words: 9}}\n", "r/.git": "gitdir: elsewhere\n", "r/x/draft.txt": ""})
	c, err := NewLoader(builtin, norepo).Find(filepath.Join(norepo, "r", "x"))
	if err != nil || c != Defaults() {
		t.Errorf("Find below a repository root with no configuration = %v, %v; want the defaults", c, err)
	}
}

func TestOverrides(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/": "",
		".apologylint.yml": `rules:
  too-long: {max_words: 300}
overrides:
  - files: ["templates/**"]
    kind: template
    rules:
      too-long: {max_words: 120}
  - files: ["**/*.md", "notes"]
    rules:
      vague-apology: {severity: error}
  - files: ["templates/legal/*.txt"]
    kind: draft
    rules:
      too-long: {enabled: false}
`,
		"sub/.apologylint.yml": "extends: ../.apologylint.yml\noverrides: [{files: [\"*.txt\"], rules: {blame-shift: {severity: warning}}}]\n",
	})
	l := NewLoader(builtin, root)
	tests := []struct {
		file     string
		kind     Kind
		maxWords int
		rules    []string
	}{
		{"reply.txt", Draft, 300, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning"}},
		{"templates/welcome.txt", Template, 120, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning"}},
		{"templates/deep/er/a.md", Template, 120, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=error"}},
		// A later override wins, kind included.
		{"templates/legal/terms.txt", Draft, 120, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "-too-long", "vague-apology=warning"}},
		// A glob that names a folder covers what is in it.
		{"notes/2024/a.txt", Draft, 300, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=error"}},
		// The extension makes a template unless an override says otherwise.
		{"mail.hbs", Template, 300, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning"}},
		// Globs are relative to the folder of the file that wrote them: the base's ** still
		// matches, the base's "templates/**" does not reach sub/templates, and sub's own "*.txt"
		// matches only sub's own top level.
		{"sub/a.txt", Draft, 300, []string{"blame-shift=warning", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning"}},
		{"sub/b.md", Draft, 300, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=error"}},
		{"sub/templates/c.txt", Draft, 300, []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning"}},
	}
	keys := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := resolve(t, l, root, tt.file)
			if r.Kind != tt.kind {
				t.Errorf("kind = %s, want %s", r.Kind, tt.kind)
			}
			if r.Settings.MaxWords != tt.maxWords {
				t.Errorf("MaxWords = %d, want %d", r.Settings.MaxWords, tt.maxWords)
			}
			if got := ruleStates(r); !slices.Equal(got, tt.rules) {
				t.Errorf("rules = %q, want %q", got, tt.rules)
			}
			keys[tt.file] = r.Key
		})
	}
	// Files with the same configuration file, overrides and kind share a key; others do not.
	if keys["templates/welcome.txt"] == keys["reply.txt"] || keys["sub/a.txt"] == keys["reply.txt"] {
		t.Errorf("different configurations share a key: %q", keys)
	}
	if r := resolve(t, l, root, "other.txt"); r.Key != keys["reply.txt"] {
		t.Errorf("key of other.txt = %q, want reply.txt's %q", r.Key, keys["reply.txt"])
	}
}

func TestIgnore(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/":                "",
		".apologylint.yml":     "ignore: [\"archive\", \"**/*.draft.txt\", \"./old/*.md\"]\n",
		"sub/.apologylint.yml": "ignore: [\"private/**\"]\n",
	})
	l := NewLoader(builtin, root)
	c, err := l.Find(root)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := l.Find(filepath.Join(root, "sub"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		conf    *Config
		path    string
		ignored bool
	}{
		{c, "archive", true},
		{c, "archive/2020/a.txt", true},
		{c, "archived/a.txt", false},
		{c, "x/y/reply.draft.txt", true},
		{c, "reply.txt", false},
		{c, "old/a.md", true},
		{c, "old/deeper/a.md", false},
		{sub, "sub/private/a.txt", true},
		{sub, "sub/public/a.txt", false},
		{sub, "private/a.txt", false}, // outside sub's folder
	}
	for _, tt := range tests {
		if got := tt.conf.Ignored(filepath.Join(root, filepath.FromSlash(tt.path))); got != tt.ignored {
			t.Errorf("Ignored(%s) = %v, want %v", tt.path, got, tt.ignored)
		}
	}
}

// A configuration named with --config may live outside the drafts it governs; its globs are
// still relative to its own folder.
func TestGlobsOutsideTheFolder(t *testing.T) {
	root := writeTree(t, map[string]string{
		"ci/lint.yml": "ignore: [\"../drafts/old\"]\noverrides: [{files: [\"../drafts/**/*.md\"], kind: template}, {files: [\"*.md\"], kind: template}]\n",
	})
	c, err := NewLoader(builtin, root).Load(filepath.Join(root, "ci", "lint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path    string
		ignored bool
		kind    Kind
	}{
		{"drafts/a.md", false, Template},
		{"drafts/x/b.md", false, Template},
		{"drafts/c.txt", false, Draft},
		{"drafts/old/d.txt", true, Draft},
		{"other/e.md", false, Draft},
		{"ci/f.md", false, Template},
	}
	for _, tt := range tests {
		path := filepath.Join(root, filepath.FromSlash(tt.path))
		if got := c.Ignored(path); got != tt.ignored {
			t.Errorf("Ignored(%s) = %v, want %v", tt.path, got, tt.ignored)
		}
		if got := c.Resolve(path).Kind; got != tt.kind {
			t.Errorf("kind of %s = %s, want %s", tt.path, got, tt.kind)
		}
	}
}

func TestExtraPhrases(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/": "",
		".apologylint.yml": `rules:
  blame-shift:
    parties: [our courier, "{the|our} warehouse team"]
overrides:
  - files: ["uk/**"]
    rules:
      blame-shift: {parties: [royal mail]}
`,
	})
	l := NewLoader(builtin, root)
	want := map[string][]string{"blame-shift": {"our courier", "{the|our} warehouse team"}}
	if got := resolve(t, l, root, "a.txt").Settings.ExtraPhrases; !equalPhrases(got, want) {
		t.Errorf("ExtraPhrases = %q, want %q", got, want)
	}
	// An override's list replaces the one before it, as every setting does.
	want = map[string][]string{"blame-shift": {"royal mail"}}
	if got := resolve(t, l, root, "uk/a.txt").Settings.ExtraPhrases; !equalPhrases(got, want) {
		t.Errorf("ExtraPhrases in uk = %q, want %q", got, want)
	}

	// rules.All appends them to a copy of the rule's phrases under the name rules.ExtraPhrase.
	s := resolve(t, l, root, "a.txt").Settings
	var got []string
	for _, r := range rules.All(s) {
		for _, d := range r.Phrases {
			if d.Name == rules.ExtraPhrase {
				got = append(got, r.ID+": "+d.Pattern)
			}
		}
	}
	if want := []string{"blame-shift: our courier", "blame-shift: {the|our} warehouse team"}; !slices.Equal(got, want) {
		t.Errorf("extra phrases in the registry = %q, want %q", got, want)
	}
	for _, r := range rules.All(rules.Settings{}) {
		for _, d := range r.Phrases {
			if d.Name == rules.ExtraPhrase {
				t.Errorf("%s still has extra phrase %q after another call to All", r.ID, d.Pattern)
			}
		}
	}
}

func equalPhrases(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

func TestCustomRules(t *testing.T) {
	root := writeTree(t, map[string]string{
		".git/": "",
		".apologylint.yml": `custom:
  - id: no-valued-customer
    message: form-letter phrase
    phrases: ["valued {customer|customers}", "your business is important to us"]
    suggestion: use the reader's name
  - id: no-hassle
    severity: info
    message: say what went wrong
    phrases: [hassle]
rules:
  no-hassle: {severity: error}
overrides:
  - files: ["legal/**"]
    rules:
      no-valued-customer: {enabled: false}
`,
		"team/.apologylint.yml": `extends: ../.apologylint.yml
custom:
  - id: no-hassle
    message: name the problem
    phrases: [hassle, bother]
`,
	})
	l := NewLoader(builtin, root)
	r := resolve(t, l, root, "a.txt")
	if got, want := ruleStates(r), []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning", "no-valued-customer=warning", "no-hassle=error"}; !slices.Equal(got, want) {
		t.Errorf("rules = %q, want %q", got, want)
	}
	if got, want := ruleStates(resolve(t, l, root, "legal/a.txt")), "-no-valued-customer"; !slices.Contains(got, want) {
		t.Errorf("rules in legal = %q, want %s among them", got, want)
	}

	// The custom rules run through the same phrase matcher as every rule.
	linter, err := lint.New(r.Rules(nil))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := draft.Parse("a.txt", []byte("Dear valued customer,\nSorry for the hassle. Your business is important to us.\n"), draft.Text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range linter.Lint(doc) {
		got = append(got, f.Rule+" "+f.Severity.String()+" "+doc.Slice(f.Span)+": "+f.Message+" / "+f.Suggestion)
	}
	want := []string{
		"no-valued-customer warning valued customer: form-letter phrase / use the reader's name",
		"no-hassle error hassle: say what went wrong / ",
		"no-valued-customer warning Your business is important to us: form-letter phrase / use the reader's name",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A file that extends another may redefine its custom rule; the base's rule settings stay.
	team := resolve(t, l, root, "team/a.txt")
	for _, rule := range team.Rules(nil) {
		if rule.ID == "no-hassle" && (rule.Doc.Summary != "name the problem" || len(rule.Phrases) != 2 || rule.Severity != lint.Error) {
			t.Errorf("redefined no-hassle = %q with %d phrases at %s, want the team's message, 2 phrases, error", rule.Doc.Summary, len(rule.Phrases), rule.Severity)
		}
	}
	if ids := func() []string { c, _ := l.Find(filepath.Join(root, "team")); return c.CustomIDs() }(); !slices.Equal(ids, []string{"no-valued-customer", "no-hassle"}) {
		t.Errorf("CustomIDs = %q", ids)
	}
}

func TestEmptyConfigs(t *testing.T) {
	for _, content := range []string{"", "# only a comment\n", "---\n", "~\n", "rules:\nignore:\ncustom:\noverrides:\n", "rules: {too-long: }\n"} {
		root := writeTree(t, map[string]string{".git/": "", ".apologylint.yml": content})
		r := resolve(t, NewLoader(builtin, root), root, "a.txt")
		if got, want := ruleStates(r), []string{"blame-shift=error", "non-apology=error", "over-apology=info", "too-long=info", "vague-apology=warning"}; !slices.Equal(got, want) {
			t.Errorf("%q: rules = %q, want the defaults %q", content, got, want)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"syntax", map[string]string{".apologylint.yml": "rules:\n  too-long: {max_words: 3\n"},
			`.apologylint.yml:2: did not find expected ',' or '}'`},
		{"syntax: indentation", map[string]string{".apologylint.yml": "rules:\n  too-long: {}\n bad: 1\n"},
			`.apologylint.yml:3: did not find expected key`},
		{"syntax: tab", map[string]string{".apologylint.yml": "rules:\n\ttoo-long: {}\n"},
			`.apologylint.yml:2: found character that cannot start any token`},
		{"syntax: unclosed quote", map[string]string{".apologylint.yml": "ignore:\n  - 'archive\n"},
			`.apologylint.yml:2: found unexpected end of stream`},
		{"unknown top-level key", map[string]string{".apologylint.yml": "ignroe: [a]\n"},
			`.apologylint.yml:1:1: unknown key "ignroe" (did you mean "ignore"?)`},
		{"unknown rule key", map[string]string{".apologylint.yml": "rules:\n  too-long:\n    severty: error\n"},
			`.apologylint.yml:3:5: unknown key "severty" in rules.too-long (did you mean "severity"?)`},
		{"unknown option", map[string]string{".apologylint.yml": "rules:\n  too-long: {max_word: 3}\n"},
			`.apologylint.yml:2:14: unknown key "max_word" in rules.too-long (did you mean "max_words"?)`},
		{"unknown override key", map[string]string{".apologylint.yml": "overrides:\n  - files: [a]\n    rule: {}\n"},
			`.apologylint.yml:3:5: unknown key "rule" in overrides[0] (did you mean "rules"?)`},
		{"unknown custom key", map[string]string{".apologylint.yml": "custom:\n  - id: x\n    mesage: m\n"},
			`.apologylint.yml:3:5: unknown key "mesage" in custom[0] (did you mean "message"?)`},
		{"duplicate key", map[string]string{".apologylint.yml": "rules: {}\nignore: []\nrules: {}\n"},
			`.apologylint.yml:3:1: key "rules" appears twice in the configuration (first on line 1)`},
		{"top level not a mapping", map[string]string{".apologylint.yml": "- rules\n"},
			`.apologylint.yml:1:1: the configuration must be a mapping, got a list`},
		{"rules not a mapping", map[string]string{".apologylint.yml": "rules: [too-long]\n"},
			`.apologylint.yml:1:8: rules must be a mapping, got a list`},
		{"rule not a mapping", map[string]string{".apologylint.yml": "rules:\n  too-long: off\n"},
			`.apologylint.yml:2:13: rules.too-long must be a mapping, got a string ("off")`},
		{"enabled not a boolean", map[string]string{".apologylint.yml": "rules:\n  too-long: {enabled: \"no\"}\n"},
			`.apologylint.yml:2:23: rules.too-long.enabled must be true or false, got a string ("no")`},
		{"number not a number", map[string]string{".apologylint.yml": "rules:\n  too-long: {max_words: lots}\n"},
			`.apologylint.yml:2:25: rules.too-long.max_words must be a positive whole number, got a string ("lots")`},
		{"number not whole", map[string]string{".apologylint.yml": "rules:\n  over-apology: {max: 2.5}\n"},
			`.apologylint.yml:2:23: rules.over-apology.max must be a positive whole number, got a number (2.5)`},
		{"number not positive", map[string]string{".apologylint.yml": "rules:\n  too-long: {max_words: 0}\n"},
			`.apologylint.yml:2:25: rules.too-long.max_words must be a positive whole number, got 0`},
		{"ignore not a list", map[string]string{".apologylint.yml": "ignore: archive/**\n"},
			`.apologylint.yml:1:9: ignore must be a list, got a string ("archive/**")`},
		{"glob not a string", map[string]string{".apologylint.yml": "ignore: [{a: b}]\n"},
			`.apologylint.yml:1:10: ignore[0] must be a string, got a mapping`},
		{"extends not a string", map[string]string{".apologylint.yml": "extends: [a.yml]\n"},
			`.apologylint.yml:1:10: extends must be a string, got a list`},
		{"unknown rule", map[string]string{".apologylint.yml": "rules:\n  non-apolgy: {enabled: false}\n"},
			`.apologylint.yml:2:3: unknown rule "non-apolgy" (did you mean "non-apology"?)`},
		{"unknown rule in override", map[string]string{".apologylint.yml": "overrides:\n  - files: [\"*.md\"]\n    rules: {blame-shfit: {}}\n"},
			`.apologylint.yml:3:13: unknown rule "blame-shfit" (did you mean "blame-shift"?)`},
		{"bad severity", map[string]string{".apologylint.yml": "rules:\n  too-long: {severity: warn}\n"},
			`.apologylint.yml:2:24: unknown severity "warn" (did you mean "warning"?)`},
		{"bad custom severity", map[string]string{".apologylint.yml": "custom:\n  - {id: a-b, message: m, phrases: [x], severity: fatal}\n"},
			`.apologylint.yml:2:51: unknown severity "fatal" (did you mean "info"?)`},
		{"bad kind", map[string]string{".apologylint.yml": "overrides:\n  - files: [\"*.hbs\"]\n    kind: templates\n"},
			`.apologylint.yml:3:11: unknown kind "templates" (did you mean "template"?)`},
		{"bad glob", map[string]string{".apologylint.yml": "ignore: [\"drafts/[a-\"]\n"},
			`.apologylint.yml:1:10: bad glob "drafts/[a-": syntax error in pattern`},
		{"bad glob in override", map[string]string{".apologylint.yml": "overrides:\n  - files: [\"{a,b\"]\n"},
			`.apologylint.yml:2:13: bad glob "{a,b": syntax error in pattern`},
		{"absolute glob", map[string]string{".apologylint.yml": "ignore: [/tmp/**]\n"},
			`.apologylint.yml:1:10: bad glob "/tmp/**": globs are relative to the configuration's folder`},
		{"override without files", map[string]string{".apologylint.yml": "overrides:\n  - kind: template\n"},
			`.apologylint.yml:2:5: overrides[0] has no files`},
		{"override with no globs", map[string]string{".apologylint.yml": "overrides:\n  - files: []\n"},
			`.apologylint.yml:2:12: overrides[0].files is empty`},
		{"extends cycle", map[string]string{
			".apologylint.yml": "extends: base/a.yml\n",
			"base/a.yml":       "extends: b.yml\n",
			"base/b.yml":       "rules: {}\nextends: ../.apologylint.yml\n",
		}, `base/b.yml:2:10: extends cycle: .apologylint.yml -> base/a.yml -> base/b.yml -> .apologylint.yml`},
		{"extends itself", map[string]string{".apologylint.yml": "extends: ./.apologylint.yml\n"},
			`.apologylint.yml:1:10: extends cycle: .apologylint.yml -> .apologylint.yml`},
		{"extends missing file", map[string]string{".apologylint.yml": "extends: base.yml\n"},
			`.apologylint.yml:1:10: extends: open ` + "ROOT" + `/base.yml: no such file or directory`},
		{"error in extended file", map[string]string{".apologylint.yml": "extends: base.yml\n", "base.yml": "rules: {too-long: {max_words: -1}}\n"},
			`base.yml:1:31: rules.too-long.max_words must be a positive whole number, got -1`},
		{"custom ID clash", map[string]string{".apologylint.yml": "custom:\n  - id: non-apology\n    message: m\n    phrases: [x]\n"},
			`.apologylint.yml:2:9: custom rule "non-apology" clashes with a built-in rule`},
		{"custom ID not kebab-case", map[string]string{".apologylint.yml": "custom:\n  - {id: No_Valued, message: m, phrases: [x]}\n"},
			`.apologylint.yml:2:10: custom rule ID "No_Valued" is not kebab-case (lower-case words joined by -)`},
		{"custom ID reserved", map[string]string{".apologylint.yml": "custom:\n  - {id: reading, message: m, phrases: [x]}\n"},
			`.apologylint.yml:2:10: custom rule ID "reading" is reserved`},
		{"custom ID twice", map[string]string{".apologylint.yml": "custom:\n  - {id: a-b, message: m, phrases: [x]}\n  - {id: a-b, message: n, phrases: [y]}\n"},
			`.apologylint.yml:3:10: custom rule "a-b" is defined twice (first on line 2)`},
		{"custom without phrases", map[string]string{".apologylint.yml": "custom:\n  - {id: a-b, message: m}\n"},
			`.apologylint.yml:2:5: custom[0] has no phrases`},
		{"custom with empty phrases", map[string]string{".apologylint.yml": "custom:\n  - {id: a-b, message: m, phrases: []}\n"},
			`.apologylint.yml:2:36: custom[0].phrases is empty`},
		{"bad phrase", map[string]string{".apologylint.yml": "custom:\n  - id: a-b\n    message: m\n    phrases: [\"{valued|loyal customer\"]\n"},
			`.apologylint.yml:4:15: bad phrase "{valued|loyal customer": unclosed {`},
		{"bad extra phrase", map[string]string{".apologylint.yml": "rules:\n  blame-shift: {parties: [\"<nope> courier\"]}\n"},
			`.apologylint.yml:2:27: bad phrase "<nope> courier": unknown class <nope>`},
		{"phrases for a rule that takes none", map[string]string{".apologylint.yml": "rules:\n  vague-apology: {phrases: [sorry for any]}\n"},
			`.apologylint.yml:2:19: vague-apology takes no extra phrases; only blame-shift (parties) does`},
		{"custom rule setting an option", map[string]string{".apologylint.yml": "custom:\n  - {id: a-b, message: m, phrases: [x]}\nrules:\n  a-b: {max: 3}\n"},
			`.apologylint.yml:4:9: unknown key "max" in rules.a-b (did you mean "enabled"?)`},
		{"two documents", map[string]string{".apologylint.yml": "rules: {}\n---\nignore: []\n"},
			`.apologylint.yml:2:1: more than one YAML document; a configuration is one`},
		{"both names", map[string]string{".apologylint.yml": "", ".apologylint.yaml": ""},
			`.apologylint.yml: .apologylint.yaml is there too; keep one of the two`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{".git/": ""}
			for k, v := range tt.files {
				files[k] = v
			}
			root := writeTree(t, files)
			_, err := NewLoader(builtin, root).Find(root)
			want := strings.ReplaceAll(tt.want, "ROOT", root)
			if err == nil {
				t.Fatalf("Find succeeded, want error %q", want)
			}
			if err.Error() != want {
				t.Errorf("error = %q\nwant    %q", err.Error(), want)
			}
		})
	}
}

func TestErrorType(t *testing.T) {
	root := writeTree(t, map[string]string{".git/": "", ".apologylint.yml": "rules: {x: {}}\n"})
	_, err := NewLoader(builtin, root).Find(root)
	var ce *Error
	if !errors.As(err, &ce) || ce.Line != 1 || ce.Column != 9 || ce.Path != ".apologylint.yml" {
		t.Errorf("error = %#v, want an *Error at .apologylint.yml:1:9", err)
	}
	if got := (&Error{Path: "p", Msg: "m"}).Error(); got != "p: m" {
		t.Errorf("Error without a position = %q, want %q", got, "p: m")
	}
}

func TestLoadOutsideWorkingDirectory(t *testing.T) {
	root := writeTree(t, map[string]string{"c.yml": "ignroe: []\n"})
	wd := t.TempDir()
	_, err := NewLoader(builtin, wd).Load(filepath.Join(root, "c.yml"))
	if want := filepath.Join(root, "c.yml") + `:1:1: unknown key "ignroe" (did you mean "ignore"?)`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
	if _, err := NewLoader(builtin, wd).Load("missing.yml"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load of a missing file = %v, want a not-exist error", err)
	}
}

func TestStarter(t *testing.T) {
	for _, reg := range [][]lint.Rule{rules.All(rules.Settings{}), builtin, nil} {
		root := writeTree(t, map[string]string{".git/": "", ".apologylint.yml": string(Starter(reg))})
		c, err := NewLoader(reg, root).Find(root)
		if err != nil {
			t.Fatalf("the starter does not load: %v\n%s", err, Starter(reg))
		}
		r := c.Resolve(filepath.Join(root, "a.txt"))
		for _, rule := range r.Rules(reg) {
			if !r.Enabled(rule.ID) {
				t.Errorf("the starter turns %s off", rule.ID)
			}
		}
		if got, _ := rulesSettings(reg, r); got != "" {
			t.Errorf("the starter changes settings: %s", got)
		}
	}
	s := string(Starter(rules.All(rules.Settings{})))
	for _, want := range []string{"max_words: 300", "max: 3", "#   parties: []", "# overrides:", "# ignore:", "# custom:", "#   vague-apology"} {
		if !strings.Contains(s, want) {
			t.Errorf("the starter lacks %q:\n%s", want, s)
		}
	}
}

// rulesSettings describes the settings r makes that differ from the defaults.
func rulesSettings(reg []lint.Rule, r Resolved) (string, bool) {
	var diffs []string
	if r.Settings.MaxWords != 0 && r.Settings.MaxWords != rules.DefaultMaxWords {
		diffs = append(diffs, "max_words")
	}
	if r.Settings.MaxApologies != 0 && r.Settings.MaxApologies != rules.DefaultMaxApologies {
		diffs = append(diffs, "max")
	}
	if len(r.Settings.ExtraPhrases) > 0 {
		diffs = append(diffs, "extra phrases")
	}
	for i, rule := range r.Rules(reg) {
		if i < len(reg) && rule.Severity != reg[i].Severity {
			diffs = append(diffs, rule.ID+" severity")
		}
	}
	return strings.Join(diffs, ", "), len(diffs) > 0
}

func TestKindOf(t *testing.T) {
	for path, want := range map[string]Kind{"a.txt": Draft, "a.md": Draft, "a.HBS": Template, "x/reply.md.tmpl": Template, "a.j2": Template, "a.liquid": Template, "a.mustache": Template} {
		if got := KindOf(path); got != want {
			t.Errorf("KindOf(%s) = %s, want %s", path, got, want)
		}
	}
}

func TestOptions(t *testing.T) {
	got := func(id string) []string {
		var keys []string
		for _, o := range Options(id) {
			keys = append(keys, o.Key)
		}
		return keys
	}
	for id, want := range map[string][]string{"too-long": {"max_words"}, "over-apology": {"max"}, "blame-shift": {"parties"}, "boilerplate": {"phrases"}, "vague-apology": nil} {
		if g := got(id); !slices.Equal(g, want) {
			t.Errorf("Options(%s) = %q, want %q", id, g, want)
		}
	}
}
