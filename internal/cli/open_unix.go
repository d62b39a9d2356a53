//go:build unix

package cli

import (
	"os"
	"syscall"
)

// openNonBlocking opens path for reading without waiting: opening a FIFO for reading blocks
// until a writer opens it, which for a FIFO left in a drafts folder is forever. Reads of a
// regular file are not affected by the flag.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
