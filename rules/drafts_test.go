package rules

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// draftsDir holds end-to-end drafts with their expected findings in labels.json, in the format
// of the shared corpus: a rule and, for span rules, the line.
const draftsDir = "../testdata/drafts"

// TestDrafts lints every labeled draft with all rules and compares the findings to the labels,
// one per rule and line, as a reader would count them. A difference is either a rule getting
// worse or a label to review.
func TestDrafts(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(draftsDir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels struct {
		Docs map[string]struct {
			Findings []struct {
				Rule string `json:"rule"`
				Line int    `json:"line"`
			} `json:"findings"`
		} `json:"docs"`
	}
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatalf("labels.json: %v", err)
	}
	l, err := lint.New(All(Settings{}))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range labels.Docs {
			if !yield(k) {
				return
			}
		}
	}) {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(draftsDir, name)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := draft.Parse(path, src, draft.FormatOf(path))
			if err != nil {
				t.Fatal(err)
			}
			var want, got []string
			for _, f := range labels.Docs[name].Findings {
				want = append(want, fmt.Sprintf("%s@%d", f.Rule, f.Line))
			}
			for _, f := range l.Lint(d) {
				got = append(got, fmt.Sprintf("%s@%d", f.Rule, f.Pos.Line))
			}
			slices.Sort(want)
			slices.Sort(got)
			got = slices.Compact(got)
			if !slices.Equal(got, want) {
				t.Errorf("findings = %v\nwant       %v", got, want)
			}
		})
	}
}
