package linttest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// recorder is a Reporter that keeps what it is told.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// sorryRule reports every "sorry", so fixtures can place findings where they like.
var sorryRule = lint.Rule{
	ID: "vague-apology", Scope: lint.ScopeSpan, Severity: lint.Warning,
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, tok := range p.Doc.Tokens() {
			if tok.Norm == "sorry" {
				out = append(out, lint.Finding{Span: tok.Span, Message: fmt.Sprintf("%q does not say what went wrong", tok.Text)})
			}
		}
		return out
	},
}

// becauseRule reports every "because", for lines with findings of two rules.
var becauseRule = lint.Rule{
	ID: "excuse", Scope: lint.ScopeSpan, Severity: lint.Warning,
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, tok := range p.Doc.Tokens() {
			if tok.Norm == "because" {
				out = append(out, lint.Finding{Span: tok.Span, Message: fmt.Sprintf("%q blames something else", tok.Text)})
			}
		}
		return out
	},
}

// refundRule is a document rule: it fires when no token is "refund".
var refundRule = lint.Rule{
	ID: "missing-remedy", Scope: lint.ScopeDocument, Severity: lint.Warning,
	Check: func(p *lint.Pass) []lint.Finding {
		for _, tok := range p.Doc.Tokens() {
			if tok.Norm == "refund" {
				return nil
			}
		}
		return []lint.Finding{{Message: "no remedy offered"}}
	},
}

func newLinter(t *testing.T, rules ...lint.Rule) *lint.Linter {
	t.Helper()
	l, err := lint.New(rules)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		file string
		src  string
		want []string
	}{
		{
			name: "expected finding",
			src:  "Hi Dana,\nSorry about that!    // want vague-apology\nIt went out today.\n",
		},
		{
			name: "no expectations, no findings",
			src:  "Hi Dana,\nThe parcel went out today.\n",
		},
		{
			name: "missing finding",
			src:  "Hi Dana,\nThe parcel went out today. // want vague-apology\n",
			want: []string{"basic.txt:2: no vague-apology reported"},
		},
		{
			name: "unexpected finding",
			src:  "Hi Dana,\n\nWe are sorry.\n",
			want: []string{`basic.txt:3: unexpected vague-apology: "\"sorry\" does not say what went wrong"`},
		},
		{
			name: "finding on another line than expected",
			src:  "Hi Dana, // want vague-apology\nSorry.\n",
			want: []string{
				`basic.txt:2: unexpected vague-apology: "\"Sorry\" does not say what went wrong"`,
				"basic.txt:1: no vague-apology reported",
			},
		},
		{
			name: "message matches",
			src:  `Sorry. // want vague-apology "^\"Sorry\" does not"` + "\n",
		},
		{
			name: "message matches, raw string",
			src:  "Sorry. // want vague-apology `went wrong$`\n",
		},
		{
			name: "message mismatch",
			src:  `Sorry. // want vague-apology "any inconvenience"` + "\n",
			want: []string{`basic.txt:1: vague-apology message "\"Sorry\" does not say what went wrong" does not match "any inconvenience"`},
		},
		{
			name: "several on one line",
			src:  "Sorry, it was because of the snow. // want vague-apology excuse\n",
		},
		{
			name: "several on one line, each with a message",
			src:  `Sorry, because of snow. // want excuse "\"because\"" vague-apology "\"Sorry\""` + "\n",
		},
		{
			name: "one expectation, two findings",
			src:  "Sorry, because of snow. // want vague-apology\n",
			want: []string{`basic.txt:1: unexpected excuse: "\"because\" blames something else"`},
		},
		{
			name: "two expectations, one finding",
			src:  "So sorry. // want vague-apology vague-apology\n",
			want: []string{"basic.txt:1: no vague-apology reported"},
		},
		{
			name: "crlf",
			src:  "Hi Dana,\r\nSorry about that! // want vague-apology\r\nBest,\r\nPriya\r\n",
		},
		{
			name: "no final line break",
			src:  "Hi Dana,\nSorry about that! // want vague-apology",
		},
		{
			name: "markdown",
			file: "basic.md",
			src:  "# Sorry // want vague-apology\n\n```\nsorry in code\n```\n\n- one *sorry* item // want vague-apology\n",
		},
		{
			name: "html",
			file: "basic.html",
			src:  "<p>Hi Dana,</p>\n<p>We&rsquo;re <b>sorry</b>. // want vague-apology\n<script>sorry</script></p>\n",
		},
		{
			name: "rule this linter does not run",
			src:  "Sorry. // want vague-apology blame-shift\n",
			want: []string{"basic.txt:1: want blame-shift, a rule this linter does not run"},
		},
		{
			name: "bad rule id",
			src:  "Sorry. // want Vague_Apology\n",
			want: []string{`basic.txt:1: bad rule ID "Vague_Apology"`},
		},
		{
			name: "empty want",
			src:  "Sorry. // want\n",
			want: []string{"basic.txt:1: want names no rule"},
		},
		{
			name: "unknown marker",
			src:  "Sorry. // wanted vague-apology\n",
			want: []string{`basic.txt:1: unknown marker "// wanted"`},
		},
		{
			name: "message without rule",
			src:  `Sorry. // want "sorry"` + "\n",
			want: []string{`basic.txt:1: message pattern "sorry" follows no rule ID`},
		},
		{
			name: "bad regexp",
			src:  `Sorry. // want vague-apology "(sorry"` + "\n",
			want: []string{"basic.txt:1: bad message pattern: error parsing regexp: missing closing ): `(sorry`"},
		},
		{
			name: "unterminated message",
			src:  `Sorry. // want vague-apology "sorry` + "\n",
			want: []string{`basic.txt:1: unterminated message pattern "sorry`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.file
			if file == "" {
				file = "basic.txt"
			}
			var r recorder
			Check(&r, newLinter(t, sorryRule, becauseRule), file, []byte(tt.src))
			if !reflect.DeepEqual(r.errs, tt.want) {
				t.Errorf("Check reported\n%s\nwant\n%s", strings.Join(r.errs, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestCheckDocument(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "expected",
			src:  "Hi Dana,\nSorry. // want vague-apology\n// want-doc missing-remedy\n",
		},
		{
			name: "expected with message",
			src:  "Sorry. // want vague-apology\n\n// want-doc missing-remedy \"^no remedy\"\n",
		},
		{
			name: "several, then blank lines",
			src:  "We are sorry.          // want vague-apology\n// want-doc missing-remedy\n\n",
		},
		{
			name: "missing",
			src:  "We will refund you.\n// want-doc missing-remedy\n",
			want: []string{"basic.txt: no missing-remedy reported"},
		},
		{
			name: "unexpected",
			src:  "We will look into it.\n",
			want: []string{`basic.txt: unexpected missing-remedy: "no remedy offered"`},
		},
		{
			name: "document finding does not meet a line expectation",
			src:  "We will look into it. // want missing-remedy\n",
			want: []string{
				`basic.txt: unexpected missing-remedy: "no remedy offered"`,
				"basic.txt:1: no missing-remedy reported",
			},
		},
		{
			name: "message mismatch",
			src:  "We will look into it.\n// want-doc missing-remedy \"refund\"\n",
			want: []string{`basic.txt: missing-remedy message "no remedy offered" does not match "refund"`},
		},
		{
			name: "want-doc before the end",
			src:  "Hi.\n// want-doc missing-remedy\nWe will look into it.\n",
			want: []string{"basic.txt:3: want-doc lines must be the last lines of the file"},
		},
		{
			name: "want-doc after text",
			src:  "We will look into it. // want-doc missing-remedy\n",
			want: []string{"basic.txt:1: want-doc must be on a line of its own at the end of the file"},
		},
		{
			name: "empty want-doc",
			src:  "We will look into it.\n// want-doc\n",
			want: []string{"basic.txt:2: want-doc names no rule"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r recorder
			Check(&r, newLinter(t, sorryRule, refundRule), "basic.txt", []byte(tt.src))
			if !reflect.DeepEqual(r.errs, tt.want) {
				t.Errorf("Check reported\n%s\nwant\n%s", strings.Join(r.errs, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestParseFixtureKeepsColumns checks that cutting markers leaves every byte before a marker,
// and every line break, where it was.
func TestParseFixtureKeepsColumns(t *testing.T) {
	in := "Hi Dana,\r\n" +
		"Sorry about that!   // want vague-apology\r\n" +
		"Wé’re sorry 😀 now. // want vague-apology \"x\" excuse\n" +
		"Best,\n" +
		"Priya\n" +
		"// want-doc missing-remedy\n" +
		"// want-doc missing-contact \"phone\"\n"
	want := "Hi Dana,\r\n" +
		"Sorry about that!   \r\n" +
		"Wé’re sorry 😀 now. \n" +
		"Best,\n" +
		"Priya\n"
	fx, err := parseFixture([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(fx.src) != want {
		t.Errorf("parseFixture source = %q, want %q", fx.src, want)
	}
	var got []string
	for _, w := range fx.wants {
		got = append(got, fmt.Sprintf("%d %s", w.line, w))
	}
	wantWants := []string{
		"2 vague-apology",
		`3 vague-apology "x"`,
		"3 excuse",
		"0 missing-remedy",
		`0 missing-contact "phone"`,
	}
	if !reflect.DeepEqual(got, wantWants) {
		t.Errorf("parseFixture wants = %q, want %q", got, wantWants)
	}

	// Every finding lands on the line and column it has in the fixture as written.
	d, err := draft.Parse("basic.txt", fx.src, draft.Text)
	if err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(in, "\n")
	for _, f := range newLinter(t, sorryRule).Lint(d) {
		line := inLines[f.Pos.Line-1]
		col := len([]rune(line[:strings.Index(strings.ToLower(line), "sorry")])) + 1
		if f.Pos.Column != col {
			t.Errorf("finding at %d:%d, want %d:%d", f.Pos.Line, f.Pos.Column, f.Pos.Line, col)
		}
	}
	if !bytes.HasPrefix([]byte(in), fx.src[:10]) {
		t.Errorf("first line changed: %q", fx.src[:10])
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.md", "a.txt", "c.html", "notes.json", "README"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Hi.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md"), filepath.Join(dir, "c.html")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
	if _, err := Files(filepath.Join(dir, "missing")); err == nil {
		t.Error("Files on a missing directory: no error")
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "basic.txt")
	if err := os.WriteFile(path, []byte("Fine.\nSorry.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var r recorder
	Run(&r, newLinter(t, sorryRule), path)
	want := []string{`basic.txt:2: unexpected vague-apology: "\"Sorry\" does not say what went wrong"`}
	if !reflect.DeepEqual(r.errs, want) {
		t.Errorf("Run reported %q, want %q", r.errs, want)
	}

	r = recorder{}
	Run(&r, newLinter(t, sorryRule), filepath.Join(dir, "missing.txt"))
	if len(r.errs) != 1 {
		t.Errorf("Run on a missing file reported %q, want one error", r.errs)
	}
}

func TestRunDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"basic.txt":  "Hi Dana,\nSorry about that! // want vague-apology\n",
		"clean.md":   "# Hi Dana\n\nThe parcel went out today.\n",
		"basic.html": "<p>So <em>sorry</em>.</p> // want vague-apology\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	RunDir(t, newLinter(t, sorryRule), dir)
}
