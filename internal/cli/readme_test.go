package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/rules"
)

var updateREADME = flag.Bool("update-readme", false, "rewrite the rule table in README.md from `apologylint rules`")

const (
	tableStart = "<!-- rules:start -->"
	tableEnd   = "<!-- rules:end -->"
)

// rulesLine splits a line of `apologylint rules` into ID, severity, scope and summary.
var rulesLine = regexp.MustCompile(`^(\S+)\s+(\S+)\s+(\S+)\s*(.*)$`)

// markdownTable turns the output of `apologylint rules` into the README's rule table.
func markdownTable(t *testing.T, out string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("| Rule | Severity | Scope | Summary |\n|---|---|---|---|\n")
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		m := rulesLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("cannot read rules line %q", line)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", m[1], m[2], m[3], strings.ReplaceAll(m[4], "|", `\|`))
	}
	return b.String()
}

// TestREADMERules checks that README.md's rule table is what `apologylint rules` prints for the
// registry as it is now. Regenerate it with `go test ./internal/cli -run TestREADMERules
// -update-readme`.
func TestREADMERules(t *testing.T) {
	r := runWith(t, "", nil, rules.All, "rules")
	if r.code != ExitClean {
		t.Fatalf("rules exit code = %d, want %d (stderr %q)", r.code, ExitClean, r.stderr)
	}
	table := markdownTable(t, r.stdout)

	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(readme, []byte(tableStart))
	end := bytes.Index(readme, []byte(tableEnd))
	if start < 0 || end < start {
		t.Fatalf("README.md lacks the %s and %s markers in that order", tableStart, tableEnd)
	}
	start += len(tableStart)
	got := strings.TrimPrefix(string(readme[start:end]), "\n")
	if got == table {
		return
	}
	if *updateREADME {
		updated := slices.Concat(readme[:start], []byte("\n"+table), readme[end:])
		if err := os.WriteFile(path, updated, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md rule table is out of date (run go test ./internal/cli -run TestREADMERules -update-readme)\ngot:\n%s\nwant:\n%s", got, table)
}
