package phrase_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/synth"
)

// The benchmarks report ns/token for Run ("run") and for the old matcher that steps every thread
// ("nfa"), on fresh text at every pass, generated and parsed with the timer stopped. Compare the
// two from one run:
//
//	go test ./internal/phrase -run '^$' -bench .

// benchRun times match over docs made fresh by next for each pass.
func benchRun(b *testing.B, next func(seed uint64) []*draft.Document, match func(*draft.Document) []phrase.Match) {
	b.Helper()
	seed, tokens := uint64(1), 0
	for b.Loop() {
		b.StopTimer()
		docs := next(seed)
		seed++
		b.StartTimer()
		for _, d := range docs {
			match(d)
			tokens += len(d.Tokens())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(max(tokens, 1)), "ns/token")
}

func benchBoth(b *testing.B, next func(seed uint64) []*draft.Document) {
	b.Helper()
	set := phrase.MustCompile(ruleDefs(b), nil)
	b.Run("run", func(b *testing.B) { benchRun(b, next, set.Run) })
	b.Run("nfa", func(b *testing.B) { benchRun(b, next, set.RunNFA) })
}

// BenchmarkRunDrafts matches the rules' patterns over 100 synthetic drafts a pass.
func BenchmarkRunDrafts(b *testing.B) {
	benchBoth(b, func(seed uint64) []*draft.Document {
		var docs []*draft.Document
		for _, sd := range synth.Corpus(100, seed) {
			d, err := draft.Parse(sd.Name, sd.Text, draft.FormatOf(sd.Name))
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
		}
		return docs
	})
}

// BenchmarkRunPathological matches the rules' patterns over one sentence of 10,000 tokens of
// their own words with no sentence end, a pass: many matches stay open at every token.
func BenchmarkRunPathological(b *testing.B) {
	words := patternWords(ruleDefs(b))
	benchBoth(b, func(seed uint64) []*draft.Document {
		r := rand.New(rand.NewPCG(seed, 3))
		text := randomText(r, words, 10000, false)
		text = strings.NewReplacer("\n", " ").Replace(text)
		d, err := draft.Parse("long.txt", []byte(text), draft.Text)
		if err != nil {
			b.Fatal(err)
		}
		if n := len(d.Sentences()); n != 1 {
			b.Fatalf("%d sentences, want one", n)
		}
		return []*draft.Document{d}
	})
}

// BenchmarkCompile compiles the rules' patterns, as every run of the command line does once
// before it lints: it is on the path of a cold run.
func BenchmarkCompile(b *testing.B) {
	defs := ruleDefs(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := phrase.Compile(defs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVocabLookup looks the tokens of synthetic drafts up in the rules' vocabulary, in the
// table Run uses and in a Go map.
func BenchmarkVocabLookup(b *testing.B) {
	set := phrase.MustCompile(ruleDefs(b), nil)
	var words []string
	for _, sd := range synth.Corpus(200, 1) {
		d, err := draft.Parse(sd.Name, sd.Text, draft.FormatOf(sd.Name))
		if err != nil {
			b.Fatal(err)
		}
		for _, t := range d.Tokens() {
			words = append(words, t.Norm)
		}
	}
	for _, c := range []struct {
		name   string
		lookup func(string) (int32, bool)
	}{{"table", set.LookupTable}, {"map", set.LookupMap}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					c.lookup(w)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}
