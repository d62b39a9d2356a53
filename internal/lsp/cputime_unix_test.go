//go:build unix

package lsp_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system. Benchmarks report it
// per operation beside the wall time, which on a busy machine measures the machine as much as
// the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
