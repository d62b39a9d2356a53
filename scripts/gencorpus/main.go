// Command gencorpus writes a synthetic corpus of apology drafts for benchmarks: a number of
// drafts, or drafts up to a total size, as .txt, .md and .html files; or one big file made of
// distinct drafts. The output depends only on the flags and the seed.
//
//	go run ./scripts/gencorpus -out /tmp/c -n 2000
//	go run ./scripts/gencorpus -out /tmp/c -mb 10
//	go run ./scripts/gencorpus -out /tmp/c -big 50
//	go run ./scripts/gencorpus -out /tmp/c -n 2000 -need notags
//	go run ./scripts/gencorpus -out /tmp/c -n 1 -near 2 -ext txt
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/synth"
	"github.com/apologylint/apologylint/rules"
)

type options struct {
	out  string
	n    int
	mb   float64
	big  float64
	seed uint64
	exts map[string]bool
	need string
	near float64
}

func main() {
	var o options
	var exts string
	flag.StringVar(&o.out, "out", "", "directory to write to (created if missing)")
	flag.IntVar(&o.n, "n", 0, "number of drafts to write")
	flag.Float64Var(&o.mb, "mb", 0, "write drafts until their total size reaches this many MB (10^6 bytes)")
	flag.Float64Var(&o.big, "big", 0, "write one file of about this many MB, made of distinct drafts (txt or md)")
	flag.Uint64Var(&o.seed, "seed", 1, "seed of the generator")
	flag.StringVar(&exts, "ext", "", "keep only drafts with these extensions, comma-separated (txt,md,html); with -big, the file's: txt or md")
	flag.StringVar(&o.need, "need", "any", "keep only drafts whose linting needs part-of-speech tags (tags), needs none (notags), or any")
	flag.Float64Var(&o.near, "near", 0, "keep only drafts within 10% of this many KB")
	flag.Parse()
	if exts != "" {
		o.exts = map[string]bool{}
		for e := range strings.SplitSeq(exts, ",") {
			o.exts[strings.TrimPrefix(strings.TrimSpace(e), ".")] = true
		}
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}

func run(o options) error {
	given := 0
	for _, set := range []bool{o.n > 0, o.mb > 0, o.big > 0} {
		if set {
			given++
		}
	}
	switch {
	case o.out == "":
		return errors.New("-out is required")
	case given != 1:
		return errors.New("give exactly one of -n, -mb and -big")
	case o.need != "any" && o.need != "tags" && o.need != "notags":
		return fmt.Errorf("-need %q: want tags, notags or any", o.need)
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	if o.big > 0 {
		return writeBig(o)
	}
	return writeFiles(o)
}

// writeFiles writes each selected draft to its own file.
func writeFiles(o options) error {
	limit := int64(o.mb * 1e6)
	var files, bytes int64
	next, stop := iter.Pull(selected(o))
	defer stop()
	for (o.n > 0 && files < int64(o.n)) || (limit > 0 && bytes < limit) {
		d, ok := next()
		if !ok {
			break
		}
		if err := os.WriteFile(filepath.Join(o.out, d.Name), d.Text, 0o644); err != nil {
			return err
		}
		files++
		bytes += int64(len(d.Text))
	}
	fmt.Printf("wrote %d drafts, %d bytes to %s\n", files, bytes, o.out)
	if files < int64(o.n) || bytes < limit {
		return errors.New("too few drafts pass the filters")
	}
	return report(o)
}

// writeBig writes one file of distinct drafts of the chosen format, one after the other: the
// size of a mailbox export, with no sentence repeated more than in the corpus.
func writeBig(o options) error {
	ext := "txt"
	if len(o.exts) > 1 {
		return errors.New("-big takes one -ext: txt or md")
	}
	for e := range o.exts {
		ext = e
	}
	// Plain text reads as Markdown too; HTML drafts are whole pages and do not concatenate.
	switch ext {
	case "txt":
		o.exts = map[string]bool{"txt": true}
	case "md":
		o.exts = map[string]bool{"txt": true, "md": true}
	default:
		return fmt.Errorf("-big -ext %s: want txt or md", ext)
	}
	limit := int64(o.big * 1e6)
	name := filepath.Join(o.out, fmt.Sprintf("big-%gmb.%s", o.big, ext))
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	var bytes int64
	for d := range selected(o) {
		if bytes >= limit {
			break
		}
		if bytes > 0 {
			_, _ = w.WriteString("\n")
			bytes++
		}
		_, _ = w.Write(d.Text)
		bytes += int64(len(d.Text))
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		return err
	}
	fmt.Printf("wrote one file, %d bytes to %s\n", bytes, name)
	return report(o)
}

// counts of the drafts looked at to select the ones written, for the report.
var checked, needed int64

// report says how many drafts needed tags, when the selection had to find out.
func report(o options) error {
	if o.need != "any" {
		fmt.Printf("checked %d drafts: %d (%.1f%%) needed part-of-speech tags\n",
			checked, needed, 100*float64(needed)/float64(max(checked, 1)))
	}
	return nil
}

// selected yields the drafts of the seed that pass the -ext, -near and -need filters, in the
// generator's order. Whether a draft needs tags is found by linting it with every rule, on all
// cores in batches, keeping the order so the output stays deterministic.
func selected(o options) iter.Seq[synth.Draft] {
	return func(yield func(synth.Draft) bool) {
		var l *lint.Linter
		if o.need != "any" {
			var err error
			if l, err = lint.New(rules.All(rules.Settings{})); err != nil {
				panic(err) // the built-in rules always build
			}
		}
		const batch = 64
		var pending []synth.Draft
		flush := func() bool {
			keep := make([]bool, len(pending))
			if l == nil {
				for i := range keep {
					keep[i] = true
				}
			} else {
				needs(l, pending, keep, o.need == "tags")
			}
			for i, d := range pending {
				if keep[i] && !yield(d) {
					return false
				}
			}
			pending = pending[:0]
			return true
		}
		// A bound on the search, for filters that (almost) nothing passes.
		const maxDrafts = 1_000_000
		seen := 0
		for d := range synth.Drafts(o.seed) {
			if seen++; seen > maxDrafts {
				flush()
				return
			}
			if o.exts != nil && !o.exts[strings.TrimPrefix(filepath.Ext(d.Name), ".")] {
				continue
			}
			if o.near > 0 {
				if kb := float64(len(d.Text)) / 1024; kb < 0.9*o.near || kb > 1.1*o.near {
					continue
				}
			}
			pending = append(pending, d)
			if len(pending) == batch && !flush() {
				return
			}
		}
	}
}

// needs sets keep[i] when draft i's need for tags is want.
func needs(l *lint.Linter, ds []synth.Draft, keep []bool, want bool) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				doc, err := draft.Parse(ds[i].Name, ds[i].Text, draft.FormatOf(ds[i].Name))
				if err != nil {
					continue
				}
				l.Lint(doc)
				keep[i] = doc.AskedForTags() == want
				mu.Lock()
				checked++
				if doc.AskedForTags() {
					needed++
				}
				mu.Unlock()
			}
		})
	}
	for i := range ds {
		next <- i
	}
	close(next)
	wg.Wait()
}
