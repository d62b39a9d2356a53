package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/apologylint/apologylint/rules"
)

// Option is a setting a configuration may give one rule besides enabled and severity.
type Option struct {
	Key string
	// Doc says what the value is and does, for `apologylint explain` and docs/rules.md.
	Doc string
	// Phrases is true for a list of extra phrases (Settings.ExtraPhrases), false for a number.
	Phrases bool
	def     int // a number's default
	set     func(s *rules.Settings, n int)
}

// numberOptions are the rules' numeric options, by rule ID.
var numberOptions = map[string][]Option{
	"too-long": {{
		Key: "max_words",
		Doc: fmt.Sprintf("the word limit, a positive whole number (default %d)", rules.DefaultMaxWords),
		def: rules.DefaultMaxWords,
		set: func(s *rules.Settings, n int) { s.MaxWords = n },
	}},
	"over-apology": {{
		Key: "max",
		Doc: fmt.Sprintf("how many apology expressions are fine, a positive whole number (default %d)", rules.DefaultMaxApologies),
		def: rules.DefaultMaxApologies,
		set: func(s *rules.Settings, n int) { s.MaxApologies = n },
	}},
}

// Options returns the options rule id takes, sorted by key.
func Options(id string) []Option {
	opts := slices.Clone(numberOptions[id])
	if key, ok := rules.PhraseOptions()[id]; ok {
		opts = append(opts, Option{Key: key, Doc: "a list of extra phrases for the rule to find, in the phrase pattern syntax", Phrases: true})
	}
	slices.SortFunc(opts, func(a, b Option) int { return strings.Compare(a.Key, b.Key) })
	return opts
}
