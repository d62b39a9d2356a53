package reading

import (
	"testing"

	"github.com/apologylint/apologylint/internal/cputime"
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/synth"
)

// benchDoc is a parsed draft with the reading's phrase matches.
type benchDoc struct {
	d              *draft.Document
	matches        []phrase.Match
	noAddressLines bool
}

// benchDocs parses 2,000 drafts of the synthetic corpus and runs the reading's phrases over them,
// and reads each once so that whatever the document works out on first use (tags) is there.
func benchDocs(b *testing.B) []benchDoc {
	b.Helper()
	set, err := phrase.Compile(Phrases, nil)
	if err != nil {
		b.Fatal(err)
	}
	var docs []benchDoc
	for _, c := range synth.Corpus(2000, 1) {
		d, err := draft.Parse(c.Name, c.Text, draft.FormatOf(c.Name))
		if err != nil {
			b.Fatal(err)
		}
		if d.IsEmpty() {
			continue
		}
		bd := benchDoc{d: d, matches: set.Run(d)}
		r := Read(bd.d, bd.matches)
		r.Signature(bd.d)
		bd.noAddressLines = r.noAddressLines
		docs = append(docs, bd)
	}
	return docs
}

// BenchmarkRead reads 2,000 parsed drafts: the sentence judgments, without the signature.
//
//	go test ./internal/reading -run '^$' -bench Read
func BenchmarkRead(b *testing.B) {
	benchEach(b, func(bd benchDoc) { Read(bd.d, bd.matches) })
}

// BenchmarkSignature reads who signs each of 2,000 parsed drafts.
//
//	go test ./internal/reading -run '^$' -bench Signature
func BenchmarkSignature(b *testing.B) {
	benchEach(b, func(bd benchDoc) { readSignature(bd.d, bd.noAddressLines) })
}

// benchEach calls read on each of the 2,000 drafts of benchDocs per pass, and reports the CPU
// time of the whole process per pass, which is steadier than ns/op on a shared machine.
func benchEach(b *testing.B, read func(benchDoc)) {
	b.Helper()
	docs := benchDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for b.Loop() {
		for _, bd := range docs {
			read(bd)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu)/float64(b.N), "cpu-ns/op")
}

// benchLines returns the lines of prose of 2,000 drafts, as FindWindows hands them to the tests
// before the contact and quote expressions.
func benchLines(b *testing.B) []string {
	b.Helper()
	var lines []string
	for _, c := range synth.Corpus(2000, 1) {
		d, err := draft.Parse(c.Name, c.Text, draft.FormatOf(c.Name))
		if err != nil {
			b.Fatal(err)
		}
		d.FindLines(quoteRE, func(line string) bool {
			lines = append(lines, line)
			return false
		})
	}
	return lines
}

// BenchmarkLineTests runs the tests before readRegexps' and quotedTokens' expressions over every
// line of 2,000 drafts.
//
//	go test ./internal/reading -run '^$' -bench LineTests
func BenchmarkLineTests(b *testing.B) {
	lines := benchLines(b)
	var buf [8]draft.Span
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	b.Logf("%d lines, %d bytes", len(lines), size)
	for _, t := range []struct {
		name string
		may  func(string) bool
	}{
		{"mayQuote", mayQuote},
		{"mayHoldDomain", mayHoldDomain},
		{"phoneRuns", func(l string) bool { return len(phoneRuns(l, buf[:0])) > 0 }},
	} {
		b.Run(t.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, l := range lines {
					if t.may(l) {
						n++
					}
				}
			}
			b.ReportMetric(float64(n)/float64(b.N), "lines/op")
		})
	}
}
