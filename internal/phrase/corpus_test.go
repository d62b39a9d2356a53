package phrase_test

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
	"github.com/apologylint/apologylint/internal/synth"
	"github.com/apologylint/apologylint/rules"
)

// ruleDefs returns the patterns the linter compiles: the reading's and every rule's, each owned
// by its rule, as lint.New gathers them.
func ruleDefs(tb testing.TB) []phrase.Def {
	tb.Helper()
	defs := append([]phrase.Def(nil), reading.Phrases...)
	for _, r := range rules.All(rules.Settings{}) {
		for _, d := range r.Phrases {
			d.Owner = r.ID
			defs = append(defs, d)
		}
	}
	return defs
}

var (
	ruleSetOnce sync.Once
	ruleSet     *phrase.Set
)

// rulesSet is the Set of ruleDefs, compiled once for all tests.
func rulesSet(tb testing.TB) *phrase.Set {
	tb.Helper()
	ruleSetOnce.Do(func() { ruleSet = phrase.MustCompile(ruleDefs(tb), nil) })
	return ruleSet
}

// patternWords returns the plain words the patterns name, in order of first use.
func patternWords(defs []phrase.Def) []string {
	seen := map[string]bool{}
	var words []string
	for _, d := range defs {
		for _, w := range strings.FieldsFunc(d.Pattern, func(r rune) bool { return strings.ContainsRune(" {}|^", r) }) {
			if w == "_" || w == "..." || strings.ContainsAny(w, "<>!*") || seen[w] {
				continue
			}
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

// noise is text no pattern asks for, and sentence ends.
var noise = []string{"zebra", "Quux", "lorem", "12", "£40", "reapplied", "apologue", "re-", "—", ",", ";", "(", ")", "\"", "'", "’s"}

// randomText writes n words drawn mostly from the patterns' own words, with noise, class words,
// repeats that keep many matches open, and now and then a sentence end or a blank line.
func randomText(r *rand.Rand, words []string, n int, ends bool) string {
	var b strings.Builder
	var classWords []string
	for _, ws := range phrase.Classes {
		classWords = append(classWords, ws...)
	}
	prev := "sorry"
	for range n {
		var w string
		switch k := r.IntN(20); {
		case k < 11:
			w = words[r.IntN(len(words))]
		case k < 14:
			w = classWords[r.IntN(len(classWords))]
		case k < 16:
			w = prev
		default:
			w = noise[r.IntN(len(noise))]
		}
		if r.IntN(3) == 0 && w[0] >= 'a' && w[0] <= 'z' {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		prev = w
		switch k := r.IntN(40); {
		case ends && k == 0:
			b.WriteString(". ")
		case ends && k == 1:
			b.WriteString("!\n\n")
		case ends && k == 2:
			b.WriteString("\n")
		default:
			b.WriteString(" ")
		}
	}
	return b.String()
}

// sameAsNFA fails unless Run gives exactly what the old matcher gives: the same matches, in the
// same order, with the same Def pointers.
func sameAsNFA(t *testing.T, set *phrase.Set, d *draft.Document, what string) {
	t.Helper()
	got, want := set.Run(d), set.RunNFA(d)
	if reflect.DeepEqual(got, want) {
		return
	}
	t.Fatalf("%s: Run =\n%v\nthe automaton stepping every thread =\n%v", what, show(got), show(want))
}

// show writes matches for a failure's message.
func show(ms []phrase.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s/%s[%d,%d)", m.Def.Owner, m.Def.Name, m.Start, m.End))
	}
	return out
}

// TestRunSameAsNFA compares Run with the old matcher over the rules' patterns on the drafts
// under testdata, synthetic drafts and random runs of pattern words.
func TestRunSameAsNFA(t *testing.T) {
	set := rulesSet(t)
	n := 0
	for _, root := range []string{"../../testdata", "../../rules/testdata"} {
		err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			d, err := draft.Parse(path, raw, draft.FormatOf(path))
			if err != nil {
				return nil // not a draft the linter reads
			}
			sameAsNFA(t, set, d, path)
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 100 {
		t.Fatalf("compared %d drafts under testdata, want the hundreds there are", n)
	}
	drafts := 500
	if testing.Short() {
		drafts = 100
	}
	for _, sd := range synth.Corpus(drafts, 11) {
		d, err := draft.Parse(sd.Name, sd.Text, draft.FormatOf(sd.Name))
		if err != nil {
			t.Fatal(err)
		}
		sameAsNFA(t, set, d, sd.Name)
	}
	words := patternWords(ruleDefs(t))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		text := randomText(r, words, 20+r.IntN(400), i%4 != 0)
		d, err := draft.Parse("random.txt", []byte(text), draft.Text)
		if err != nil {
			t.Fatal(err)
		}
		sameAsNFA(t, set, d, fmt.Sprintf("random text %d %q", i, text))
	}
}

// TestRunConcurrent runs one Set from many goroutines at once, from a cold start, as the
// linter's workers do; run it with -race.
func TestRunConcurrent(t *testing.T) {
	set := phrase.MustCompile(ruleDefs(t), nil)
	var docs []*draft.Document
	var want [][]phrase.Match
	for _, sd := range synth.Corpus(40, 5) {
		d, err := draft.Parse(sd.Name, sd.Text, draft.FormatOf(sd.Name))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
		want = append(want, set.RunNFA(d))
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for k := range docs {
				i := (k + w*5) % len(docs)
				if got := set.Run(docs[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("worker %d, draft %d: Run differs from the old matcher", w, i)
				}
			}
		})
	}
	wg.Wait()
}

// TestRunGrouped checks that RunGrouped gives each owner the matches of Run that are its own, in
// Run's order, over the rules' patterns and over the same with a Def listed twice, which Run
// leaves to the old matcher.
func TestRunGrouped(t *testing.T) {
	defs := ruleDefs(t)
	withDuplicate := append(append([]phrase.Def(nil), defs...), defs[len(defs)/2])
	var owners []string
	for _, d := range defs {
		if !slices.Contains(owners, d.Owner) {
			owners = append(owners, d.Owner)
		}
	}
	var docs []*draft.Document
	for _, sd := range synth.Corpus(100, 7) {
		d, err := draft.Parse(sd.Name, sd.Text, draft.FormatOf(sd.Name))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	for _, set := range []*phrase.Set{rulesSet(t), phrase.MustCompile(withDuplicate, nil)} {
		if set.Owner("no-such-owner") != -1 {
			t.Fatal(`Owner("no-such-owner") is not -1`)
		}
		for _, d := range docs {
			all, g := set.Run(d), set.RunGrouped(d)
			n := 0
			for _, o := range owners {
				var want []phrase.Match
				for _, m := range all {
					if m.Def.Owner == o {
						want = append(want, m)
					}
				}
				got := g.Of(set.Owner(o))
				if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: RunGrouped's matches of %s =\n%v\nRun's =\n%v", d.Path(), o, show(got), show(want))
				}
				n += len(got)
			}
			if n != len(all) {
				t.Fatalf("%s: RunGrouped has %d matches, Run %d", d.Path(), n, len(all))
			}
			if got := g.Of(-1); got != nil {
				t.Fatalf("%s: RunGrouped's matches of no owner = %v", d.Path(), got)
			}
		}
	}
}
