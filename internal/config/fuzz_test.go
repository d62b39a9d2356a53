package config

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// FuzzConfig decodes random bytes as a configuration file. Decoding must not panic. It gives
// either an *Error whose message is one line and whose line and column, when it has them, lie
// inside the file; or a Config that resolves for any path and whose rules lint a draft.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		"",
		"~\n",
		"rules:\n  vague-apology: {enabled: false}\n  too-long: {severity: error, max-words: 300}\n",
		"overrides:\n  - files: ['**/*.tmpl', drafts/*.md]\n    kind: template\n    rules: {blame-shift: {severity: info}}\nignore: [vendor/**]\n",
		"custom:\n  - id: no-valued\n    message: Say who they are.\n    phrases: ['valued {customer|client}', '^dear <you>']\n    severity: info\n    suggestion: Use their name.\n",
		"rules: &a {over-apology: {enabled: true}}\noverrides: [{files: [x], rules: *a}]\n",
		"rules: [1, 2]\n",
		"rules:\n  vague-apology: {enabled: yes}\n  vague-apology: {}\n",
		"a: b\n---\nc: d\n",
		"\trules: {\n",
		"custom: [{id: Bad_ID, message: m, phrases: ['{']}]\n",
		"ignore: ['[', '/abs', '']\n",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	path := filepath.Join(dir, Names[0])
	doc, err := draft.Parse("draft.txt", []byte("Dear valued customer,\nSorry for any inconvenience.\n"), draft.Text)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if mentionsExtends(raw) {
			// extends reads the file it names, and a fuzzed name could be any file on the
			// machine (/dev/stdin blocks); TestFindAndExtends and TestErrors cover extends.
			return
		}
		l := NewLoader(builtin, dir)
		c, err := l.decode(path, raw)
		if err != nil {
			checkConfigError(t, raw, err)
			return
		}
		if c == nil || c.Path != path {
			t.Fatalf("decode(%q) = %+v, want a Config for %s", raw, c, path)
		}
		for _, p := range []string{"draft.txt", "drafts/reply.md.tmpl", "vendor/x/y.html", "../outside.md"} {
			r := c.Resolve(filepath.Join(dir, filepath.FromSlash(p)))
			_ = c.Ignored(filepath.Join(dir, filepath.FromSlash(p)))
			var enabled []lint.Rule
			for _, rule := range r.Rules(builtin) {
				if r.Enabled(rule.ID) && rule.Check != nil {
					enabled = append(enabled, rule)
				}
			}
			// Custom rules hold phrases the decoder accepted: the linter must compile them.
			li, err := lint.New(enabled)
			if err != nil {
				t.Fatalf("decode(%q) accepted rules lint.New rejects: %v", raw, err)
			}
			li.Lint(doc)
		}
	})
}

// mentionsExtends reports whether raw, read as YAML, has a scalar "extends" anywhere (as a key,
// however it is quoted). Input YAML cannot read is kept: it never gets as far as extends.
func mentionsExtends(raw []byte) bool {
	var n yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	found := false
	for dec.Decode(&n) == nil {
		found = found || hasScalar(&n, "extends", 0)
		n = yaml.Node{}
	}
	return found
}

func hasScalar(n *yaml.Node, v string, depth int) bool {
	if n == nil || depth > 100 {
		return depth > 100 // too deep to look through: count it as found, and skip the input
	}
	if n.Kind == yaml.ScalarNode && n.Value == v {
		return true
	}
	for _, c := range n.Content {
		if hasScalar(c, v, depth+1) {
			return true
		}
	}
	return false
}

// checkConfigError checks that err is an *Error of one line at a place inside raw.
func checkConfigError(t *testing.T, raw []byte, err error) {
	t.Helper()
	var ce *Error
	if !errors.As(err, &ce) {
		t.Fatalf("decode(%q) error %v (%T), want an *Error", raw, err, err)
	}
	if ce.Msg == "" || strings.ContainsAny(err.Error(), "\n\r") {
		t.Fatalf("decode(%q) error %q, want a message of one line", raw, err.Error())
	}
	if ce.Line < 0 || ce.Column < 0 || ce.Line == 0 && ce.Column != 0 {
		t.Fatalf("decode(%q) error %q at %d:%d, not a position", raw, err.Error(), ce.Line, ce.Column)
	}
	if ce.Line == 0 {
		return
	}
	// yaml.v3 counts lines at "\n" and also at a lone "\r"; the end of the file may be one line
	// past the last line break.
	lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\r", "\n"), "\n")
	if ce.Line > len(lines) {
		t.Fatalf("decode(%q) error %q: line %d of %d", raw, err.Error(), ce.Line, len(lines))
	}
	if ce.Column > len(lines[ce.Line-1])+1 {
		t.Fatalf("decode(%q) error %q: column %d of line %q", raw, err.Error(), ce.Column, lines[ce.Line-1])
	}
}
