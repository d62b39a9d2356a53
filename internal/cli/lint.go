package cli

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/printer"
)

// outcome is what linting one input produced: a result or an error entry.
type outcome struct {
	result printer.FileResult
	err    *printer.FileError
	fixed  *fixed // with --fix and --diff: the text with the fixes applied
}

// windowPerWorker is how many results each worker may have in flight, read or linted but not
// yet printed. Two lets a worker start on the next input while its last result waits for a
// slower one before it, and keeps memory to a few files per worker however many are linted.
const windowPerWorker = 2

// lintAll lints the inputs on a pool of runtime.GOMAXPROCS(0) workers and streams the results
// to s in input order, so that the output does not depend on scheduling and no more than a
// window of files is held at once. do makes the outcome of input i (lintOne, or fixOne with
// --fix); seen, when not nil, is handed each outcome in input order before it is printed. ran
// lists every rule that runs on some input. out is the batchWriter s writes to: it is flushed
// whenever the run waits for a file, and at the end. It returns the exit code, and the error
// that stopped the report, if one did.
//
// ready, unless nil, waits for what the workers need besides their input (the linters, which
// compile while the first drafts are read and parsed). The report begins only once it returns,
// and its error ends the run before anything is printed.
func lintAll(ran []lint.Rule, in inputs, s printer.Stream, out *batchWriter, ready func() error, do func(i int) outcome, seen func(i int, o outcome) error) (int, error) {
	begun := false
	begin := func() error {
		if begun {
			return nil
		}
		begun = true
		if ready != nil {
			if err := ready(); err != nil {
				return err
			}
		}
		if err := s.Begin(printer.Meta{Tool: tool, Version: programVersion(), Rules: ran}); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		return nil
	}
	// Error entries are small, and the formats print them after the files, sorted by path.
	errs := append([]printer.FileError{}, in.errors...)
	findings := false
	workers := poolSize(len(in.files))
	next := 0 // the input whose outcome comes next: ordered emits in input order
	err := ordered(len(in.files), workers, windowPerWorker*workers, do, func(o outcome) error {
		if err := begin(); err != nil {
			return err
		}
		i := next
		next++
		if seen != nil {
			if err := seen(i, o); err != nil {
				return err
			}
		}
		if o.err != nil {
			errs = append(errs, *o.err)
			return nil
		}
		findings = findings || len(o.result.Findings) > 0
		if err := s.File(o.result); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		return nil
	}, func() error {
		if err := begin(); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
		return nil
	})
	if err == nil {
		err = begin() // no input was linted
	}
	if err != nil {
		// The code so far goes with the error: a reader that went away (EPIPE) ends the run
		// quietly with it.
		return exitFor(len(errs), findings), err
	}
	sortErrors(errs)
	if err := s.End(errs); err != nil {
		return exitFor(len(errs), findings), fmt.Errorf("write report: %w", err)
	}
	if err := out.Flush(); err != nil {
		return exitFor(len(errs), findings), fmt.Errorf("write report: %w", err)
	}
	return exitFor(len(errs), findings), nil
}

// poolSize is how many workers lint n inputs: one per processor Go may use, but no more than
// there are inputs.
func poolSize(n int) int {
	return min(runtime.GOMAXPROCS(0), max(n, 1))
}

// ordered calls do for 0 to n-1 on a pool of workers goroutines and hands the results to emit in
// index order, on the calling goroutine. At most window results are in flight, from the start of
// do to the end of emit: index i goes to a worker only once result i-window has been emitted, so
// a slow input holds the pool up instead of letting the results after it pile up, and each
// result can be let go once emitted. idle, unless nil, is called whenever emit would otherwise
// wait for a worker, so that output held back to write in larger pieces still reaches a reader
// as soon as there is nothing more to add to it. The first error from emit or idle stops the run
// and is returned: the calls under way finish, and their results are dropped.
func ordered[T any](n, workers, window int, do func(i int) T, emit func(T) error, idle func() error) error {
	type result struct {
		i int
		v T
	}
	slots := make(chan struct{}, window) // one taken per result in flight
	stop := make(chan struct{})
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range n {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	// Room for the whole window, so that a worker never waits to hand over a result.
	results := make(chan result, window)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				results <- result{i, do(i)}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make(map[int]T, window) // results that wait for an earlier one
	want := 0
	var err error
	for {
		var r result
		var ok bool
		select {
		case r, ok = <-results:
		default: // nothing to emit now
			if idle != nil && err == nil {
				if err = idle(); err != nil {
					close(stop)
				}
			}
			r, ok = <-results
		}
		if !ok {
			break
		}
		if err != nil {
			continue
		}
		pending[r.i] = r.v
		for {
			v, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if err = emit(v); err != nil {
				close(stop)
				break
			}
			<-slots
		}
	}
	return err
}

// lintOne reads, parses and lints one input, keeping the findings at or above the minimum
// severity.
func lintOne(j job, in input, cfg settings) outcome {
	raw := in.raw
	if !in.stdin {
		df, err := readDraft(in.path)
		if err != nil {
			return outcome{err: &printer.FileError{Path: in.path, Message: err.Error()}}
		}
		raw = df.text
	}
	return lintRaw(j, in, raw, cfg)
}

// lintRaw parses and lints raw as the content of in.
func lintRaw(j job, in input, raw []byte, cfg settings) outcome {
	doc, err := draft.ParseWith(in.path, raw, draft.FormatOf(in.path), draft.Options{Template: j.kind == config.Template})
	if err != nil {
		var ie *draft.InputError
		msg := err.Error()
		if errors.As(err, &ie) {
			msg = fmt.Sprintf("%d:%d: %s", ie.Line, ie.Column, ie.Msg)
		}
		return outcome{err: &printer.FileError{Path: in.path, Message: msg}}
	}
	l, err := j.linter.get()
	if err != nil {
		doc.Release()
		return outcome{err: &printer.FileError{Path: in.path, Message: err.Error()}}
	}
	res := l.Check(doc)
	findings := make([]lint.Finding, 0, len(res.Findings))
	for _, f := range res.Findings {
		if f.Severity >= cfg.minSeverity {
			findings = append(findings, f)
		}
	}
	fr := printer.FileResult{Path: in.path, Findings: findings, Source: raw, Lines: doc.LineIndex(), Suppressed: res.Suppressed}
	if cfg.structure {
		for _, p := range res.Structure {
			part := printer.Part{Name: p.Name, Present: p.Present}
			if p.Present {
				part.Line = doc.Position(p.Span.Start).Line
			}
			fr.Structure = append(fr.Structure, part)
		}
	}
	doc.Release()
	return outcome{result: fr}
}
