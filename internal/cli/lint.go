package cli

import (
	"errors"
	"fmt"
	"os"
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

// lintAll lints the inputs on a pool of runtime.GOMAXPROCS(0) workers, each input with its job's
// linter, and builds the report in input order, so that the output does not depend on
// scheduling. ran lists every rule that runs on some input.
func lintAll(jobs []job, ran []lint.Rule, in inputs, cfg settings) printer.Report {
	return newReport(ran, in, each(len(in.files), func(i int) outcome {
		return lintOne(jobs[i], in.files[i], cfg)
	}))
}

// each calls f for 0 to n-1 on a pool of runtime.GOMAXPROCS(0) workers and returns the outcomes
// in that order.
func each(n int, f func(i int) outcome) []outcome {
	out := make([]outcome, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				out[i] = f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// newReport builds the report from the outcomes of the inputs, in input order, and the inputs
// that could not be used.
func newReport(ran []lint.Rule, in inputs, out []outcome) printer.Report {
	r := printer.Report{
		Tool:    tool,
		Version: programVersion(),
		Rules:   ran,
		Files:   []printer.FileResult{},
		Errors:  append([]printer.FileError{}, in.errors...),
	}
	for _, o := range out {
		if o.err != nil {
			r.Errors = append(r.Errors, *o.err)
			continue
		}
		r.Files = append(r.Files, o.result)
	}
	sortErrors(r.Errors)
	return r
}

// lintOne reads, parses and lints one input, keeping the findings at or above the minimum
// severity.
func lintOne(j job, in input, cfg settings) outcome {
	raw := in.raw
	if !in.stdin {
		var err error
		if raw, err = os.ReadFile(in.path); err != nil {
			return outcome{err: &printer.FileError{Path: in.path, Message: pathMessage(err)}}
		}
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
	res := j.linter.Check(doc)
	findings := []lint.Finding{}
	for _, f := range res.Findings {
		if f.Severity >= cfg.minSeverity {
			findings = append(findings, f)
		}
	}
	fr := printer.FileResult{Path: in.path, Findings: findings, Source: raw, Suppressed: res.Suppressed}
	if cfg.structure {
		for _, p := range res.Structure {
			part := printer.Part{Name: p.Name, Present: p.Present}
			if p.Present {
				part.Line = doc.Position(p.Span.Start).Line
			}
			fr.Structure = append(fr.Structure, part)
		}
	}
	return outcome{result: fr}
}
