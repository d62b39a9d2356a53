package printer

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture is the readable form of testdata/report.json. Positions are not written in the file:
// they are computed from the spans the way the engine computes them, so the file cannot drift.
type fixture struct {
	Tool    string `json:"tool"`
	Version string `json:"version"`
	Rules   []struct {
		ID       string `json:"id"`
		Severity string `json:"severity"`
		Scope    string `json:"scope"`
		Summary  string `json:"summary"`
		Explain  string `json:"explain"`
		Bad      string `json:"bad"`
		Good     string `json:"good"`
	} `json:"rules"`
	Files []struct {
		Path      string           `json:"path"`
		Source    string           `json:"source"`
		Findings  []fixtureFinding `json:"findings"`
		Structure []Part           `json:"structure"`
	} `json:"files"`
	Errors []FileError `json:"errors"`
}

type fixtureFinding struct {
	Rule       string `json:"rule"`
	Severity   string `json:"severity"`
	Scope      string `json:"scope"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Quote      string `json:"quote"` // the source under [start, end), checked on load
	Message    string `json:"message"`
	Suggestion string `json:"suggestion"`
	Fix        *struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	} `json:"fix"`
}

func parseScope(t *testing.T, s string) lint.Scope {
	t.Helper()
	switch s {
	case "span":
		return lint.ScopeSpan
	case "document":
		return lint.ScopeDocument
	}
	t.Fatalf("unknown scope %q in fixture", s)
	return 0
}

func parseSeverity(t *testing.T, s string) lint.Severity {
	t.Helper()
	sev, err := lint.ParseSeverity(s)
	if err != nil {
		t.Fatal(err)
	}
	return sev
}

// loadReport reads testdata/report.json into a Report.
func loadReport(t *testing.T) Report {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatalf("testdata/report.json: %v", err)
	}
	r := Report{Tool: fx.Tool, Version: fx.Version, Errors: fx.Errors}
	for _, fr := range fx.Rules {
		r.Rules = append(r.Rules, lint.Rule{
			ID:       fr.ID,
			Severity: parseSeverity(t, fr.Severity),
			Scope:    parseScope(t, fr.Scope),
			Doc:      lint.Doc{Summary: fr.Summary, Explain: fr.Explain, Bad: fr.Bad, Good: fr.Good},
		})
	}
	for _, ff := range fx.Files {
		src := []byte(ff.Source)
		doc, err := draft.Parse(ff.Path, src, draft.FormatOf(ff.Path))
		if err != nil {
			t.Fatalf("%s: %v", ff.Path, err)
		}
		res := FileResult{Path: ff.Path, Source: src, Findings: []lint.Finding{}, Structure: ff.Structure}
		for _, f := range ff.Findings {
			lf := lint.Finding{
				Rule:       f.Rule,
				Severity:   parseSeverity(t, f.Severity),
				Scope:      parseScope(t, f.Scope),
				Message:    f.Message,
				Suggestion: f.Suggestion,
			}
			if lf.Scope == lint.ScopeSpan {
				lf.Span = draft.Span{Start: f.Start, End: f.End}
				if got := doc.Slice(lf.Span); got != f.Quote {
					t.Fatalf("%s: %s span %d-%d holds %q, want %q", ff.Path, f.Rule, f.Start, f.End, got, f.Quote)
				}
				lf.Pos, lf.End = doc.Position(f.Start), doc.Position(f.End)
			}
			if f.Fix != nil {
				lf.Fix = &lint.Fix{Span: draft.Span{Start: f.Fix.Start, End: f.Fix.End}, Text: f.Fix.Text}
			}
			res.Findings = append(res.Findings, lf)
		}
		r.Files = append(r.Files, res)
	}
	return r
}

func render(t *testing.T, format string, o Options, r Report) []byte {
	t.Helper()
	p, err := New(format, o)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p(&buf, r); err != nil {
		t.Fatalf("print %s: %v", format, err)
	}
	return buf.Bytes()
}

// TestGolden feeds the one shared report to every format. Run `go test ./internal/printer
// -update` to rewrite the goldens, and review their diff like code.
func TestGolden(t *testing.T) {
	r := loadReport(t)
	tests := []struct {
		golden string
		format string
		opts   Options
	}{
		{"text.golden", "text", Options{}},
		{"text-color.golden", "text", Options{Color: true}},
		{"json.golden", "json", Options{}},
		{"sarif.golden", "sarif", Options{}},
		{"github.golden", "github", Options{}},
		{"checkstyle.golden", "checkstyle", Options{}},
		{"rdjson.golden", "rdjson", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			got := render(t, tt.format, tt.opts, r)
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s (run go test -update and review the diff)\ngot:\n%s\nwant:\n%s", tt.format, path, got, want)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	got := render(t, "json", Options{}, loadReport(t))
	var decoded jsonReport
	if err := json.Unmarshal(got, &decoded); err != nil {
		t.Fatalf("json output does not decode: %v", err)
	}
	var again bytes.Buffer
	enc := json.NewEncoder(&again)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(decoded); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), got) {
		t.Errorf("json output does not round-trip\ngot:\n%s\nwant:\n%s", again.Bytes(), got)
	}
}

func TestJSONKeys(t *testing.T) {
	var doc struct {
		Files []struct {
			Findings []map[string]any `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal(render(t, "json", Options{}, loadReport(t)), &doc); err != nil {
		t.Fatal(err)
	}
	positionKeys := []string{"line", "column", "end_line", "end_column", "offset", "end_offset"}
	n := 0
	for _, f := range doc.Files {
		for _, fd := range f.Findings {
			n++
			_, isSpan := fd["line"]
			for _, k := range positionKeys {
				if _, ok := fd[k]; ok != isSpan {
					t.Errorf("%v finding has %q: %v, want %v", fd["rule"], k, ok, isSpan)
				}
			}
			if fd["scope"] == "document" && isSpan {
				t.Errorf("document finding %v has a position", fd["rule"])
			}
		}
	}
	if n == 0 {
		t.Fatal("fixture has no findings")
	}
}

func TestJSONEmptyLists(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want []string
	}{
		{"empty report", Report{}, []string{`"files": []`, `"errors": []`}},
		{"file without findings", Report{Files: []FileResult{{Path: "a.txt"}}}, []string{`"findings": []`, `"errors": []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(render(t, "json", Options{}, tt.r))
			if strings.Contains(got, "null") {
				t.Errorf("output has null:\n%s", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("output lacks %s:\n%s", w, got)
				}
			}
		})
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := New("xml", Options{})
	if err == nil {
		t.Fatal("New(xml) error = nil, want an error")
	}
	for _, f := range Formats() {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("New(xml) error = %q, want it to name %q", err, f)
		}
	}
}

func TestUnderline(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		start, end int
		line       string
		caret      int
		width      int
	}{
		{"plain", "one\ntwo words\n", 8, 13, "two words", 4, 5},
		{"crlf", "one\r\ntwo\r\n", 5, 8, "two", 0, 3},
		{"lone cr", "one\rtwo\r", 4, 7, "two", 0, 3},
		{"tab", "\tab\tcd", 4, 6, "    ab  cd", 8, 2},
		{"emoji", "🙏 ok", 5, 7, "🙏 ok", 2, 2},
		{"accents", "crème brûlée", 7, 15, "crème brûlée", 6, 6},
		{"past line end", "ab cd\r\nef", 3, 9, "ab cd", 3, 2},
		{"empty span", "abc", 1, 1, "abc", 1, 1},
		{"at line break", "abc\ndef", 3, 4, "abc", 3, 1},
		{"byte order mark", "\xEF\xBB\xBFhi there", 6, 11, "hi there", 3, 5},
		{"control char", "a\vb", 2, 3, "a b", 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, caret, width, ok := underline(draft.NewLines([]byte(tt.src)), tt.start, tt.end)
			if !ok {
				t.Fatalf("underline(%q, %d, %d) not ok, want ok", tt.src, tt.start, tt.end)
			}
			if line != tt.line || caret != tt.caret || width != tt.width {
				t.Errorf("underline(%q, %d, %d) = %q, %d, %d, want %q, %d, %d",
					tt.src, tt.start, tt.end, line, caret, width, tt.line, tt.caret, tt.width)
			}
		})
	}
	if _, _, _, ok := underline(draft.NewLines([]byte("ab")), 5, 6); ok {
		t.Errorf("underline past the source = ok, want not ok")
	}
}

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		s    summary
		want string
	}{
		{summary{files: 0}, "no problems in 0 files"},
		{summary{files: 1}, "no problems in 1 file"},
		{summary{files: 3, errors: 1}, "no problems in 3 files; 1 file could not be linted"},
		{
			summary{files: 2, withIssues: 1, findings: 1, bySeverity: map[lint.Severity]int{lint.Error: 1}},
			"1 problem (1 error, 0 warnings, 0 infos) in 1 file",
		},
		{
			summary{files: 4, withIssues: 2, findings: 4, errors: 2, bySeverity: map[lint.Severity]int{lint.Warning: 1, lint.Info: 3}},
			"4 problems (0 errors, 1 warning, 3 infos) in 2 files; 2 files could not be linted",
		},
	}
	for _, tt := range tests {
		if got := summaryLine(tt.s); got != tt.want {
			t.Errorf("summaryLine(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestQuiet(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want string
	}{
		{"no findings", Report{Files: []FileResult{{Path: "a.txt"}}}, ""},
		{"error only", Report{Errors: []FileError{{Path: "b.txt", Message: "boom"}}}, "b.txt: error: boom\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(render(t, "text", Options{Quiet: true}, tt.r)); got != tt.want {
				t.Errorf("quiet text = %q, want %q", got, tt.want)
			}
		})
	}
}

var errDiskFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteErrors(t *testing.T) {
	r := loadReport(t)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			p, err := New(format, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := p(failingWriter{}, r); !errors.Is(err, errDiskFull) {
				t.Errorf("print to a failing writer = %v, want %v", err, errDiskFull)
			}
		})
	}
}
