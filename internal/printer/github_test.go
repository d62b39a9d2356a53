package printer

import (
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

func TestGitHubEscape(t *testing.T) {
	tests := []struct{ in, data, property string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		if got := githubEscapeData(tt.in); got != tt.data {
			t.Errorf("githubEscapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := githubEscapeProperty(tt.in); got != tt.property {
			t.Errorf("githubEscapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

// parseGitHubCommand reads a workflow command back the way the Actions runner does: split off
// the command name, the properties at "," and "=", and the message, then unescape each.
func parseGitHubCommand(t *testing.T, line string) (level string, props map[string]string, message string) {
	t.Helper()
	rest, ok := strings.CutPrefix(line, "::")
	if !ok {
		t.Fatalf("%q does not start with ::", line)
	}
	head, message, ok := strings.Cut(rest, "::")
	if !ok {
		t.Fatalf("%q has no message", line)
	}
	unescape := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%")
	level, list, _ := strings.Cut(head, " ")
	props = map[string]string{}
	for _, kv := range strings.Split(list, ",") {
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			t.Fatalf("%q: property %q has no value", line, kv)
		}
		props[k] = unescape.Replace(v)
	}
	return level, props, strings.NewReplacer("%0D", "\r", "%0A", "\n", "%25", "%").Replace(message)
}

func TestGitHubRoundTrip(t *testing.T) {
	path := "drafts/100%, final: v2.txt"
	r := Report{
		Files: []FileResult{{Path: path, Findings: []lint.Finding{
			{
				Rule: "excuse", Severity: lint.Warning, Span: draft.Span{Start: 3, End: 9},
				Pos: draft.Position{Line: 2, Column: 4}, End: draft.Position{Line: 2, Column: 10},
				Message: "\"due to: 50%\"\r\nexplains, away", Suggestion: "own it",
			},
			{Rule: "too-long", Severity: lint.Info, Scope: lint.ScopeDocument, Message: "412 words"},
		}}},
		Errors: []FileError{{Path: "a,b.txt", Message: "open a,b.txt: permission denied"}},
	}
	lines := strings.Split(strings.TrimSuffix(string(render(t, "github", Options{}, r)), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	tests := []struct {
		level   string
		props   map[string]string
		message string
	}{
		{"warning", map[string]string{"file": path, "line": "2", "col": "4", "endLine": "2", "endColumn": "10", "title": "excuse"},
			"\"due to: 50%\"\r\nexplains, away\nsuggestion: own it"},
		{"notice", map[string]string{"file": path, "title": "too-long"}, "412 words"},
		{"error", map[string]string{"file": "a,b.txt"}, "open a,b.txt: permission denied"},
	}
	for i, tt := range tests {
		level, props, message := parseGitHubCommand(t, lines[i])
		if level != tt.level || message != tt.message || len(props) != len(tt.props) {
			t.Errorf("line %d = %s %v %q, want %s %v %q", i+1, level, props, message, tt.level, tt.props, tt.message)
			continue
		}
		for k, v := range tt.props {
			if props[k] != v {
				t.Errorf("line %d: %s = %q, want %q", i+1, k, props[k], v)
			}
		}
	}
}

func TestGitHubEmpty(t *testing.T) {
	if got := render(t, "github", Options{}, Report{Files: []FileResult{{Path: "a.txt"}}}); len(got) != 0 {
		t.Errorf("github output for a clean file = %q, want nothing", got)
	}
}
