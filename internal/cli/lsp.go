package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/lsp"
	"github.com/apologylint/apologylint/rules"
)

// exitNoShutdown is the exit code the Language Server Protocol asks for when the client sends
// exit without shutdown first.
const exitNoShutdown = 1

// rulesDocURL is the page that documents every built-in rule, one heading per rule ID.
const rulesDocURL = "https://github.com/apologylint/apologylint/blob/main/docs/rules.md"

// runLSP runs the language server on stdin and stdout until the client says exit.
func runLSP(args []string, stdin io.Reader, stdout, stderr io.Writer, ruleSet func(rules.Settings) []lint.Rule) int {
	fs := pflag.NewFlagSet(tool+" lsp", pflag.ContinueOnError)
	configFile := fs.String("config", "", "use the configuration `FILE` for every draft instead of looking for .apologylint.yml")
	noConfig := fs.Bool("no-config", false, "use no configuration file")
	const usage = "Usage:\n  apologylint lsp [--config FILE | --no-config]\n\n" +
		"Speaks the Language Server Protocol on standard input and output, for editors:\n" +
		"findings appear as diagnostics while you type, each draft linted with the\n" +
		"configuration the command line would use for its path.\n\nFlags:\n"
	if code := subcommand(fs, args, stderr, usage); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return fail(stderr, fmt.Errorf("lsp takes no arguments, got %q", fs.Arg(0)))
	}
	if *noConfig && fs.Changed("config") {
		return fail(stderr, errors.New("--config and --no-config cannot be used together"))
	}
	if fs.Changed("config") && *configFile == "" {
		return fail(stderr, errors.New("--config is empty"))
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail(stderr, err)
	}
	cfg := settings{configFile: *configFile, noConfig: *noConfig}
	// A mistake in --config stops the server now rather than showing on every document.
	if _, err := newResolver(cfg, wd, ruleSet); err != nil {
		return fail(stderr, err)
	}
	fixed := ""
	if cfg.configFile != "" {
		fixed, _ = filepath.Abs(cfg.configFile)
	}
	builtin := ruleIDs(ruleSet(rules.Settings{}))
	srv := lsp.New(stdin, stdout, lsp.Options{
		NewResolver: func() lsp.Resolver {
			return &lspResolver{cfg: cfg, wd: wd, ruleSet: ruleSet}
		},
		IsConfig: func(path string) bool {
			return path == fixed || slices.Contains(config.Names, filepath.Base(path))
		},
		RuleURL: func(id string) string {
			if slices.Contains(builtin, id) {
				return rulesDocURL + "#" + id
			}
			return ""
		},
		Debounce: lsp.DefaultDebounce,
		Version:  programVersion(),
	})
	err = srv.Run()
	switch {
	case err == nil:
		return ExitClean
	case errors.Is(err, lsp.ErrNoShutdown):
		_ = fail(stderr, err)
		return exitNoShutdown
	}
	return fail(stderr, err)
}

// lspResolver resolves documents through a resolver, which it builds on first use so that a
// mistake in a configuration file shows on the document rather than stopping the server.
type lspResolver struct {
	cfg     settings
	wd      string
	ruleSet func(rules.Settings) []lint.Rule
	r       *resolver
}

// Resolve implements lsp.Resolver. A document that is no file gets the configuration of the
// working directory, where the editor started the server.
func (l *lspResolver) Resolve(path string) (lsp.Target, error) {
	if l.r == nil {
		r, err := newResolver(l.cfg, l.wd, l.ruleSet)
		if err != nil {
			return lsp.Target{}, err
		}
		l.r = r
	}
	j, err := l.r.job(path)
	if err != nil {
		return lsp.Target{}, err
	}
	linter, err := j.linter.get()
	if err != nil {
		return lsp.Target{}, err
	}
	return lsp.Target{Linter: linter, Template: j.kind == config.Template}, nil
}
