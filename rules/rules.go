// Package rules holds apologylint's rules, one per file, and the registry that lists them.
package rules

import (
	"slices"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
)

// DefaultMaxWords is the body length above which too-long fires.
const DefaultMaxWords = 300

// Settings are the rule options a user can change.
type Settings struct {
	MaxWords     int // too-long's threshold; 0 means DefaultMaxWords
	MaxApologies int // over-apology's threshold; 0 means DefaultMaxApologies
	// ExtraPhrases are patterns a configuration adds to rules, by rule ID. All appends them to
	// the rule's Phrases under the name ExtraPhrase; only the rules in PhraseOptions read them.
	ExtraPhrases map[string][]string
}

// ExtraPhrase names the phrases All adds from Settings.ExtraPhrases, so that a rule finds the
// user's own entries with p.Matches(ExtraPhrase).
const ExtraPhrase = "extra"

// PhraseOptions returns, by rule ID, the configuration key under which a user lists extra
// phrases for that rule ("blame-shift: {parties: [our courier]}"). These rules, and no others,
// read ExtraPhrase matches.
func PhraseOptions() map[string]string {
	return map[string]string{
		"blame-shift": "parties",
		"boilerplate": "phrases",
	}
}

// All returns every rule, sorted by ID, configured by s. Adding a rule is one line here.
func All(s Settings) []lint.Rule {
	if s.MaxWords <= 0 {
		s.MaxWords = DefaultMaxWords
	}
	if s.MaxApologies <= 0 {
		s.MaxApologies = DefaultMaxApologies
	}
	return withExtraPhrases(s.ExtraPhrases, []lint.Rule{
		blameShift,
		boilerplate,
		evasivePassive,
		excuse,
		malformedPlaceholder,
		minimizing,
		missingApology,
		missingContact,
		missingPrevention,
		missingRemedy,
		nonApology,
		overApology(s.MaxApologies),
		selfFocus,
		suppressionWithoutReason,
		templateNotPersonalised,
		tooLong(s.MaxWords),
		unfilledPlaceholder,
		unsigned,
		unusedSuppression,
		vagueApology,
		vaguePrevention,
	})
}

// withExtraPhrases appends each rule's extra patterns to a copy of its Phrases, leaving the
// rule's own list untouched.
func withExtraPhrases(extra map[string][]string, rs []lint.Rule) []lint.Rule {
	for i, r := range rs {
		if len(extra[r.ID]) == 0 {
			continue
		}
		defs := slices.Clone(r.Phrases)
		for _, p := range extra[r.ID] {
			defs = append(defs, phrase.Def{Name: ExtraPhrase, Pattern: p})
		}
		rs[i].Phrases = defs
	}
	return rs
}
