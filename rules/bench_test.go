package rules

import (
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/synth"
)

// BenchmarkLintCorpus parses and lints 2,000 synthetic drafts (about 3 MB; plain text, Markdown
// and HTML, good and flawed) with every rule, on one goroutine. It reports MB/s, allocations,
// and the share of sentences that needed part-of-speech tags. The tagger model is loaded before
// the timer starts, once per process, as the command line does.
//
//	go test ./rules -run '^$' -bench LintCorpus -benchmem
func BenchmarkLintCorpus(b *testing.B) {
	drafts := synth.Corpus(2000, 1)
	total := 0
	for _, d := range drafts {
		total += len(d.Text)
	}
	l, err := lint.New(All(Settings{}))
	if err != nil {
		b.Fatal(err)
	}
	warm, _ := draft.Parse("warm.txt", []byte("Our team now checks every order."), draft.Text)
	warm.Tags(0)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	sentences, tagged := 0, draft.TaggedSentences()
	for b.Loop() {
		for _, d := range drafts {
			doc, err := draft.Parse(d.Name, d.Text, draft.FormatOf(d.Name))
			if err != nil {
				b.Fatal(err)
			}
			l.Lint(doc)
			sentences += len(doc.Sentences())
		}
	}
	b.ReportMetric(float64(len(drafts)*b.N)/b.Elapsed().Seconds(), "drafts/s")
	b.ReportMetric(float64(draft.TaggedSentences()-tagged)/float64(max(sentences, 1)), "tagged/sentence")
}
