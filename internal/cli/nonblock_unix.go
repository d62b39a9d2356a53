//go:build unix && !linux

package cli

import "syscall"

const nonBlocking = syscall.O_NONBLOCK
