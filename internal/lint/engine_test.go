package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
)

func parse(t *testing.T, src string, f draft.Format) *draft.Document {
	t.Helper()
	d, err := draft.Parse("draft", []byte(src), f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func newLinter(t *testing.T, rules ...Rule) *Linter {
	t.Helper()
	l, err := New(rules)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// fixed is a rule that reports the same findings for every document.
func fixed(id string, scope Scope, sev Severity, fs ...Finding) Rule {
	return Rule{ID: id, Scope: scope, Severity: sev, Check: func(*Pass) []Finding {
		return append([]Finding(nil), fs...)
	}}
}

// at is a span finding over raw[start:end].
func at(start, end int, msg string) Finding {
	return Finding{Span: draft.Span{Start: start, End: end}, Message: msg}
}

// brief shows a finding as "rule severity scope line:col-line:col message".
func brief(f Finding) string {
	return fmt.Sprintf("%s %v %v %d:%d-%d:%d %s", f.Rule, f.Severity, f.Scope, f.Pos.Line, f.Pos.Column, f.End.Line, f.End.Column, f.Message)
}

func briefs(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, brief(f))
	}
	return out
}

func TestLintSetsRuleSeverityScope(t *testing.T) {
	// A rule cannot mislabel its findings: the engine overwrites what it set.
	lying := Finding{Rule: "other", Severity: Error, Scope: ScopeDocument, Span: draft.Span{Start: 0, End: 5}, Message: "m"}
	d := parse(t, "Sorry about that.\n", draft.Text)
	got := briefs(newLinter(t, fixed("vague-apology", ScopeSpan, Info, lying)).Lint(d))
	want := []string{"vague-apology info span 1:1-1:6 m"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Lint = %q, want %q", got, want)
	}
}

func TestLintPositions(t *testing.T) {
	src := "Hi Dana,\r\nWe’re sorry 😀 about\nthat.\n"
	d := parse(t, src, draft.Text)
	sorry := strings.Index(src, "sorry")
	about := strings.Index(src, "about")
	that := strings.Index(src, "that.")
	l := newLinter(t,
		fixed("vague-apology", ScopeSpan, Warning, at(sorry, sorry+len("sorry"), "a"), at(len(src), len(src), "c")),
		fixed("excuse", ScopeSpan, Warning, at(about, that+len("that"), "b")),
	)
	got := l.Lint(d)
	want := []string{
		"vague-apology warning span 2:7-2:12 a",
		"excuse warning span 2:15-3:5 b",
		"vague-apology warning span 4:1-4:1 c",
	}
	if !reflect.DeepEqual(briefs(got), want) {
		t.Errorf("Lint = %q, want %q", briefs(got), want)
	}
	if len(got) > 0 && (got[0].Pos.Offset != sorry || got[0].End.Offset != sorry+5) {
		t.Errorf("offsets = %d-%d, want %d-%d", got[0].Pos.Offset, got[0].End.Offset, sorry, sorry+5)
	}
}

func TestLintDropsSpansOutsideRaw(t *testing.T) {
	src := "Sorry about that.\n" // 18 bytes
	d := parse(t, src, draft.Text)
	l := newLinter(t, fixed("vague-apology", ScopeSpan, Warning,
		at(-1, 3, "negative start"),
		at(10, 19, "past the end"),
		at(5, 2, "reversed"),
		at(100, 120, "far away"),
		at(0, 18, "whole file"),
	))
	want := []string{"vague-apology warning span 1:1-2:1 whole file"}
	if got := briefs(l.Lint(d)); !reflect.DeepEqual(got, want) {
		t.Errorf("Lint = %q, want %q", got, want)
	}
}

func TestLintDropsFixOutsideRaw(t *testing.T) {
	d := parse(t, "Sorry about that.\nSorry again.\n", draft.Text)
	good := at(0, 5, "good fix")
	good.Fix = &Fix{Span: draft.Span{Start: 0, End: 5}, Text: "We apologize"}
	bad := at(18, 23, "bad fix")
	bad.Fix = &Fix{Span: draft.Span{Start: 18, End: 99}, Text: "x"}
	got := newLinter(t, fixed("vague-apology", ScopeSpan, Warning, good, bad)).Lint(d)
	if len(got) != 2 {
		t.Fatalf("Lint = %q, want two findings", briefs(got))
	}
	if got[0].Fix == nil || got[0].Fix.Text != "We apologize" {
		t.Errorf("fix inside raw = %v, want it kept", got[0].Fix)
	}
	if got[1].Fix != nil {
		t.Errorf("fix outside raw = %v, want it dropped with the finding kept", got[1].Fix)
	}
}

func TestLintSorts(t *testing.T) {
	src := "Sorry about that.\nIt was the snow.\n"
	d := parse(t, src, draft.Text)
	line2 := strings.Index(src, "It")
	l := newLinter(t,
		fixed("vague-apology", ScopeSpan, Warning, at(line2, line2+2, "v2"), at(6, 11, "v1")),
		fixed("excuse", ScopeSpan, Warning, at(line2+11, line2+15, "e2"), at(6, 11, "e1")),
		fixed("missing-remedy", ScopeDocument, Warning, Finding{Message: "no remedy"}),
		fixed("blame-shift", ScopeSpan, Warning, at(0, 5, "b1")),
		fixed("missing-contact", ScopeDocument, Warning, Finding{Message: "no contact"}),
	)
	want := []string{
		"blame-shift warning span 1:1-1:6 b1",
		"excuse warning span 1:7-1:12 e1",
		"vague-apology warning span 1:7-1:12 v1",
		"vague-apology warning span 2:1-2:3 v2",
		"excuse warning span 2:12-2:16 e2",
		"missing-contact warning document 0:0-0:0 no contact",
		"missing-remedy warning document 0:0-0:0 no remedy",
	}
	for range 3 {
		if got := briefs(l.Lint(d)); !reflect.DeepEqual(got, want) {
			t.Errorf("Lint =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestLintDropsDuplicates(t *testing.T) {
	src := "Sorry about that.\nSorry, so sorry.\n"
	d := parse(t, src, draft.Text)
	l := newLinter(t,
		fixed("vague-apology", ScopeSpan, Warning, at(0, 5, "same"), at(0, 5, "same")),
		fixed("excuse", ScopeSpan, Warning, at(0, 5, "same")),
		fixed("missing-remedy", ScopeDocument, Warning, Finding{Message: "no remedy"}, Finding{Message: "no remedy"}),
	)
	want := []string{
		"excuse warning span 1:1-1:6 same",
		"vague-apology warning span 1:1-1:6 same",
		"missing-remedy warning document 0:0-0:0 no remedy",
	}
	if got := briefs(l.Lint(d)); !reflect.DeepEqual(got, want) {
		t.Errorf("Lint =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLintOnePerLine: several findings of one rule that start on one line are one problem to
// the writer; the first is kept. Other rules and other lines are unaffected.
func TestLintOnePerLine(t *testing.T) {
	src := "Sorry, sorry, sorry!\nSorry.\n"
	d := parse(t, src, draft.Text)
	l := newLinter(t,
		fixed("over-apology", ScopeSpan, Warning, at(14, 19, "third"), at(0, 5, "first"), at(7, 12, "second"), at(21, 26, "next line")),
		fixed("vague-apology", ScopeSpan, Warning, at(7, 12, "other rule")),
	)
	want := []string{
		"over-apology warning span 1:1-1:6 first",
		"vague-apology warning span 1:8-1:13 other rule",
		"over-apology warning span 2:1-2:6 next line",
	}
	if got := briefs(l.Lint(d)); !reflect.DeepEqual(got, want) {
		t.Errorf("Lint =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLintDocumentFindingsHaveNoPosition(t *testing.T) {
	d := parse(t, "Sorry about that.\n", draft.Text)
	// A document rule that fills in a span anyway still gets no position.
	l := newLinter(t, fixed("missing-remedy", ScopeDocument, Warning, at(0, 5, "no remedy")))
	got := l.Lint(d)
	if len(got) != 1 {
		t.Fatalf("Lint = %q, want one finding", briefs(got))
	}
	f := got[0]
	if !f.Span.IsZero() || f.Pos != (draft.Position{}) || f.End != (draft.Position{}) {
		t.Errorf("document finding at span %v, %v-%v, want no span and no position", f.Span, f.Pos, f.End)
	}
}

func TestLintEmptyDocument(t *testing.T) {
	l := newLinter(t,
		fixed("missing-apology", ScopeDocument, Warning, Finding{Message: "no apology"}),
		fixed("vague-apology", ScopeSpan, Warning, at(0, 0, "x")),
	)
	docs := []struct {
		src string
		f   draft.Format
	}{
		{"", draft.Text},
		{" \n\t\r\n", draft.Text},
		{"```\nSorry.\n```\n<!-- Sorry. -->\n", draft.Markdown},
		{"<html><head><title>Sorry</title></head><body><script>sorry()</script></body></html>", draft.HTML},
	}
	for _, doc := range docs {
		d := parse(t, doc.src, doc.f)
		if got := l.Lint(d); len(got) != 0 {
			t.Errorf("Lint(%q) = %q, want no findings", doc.src, briefs(got))
		}
		if r := l.Check(d); len(r.Findings) != 0 || r.Structure != nil {
			t.Errorf("Check(%q) = %+v, want nothing", doc.src, r)
		}
	}
}

func TestNew(t *testing.T) {
	_, err := New([]Rule{fixed("excuse", ScopeSpan, Warning), fixed("minimizing", ScopeSpan, Warning), fixed("excuse", ScopeSpan, Warning)})
	if err == nil || !strings.Contains(err.Error(), "excuse") {
		t.Errorf("New with a duplicate ID: error %v, want one naming excuse", err)
	}
	bad := fixed("excuse", ScopeSpan, Warning)
	bad.Phrases = []phrase.Def{{Name: "weather", Pattern: "due to {the|"}}
	if _, err := New([]Rule{bad}); err == nil || !strings.Contains(err.Error(), "excuse/weather") {
		t.Errorf("New with a bad phrase: error %v, want one naming excuse/weather", err)
	}
	l := newLinter(t, fixed("excuse", ScopeSpan, Warning), fixed("blame-shift", ScopeSpan, Warning))
	var ids []string
	for _, r := range l.Rules() {
		ids = append(ids, r.ID)
	}
	if want := []string{"excuse", "blame-shift"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("Rules() = %q, want %q in the order given", ids, want)
	}
}

func TestPassMatches(t *testing.T) {
	type seen struct {
		all, named []string
	}
	got := map[string]seen{}
	rule := func(id string, defs ...phrase.Def) Rule {
		return Rule{ID: id, Scope: ScopeSpan, Severity: Warning, Phrases: defs, Check: func(p *Pass) []Finding {
			var s seen
			for _, m := range p.Matches() {
				if m.Def.Owner != id {
					t.Errorf("rule %s got a match owned by %s", id, m.Def.Owner)
				}
				s.all = append(s.all, m.Def.Name+"="+p.Doc.Slice(p.MatchSpan(m)))
			}
			for _, m := range p.Matches("weather") {
				s.named = append(s.named, p.Doc.Slice(p.MatchSpan(m)))
			}
			got[id] = s
			return nil
		}}
	}
	l := newLinter(t,
		rule("excuse", phrase.Def{Owner: "someone-else", Name: "weather", Pattern: "{because of|due to} the snow"},
			phrase.Def{Name: "traffic", Pattern: "traffic"}),
		rule("vague-apology", phrase.Def{Name: "any", Pattern: "any inconvenience"}),
	)
	l.Lint(parse(t, "Sorry for any inconvenience.\nIt was due to the snow and traffic.\n", draft.Text))
	want := map[string]seen{
		"excuse":        {all: []string{"weather=due to the snow", "traffic=traffic"}, named: []string{"due to the snow"}},
		"vague-apology": {all: []string{"any=any inconvenience"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("matches seen = %+v, want %+v", got, want)
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Error} {
		got, err := ParseSeverity(strings.ToUpper(s.String()))
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v, want %v", strings.ToUpper(s.String()), got, err, s)
		}
	}
	if Info >= Warning || Warning >= Error {
		t.Error("severities are not ordered info < warning < error")
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity(\"fatal\"): no error")
	}
	if got := Severity(0).String(); got != "severity(0)" {
		t.Errorf("Severity(0).String() = %q, want severity(0)", got)
	}
	if ScopeSpan.String() != "span" || ScopeDocument.String() != "document" {
		t.Errorf("Scope strings = %q, %q, want span, document", ScopeSpan, ScopeDocument)
	}
}

// TestEngineDropsContainedSpans: a phrase inside one the same rule already reports is the same
// problem, even when the outer phrase wraps onto the next line; the longer phrase is kept when
// two start together; other rules are not affected.
func TestEngineDropsContainedSpans(t *testing.T) {
	src := "due to circumstances\nbeyond our control. Fine.\n"
	l := newLinter(t,
		fixed("excuse", ScopeSpan, Warning, at(22, 40, "inner"), at(0, 40, "outer"), at(0, 6, "short")),
		fixed("other", ScopeSpan, Warning, at(22, 40, "other inner")))
	var got []string
	for _, f := range l.Lint(parse(t, src, draft.Text)) {
		got = append(got, f.Rule+":"+f.Message)
	}
	want := []string{"excuse:outer", "other:other inner"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %q, want %q", got, want)
	}
}
