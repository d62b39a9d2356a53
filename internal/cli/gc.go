package cli

import (
	"runtime/debug"
	"sync/atomic"
)

// A run over a folder of drafts allocates some fifteen bytes per byte of input, nearly all of
// it garbage once the draft's findings are printed, over a live heap of five to eight megabytes
// (the compiled rules, the sentence engine's data, the tagger's cache). At Go's default pace the
// collector runs every few megabytes of drafts and takes some 7% of the run; at 150 it runs a
// third less often, for a peak heap a few megabytes larger (which keeps a run over drafts that
// need no tags under 30 MB; 200 came within half a megabyte of it). A file of many megabytes is
// different: its own document is most of the live heap, which a slower pace would let grow by
// half again, so the first such file brings the default back for the rest of the run.
const (
	lintGCPercent = 150
	// bigDraftSize is the size from which a file's document dominates the heap.
	bigDraftSize = 4 << 20
)

// paced is set while the collector runs at lintGCPercent.
var paced atomic.Bool

// paceCollector sets the collector's pace for a lint run, unless GOGC says otherwise.
func paceCollector(getenv func(string) string) {
	if getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(lintGCPercent)
	paced.Store(true)
}

// sizeRead is told the size of every file about to be read.
func sizeRead(size int64) {
	if size >= bigDraftSize && paced.CompareAndSwap(true, false) {
		debug.SetGCPercent(100)
	}
}
