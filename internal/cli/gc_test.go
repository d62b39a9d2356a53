package cli

import (
	"runtime/debug"
	"testing"
)

// gcPercent returns the collector's pace without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestPaceCollector(t *testing.T) {
	defer debug.SetGCPercent(gcPercent())
	defer paced.Store(false)

	debug.SetGCPercent(100)
	paceCollector(func(string) string { return "" })
	if got := gcPercent(); got != lintGCPercent {
		t.Fatalf("pace %d after paceCollector, want %d", got, lintGCPercent)
	}
	sizeRead(bigDraftSize - 1)
	if got := gcPercent(); got != lintGCPercent {
		t.Errorf("pace %d after a small file, want %d", got, lintGCPercent)
	}
	sizeRead(bigDraftSize)
	if got := gcPercent(); got != 100 {
		t.Errorf("pace %d after a file of %d bytes, want the default, 100", got, bigDraftSize)
	}

	// GOGC, when set, is the user's choice and stays.
	paced.Store(false)
	debug.SetGCPercent(80)
	paceCollector(func(k string) string {
		if k == "GOGC" {
			return "80"
		}
		return ""
	})
	sizeRead(bigDraftSize)
	if got := gcPercent(); got != 80 {
		t.Errorf("pace %d with GOGC=80, want 80", got)
	}
}
