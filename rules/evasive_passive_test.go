package rules

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/linttest"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
)

// TestEvasivePassiveTagTies checks that no decision turns on a tie between VBN and VBD, which
// the tagger breaks in map order: every candidate of every fixture is judged with the tags as
// computed and again with VBN and VBD swapped, and the findings must be the same.
func TestEvasivePassiveTagTies(t *testing.T) {
	paths, err := linttest.Files(filepath.Join(fixtureRoot, evasivePassive.ID))
	if err != nil {
		t.Fatal(err)
	}
	set := phrase.MustCompile(reading.Phrases, nil)
	swap := map[string]string{"VBN": "VBD", "VBD": "VBN"}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := draft.Parse(p, raw, draft.FormatOf(p))
		if err != nil {
			t.Fatal(err)
		}
		rd := reading.Read(d, set.Run(d))
		for si, s := range d.Sentences() {
			cands := passiveCandidates(d.SentenceTokens(si))
			if len(cands) == 0 {
				continue
			}
			tags := d.Tags(si)
			swapped := make([]string, len(tags))
			for i, tg := range tags {
				swapped[i] = tg
				if o, ok := swap[tg]; ok {
					swapped[i] = o
				}
			}
			asTagged := passiveClause{d: d, rd: rd, si: si, first: s.First, end: s.End, tags: tags}
			asSwapped := asTagged
			asSwapped.tags = swapped
			for _, b := range cands {
				h1, ok1 := asTagged.judge(s.First + b)
				h2, ok2 := asSwapped.judge(s.First + b)
				if ok1 != ok2 || h1.span != h2.span {
					t.Errorf("%s: %q: judged %v %q with the tags, %v %q with VBN and VBD swapped",
						filepath.Base(p), s.Text, ok1, d.Slice(h1.span), ok2, d.Slice(h2.span))
				}
			}
		}
	}
}

// BenchmarkEvasivePassive runs evasive-passive alone over a set of drafts and reports which
// share of their sentences needed part-of-speech tags: candidates/sentence is the share the
// rule's word test passed to the tagger, tagged/sentence the share tagged in all, the shared
// reading's requests included. The drafts are the rule's fixtures, or the labelled corpus
// named by APOLOGYLINT_CORPUS:
//
//	APOLOGYLINT_CORPUS=/path/to/corpus go test ./rules -run '^$' -bench EvasivePassive
func BenchmarkEvasivePassive(b *testing.B) {
	dir := os.Getenv("APOLOGYLINT_CORPUS")
	if dir == "" {
		dir = filepath.Join(fixtureRoot, evasivePassive.ID)
	}
	paths, err := benchDrafts(dir)
	if err != nil {
		b.Fatal(err)
	}
	raws := make([][]byte, len(paths))
	for i, p := range paths {
		if raws[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
	l, err := lint.New([]lint.Rule{evasivePassive})
	if err != nil {
		b.Fatal(err)
	}
	// Load the tagger's model before timing: it is loaded once per process.
	if d, err := draft.Parse("warm.txt", []byte("It was shipped."), draft.Text); err == nil && len(d.Sentences()) > 0 {
		d.Tags(0)
	}
	var sentences, tagged, candidates int64
	b.ResetTimer()
	for range b.N {
		for i, p := range paths {
			// A fresh document each time: tags are cached on the document.
			b.StopTimer()
			d, err := draft.Parse(p, raws[i], draft.FormatOf(p))
			if err != nil {
				b.Fatal(err)
			}
			before := draft.TaggedSentences()
			b.StartTimer()
			l.Lint(d)
			b.StopTimer()
			tagged += draft.TaggedSentences() - before
			sentences += int64(len(d.Sentences()))
			for si, s := range d.Sentences() {
				if d.Blocks()[s.Block].Kind != draft.Heading && len(passiveCandidates(d.SentenceTokens(si))) > 0 {
					candidates++
				}
			}
			b.StartTimer()
		}
	}
	if sentences > 0 {
		b.ReportMetric(float64(candidates)/float64(sentences), "candidates/sentence")
		b.ReportMetric(float64(tagged)/float64(sentences), "tagged/sentence")
		b.ReportMetric(float64(sentences)/float64(b.N), "sentences/op")
	}
}

// benchDrafts lists the drafts in dir: the documents of its labels.json when it has one (a
// corpus folder also holds a README that is no draft), otherwise every fixture file.
func benchDrafts(dir string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if os.IsNotExist(err) {
		return linttest.Files(dir)
	}
	if err != nil {
		return nil, err
	}
	var labels struct {
		Docs map[string]json.RawMessage `json:"docs"`
	}
	if err := json.Unmarshal(data, &labels); err != nil {
		return nil, err
	}
	var out []string
	for name := range labels.Docs {
		out = append(out, filepath.Join(dir, name))
	}
	sort.Strings(out)
	return out, nil
}

// TestPassiveWordSwitches checks the word tests written as switches: each word they hold must be
// its own normal form, or no token's Norm would equal it.
func TestPassiveWordSwitches(t *testing.T) {
	for _, tt := range []struct {
		name  string
		is    func(string) bool
		words []string
	}{
		{"isDeterminer", isDeterminer, []string{"a", "an", "the", "this", "that", "these", "those", "our", "your",
			"their", "its", "his", "her", "my", "one", "some", "any", "another", "other", "two",
			"several", "few"}},
		{"isClauseWord", isClauseWord, []string{"and", "but", "or", "so", "because", "when", "while", "whereas",
			"although", "though", "if", "unless", "until", "after", "before", "once", "since", "as",
			"where", "whether", "then", "yet", "nor", "which", "who", "whom", "whose"}},
	} {
		for _, w := range tt.words {
			if n := draft.Normalize(w); n != w {
				t.Errorf("%s: %q normalises to %q", tt.name, w, n)
			}
			if !tt.is(w) {
				t.Errorf("%s(%q) = false", tt.name, w)
			}
		}
		for _, w := range []string{"", ",", "The", "orders", "were", "thew"} {
			if tt.is(w) {
				t.Errorf("%s(%q) = true", tt.name, w)
			}
		}
	}
	for _, tag := range []string{"VBZ", "VBP", "VB", "MD"} {
		if !isFiniteVerbTag(tag) {
			t.Errorf("isFiniteVerbTag(%q) = false", tag)
		}
	}
	for _, tag := range []string{"", "VBN", "VBD", "VBG", "NN", "JJ"} {
		if isFiniteVerbTag(tag) {
			t.Errorf("isFiniteVerbTag(%q) = true", tag)
		}
	}
}
