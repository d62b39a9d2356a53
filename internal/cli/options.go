package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/printer"
	"github.com/apologylint/apologylint/rules"
)

// defaultExts are the extensions a directory walk lints unless --ext says otherwise.
var defaultExts = []string{"txt", "md", "markdown", "html", "htm"}

// options are the flag values as given, before validation.
type options struct {
	format        string
	minSeverity   string
	enable        []string
	disable       []string
	maxWords      int
	color         string
	quiet         bool
	noStructure   bool
	version       bool
	exts          []string
	stdinFilename string
}

// newFlagSet declares the flags of a lint run. Usage goes to stderr; parse errors are not
// printed by pflag but returned, so that run prints them as one line.
func newFlagSet(stderr io.Writer) (*pflag.FlagSet, *options) {
	o := &options{}
	fs := pflag.NewFlagSet(tool, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.StringVar(&o.format, "format", "text", "output `FORMAT`: "+joinOr(printer.Formats()))
	fs.StringVar(&o.minSeverity, "min-severity", "info", "hide findings below `LEVEL`: info, warning, error")
	fs.StringSliceVar(&o.enable, "enable", nil, "run only these rules (comma-separated)")
	fs.StringSliceVar(&o.disable, "disable", nil, "skip these rules (comma-separated)")
	fs.IntVar(&o.maxWords, "max-words", rules.DefaultMaxWords, "word limit for too-long")
	fs.StringVar(&o.color, "color", "auto", "colour text output: auto, always or never")
	fs.StringSliceVar(&o.exts, "ext", defaultExts, "file extensions to lint in directories")
	fs.StringVar(&o.stdinFilename, "stdin-filename", "<stdin>", "`NAME` for standard input, whose extension sets its format")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print only findings and errors: no check-list, no summary line")
	fs.BoolVar(&o.noStructure, "no-structure", false, "leave out the structure check-list of each file")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.Usage = func() { usage(stderr, fs) }
	return fs, o
}

// config is a validated lint run.
type config struct {
	rules       []lint.Rule
	minSeverity lint.Severity
	exts        map[string]bool // lower case, with the leading dot
	stdinName   string
	structure   bool // report each file's structure check-list
	print       printer.Printer
}

// config validates the options. changed reports whether a flag was given on the command line;
// terminal says whether stdout is a terminal.
func (o *options) config(changed func(string) bool, getenv func(string) string, terminal bool, ruleSet func(rules.Settings) []lint.Rule) (config, error) {
	var cfg config
	if !slices.Contains(printer.Formats(), o.format) {
		return cfg, unknown("format", o.format, printer.Formats())
	}
	sevs := []string{lint.Info.String(), lint.Warning.String(), lint.Error.String()}
	if !slices.Contains(sevs, o.minSeverity) {
		return cfg, unknown("severity", o.minSeverity, sevs)
	}
	cfg.minSeverity, _ = lint.ParseSeverity(o.minSeverity)
	colors := []string{"auto", "always", "never"}
	if !slices.Contains(colors, o.color) {
		return cfg, unknown("color mode", o.color, colors)
	}
	if o.maxWords <= 0 {
		return cfg, fmt.Errorf("--max-words must be positive, got %d", o.maxWords)
	}

	var err error
	if cfg.rules, err = selectRules(ruleSet(rules.Settings{MaxWords: o.maxWords}), o.enable, o.disable, changed("enable")); err != nil {
		return cfg, err
	}

	cfg.exts = map[string]bool{}
	for _, e := range o.exts {
		e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), "."))
		if e != "" {
			cfg.exts["."+e] = true
		}
	}
	if len(cfg.exts) == 0 {
		return cfg, fmt.Errorf("--ext names no extension")
	}
	if cfg.stdinName = o.stdinFilename; cfg.stdinName == "" {
		return cfg, fmt.Errorf("--stdin-filename is empty")
	}

	cfg.structure = !o.noStructure
	color := o.color == "always" || (o.color == "auto" && terminal && getenv("NO_COLOR") == "")
	cfg.print, err = printer.New(o.format, printer.Options{Color: color, Quiet: o.quiet})
	return cfg, err
}

// selectRules applies --enable and --disable to the registry. An unknown ID is an error naming
// the closest valid one. When --enable is given, even with an empty list, only the rules it
// names run.
func selectRules(all []lint.Rule, enable, disable []string, enabling bool) ([]lint.Rule, error) {
	ids := make([]string, len(all))
	for i, r := range all {
		ids[i] = r.ID
	}
	enable, disable = trimAll(enable), trimAll(disable)
	for _, id := range slices.Concat(enable, disable) {
		if !slices.Contains(ids, id) {
			return nil, unknown("rule", id, ids)
		}
	}
	var out []lint.Rule
	for _, r := range all {
		if enabling && !slices.Contains(enable, r.ID) {
			continue
		}
		if slices.Contains(disable, r.ID) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// trimAll trims the space around each value, as in "--enable excuse, blame-shift".
func trimAll(values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = strings.TrimSpace(v)
	}
	return out
}
