//go:build !unix

package cli

import "os"

// openNonBlocking opens path for reading. Only Unix has FIFOs that block on open.
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}
