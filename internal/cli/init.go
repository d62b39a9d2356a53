package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// runInit writes a commented starter configuration to the current directory. It refuses to
// replace a configuration that is already there unless --force is given; if the folder has one
// under the other name (.apologylint.yaml), that is the file it replaces, so the folder never
// ends up with two.
func runInit(args []string, stdout, stderr io.Writer, ruleSet func(rules.Settings) []lint.Rule) int {
	fs := pflag.NewFlagSet(tool+" init", pflag.ContinueOnError)
	force := fs.Bool("force", false, "overwrite an existing configuration file")
	const usage = "Usage:\n  apologylint init [--force]\n\n" +
		"Writes a commented starter .apologylint.yml to the current directory.\n\nFlags:\n"
	if code := subcommand(fs, args, stderr, usage); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return fail(stderr, fmt.Errorf("init takes no arguments, got %q", fs.Arg(0)))
	}
	name := config.Names[0]
	for _, n := range config.Names {
		if _, err := os.Lstat(n); err == nil {
			name = n
			break
		}
	}
	if err := writeStarter(name, config.Starter(ruleSet(rules.Settings{})), *force); err != nil {
		return fail(stderr, err)
	}
	_, err := fmt.Fprintf(stdout, "wrote %s\n", name)
	return exitWrite(stderr, err)
}

// writeStarter writes content to name, which must not exist unless force is set.
func writeStarter(name string, content []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists (use --force to overwrite it)", name)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(content); err != nil {
		_ = f.Close() // the write error is the one to report
		return err
	}
	return f.Close()
}
