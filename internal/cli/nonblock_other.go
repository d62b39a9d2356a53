//go:build !unix

package cli

// nonBlocking is no flag: only Unix has FIFOs that block on open.
const nonBlocking = 0
