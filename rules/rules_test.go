package rules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/linttest"
)

// vocabulary is the fixed set of rule IDs. IDs are API: a rule outside this list, or a renamed
// one, is a registry error.
var vocabulary = map[string]bool{
	"blame-shift": true, "boilerplate": true, "evasive-passive": true, "excuse": true,
	"malformed-placeholder": true, "minimizing": true, "missing-apology": true,
	"missing-contact": true, "missing-prevention": true, "missing-remedy": true,
	"non-apology": true, "over-apology": true, "self-focus": true,
	"suppression-without-reason": true, "template-not-personalised": true, "too-long": true,
	"unfilled-placeholder": true, "unsigned": true, "unused-suppression": true,
	"vague-apology": true, "vague-prevention": true,
}

// documentRules judge the draft as a whole and report at most one finding without a position.
var documentRules = map[string]bool{
	"missing-apology": true, "missing-contact": true, "missing-prevention": true,
	"missing-remedy": true, "over-apology": true, "template-not-personalised": true,
	"too-long": true,
}

const fixtureRoot = "testdata"

// TestRules runs every rule over its fixtures, each with a linter that runs only that rule:
// `go test ./rules -run TestRules/excuse` runs one rule, and .../excuse/basic.txt one file.
func TestRules(t *testing.T) {
	for _, r := range All(Settings{}) {
		t.Run(r.ID, func(t *testing.T) {
			l, err := lint.New([]lint.Rule{r})
			if err != nil {
				t.Fatal(err)
			}
			linttest.RunDir(t, l, filepath.Join(fixtureRoot, r.ID))
		})
	}
}

// TestRegistry checks the list All returns: IDs unique, sorted, kebab-case and from the fixed
// vocabulary, docs complete, scope and severity valid, phrases compiling, and rules and fixture
// directories matching one to one. Rules are added one at a time, so it checks whatever All
// holds now rather than insisting on the whole vocabulary.
func TestRegistry(t *testing.T) {
	all := All(Settings{})
	for _, p := range registryProblems(all) {
		t.Error(p)
	}
	for _, p := range fixtureProblems(all, fixtureRoot) {
		t.Error(p)
	}
	if _, err := lint.New(all); err != nil {
		t.Errorf("lint.New(All(Settings{})): %v", err)
	}
	t.Logf("%d of %d rules registered", len(all), len(vocabulary))
}

var kebab = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

// registryProblems returns what is wrong with a rule list, one message per problem.
func registryProblems(all []lint.Rule) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	seen := map[string]bool{}
	for i, r := range all {
		if seen[r.ID] {
			bad("rule %s listed twice", r.ID)
		}
		seen[r.ID] = true
		if i > 0 && all[i-1].ID > r.ID {
			bad("rule %s listed after %s, want the list sorted by ID", r.ID, all[i-1].ID)
		}
		if !kebab.MatchString(r.ID) {
			bad("rule ID %q is not kebab-case", r.ID)
		}
		if !vocabulary[r.ID] {
			bad("rule ID %q is not in the fixed vocabulary", r.ID)
		}
		out = append(out, docProblems(r)...)
		if r.Scope != lint.ScopeSpan && r.Scope != lint.ScopeDocument {
			bad("rule %s: Scope = %d, want span or document", r.ID, int(r.Scope))
		} else if documentRules[r.ID] && r.Scope != lint.ScopeDocument {
			bad("rule %s: Scope = %v, want document", r.ID, r.Scope)
		}
		if r.Severity != lint.Info && r.Severity != lint.Warning && r.Severity != lint.Error {
			bad("rule %s: Severity = %v, want info, warning or error", r.ID, r.Severity)
		}
		if r.Check == nil {
			bad("rule %s has no Check", r.ID)
		}
	}
	return out
}

// docProblems checks that every Doc field is set and that Summary reads well in a table.
func docProblems(r lint.Rule) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	fields := []struct{ name, value string }{
		{"Summary", r.Doc.Summary}, {"Explain", r.Doc.Explain}, {"Bad", r.Doc.Bad}, {"Good", r.Doc.Good},
	}
	for _, f := range fields {
		if strings.TrimSpace(f.value) == "" {
			bad("rule %s: Doc.%s is empty", r.ID, f.name)
		}
	}
	s := r.Doc.Summary
	if strings.TrimSpace(s) == "" {
		return out
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(first) {
		bad("rule %s: Summary %q starts upper case", r.ID, s)
	}
	if strings.HasSuffix(s, ".") {
		bad("rule %s: Summary %q ends with a period", r.ID, s)
	}
	if n := utf8.RuneCountInString(s); n >= 60 {
		bad("rule %s: Summary %q is %d characters, want under 60", r.ID, s, n)
	}
	if s != strings.TrimSpace(s) {
		bad("rule %s: Summary %q has space at either end", r.ID, s)
	}
	return out
}

// fixtureProblems checks that every rule has a fixture directory under root holding at least one
// fixture, and that every directory there belongs to a rule.
func fixtureProblems(all []lint.Rule, root string) []string {
	var out []string
	ids := map[string]bool{}
	for _, r := range all {
		ids[r.ID] = true
		dir := filepath.Join(root, r.ID)
		files, err := linttest.Files(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			out = append(out, fmt.Sprintf("rule %s has no fixture directory %s", r.ID, dir))
		case err != nil:
			out = append(out, err.Error())
		case len(files) == 0:
			out = append(out, fmt.Sprintf("rule %s: %s holds no fixture", r.ID, dir))
		}
	}
	entries, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return out // no fixtures yet; any rule without one was reported above
	}
	if err != nil {
		return append(out, err.Error())
	}
	for _, e := range entries {
		// testdata/fuzz holds go test's seed corpus for the fuzz targets, not fixtures.
		if e.IsDir() && !ids[e.Name()] && e.Name() != "fuzz" {
			out = append(out, fmt.Sprintf("fixture directory %s has no rule", filepath.Join(root, e.Name())))
		}
	}
	return out
}

// TestRegistryChecks makes sure the registry checks catch what they are meant to, since All
// alone may not exercise them.
func TestRegistryChecks(t *testing.T) {
	check := func(*lint.Pass) []lint.Finding { return nil }
	doc := lint.Doc{Summary: "apology whose object is generic", Explain: "x", Bad: "x", Good: "x"}
	good := func(id string, scope lint.Scope) lint.Rule {
		return lint.Rule{ID: id, Scope: scope, Severity: lint.Warning, Doc: doc, Check: check}
	}
	tests := []struct {
		name  string
		rules []lint.Rule
		want  []string
	}{
		{name: "empty"},
		{name: "fine", rules: []lint.Rule{good("excuse", lint.ScopeSpan), good("too-long", lint.ScopeDocument)}},
		{
			name:  "duplicate and unsorted",
			rules: []lint.Rule{good("excuse", lint.ScopeSpan), good("blame-shift", lint.ScopeSpan), good("excuse", lint.ScopeSpan)},
			want: []string{
				"rule blame-shift listed after excuse, want the list sorted by ID",
				"rule excuse listed twice",
			},
		},
		{
			name:  "outside the vocabulary",
			rules: []lint.Rule{good("Excuse_Me", lint.ScopeSpan), good("passive-voice", lint.ScopeSpan)},
			want: []string{
				`rule ID "Excuse_Me" is not kebab-case`,
				`rule ID "Excuse_Me" is not in the fixed vocabulary`,
				`rule ID "passive-voice" is not in the fixed vocabulary`,
			},
		},
		{
			name: "docs",
			rules: []lint.Rule{
				{ID: "excuse", Severity: lint.Warning, Check: check, Doc: lint.Doc{Summary: "Blames the weather.", Bad: "x"}},
				{ID: "minimizing", Severity: lint.Warning, Check: check, Doc: lint.Doc{
					Summary: strings.Repeat("long ", 12), Explain: "x", Bad: "x", Good: "x",
				}},
			},
			want: []string{
				"rule excuse: Doc.Explain is empty",
				"rule excuse: Doc.Good is empty",
				`rule excuse: Summary "Blames the weather." starts upper case`,
				`rule excuse: Summary "Blames the weather." ends with a period`,
				`rule minimizing: Summary "long long long long long long long long long long long long " is 60 characters, want under 60`,
				`rule minimizing: Summary "long long long long long long long long long long long long " has space at either end`,
			},
		},
		{
			name: "scope, severity, check",
			rules: []lint.Rule{
				{ID: "excuse", Scope: 7, Severity: lint.Warning, Doc: doc, Check: check},
				{ID: "missing-remedy", Scope: lint.ScopeSpan, Severity: 0, Doc: doc},
			},
			want: []string{
				"rule excuse: Scope = 7, want span or document",
				"rule missing-remedy: Scope = span, want document",
				"rule missing-remedy: Severity = severity(0), want info, warning or error",
				"rule missing-remedy has no Check",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := registryProblems(tt.rules)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("registryProblems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestFixtureChecks(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"excuse/basic.txt", "minimizing/notes.json", "over-apology/basic.md"} {
		path := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("Hi.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rules := []lint.Rule{{ID: "blame-shift"}, {ID: "excuse"}, {ID: "minimizing"}}
	got := fixtureProblems(rules, root)
	want := []string{
		"rule blame-shift has no fixture directory " + filepath.Join(root, "blame-shift"),
		"rule minimizing: " + filepath.Join(root, "minimizing") + " holds no fixture",
		"fixture directory " + filepath.Join(root, "over-apology") + " has no rule",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fixtureProblems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := fixtureProblems(nil, filepath.Join(root, "none")); got != nil {
		t.Errorf("fixtureProblems with no rules and no fixtures = %q, want none", got)
	}
}
