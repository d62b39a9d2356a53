package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/linttest"
)

// ruleByID returns the registry's rule with the given ID.
func ruleByID(t *testing.T, id string) lint.Rule {
	t.Helper()
	for _, r := range All(Settings{}) {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return lint.Rule{}
}

// lintText parses src as the file name and lints it with l.
func lintText(t *testing.T, l *lint.Linter, name string, src []byte) []lint.Finding {
	t.Helper()
	d, err := draft.ParseWith(name, src, draft.FormatOf(name), draft.Options{Template: draft.IsTemplatePath(name)})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return l.Lint(d)
}

// applyOnce applies the fixes of findings that do not overlap one taken before, in order of
// position, as --fix does in one pass, and returns the new text and how many it applied.
func applyOnce(src []byte, findings []lint.Finding) ([]byte, int) {
	var fixes []lint.Fix
	for _, f := range findings {
		if f.Fix != nil {
			fixes = append(fixes, *f.Fix)
		}
	}
	slices.SortStableFunc(fixes, func(a, b lint.Fix) int { return a.Span.Start - b.Span.Start })
	var out []byte
	at, n := 0, 0
	for _, fx := range fixes {
		if fx.Span.Start < at || n > 0 && fx.Span.Start == at && fx.Span.Start == fx.Span.End {
			continue
		}
		out = append(append(out, src[at:fx.Span.Start]...), fx.Text...)
		at = fx.Span.End
		n++
	}
	return append(out, src[at:]...), n
}

// fixAll lints and fixes src with l until no fix is left, at most five passes.
func fixAll(t *testing.T, l *lint.Linter, name string, src []byte) []byte {
	t.Helper()
	for range 5 {
		next, n := applyOnce(src, lintText(t, l, name, src))
		if n == 0 {
			break
		}
		src = next
	}
	return src
}

// TestFixes applies each rule's fixes to small drafts and compares the text that results. A
// draft that comes out as it went in has no safe fix.
func TestFixes(t *testing.T) {
	tests := []struct {
		rule, name, in, want string
	}{
		{"minimizing", "a.txt", "There was a small glitch in our checkout on Monday.", "There was a glitch in our checkout on Monday."},
		{"minimizing", "a.txt", "It was only a short delay, and your parcel is on its way.", "It was a delay, and your parcel is on its way."},
		{"minimizing", "a.txt", "It was just a brief outage on Monday.", "It was an outage on Monday."},
		{"minimizing", "a.txt", "We had a minor issue with your order.", "We had an issue with your order."},
		{"minimizing", "a.txt", "We had a minor technical issue with the booking page.", "We had a technical issue with the booking page."},
		{"minimizing", "a.txt", "It was a very minor issue with the booking page.", "It was an issue with the booking page."},
		{"minimizing", "a.txt", "It was an isolated incident at one depot.", "It was an incident at one depot."},
		{"minimizing", "a.txt", "It was only a typo in the invoice.", "It was a typo in the invoice."},
		{"minimizing", "a.txt", "It was nothing but a minor glitch in the app.", "It was a glitch in the app."},
		{"minimizing", "a.txt", "The app had a bit of a hiccup on Monday.", "The app had a hiccup on Monday."},
		{"minimizing", "a.txt", "A minor issue stopped the checkout on Monday.", "An issue stopped the checkout on Monday."},
		{"minimizing", "a.txt", "Minor issues stopped the checkout on Monday.", "Issues stopped the checkout on Monday."},
		{"minimizing", "a.txt", "The site was down for just a few minutes on Monday.", "The site was down for a few minutes on Monday."},
		{"minimizing", "a.txt", "Your meal arrived slightly late on Friday.", "Your meal arrived late on Friday."},
		{"minimizing", "a.txt", "Your meal arrived a little late on Friday.", "Your meal arrived late on Friday."},
		{"minimizing", "a.txt", "It was just a brief outage, only a short delay.", "It was an outage, a delay."},
		{"minimizing", "a.txt", "We're sorry for the small hiccup.\r\nIt was a minor error.\r\n", "We're sorry for the hiccup.\r\nIt was an error.\r\n"},
		{"minimizing", "a.md", "We had a **minor issue** with checkout.", "We had an **issue** with checkout."},
		{"minimizing", "a.md", "- Just a small glitch in the app.", "- A glitch in the app."},
		// No safe fix: markup or a line break around the word, or a meaning that would change.
		{"minimizing", "a.html", "<p>We had a <em>minor</em> issue with checkout.</p>", "<p>We had a <em>minor</em> issue with checkout.</p>"},
		{"minimizing", "a.md", "We had a *minor* issue with checkout.", "We had a *minor* issue with checkout."},
		{"minimizing", "a.txt", "We had a minor\nissue with checkout.", "We had a minor\nissue with checkout."},
		{"minimizing", "a.txt", "The figures were slightly off on Monday.", "The figures were slightly off on Monday."},
		{"minimizing", "a.txt", "The outage only affected a small number of customers.", "The outage only affected a small number of customers."},
		{"minimizing", "a.txt", "Thankfully, no real harm was done.", "Thankfully, no real harm was done."},

		{"boilerplate", "a.txt", "Dear valued member,\n\nYour fee was taken twice.", "Dear member,\n\nYour fee was taken twice."},
		{"boilerplate", "a.txt", "Dear Valued Customer,\n", "Dear Customer,\n"},
		{"boilerplate", "a.txt", "As an esteemed client, you get a refund.", "As a client, you get a refund."},
		{"boilerplate", "a.txt", "As a valued account holder, you get a refund.", "As an account holder, you get a refund."},
		{"boilerplate", "a.txt", "Valued customers get a refund today.", "Customers get a refund today."},
		{"boilerplate", "a.html", "<p>Dear valued guests,</p>", "<p>Dear guests,</p>"},
		{"boilerplate", "a.txt", "Our most valued customers get a refund today.", "Our most valued customers get a refund today."},
		{"boilerplate", "a.txt", "Thank you for your patience.", "Thank you for your patience."},
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.in, func(t *testing.T) {
			l, err := lint.New([]lint.Rule{ruleByID(t, tt.rule)})
			if err != nil {
				t.Fatal(err)
			}
			if len(lintText(t, l, tt.name, []byte(tt.in))) == 0 {
				t.Fatalf("%s reports nothing in %q", tt.rule, tt.in)
			}
			if got := string(fixAll(t, l, tt.name, []byte(tt.in))); got != tt.want {
				t.Errorf("fixed %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFixSpans checks that a fix replaces only the words that change, so that a reviewer sees a
// small suggestion and fixes on one line rarely overlap.
func TestFixSpans(t *testing.T) {
	tests := []struct {
		rule, in, old, new string
	}{
		{"minimizing", "We had a minor issue with your order.", "a minor ", "an "},
		{"minimizing", "We had a small glitch with your order.", "small ", ""},
		{"minimizing", "It was just a brief outage on Monday.", "just a brief ", "an "},
		{"minimizing", "Minor issues stopped the checkout on Monday.", "Minor issues", "Issues"},
		{"boilerplate", "Dear valued member,", "valued ", ""},
	}
	for _, tt := range tests {
		l, err := lint.New([]lint.Rule{ruleByID(t, tt.rule)})
		if err != nil {
			t.Fatal(err)
		}
		fs := lintText(t, l, "a.txt", []byte(tt.in))
		if len(fs) != 1 || fs[0].Fix == nil {
			t.Errorf("%s in %q: %d findings, want one with a fix", tt.rule, tt.in, len(fs))
			continue
		}
		fx := fs[0].Fix
		if old := tt.in[fx.Span.Start:fx.Span.End]; old != tt.old || fx.Text != tt.new {
			t.Errorf("fix in %q replaces %q with %q, want %q with %q", tt.in, old, fx.Text, tt.old, tt.new)
		}
	}
}

func TestArticle(t *testing.T) {
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"issue", "an", true}, {"outage", "an", true}, {"error", "an", true},
		{"delay", "a", true}, {"hiccup", "a", true}, {"technical", "a", true},
		{"one-off", "a", true}, {"euro", "a", true}, {"user", "a", true}, {"hour", "an", true},
		{"Issue", "an", true}, {"unusual", "", false}, {"unique", "", false}, {"FAQ", "", false},
		{"3", "", false}, {"", "", false}, {"élan", "", false},
	}
	for _, tt := range tests {
		got, ok := article(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("article(%q) = %q, %v, want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

// TestFixtureFixes applies the fixes of every rule fixture that has any: what is fixed must be
// gone on the next lint, nothing may be added, and the fixed draft must still parse.
func TestFixtureFixes(t *testing.T) {
	fixed := 0
	for _, r := range All(Settings{}) {
		l, err := lint.New([]lint.Rule{r})
		if err != nil {
			t.Fatal(err)
		}
		files, err := linttest.Files(filepath.Join(fixtureRoot, r.ID))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			src := cutWants(data)
			before := lintText(t, l, path, src)
			if !slices.ContainsFunc(before, func(f lint.Finding) bool { return f.Fix != nil }) {
				continue
			}
			t.Run(r.ID+"/"+filepath.Base(path), func(t *testing.T) {
				fixed++
				out := fixAll(t, l, path, src)
				t.Logf("fixed:\n%s", out)
				after := lintText(t, l, path, out)
				for _, f := range after {
					if f.Fix != nil {
						t.Errorf("%d:%d: fix left unapplied: %q -> %q", f.Pos.Line, f.Pos.Column, f.Message, f.Fix.Text)
					}
				}
				for _, f := range before {
					if f.Fix == nil {
						continue
					}
					if slices.ContainsFunc(after, func(g lint.Finding) bool { return g.Message == f.Message }) {
						t.Errorf("%d:%d: still reported after its fix: %q", f.Pos.Line, f.Pos.Column, f.Message)
					}
				}
				if len(after) >= len(before) {
					t.Errorf("%d findings after fixing, %d before", len(after), len(before))
				}
				if bytes.Count(out, []byte("\n")) != bytes.Count(src, []byte("\n")) {
					t.Errorf("fixing changed the number of lines:\n%s", out)
				}
			})
		}
	}
	if fixed == 0 {
		t.Error("no fixture has a fix")
	}
}

// cutWants removes the expectations from a fixture as the harness does: "// want" to the end of
// its line, and the "// want-doc" lines.
func cutWants(data []byte) []byte {
	lines := strings.SplitAfter(string(data), "\n")
	var b strings.Builder
	for _, ln := range lines {
		if strings.HasPrefix(strings.TrimSpace(ln), "// want-doc") {
			continue
		}
		if i := strings.Index(ln, "// want"); i >= 0 {
			eol := ln[len(strings.TrimRight(ln, "\r\n")):]
			ln = ln[:i] + eol
		}
		b.WriteString(ln)
	}
	return []byte(b.String())
}

// FuzzFixes applies every fix of every rule, one at a time, to arbitrary input in every format:
// a fix must lie within the file and leave text that still parses. Run it with
// `go test ./rules -run '^$' -fuzz FuzzFixes`.
func FuzzFixes(f *testing.F) {
	for _, dir := range []string{"minimizing", "boilerplate"} {
		files, _ := linttest.Files(filepath.Join(fixtureRoot, dir))
		for _, p := range files {
			if raw, err := os.ReadFile(p); err == nil {
				f.Add(cutWants(raw))
			}
		}
	}
	f.Add([]byte("Dear Valued Customer,\nIt was just a brief outage, only a short delay.\r\n"))
	l, err := lint.New(All(Settings{}))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, format := range []draft.Format{draft.Text, draft.Markdown, draft.HTML} {
			d, err := draft.Parse("fuzz", raw, format)
			if err != nil {
				continue
			}
			for _, fd := range l.Lint(d) {
				if fd.Fix == nil {
					continue
				}
				s := fd.Fix.Span
				if s.Start < 0 || s.End > len(raw) || s.Start > s.End {
					t.Fatalf("%v: %s fix span %v outside the file (%d bytes)", format, fd.Rule, s, len(raw))
				}
				fixed := slices.Concat(raw[:s.Start], []byte(fd.Fix.Text), raw[s.End:])
				if _, err := draft.Parse("fuzz", fixed, format); err != nil {
					t.Errorf("%v: %s fix %q at %v leaves text that does not parse: %v", format, fd.Rule, fd.Fix.Text, s, err)
				}
			}
		}
	})
}
