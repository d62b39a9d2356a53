package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/rules"
)

var update = flag.Bool("update", false, "rewrite the end-to-end goldens in testdata/cli")

// TestEndToEnd runs the command line with the real registry over the drafts in testdata/ and
// compares stdout and the exit code with testdata/cli/<name>.golden. The goldens change whenever
// a rule is added or tuned: regenerate them with `go test ./internal/cli -update` and review the
// diff like code, since it shows exactly what the change does to real drafts.
func TestEndToEnd(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	tests := []struct {
		name string
		args []string
	}{
		{"example-text", []string{"testdata/example"}},
		{"example-json", []string{"--format", "json", "testdata/example"}},
		{"missing-path", []string{"testdata/example/outage.txt", "testdata/example/missing.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, "", nil, rules.All, tt.args...)
			if r.stderr != "" {
				t.Errorf("stderr = %q, want empty", r.stderr)
			}
			got := fmt.Sprintf("$ apologylint %s\n%s[exit %d]\n", strings.Join(tt.args, " "), r.stdout, r.code)
			path := filepath.Join("testdata", "cli", tt.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/cli -update to create it)", err)
			}
			if !bytes.Equal([]byte(got), want) {
				t.Errorf("output differs from %s (run go test ./internal/cli -update and review the diff)\ngot:\n%s\nwant:\n%s", path, got, want)
			}
		})
	}
}
