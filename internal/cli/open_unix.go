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

// stillLinked reports whether the file fi describes, opened and then read, still has a name:
// a count of links above zero says so without looking the path up again. A file with none was
// deleted, or replaced under its name (as editors save), which only the path can tell apart.
func stillLinked(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 0
}
