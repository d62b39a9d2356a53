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
	docs := benchDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for b.Loop() {
		for _, bd := range docs {
			Read(bd.d, bd.matches)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu)/float64(b.N), "cpu-ns/op")
}

// BenchmarkSignature reads who signs each of 2,000 parsed drafts.
//
//	go test ./internal/reading -run '^$' -bench Signature
func BenchmarkSignature(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for b.Loop() {
		for _, bd := range docs {
			readSignature(bd.d, bd.noAddressLines)
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu)/float64(b.N), "cpu-ns/op")
}
