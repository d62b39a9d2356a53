package cli

import (
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// runRules prints the registry, one rule per line in aligned columns: ID, severity, scope and
// summary. The README's rule table is generated from this output.
func runRules(args []string, stdout, stderr io.Writer, ruleSet func(rules.Settings) []lint.Rule) int {
	fs := pflag.NewFlagSet(tool+" rules", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		_, _ = io.WriteString(stderr, "Usage:\n  apologylint rules\n\nPrints every rule: ID, default severity, scope and summary.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return fail(stderr, flagError(fs, err))
	}
	if fs.NArg() > 0 {
		return fail(stderr, fmt.Errorf("rules takes no arguments, got %q", fs.Arg(0)))
	}
	return exitWrite(stderr, writeRules(stdout, ruleSet(rules.Settings{})))
}

// writeRules writes one line per rule in aligned columns.
func writeRules(w io.Writer, rs []lint.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, r := range rs {
		if _, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Scope, r.Doc.Summary); err != nil {
			return err
		}
	}
	return tw.Flush()
}
