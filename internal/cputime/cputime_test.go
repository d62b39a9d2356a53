package cputime

import (
	"runtime"
	"testing"
)

func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no CPU time on this system")
	}
	before := Process()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if after := Process(); after <= before || x == 0 {
		t.Errorf("CPU time went from %v to %v over a busy loop", before, after)
	}
}
