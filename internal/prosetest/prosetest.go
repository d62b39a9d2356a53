// Package prosetest runs prose/v2 itself, the reference that the tokenizer and tagger ports are
// tested against. Only tests and benchmarks import it.
package prosetest

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

// Model is prose's tagging model, loaded once (it takes ~200 ms) and shared.
var Model = sync.OnceValue(func() *prose.Model {
	pd, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		panic(err)
	}
	return pd.Model
})

// Tokens returns prose's tokens of text and the tags prose reports for them, or ok false where
// prose panics (it cuts some words at an index found in a lower-case copy longer than the word).
func Tokens(text string) (words, tags []string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(Model()))
	if err != nil {
		return nil, nil, false
	}
	for _, t := range pd.Tokens() {
		words = append(words, t.Text)
		tags = append(tags, t.Tag)
	}
	return words, tags, true
}
