// Package reading judges each sentence of a draft once, for every rule to share: is it an
// apology, and is that apology genuine, vague or a non-apology; does the sentence own the
// failure, name a remedy, a prevention step or a contact channel. Rules read these judgments
// instead of each re-deriving them, so they cannot disagree about the same sentence.
package reading

import (
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
)

// Owner is the owner name of the reading's phrases in the shared automaton.
const Owner = "reading"

// Phrases are the reading's own patterns, compiled into the engine's one automaton.
var Phrases []phrase.Def

// Reading is the shared judgment of one document.
type Reading struct {
	Sentences []Sentence
}

// Sentence is the judgment of one sentence.
type Sentence struct{}

// Read judges every sentence of d, given the matches of Phrases.
func Read(d *draft.Document, matches []phrase.Match) *Reading {
	return &Reading{Sentences: make([]Sentence, len(d.Sentences()))}
}
