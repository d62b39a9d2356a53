//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks: on a shared machine
// it varies far less than the wall time, which measures the machine as much as the code.
package cputime

import (
	"syscall"
	"time"
)

// Process returns the CPU time, user and system, the process has used so far.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
