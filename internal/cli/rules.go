package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// ruleFormats are the formats of `apologylint rules`.
var ruleFormats = []string{"text", "json", "markdown"}

// subcommand parses the flags of a subcommand. It returns the exit code to stop with, or -1 to
// go on.
func subcommand(fs *pflag.FlagSet, args []string, stderr io.Writer, usage string) int {
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		_, _ = io.WriteString(stderr, usage+flagUsages(fs)) // stderr is the last place to report to
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return fail(stderr, flagError(fs, err))
	}
	return -1
}

// runRules prints the registry: as aligned columns (ID, severity, scope and summary), from which
// the README's rule table is generated; as JSON, with each rule's whole doc and options; or as the
// Markdown of docs/rules.md.
func runRules(args []string, stdout, stderr io.Writer, ruleSet func(rules.Settings) []lint.Rule) int {
	fs := pflag.NewFlagSet(tool+" rules", pflag.ContinueOnError)
	format := fs.String("format", "text", "output `FORMAT`: "+joinOr(ruleFormats))
	const usage = "Usage:\n  apologylint rules [--format text|json|markdown]\n\n" +
		"Prints every rule: ID, default severity, scope and summary; as JSON or Markdown,\n" +
		"with its whole doc and options.\n\nFlags:\n"
	if code := subcommand(fs, args, stderr, usage); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return fail(stderr, fmt.Errorf("rules takes no arguments, got %q", fs.Arg(0)))
	}
	rs := ruleSet(rules.Settings{})
	var err error
	switch *format {
	case "text":
		err = writeRules(stdout, rs)
	case "json":
		err = writeRulesJSON(stdout, rs)
	case "markdown":
		err = writeRulesMarkdown(stdout, rs)
	default:
		return fail(stderr, unknown("format", *format, ruleFormats))
	}
	return exitWrite(stderr, err)
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

// The wire structs of `apologylint rules --format json`. Keys are only ever added.
type (
	jsonRules struct {
		Version int        `json:"version"`
		Rules   []jsonRule `json:"rules"`
	}
	jsonRule struct {
		ID       string       `json:"id"`
		Severity string       `json:"severity"`
		Scope    string       `json:"scope"`
		Summary  string       `json:"summary"`
		Explain  string       `json:"explain"`
		Bad      string       `json:"bad"`
		Good     string       `json:"good"`
		Options  []jsonOption `json:"options"`
	}
	jsonOption struct {
		Key  string `json:"key"`
		Type string `json:"type"`
		Doc  string `json:"doc"`
	}
)

// writeRulesJSON writes the registry as one JSON document.
func writeRulesJSON(w io.Writer, rs []lint.Rule) error {
	out := jsonRules{Version: 1, Rules: []jsonRule{}}
	for _, r := range rs {
		jr := jsonRule{
			ID: r.ID, Severity: r.Severity.String(), Scope: r.Scope.String(),
			Summary: r.Doc.Summary, Explain: r.Doc.Explain, Bad: r.Doc.Bad, Good: r.Doc.Good,
			Options: []jsonOption{},
		}
		for _, o := range config.Options(r.ID) {
			jr.Options = append(jr.Options, jsonOption{Key: o.Key, Type: optionType(o), Doc: o.Doc})
		}
		out.Rules = append(out.Rules, jr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// optionType names the type of an option's value.
func optionType(o config.Option) string {
	if o.Phrases {
		return "phrases"
	}
	return "number"
}

// writeRulesMarkdown writes the registry as docs/rules.md.
func writeRulesMarkdown(w io.Writer, rs []lint.Rule) error {
	var b strings.Builder
	b.WriteString("# Rules\n\n" +
		"<!-- Generated from the rule docs by `apologylint rules --format markdown`. Do not edit:\n" +
		"     go test ./internal/cli -run TestRulesDoc -update rewrites it. -->\n\n" +
		"Each rule can be turned off, given another severity and, where it has options, tuned in\n" +
		"`.apologylint.yml` (see the README's Configuration section). `apologylint explain RULE`\n" +
		"prints the same text.\n\n" +
		"| Rule | Severity | Scope | Summary |\n|---|---|---|---|\n")
	for _, r := range rs {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s | %s | %s |\n", r.ID, r.ID, r.Severity, r.Scope, strings.ReplaceAll(r.Doc.Summary, "|", `\|`))
	}
	for _, r := range rs {
		fmt.Fprintf(&b, "\n## %s\n\n%s.\n\nDefault severity: %s. Scope: %s.\n", r.ID, upperFirst(r.Doc.Summary), r.Severity, r.Scope)
		if r.Doc.Explain != "" {
			fmt.Fprintf(&b, "\n%s\n", r.Doc.Explain)
		}
		if r.Doc.Bad != "" {
			fmt.Fprintf(&b, "\nBad:\n\n> %s\n", r.Doc.Bad)
		}
		if r.Doc.Good != "" {
			fmt.Fprintf(&b, "\nGood:\n\n> %s\n", r.Doc.Good)
		}
		if opts := config.Options(r.ID); len(opts) > 0 {
			b.WriteString("\nOptions:\n\n")
			for _, o := range opts {
				fmt.Fprintf(&b, "- `%s`: %s.\n", o.Key, o.Doc)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// runExplain prints one rule's doc: its summary, default severity and scope, the explanation, a
// bad and a good example, and its options.
func runExplain(args []string, stdout, stderr io.Writer, ruleSet func(rules.Settings) []lint.Rule) int {
	fs := pflag.NewFlagSet(tool+" explain", pflag.ContinueOnError)
	const usage = "Usage:\n  apologylint explain RULE\n\n" +
		"Prints what RULE looks for and why, with an example that it reports and one that\n" +
		"it does not, and its options.\n\nFlags:\n"
	if code := subcommand(fs, args, stderr, usage); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return ExitError
	}
	rs := ruleSet(rules.Settings{})
	id := fs.Arg(0)
	i := slices.IndexFunc(rs, func(r lint.Rule) bool { return r.ID == id })
	if i < 0 {
		return fail(stderr, unknown("rule", id, ruleIDs(rs)))
	}
	return exitWrite(stderr, writeExplain(stdout, rs[i]))
}

// explainWidth is the width explain wraps prose to.
const explainWidth = 78

// writeExplain writes a rule's doc for a terminal.
func writeExplain(w io.Writer, r lint.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.ID, r.Doc.Summary)
	fmt.Fprintf(&b, "Default severity: %s. Scope: %s.\n", r.Severity, r.Scope)
	if r.Doc.Explain != "" {
		b.WriteString("\n" + wrap(r.Doc.Explain, explainWidth, "") + "\n")
	}
	if r.Doc.Bad != "" {
		b.WriteString("\nBad:\n" + wrap(r.Doc.Bad, explainWidth, "  ") + "\n")
	}
	if r.Doc.Good != "" {
		b.WriteString("\nGood:\n" + wrap(r.Doc.Good, explainWidth, "  ") + "\n")
	}
	if opts := config.Options(r.ID); len(opts) > 0 {
		fmt.Fprintf(&b, "\nOptions (in .apologylint.yml, under rules: %s:):\n", r.ID)
		for _, o := range opts {
			b.WriteString(wrap(o.Key+": "+o.Doc, explainWidth, "  ") + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap fills text into lines of at most width characters, each starting with indent. A word
// longer than a line gets a line of its own.
func wrap(text string, width int, indent string) string {
	var lines []string
	line := indent
	for _, word := range strings.Fields(text) {
		if line != indent && len([]rune(line))+1+len([]rune(word)) > width {
			lines = append(lines, line)
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += word
	}
	return strings.Join(append(lines, line), "\n")
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
