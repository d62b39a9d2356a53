package rules

import (
	"bytes"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/apologylint/apologylint/internal/cputime"
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/synth"
)

// The benchmarks below measure; none of them fails on speed. Each timed pass over a corpus lints
// drafts generated from a seed of its own, with the generation outside the timer: the tagger's
// sentence cache holds 4,096 sentences, and a second pass over the same drafts would find most
// of their tags cached, which a command-line run over a folder never does. Run them with
//
//	go test ./rules -run '^$' -bench . -benchmem

// benchLinter returns a linter with every rule and tags one sentence, so that the tagger's first
// use (compiling its rare regular expressions, paging in its model) happens before the timer
// starts, as it would have in a long-running process.
func benchLinter(b *testing.B) *lint.Linter {
	b.Helper()
	l, err := lint.New(All(Settings{}))
	if err != nil {
		b.Fatal(err)
	}
	warm, err := draft.Parse("warm.txt", []byte("Our team now checks every order."), draft.Text)
	if err != nil {
		b.Fatal(err)
	}
	warm.Tags(0)
	return l
}

// lintOne parses and lints one draft, returning its number of sentences and whether it asked for
// tags. It returns the error rather than failing, so that workers can call it.
func lintOne(l *lint.Linter, d synth.Draft) (sentences int, tagged bool, err error) {
	doc, err := draft.Parse(d.Name, d.Text, draft.FormatOf(d.Name))
	if err != nil {
		return 0, false, err
	}
	l.Lint(doc)
	sentences, tagged = len(doc.Sentences()), doc.AskedForTags()
	doc.Release() // as the command line does
	return sentences, tagged, nil
}

func size(ds []synth.Draft) int {
	n := 0
	for _, d := range ds {
		n += len(d.Text)
	}
	return n
}

// BenchmarkLintCorpus parses and lints 2,000 synthetic drafts (about 2.3 MB; plain text, Markdown
// and HTML, good and flawed) with every rule, on one goroutine. It reports MB/s, drafts/s,
// allocations, the share of sentences tagged (sentences found in the tag cache are not counted)
// and the share of drafts that asked for tags.
//
//	go test ./rules -run '^$' -bench LintCorpus -benchmem
func BenchmarkLintCorpus(b *testing.B) {
	l := benchLinter(b)
	b.ReportAllocs()
	b.ResetTimer()
	seed, nbytes, docs, sentences, taggedDocs := uint64(1), 0, 0, 0, 0
	taggedSents := draft.TaggedSentences()
	for b.Loop() {
		b.StopTimer()
		drafts := synth.Corpus(2000, seed)
		seed++
		b.StartTimer()
		for _, d := range drafts {
			n, tagged, err := lintOne(l, d)
			if err != nil {
				b.Fatal(err)
			}
			sentences += n
			if tagged {
				taggedDocs++
			}
		}
		nbytes += size(drafts)
		docs += len(drafts)
	}
	b.ReportMetric(float64(nbytes)/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "drafts/s")
	b.ReportMetric(float64(draft.TaggedSentences()-taggedSents)/float64(max(sentences, 1)), "tagged/sentence")
	b.ReportMetric(float64(taggedDocs)/float64(max(docs, 1)), "tagged/draft")
}

// BenchmarkLintCorpusParallel lints the same kind of corpus as BenchmarkLintCorpus on a pool of
// GOMAXPROCS workers, as the command line does, and reports MB/s and drafts/s across all of them.
// Compare with -cpu 1,2 to see how the pipeline scales with cores.
//
//	go test ./rules -run '^$' -bench LintCorpusParallel -cpu 1,2
func BenchmarkLintCorpusParallel(b *testing.B) {
	l := benchLinter(b)
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	b.ResetTimer()
	seed, nbytes, docs := uint64(1), 0, 0
	for b.Loop() {
		b.StopTimer()
		drafts := synth.Corpus(2000, seed)
		seed++
		next := make(chan synth.Draft, len(drafts))
		for _, d := range drafts {
			next <- d
		}
		close(next)
		b.StartTimer()
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for d := range next {
					if _, _, err := lintOne(l, d); err != nil {
						b.Error(err)
					}
				}
			})
		}
		wg.Wait()
		nbytes += size(drafts)
		docs += len(drafts)
	}
	b.ReportMetric(float64(nbytes)/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "drafts/s")
}

// bigDraft returns one plain-text draft of at least n bytes made of distinct drafts from seed,
// one after the other, as scripts/gencorpus -big writes it.
func bigDraft(n int, seed uint64) synth.Draft {
	var buf bytes.Buffer
	for d := range synth.Drafts(seed) {
		if buf.Len() >= n {
			break
		}
		if filepath.Ext(d.Name) != ".txt" {
			continue
		}
		if buf.Len() > 0 {
			buf.WriteByte('\n')
		}
		buf.Write(d.Text)
	}
	return synth.Draft{Name: "big.txt", Text: buf.Bytes()}
}

// BenchmarkLintLargeFile parses and lints one 1 MB plain-text draft made of distinct drafts. Its
// MB/s should match BenchmarkLintCorpus's: a cost that grows faster than the input shows here.
//
//	go test ./rules -run '^$' -bench LintLargeFile -benchmem
func BenchmarkLintLargeFile(b *testing.B) {
	l := benchLinter(b)
	b.ReportAllocs()
	b.ResetTimer()
	seed, nbytes := uint64(1), 0
	for b.Loop() {
		b.StopTimer()
		d := bigDraft(1<<20, seed)
		seed++
		b.StartTimer()
		if _, _, err := lintOne(l, d); err != nil {
			b.Fatal(err)
		}
		nbytes += len(d.Text)
	}
	b.ReportMetric(float64(nbytes)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// BenchmarkRelint2KB parses and lints the same 2 KB draft again and again in a warm process, as
// the language server does on every keystroke: the draft's sentences are in the tag cache. ns/op is the time to re-lint.
//
//	go test ./rules -run '^$' -bench Relint2KB -benchmem
func BenchmarkRelint2KB(b *testing.B) {
	l := benchLinter(b)
	var d synth.Draft
	for c := range synth.Drafts(1) {
		if filepath.Ext(c.Name) == ".txt" && len(c.Text) > 1900 && len(c.Text) < 2200 {
			d = c
			break
		}
	}
	_, tagged, err := lintOne(l, d)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := lintOne(l, d); err != nil {
			b.Fatal(err)
		}
	}
	if tagged {
		b.ReportMetric(1, "tagged")
	} else {
		b.ReportMetric(0, "tagged")
	}
}

// BenchmarkCheckParsed lints 2,000 drafts that are parsed, and tagged where they ask for tags,
// before the timer starts: it measures what lint.Check costs beyond parsing and tagging (the
// phrase automaton, the shared reading and the rules). Profile it with
// -ignore 'phrase.\(\*Set\).Run' to see the reading and the rules alone.
//
//	go test ./rules -run '^$' -bench CheckParsed -benchmem
func BenchmarkCheckParsed(b *testing.B) {
	l := benchLinter(b)
	drafts := synth.Corpus(2000, 1)
	docs := make([]*draft.Document, len(drafts))
	for i, d := range drafts {
		doc, err := draft.Parse(d.Name, d.Text, draft.FormatOf(d.Name))
		if err != nil {
			b.Fatal(err)
		}
		l.Check(doc) // asks for the tags it needs, which the document keeps
		docs[i] = doc
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for b.Loop() {
		for _, doc := range docs {
			l.Check(doc)
		}
	}
	// CPU time, user and system, of the whole process (garbage collection included) per pass:
	// compare builds by this rather than by ns/op on a shared machine.
	b.ReportMetric(float64(cputime.Process()-cpu)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(size(drafts))/1e6/b.Elapsed().Seconds()*float64(b.N), "MB/s")
}
