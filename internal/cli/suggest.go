package cli

import (
	"fmt"

	"github.com/apologylint/apologylint/internal/config"
)

// closest returns the candidate nearest to word by edit distance, as configuration errors do.
func closest(word string, candidates []string) (string, bool) {
	return config.Closest(word, candidates)
}

// unknown builds the one-line error for a value that is not among the valid ones, naming the
// closest valid one.
func unknown(what, value string, valid []string) error {
	if c, ok := closest(value, valid); ok {
		return fmt.Errorf("unknown %s %q (did you mean %q?)", what, value, c)
	}
	return fmt.Errorf("unknown %s %q (there are none to choose from)", what, value)
}
