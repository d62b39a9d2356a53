package cli

import (
	"errors"
	"io"
	"syscall"
)

// failWrite turns an error writing output into an exit code. When the reader of stdout has gone
// away ("apologylint drafts/ | head -1"), there is nobody to tell and nothing wrong with the
// lint: the run ends quietly with the code it would have had, as cat and grep do when SIGPIPE
// does not stop them first. Any other write error is reported.
func failWrite(stderr io.Writer, err error, code int) int {
	if errors.Is(err, syscall.EPIPE) {
		return code
	}
	return fail(stderr, err)
}
