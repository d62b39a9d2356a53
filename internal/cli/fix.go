package cli

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"

	"github.com/apologylint/apologylint/internal/atomicfile"
	"github.com/apologylint/apologylint/internal/diff"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/printer"
)

// maxFixPasses bounds how many times a draft is fixed and linted again. Fixes that overlap are
// applied one pass at a time, and a later pass may find what an earlier fix uncovered; fixes
// that keep undoing each other must still stop.
const maxFixPasses = 5

// fixed is what fixing one input produced.
type fixed struct {
	orig, text []byte // the content as read, and with the fixes applied
	applied    int    // how many fixes text holds
}

// fixAll runs --fix or --diff over the inputs and returns the exit code. With --fix, each
// changed file is replaced atomically, and the report shows what remains; when standard input
// is among the inputs, its fixed text goes to stdout and the report to stderr. With --diff,
// nothing is written: stdout gets the unified diff of every change, and the exit code says
// whether there is one. Both stream, as a lint run does: a file's texts are let go once its
// outcome is printed.
func fixAll(jobs []job, ran []lint.Rule, in inputs, cfg settings, stdinGiven bool, stdout, stderr io.Writer) int {
	do := func(i int) outcome { return fixOne(jobs[i], in.files[i], cfg) }
	if cfg.diff {
		return diffAll(in, do, stdout, stderr)
	}
	to := stdout
	if stdinGiven {
		to = stderr
	}
	out := newBatchWriter(to)
	s, err := printer.NewStream(cfg.format, out, cfg.output)
	if err != nil {
		return fail(stderr, err)
	}
	fixes, files := 0, 0
	code, err := lintAll(ran, in, s, out, nil, do, func(i int, o outcome) error {
		if o.fixed == nil {
			return nil
		}
		if o.err == nil && o.fixed.applied > 0 {
			fixes += o.fixed.applied
			files++
		}
		// Standard input comes back on stdout, fixed or as it was when it could not be linted.
		if in.files[i].stdin {
			if _, err := stdout.Write(o.fixed.text); err != nil {
				return fmt.Errorf("write fixed text: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return failWrite(stderr, err, code)
	}
	if cfg.textSummary {
		line := "no fixes applied"
		if fixes > 0 {
			line = fmt.Sprintf("%s applied in %s", count(fixes, "fix", "fixes"), count(files, "file", "files"))
		}
		if _, err := fmt.Fprintln(to, line); err != nil {
			return failWrite(stderr, fmt.Errorf("write report: %w", err), code)
		}
	}
	return code
}

// fixOne reads one input, then applies the fixes of the findings it would report and lints
// again, until no fix is left or maxFixPasses passes have run. The outcome's result is what
// remains in the fixed text. With --fix, a changed file is replaced, unless its content changed
// since it was read.
func fixOne(j job, in input, cfg settings) outcome {
	orig := in.raw
	df := draftFile{raw: orig, text: orig}
	if !in.stdin {
		var err error
		if df, err = readDraft(in.path); err != nil {
			return outcome{err: &printer.FileError{Path: in.path, Message: err.Error()}}
		}
		orig = df.text
	}
	o := lintRaw(j, in, orig, cfg)
	text, applied := orig, 0
	for pass := 0; pass < maxFixPasses && o.err == nil; pass++ {
		fixes := pickFixes(o.result.Findings)
		if len(fixes) == 0 {
			break
		}
		next := applyFixes(text, fixes)
		if bytes.Equal(next, text) {
			break
		}
		no := lintRaw(j, in, next, cfg)
		if no.err != nil {
			break // a fix that leaves text that cannot be parsed is a bug in a rule: keep what parsed
		}
		text, o, applied = next, no, applied+len(fixes)
	}
	if bytes.Equal(text, orig) {
		applied = 0 // fixes that undid each other
	}
	o.fixed = &fixed{orig: orig, text: text, applied: applied}
	if cfg.fix && !in.stdin && applied > 0 {
		if err := atomicfile.Replace(in.path, df.raw, df.encode(text)); err != nil {
			msg := "not fixed: " + pathMessage(err)
			if errors.Is(err, atomicfile.ErrChanged) {
				msg = "changed since it was read; not fixed"
			}
			return outcome{err: &printer.FileError{Path: in.path, Message: msg}}
		}
	}
	return o
}

// pickFixes returns the fixes that findings carry, ordered by where they start, leaving out each
// one that overlaps a fix taken before it; the next pass, on the text with those applied, finds
// it again if it still applies. Two fixes that start at the same offset overlap, since the order
// of the two would matter.
func pickFixes(findings []lint.Finding) []lint.Fix {
	var all []lint.Fix
	for _, f := range findings {
		if f.Fix != nil {
			all = append(all, *f.Fix)
		}
	}
	// A fix's span need not be its finding's, so the findings' order is not enough.
	slices.SortStableFunc(all, func(a, b lint.Fix) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	var out []lint.Fix
	for _, fx := range all {
		if n := len(out); n > 0 && (fx.Span.Start < out[n-1].Span.End || fx.Span.Start == out[n-1].Span.Start) {
			continue
		}
		out = append(out, fx)
	}
	return out
}

// applyFixes returns src with fixes applied. The fixes are in order and do not overlap, and the
// engine has checked that their spans lie within src.
func applyFixes(src []byte, fixes []lint.Fix) []byte {
	out := make([]byte, 0, len(src))
	at := 0
	for _, fx := range fixes {
		out = append(out, src[at:fx.Span.Start]...)
		out = append(out, fx.Text...)
		at = fx.Span.End
	}
	return append(out, src[at:]...)
}

// diffAll writes the unified diff of each input that fixing changes, in input order, as the
// outcomes come, and the inputs that could not be linted to stderr, one line each. It returns
// ExitError when an input could not be linted, ExitFindings when there is a diff, and ExitClean
// otherwise.
func diffAll(in inputs, do func(i int) outcome, stdout, stderr io.Writer) int {
	errs := append([]printer.FileError{}, in.errors...)
	changed := false
	next := 0 // ordered emits in input order
	workers := poolSize(len(in.files))
	err := ordered(len(in.files), workers, windowPerWorker*workers, do, func(o outcome) error {
		i := next
		next++
		if o.err != nil {
			errs = append(errs, *o.err)
			return nil
		}
		if o.fixed == nil {
			return nil
		}
		name := filepath.ToSlash(in.files[i].path)
		d := diff.Unified("a/"+name, "b/"+name, o.fixed.orig, o.fixed.text)
		if d == "" {
			return nil
		}
		changed = true
		_, err := io.WriteString(stdout, d)
		return err
	}, nil)
	if err != nil {
		return failWrite(stderr, fmt.Errorf("write diff: %w", err), ExitFindings)
	}
	sortErrors(errs)
	for _, e := range errs {
		_, _ = fmt.Fprintf(stderr, "%s: %s: %s\n", tool, e.Path, e.Message) // stderr is the last place to report to
	}
	switch {
	case len(errs) > 0:
		return ExitError
	case changed:
		return ExitFindings
	}
	return ExitClean
}

// count writes n with the noun in the singular or the plural.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
