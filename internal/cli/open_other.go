//go:build !unix

package cli

import "os"

// openNonBlocking opens path for reading. Only Unix has FIFOs that block on open.
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}

// stillLinked reports whether the file fi describes still has a name. Without a link count the
// path must be looked up again.
func stillLinked(os.FileInfo) bool { return false }
