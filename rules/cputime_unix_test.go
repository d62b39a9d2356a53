//go:build unix

package rules

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time, user and system, the process has used so far: on a shared
// machine it varies far less than the wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
