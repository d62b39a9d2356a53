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

// defaultExts are the extensions a directory walk lints unless --ext says otherwise: drafts, then
// templates.
var defaultExts = []string{"txt", "md", "markdown", "html", "htm", "hbs", "j2", "liquid", "mustache", "tmpl"}

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
	configFile    string
	noConfig      bool
	noGitignore   bool
	fix           bool
	diff          bool
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
	fs.StringVar(&o.configFile, "config", "", "use the configuration `FILE` for every draft instead of looking for .apologylint.yml")
	fs.BoolVar(&o.noConfig, "no-config", false, "use no configuration file")
	fs.BoolVar(&o.noGitignore, "no-gitignore", false, "lint files that .gitignore files leave out")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print only findings and errors: no check-list, no summary line")
	fs.BoolVar(&o.noStructure, "no-structure", false, "leave out the structure check-list of each file")
	fs.BoolVar(&o.fix, "fix", false, "apply the safe fixes findings carry to the files, then report what remains")
	fs.BoolVar(&o.diff, "diff", false, "print the unified diff of what --fix would change, and change nothing")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.Usage = func() { usage(stderr, fs) }
	return fs, o
}

// settings are the validated flags of a lint run.
type settings struct {
	minSeverity lint.Severity
	exts        map[string]bool // lower case, with the leading dot
	stdinName   string
	structure   bool // report each file's structure check-list
	// format and output pick the report's printer, a stream.
	format      string
	output      printer.Options
	gitignore   bool // leave out what .gitignore files leave out
	configFile  string
	noConfig    bool
	maxWords    int // --max-words when given, else 0
	enable      []string
	enabling    bool // --enable was given: only the rules it names run
	disable     []string
	fix         bool // --fix: write the fixed files
	diff        bool // --diff: print the fixes as a diff instead of a report
	textSummary bool // the report ends with the text format's summary line
}

// settings validates the options. changed reports whether a flag was given on the command line;
// terminal says whether stdout is a terminal.
func (o *options) settings(changed func(string) bool, getenv func(string) string, terminal bool) (settings, error) {
	var cfg settings
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
	if changed("max-words") {
		cfg.maxWords = o.maxWords
	}
	if o.noConfig && changed("config") {
		return cfg, fmt.Errorf("--config and --no-config cannot be used together")
	}
	if changed("config") && o.configFile == "" {
		return cfg, fmt.Errorf("--config is empty")
	}
	cfg.configFile, cfg.noConfig, cfg.gitignore = o.configFile, o.noConfig, !o.noGitignore
	cfg.enable, cfg.disable, cfg.enabling = trimAll(o.enable), trimAll(o.disable), changed("enable")

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

	if o.fix && o.diff {
		return cfg, fmt.Errorf("--fix and --diff cannot be used together")
	}
	if o.diff && changed("format") {
		return cfg, fmt.Errorf("--diff prints a diff, not a report, and takes no --format")
	}
	cfg.fix, cfg.diff = o.fix, o.diff
	cfg.textSummary = o.format == "text" && !o.quiet

	cfg.structure = !o.noStructure
	color := o.color == "always" || (o.color == "auto" && terminal && getenv("NO_COLOR") == "")
	cfg.format, cfg.output = o.format, printer.Options{Color: color, Quiet: o.quiet}
	return cfg, nil
}

// checkRuleIDs checks that every ID given to --enable and --disable names a rule: one of the
// registry's or a custom rule of a configuration in use. An unknown ID is an error naming the
// closest valid one.
func (cfg settings) checkRuleIDs(valid []string) error {
	for _, id := range slices.Concat(cfg.enable, cfg.disable) {
		if !slices.Contains(valid, id) {
			return unknown("rule", id, valid)
		}
	}
	return nil
}

// selectRules picks the rules to run from all: those the configuration leaves on, or with
// --enable, even an empty one, only those it names; then --disable takes its rules away. The
// command line wins over the configuration file.
func (cfg settings) selectRules(all []lint.Rule, on func(id string) bool) []lint.Rule {
	var out []lint.Rule
	for _, r := range all {
		switch {
		case cfg.enabling && !slices.Contains(cfg.enable, r.ID):
		case !cfg.enabling && !on(r.ID):
		case slices.Contains(cfg.disable, r.ID):
		default:
			out = append(out, r)
		}
	}
	return out
}

// trimAll trims the space around each value, as in "--enable excuse, blame-shift".
func trimAll(values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = strings.TrimSpace(v)
	}
	return out
}
