// Command apologylint checks apology drafts for non-apologies, excuses, blame and missing pieces.
// Run "apologylint --help" for usage.
package main

import (
	"os"

	"github.com/apologylint/apologylint/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
