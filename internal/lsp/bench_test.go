package lsp_test

import (
	"os"
	"testing"
	"time"

	"github.com/apologylint/apologylint/internal/cputime"
	"github.com/apologylint/apologylint/internal/lsp"
)

// BenchmarkRelint measures what a writer waits for in a warm server: from sending an edit to a
// 2 KB draft to receiving its diagnostics, with the debounce set to nothing. Each iteration
// inserts a word, or takes it out again, in the middle of the draft.
func BenchmarkRelint(b *testing.B) {
	text, err := os.ReadFile("testdata/reply-2k.md")
	if err != nil {
		b.Fatal(err)
	}
	c := start(b, lsp.Options{Debounce: time.Nanosecond})
	c.initialize("utf-16")
	if p := c.open(draftURI, "markdown", string(text)); len(p.Diagnostics) == 0 {
		b.Fatal("no diagnostics for the draft")
	}
	// Line 17 (from 0) reads "added a £15 credit to your account, ...".
	insert := edit(17, 12, 17, 12, "quickly ")
	remove := edit(17, 12, 17, 20, "")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cputime.Process()
	for i := range b.N {
		change := insert
		if i%2 == 1 {
			change = remove
		}
		if p := c.change(draftURI, i+2, change); len(p.Diagnostics) == 0 {
			b.Fatal("no diagnostics after the edit")
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(cputime.Process()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	c.stop()
}
