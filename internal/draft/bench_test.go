package draft

import (
	"path/filepath"
	"testing"

	"github.com/apologylint/apologylint/internal/synth"
)

// BenchmarkParse parses synthetic drafts, one draft per op, in every format together ("all") and
// in each alone. Drafts are generated in batches with the timer stopped, each batch from a seed
// of its own, so no pass parses text it has seen. It reports MB/s.
//
//	go test ./internal/draft -run '^$' -bench Parse -benchmem
func BenchmarkParse(b *testing.B) {
	if _, err := segmenter(); err != nil { // built once per process, outside the timer
		b.Fatal(err)
	}
	for _, format := range []string{"all", ".txt", ".md", ".html"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			seed, nbytes := uint64(1), 0
			var batch []synth.Draft
			for b.Loop() {
				if len(batch) == 0 {
					b.StopTimer()
					for _, d := range synth.Corpus(1500, seed) {
						if format == "all" || filepath.Ext(d.Name) == format {
							batch = append(batch, d)
						}
					}
					seed++
					b.StartTimer()
				}
				d := batch[0]
				batch = batch[1:]
				nbytes += len(d.Text)
				if _, err := Parse(d.Name, d.Text, FormatOf(d.Name)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(nbytes)/1e6/b.Elapsed().Seconds(), "MB/s")
		})
	}
}

// BenchmarkSegment splits the prose of synthetic drafts, extracted before the timer starts, into
// sentences and tokens, as Parse does once the markup is gone: it measures the sentence splitter
// and the tokenizer alone. Documents release their storage, as the command line's do.
//
//	go test ./internal/draft -run '^$' -bench Segment -benchmem
func BenchmarkSegment(b *testing.B) {
	type input struct {
		clean  string
		omap   offsetMap
		blocks []block
	}
	var inputs []input
	nbytes := 0
	for _, d := range synth.Corpus(300, 7) {
		var ex extracted
		switch FormatOf(d.Name) {
		case Markdown:
			ex = extractMarkdown(d.Text)
		case HTML:
			ex = extractHTML(d.Text)
		default:
			ex = extractText(d.Text)
		}
		inputs = append(inputs, input{string(ex.clean), ex.omap, ex.blocks})
		nbytes += len(ex.clean)
	}
	b.ReportAllocs()
	b.SetBytes(int64(nbytes))
	for b.Loop() {
		for _, in := range inputs {
			d := &Document{clean: in.clean, omap: in.omap}
			d.segment(in.blocks)
			d.Release()
		}
	}
}
