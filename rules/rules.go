// Package rules holds apologylint's rules, one per file, and the registry that lists them.
package rules

import "github.com/apologylint/apologylint/internal/lint"

// DefaultMaxWords is the body length above which too-long fires.
const DefaultMaxWords = 300

// Settings are the rule options a user can change.
type Settings struct {
	MaxWords     int // too-long's threshold; 0 means DefaultMaxWords
	MaxApologies int // over-apology's threshold; 0 means DefaultMaxApologies
}

// All returns every rule, sorted by ID, configured by s. Adding a rule is one line here.
func All(s Settings) []lint.Rule {
	if s.MaxWords <= 0 {
		s.MaxWords = DefaultMaxWords
	}
	if s.MaxApologies <= 0 {
		s.MaxApologies = DefaultMaxApologies
	}
	return []lint.Rule{
		blameShift,
		boilerplate,
		evasivePassive,
		excuse,
		minimizing,
		missingApology,
		missingContact,
		missingPrevention,
		missingRemedy,
		nonApology,
		overApology(s.MaxApologies),
		selfFocus,
		tooLong(s.MaxWords),
		unfilledPlaceholder,
		vagueApology,
		vaguePrevention,
	}
}
