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
}

// lintAll lints the inputs on a pool of runtime.GOMAXPROCS(0) workers, each input with its job's
// linter, and builds the report in input order, so that the output does not depend on
// scheduling. ran lists every rule that runs on some input.
func lintAll(jobs []job, ran []lint.Rule, in inputs, cfg settings) printer.Report {
	out := make([]outcome, len(in.files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(in.files), 1)) {
		wg.Go(func() {
			for i := range next {
				out[i] = lintOne(jobs[i], in.files[i], cfg)
			}
		})
	}
	for i := range in.files {
		next <- i
	}
	close(next)
	wg.Wait()

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
