// Package cli is apologylint's command line: it reads flags, collects the drafts to lint, runs the
// rules over them concurrently, prints the report and decides the exit code. It is the only
// package besides main that touches standard streams and the environment, and it gets those as
// arguments so that tests can call it with buffers.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/mattn/go-isatty"
	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/printer"
	"github.com/apologylint/apologylint/rules"
)

// Exit codes, as listed by --help and in the README.
const (
	ExitClean    = 0 // no finding at or above --min-severity
	ExitFindings = 1 // at least one finding was reported
	ExitError    = 2 // usage error, unreadable path, bad input or internal error
)

const tool = "apologylint"

// version is the program version. Release builds set it with
// -ldflags "-X github.com/apologylint/apologylint/internal/cli.version=v1.2.3"; otherwise the
// module version recorded by go install is used.
var version = ""

// programVersion returns the version to report.
func programVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// Run runs apologylint with the given arguments (without the program name) and streams, and
// returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return run(args, stdin, stdout, stderr, os.Getenv, rules.All)
}

// run is Run with the environment and the rule registry injected, so that tests can control
// NO_COLOR and lint with rules of their own.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, ruleSet func(rules.Settings) []lint.Rule) int {
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			return runRules(args[1:], stdout, stderr, ruleSet)
		case "explain":
			return runExplain(args[1:], stdout, stderr, ruleSet)
		case "init":
			return runInit(args[1:], stdout, stderr, ruleSet)
		case "lsp":
			return runLSP(args[1:], stdin, stdout, stderr, ruleSet)
		case "serve":
			return runServe(args[1:], stdout, stderr, ruleSet)
		}
	}
	fs, o := newFlagSet(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return ExitClean
		}
		return fail(stderr, flagError(fs, err))
	}
	if o.version {
		_, err := fmt.Fprintf(stdout, "%s %s\n", tool, programVersion())
		return exitWrite(stderr, err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitError
	}
	// Something will be linted: build the sentence engine while the configuration is read and
	// the phrases are compiled, on the core the workers do not use yet.
	go draft.Prepare()
	cfg, err := o.settings(fs.Changed, getenv, isTerminal(stdout))
	if err != nil {
		return fail(stderr, err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail(stderr, err)
	}
	// Every configuration is read, and every --enable and --disable ID checked, before anything
	// is linted: a run never goes ahead on half a configuration.
	confs, err := newConfigs(cfg, wd, ruleSet(rules.Settings{}))
	if err != nil {
		return fail(stderr, err)
	}
	in, err := collect(fs.Args(), stdin, cfg, confs)
	if err != nil {
		return fail(stderr, err)
	}
	jobs, ran, builds, err := startPlan(in, cfg, confs, ruleSet)
	if err != nil {
		return fail(stderr, err)
	}
	if cfg.fix || cfg.diff {
		if err := builds.wait(); err != nil {
			return fail(stderr, err)
		}
		return fixAll(jobs, ran, in, cfg, slices.Contains(fs.Args(), "-"), stdout, stderr)
	}
	out := newBatchWriter(stdout)
	s, err := printer.NewStream(cfg.format, out, cfg.output)
	if err != nil {
		return fail(stderr, err)
	}
	code, err := lintAll(ran, in, s, out, builds.wait, func(i int) outcome { return lintOne(jobs[i], in.files[i], cfg) }, nil)
	if err != nil {
		return failWrite(stderr, err, code)
	}
	return code
}

// fail prints err as apologylint's one-line error and returns ExitError.
func fail(stderr io.Writer, err error) int {
	_, _ = fmt.Fprintf(stderr, "%s: %v\n", tool, err) // stderr is the last place to report to
	return ExitError
}

// exitWrite turns the error of a final write to stdout into an exit code.
func exitWrite(stderr io.Writer, err error) int {
	if err != nil {
		return failWrite(stderr, err, ExitClean)
	}
	return ExitClean
}

// flagError rewrites pflag's error for an unknown flag so that it names the closest valid one.
func flagError(fs *pflag.FlagSet, err error) error {
	var ne *pflag.NotExistError
	if !errors.As(err, &ne) {
		return err
	}
	typed := "--" + ne.GetSpecifiedName()
	if sh := ne.GetSpecifiedShortnames(); sh != "" {
		typed = "-" + sh
	}
	var valid []string
	fs.VisitAll(func(f *pflag.Flag) {
		valid = append(valid, "--"+f.Name)
		if f.Shorthand != "" {
			valid = append(valid, "-"+f.Shorthand)
		}
	})
	valid = append(valid, "--help", "-h")
	if c, ok := closest(typed, valid); ok {
		return fmt.Errorf("unknown flag %s (did you mean %s?)", typed, c)
	}
	return fmt.Errorf("unknown flag %s", typed)
}

// isTerminal reports whether w is a terminal, which only an *os.File can be.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// exitFor is the exit code for a run with errs inputs that could not be linted and, or not,
// findings: an input that could not be linted first, then findings.
func exitFor(errs int, findings bool) int {
	switch {
	case errs > 0:
		return ExitError
	case findings:
		return ExitFindings
	}
	return ExitClean
}

const usageHead = `Usage:
  apologylint [flags] PATH...
  apologylint rules [--format text|json|markdown]
  apologylint explain RULE
  apologylint init [--force]
  apologylint lsp [--config FILE | --no-config]
  apologylint serve [--addr 127.0.0.1:8080] [--open]

apologylint checks apology drafts for the faults that make an apology read as
insincere: non-apologies, excuses, blame put on others, vague promises, and
missing pieces such as a remedy or a step to keep it from happening again.

PATH is a file, a directory (searched recursively for the extensions given by
--ext, skipping hidden folders, node_modules, vendor and what .gitignore files
and the configuration's ignore list leave out), or - for standard input.

Each draft is linted with the nearest .apologylint.yml (or .apologylint.yaml)
in its folder or above it, up to the repository root. "apologylint init"
writes a commented starter; "apologylint rules" lists the rules and
"apologylint explain RULE" describes one (to lint a directory named rules,
explain or init, write ./rules). With --color auto, output is coloured only on
a terminal and when NO_COLOR is unset.

Flags:
`

const usageTail = `
Examples:
  apologylint drafts/
  apologylint --min-severity warning --disable too-long reply.md
  apologylint --format json drafts/ > findings.json
  apologylint --config ci/apologylint.yml drafts/
  pbpaste | apologylint --stdin-filename reply.md -
  apologylint --diff drafts/ > fixes.patch
  apologylint --fix drafts/
  pbpaste | apologylint --fix - | pbcopy

Exit codes:
  0  no finding at or above --min-severity
  1  findings were reported (with --fix: remain; with --diff: the diff is
     not empty)
  2  usage error, a configuration that cannot be read, or a path that could
     not be read or parsed (other files are still linted and reported)
`

// usage writes the help text to w.
func usage(w io.Writer, fs *pflag.FlagSet) {
	_, _ = io.WriteString(w, usageHead+flagUsages(fs)+usageTail) // w is stderr: nowhere to report to
}

// flagUsages lists the flags in aligned columns, -h/--help last. It formats them itself because
// pflag spells every boolean flag "--quiet[=true|false]".
func flagUsages(fs *pflag.FlagSet) string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 8, 3, ' ', 0)
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "    --" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + ", --" + f.Name
		}
		varname, text := pflag.UnquoteUsage(f)
		switch f.Value.Type() {
		case "bool":
			varname = ""
		case "stringSlice":
			varname = "LIST"
		case "int":
			varname = "N"
		case "string":
			if varname == "string" {
				varname = "WHEN"
			}
		}
		if varname != "" {
			name += " " + varname
		}
		switch f.Value.Type() {
		case "bool":
		case "stringSlice":
			if def := strings.Trim(f.DefValue, "[]"); def != "" {
				text += fmt.Sprintf(" (default %s)", def)
			}
		default:
			if f.DefValue != "" {
				text += fmt.Sprintf(" (default %s)", f.DefValue)
			}
		}
		_, _ = fmt.Fprintf(tw, "  %s\t%s\n", name, text) // writes to a strings.Builder do not fail
	})
	_, _ = fmt.Fprintf(tw, "  %s\t%s\n", "-h, --help", "show this help")
	_ = tw.Flush()
	return b.String()
}

// joinOr lists values as "a, b or c".
func joinOr(values []string) string {
	if len(values) <= 1 {
		return strings.Join(values, "")
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}
