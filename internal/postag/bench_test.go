package postag_test

import (
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/postag"
	"github.com/apologylint/apologylint/internal/prosetest"
	"github.com/apologylint/apologylint/internal/synth"
	"github.com/jdkato/prose/v2"
)

// benchSentences returns the sentences of 100 synthetic drafts and prose's tokens of each.
func benchSentences(b *testing.B) (texts []string, words [][]string) {
	b.Helper()
	for _, d := range synth.Corpus(100, 1) {
		doc, err := draft.Parse(d.Name, d.Text, draft.FormatOf(d.Name))
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range doc.Sentences() {
			w, _, ok := prosetest.Tokens(s.Text)
			if ok {
				texts = append(texts, s.Text)
				words = append(words, w)
			}
		}
	}
	return texts, words
}

// BenchmarkTag tags the same sentences with postag and with prose; one op is one sentence.
// prose's figure includes its tokenizer, which "prose-tokenize" measures alone: prose's tagger
// costs the difference. Compare ratios taken in one run.
//
//	go test ./internal/postag -run '^$' -bench Tag -benchmem
func BenchmarkTag(b *testing.B) {
	texts, words := benchSentences(b)
	model := prosetest.Model()
	b.Run("postag", func(b *testing.B) {
		var out []string
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			out = postag.Tag(words[i%len(words)], out)
			i++
		}
	})
	for _, c := range []struct {
		name string
		opts []prose.DocOpt
	}{
		{"prose", []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model)}},
		{"prose-tokenize", []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.WithTagging(false), prose.UsingModel(model)}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := prose.NewDocument(texts[i%len(texts)], c.opts...); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
