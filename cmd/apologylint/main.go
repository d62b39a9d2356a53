// Command apologylint checks apology drafts for non-apologies, excuses, blame and missing pieces.
// Run "apologylint --help" for usage.
package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/apologylint/apologylint/internal/cli"
)

func main() {
	// A write to a closed pipe ("apologylint drafts/ | head -1") then fails with EPIPE, which
	// the command line answers by ending quietly with its usual exit code, instead of the
	// process being killed by SIGPIPE.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
