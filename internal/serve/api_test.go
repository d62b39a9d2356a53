package serve_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"github.com/apologylint/apologylint/internal/cli"
	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/serve"
	"github.com/apologylint/apologylint/rules"
)

// defaultServer is the API with the default configuration, shared by the tests because
// building its linter takes a while. It lives as long as the test binary.
var defaultServer = sync.OnceValues(func() (*httptest.Server, error) {
	h, err := serve.New(serve.Options{Dir: os.TempDir()})
	if err != nil {
		return nil, err
	}
	return httptest.NewServer(h), nil
})

// newServer returns the API with the default configuration.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv, err := defaultServer()
	if err != nil {
		t.Fatalf("serve.New: %v", err)
	}
	return srv
}

func newServerWith(t *testing.T, o serve.Options) *httptest.Server {
	t.Helper()
	h, err := serve.New(o)
	if err != nil {
		t.Fatalf("serve.New: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// post sends body to POST /api/lint and returns the status and the response body.
func post(t *testing.T, srv *httptest.Server, body []byte) (int, []byte) {
	t.Helper()
	res, err := http.Post(srv.URL+"/api/lint", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /api/lint: %v", err)
	}
	defer func() { _ = res.Body.Close() }()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	return res.StatusCode, out
}

// request is the body of a lint request.
func request(t *testing.T, text, format string, maxWords int) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"text": text, "format": format, "max_words": maxWords})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// response is what the tests read of a lint response.
type response struct {
	Version int               `json:"version"`
	Files   []json.RawMessage `json:"files"`
	Errors  []struct {
		Path, Message string
	} `json:"errors"`
	Words    int `json:"words"`
	MaxWords int `json:"max_words"`
	Spans    []*struct {
		wireRange
		Fix *wireRange `json:"fix"`
	} `json:"spans"`
	Parts []struct {
		Name     string     `json:"name"`
		Present  bool       `json:"present"`
		Line     int        `json:"line"`
		Span     *wireRange `json:"span"`
		Sentence *wireRange `json:"sentence"`
	} `json:"parts"`
}

type wireRange struct {
	Offset         int `json:"offset"`
	EndOffset      int `json:"end_offset"`
	UTF16Offset    int `json:"utf16_offset"`
	UTF16EndOffset int `json:"utf16_end_offset"`
}

type file struct {
	Path      string    `json:"path"`
	Findings  []finding `json:"findings"`
	Structure map[string]struct {
		Present bool `json:"present"`
		Line    int  `json:"line"`
	} `json:"structure"`
}

type finding struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Scope     string `json:"scope"`
	Message   string `json:"message"`
	Offset    *int   `json:"offset"`
	EndOffset *int   `json:"end_offset"`
	Fix       *struct {
		Offset    int    `json:"offset"`
		EndOffset int    `json:"end_offset"`
		Text      string `json:"text"`
	} `json:"fix"`
}

func decode[T any](t *testing.T, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

func readDraft(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// formatOf is the API's format name for a test draft.
func formatOf(name string) string {
	return strings.TrimPrefix(filepath.Ext(name), ".")
}

func TestLintGood(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name     string
		body     string
		path     string
		has      []string // rules that must be reported
		hasNot   []string // rules that must not be
		none     bool     // no finding at all
		maxWords int
		words    int
	}{
		{
			name:     "plain text",
			body:     `{"text": "Hi Dana,\n\nWe're sorry if anyone was upset.\n", "format": "txt"}`,
			path:     "draft.txt",
			has:      []string{"non-apology", "missing-prevention"},
			hasNot:   []string{"too-long"},
			maxWords: rules.DefaultMaxWords,
			words:    8,
		},
		{
			name:     "format left out is plain text",
			body:     `{"text": "We apologize for any inconvenience."}`,
			path:     "draft.txt",
			has:      []string{"vague-apology"},
			hasNot:   []string{"too-long"},
			maxWords: rules.DefaultMaxWords,
			words:    5,
		},
		{
			name:     "markdown markup is not prose",
			body:     `{"text": "We apologize for **any inconvenience**.\n\n` + "```" + `\nnot prose\n` + "```" + `\n", "format": "md"}`,
			path:     "draft.md",
			has:      []string{"vague-apology"},
			hasNot:   []string{"too-long"},
			maxWords: rules.DefaultMaxWords,
			words:    5,
		},
		{
			name:     "html",
			body:     `{"text": "<p>We apologize for <b>any inconvenience</b>.</p>", "format": "html"}`,
			path:     "draft.html",
			has:      []string{"vague-apology"},
			hasNot:   []string{"too-long"},
			maxWords: rules.DefaultMaxWords,
			words:    5,
		},
		{
			name:     "a word limit",
			body:     `{"text": "We apologize for any inconvenience.", "max_words": 3}`,
			path:     "draft.txt",
			has:      []string{"vague-apology", "too-long"},
			maxWords: 3,
			words:    5,
		},
		{
			name:     "empty text",
			body:     `{"text": ""}`,
			path:     "draft.txt",
			none:     true,
			maxWords: rules.DefaultMaxWords,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, srv, []byte(tt.body))
			if status != http.StatusOK {
				t.Fatalf("status = %d (%s), want 200", status, body)
			}
			r := decode[response](t, body)
			if r.Version != 1 || len(r.Files) != 1 || len(r.Errors) != 0 {
				t.Fatalf("version %d, %d files, %d errors; want 1, 1, 0", r.Version, len(r.Files), len(r.Errors))
			}
			f := decode[file](t, r.Files[0])
			if f.Path != tt.path {
				t.Errorf("path = %q, want %q", f.Path, tt.path)
			}
			var got []string
			for _, fd := range f.Findings {
				got = append(got, fd.Rule)
			}
			for _, id := range tt.has {
				if !slices.Contains(got, id) {
					t.Errorf("rules = %q, want %s among them", got, id)
				}
			}
			if tt.none && len(got) > 0 {
				t.Errorf("rules = %q, want none", got)
			}
			for _, id := range tt.hasNot {
				if slices.Contains(got, id) {
					t.Errorf("rules = %q, want no %s", got, id)
				}
			}
			if r.Words != tt.words || r.MaxWords != tt.maxWords {
				t.Errorf("words = %d of %d, want %d of %d", r.Words, r.MaxWords, tt.words, tt.maxWords)
			}
			if len(r.Spans) != len(f.Findings) {
				t.Errorf("%d spans for %d findings", len(r.Spans), len(f.Findings))
			}
		})
	}
}

func TestLintBad(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name, body string
		status     int
		message    string
	}{
		{"not JSON", `text=sorry`, 400, "malformed JSON: invalid character 'e' in literal true (expecting 'r') at byte 2"},
		{"cut short", `{"text": "sorry`, 400, "malformed JSON: the body ends in the middle of a value"},
		{"empty body", ``, 400, "malformed JSON: the body is empty"},
		{"not an object", `["sorry"]`, 400, "malformed JSON: the body must be an object, not array"},
		{"text not a string", `{"text": 5}`, 400, `malformed JSON: "text" must be a string, not number`},
		{"max_words not a number", `{"text": "x", "max_words": "300"}`, 400, `malformed JSON: "max_words" must be a whole number, not string`},
		{"unknown key", `{"text": "x", "maxWords": 3}`, 400, `malformed JSON: unknown field "maxWords"`},
		{"two values", `{"text": "x"} {"text": "y"}`, 400, "malformed JSON: more than one JSON value"},
		{"trailing brace", `{"text": "x"}}`, 400, "malformed JSON: invalid character '}' looking for beginning of value at byte 14"},
		{"no text", `{"format": "md"}`, 400, `the request has no "text"`},
		{"negative limit", `{"text": "x", "max_words": -1}`, 400, `"max_words" must be positive, got -1`},
		{"unknown format", `{"text": "x", "format": "docx"}`, 400, `unknown format "docx" (want txt, md or html)`},
		{"format by extension", `{"text": "x", "format": ".md"}`, 400, `unknown format ".md" (want txt, md or html)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, srv, []byte(tt.body))
			got := decode[struct{ Error string }](t, body)
			if status != tt.status || got.Error != tt.message {
				t.Errorf("got %d %q, want %d %q", status, got.Error, tt.status, tt.message)
			}
		})
	}
}

func TestLintNUL(t *testing.T) {
	// JSON text is always valid UTF-8, but it can hold a NUL, which no draft has: the report
	// lists it as a file that could not be linted, as the command line does.
	status, body := post(t, newServer(t), []byte(`{"text": "Sorry\u0000"}`))
	if status != http.StatusOK {
		t.Fatalf("status = %d, want 200", status)
	}
	r := decode[response](t, body)
	if len(r.Files) != 0 || len(r.Errors) != 1 || r.Errors[0].Message != "1:6: NUL byte: not a text file" {
		t.Errorf("files %d, errors %+v; want none and one NUL error", len(r.Files), r.Errors)
	}
}

func TestBodyLimit(t *testing.T) {
	srv := newServer(t)
	// A body of exactly the limit is read; one byte more is refused. The padding is space,
	// which costs the linter nothing.
	const head, tail = `{"text":"We're sorry we shipped the wrong size.`, `"}`
	body := []byte(head + strings.Repeat(" ", serve.MaxBody-len(head)-len(tail)) + tail)
	if len(body) != serve.MaxBody {
		t.Fatalf("body of %d bytes, want %d", len(body), serve.MaxBody)
	}
	if status, out := post(t, srv, body); status != http.StatusOK {
		t.Errorf("body of %d bytes: status %d (%.200s), want 200", len(body), status, out)
	}
	tests := []struct {
		name string
		body []byte
	}{
		{"one byte over", append(bytes.Clone(body[:len(body)-1]), ' ', '"', '}')},
		{"a valid object followed by padding", append([]byte(`{"text":"x"}`), bytes.Repeat([]byte(" "), serve.MaxBody)...)},
		{"two megabytes", []byte(`{"text":"` + strings.Repeat("a", 2<<20) + `"}`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := post(t, srv, tt.body)
			got := decode[struct{ Error string }](t, out)
			want := fmt.Sprintf("the request body is over the limit of %d bytes", serve.MaxBody)
			if status != http.StatusRequestEntityTooLarge || got.Error != want {
				t.Errorf("got %d %q, want 413 %q", status, got.Error, want)
			}
		})
	}
}

func TestMethods(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/api/lint", 405, "POST"},
		{"PUT", "/api/lint", 405, "POST"},
		{"POST", "/api/rules", 405, "GET, HEAD"},
		{"GET", "/api/nothing", 404, ""},
		{"GET", "/nothing.html", 404, ""},
	}
	for _, tt := range tests {
		req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = res.Body.Close()
		if res.StatusCode != tt.status || res.Header.Get("Allow") != tt.allow {
			t.Errorf("%s %s = %d, Allow %q; want %d, Allow %q", tt.method, tt.path, res.StatusCode, res.Header.Get("Allow"), tt.status, tt.allow)
		}
	}
}

// cliFile runs the command line on text as standard input named name, with opts before the
// other flags, and returns the one file of its JSON report.
func cliFile(t *testing.T, text, name string, opts ...string) json.RawMessage {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := append(opts, "--format", "json", "--stdin-filename", name, "-")
	if code := cli.Run(args, strings.NewReader(text), &stdout, &stderr); code > cli.ExitFindings {
		t.Fatalf("apologylint %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
	r := decode[response](t, stdout.Bytes())
	if len(r.Files) != 1 {
		t.Fatalf("apologylint %s: %d files, want 1", strings.Join(args, " "), len(r.Files))
	}
	return r.Files[0]
}

// apiFile lints text through the API and returns the one file of the report.
func apiFile(t *testing.T, srv *httptest.Server, text, format string, maxWords int) json.RawMessage {
	t.Helper()
	status, body := post(t, srv, request(t, text, format, maxWords))
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	r := decode[response](t, body)
	if len(r.Files) != 1 {
		t.Fatalf("%d files, want 1", len(r.Files))
	}
	return r.Files[0]
}

// equalJSON compares two JSON values whatever their spacing.
func equalJSON(t *testing.T, got, want []byte) {
	t.Helper()
	var g, w bytes.Buffer
	if err := json.Indent(&g, got, "", "  "); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&w, want, "", "  "); err != nil {
		t.Fatal(err)
	}
	if g.String() != w.String() {
		t.Errorf("the API's report differs from the command line's\nAPI:\n%s\nCLI:\n%s", g.String(), w.String())
	}
}

func TestSameAsCLI(t *testing.T) {
	srv := newServer(t)
	drafts, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil || len(drafts) == 0 {
		t.Fatalf("no drafts in testdata: %v", err)
	}
	for _, path := range drafts {
		name := filepath.Base(path)
		text := readDraft(t, name)
		format := formatOf(name)
		t.Run(name, func(t *testing.T) {
			equalJSON(t, apiFile(t, srv, text, format, 0), cliFile(t, text, "draft."+format, "--no-config"))
		})
		t.Run(name+"/max-words", func(t *testing.T) {
			equalJSON(t, apiFile(t, srv, text, format, 10), cliFile(t, text, "draft."+format, "--no-config", "--max-words", "10"))
		})
	}
}

// TestConfiguration checks that the configuration found at start applies, overrides included
// (one makes a Markdown draft a template), as it does on the command line.
func TestConfiguration(t *testing.T) {
	dir := t.TempDir()
	conf := "rules:\n  missing-contact:\n    enabled: false\n  vague-apology:\n    severity: error\n" +
		"overrides:\n  - files: ['*.md']\n    kind: template\n    rules:\n      missing-remedy:\n        enabled: false\n"
	path := filepath.Join(dir, ".apologylint.yml")
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := config.NewLoader(rules.All(rules.Settings{}), dir).Find(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := newServerWith(t, serve.Options{Config: c, Dir: dir})
	text := readDraft(t, "outage.md")
	for _, format := range []string{"txt", "md"} {
		t.Run(format, func(t *testing.T) {
			got := apiFile(t, srv, text, format, 0)
			// The command line run from the same folder finds the same configuration.
			t.Chdir(dir)
			equalJSON(t, got, cliFile(t, text, "draft."+format))
			f := decode[file](t, got)
			for _, fd := range f.Findings {
				if fd.Rule == "missing-contact" || (format == "md" && fd.Rule == "missing-remedy") {
					t.Errorf("%s reported, but the configuration turns it off", fd.Rule)
				}
				if fd.Rule == "vague-apology" && fd.Severity != "error" {
					t.Errorf("vague-apology is a %s, but the configuration makes it an error", fd.Severity)
				}
			}
			if template := slices.ContainsFunc(f.Findings, func(fd finding) bool { return fd.Rule == "template-not-personalised" }); template != (format == "md") {
				t.Errorf("template-not-personalised reported: %v, want %v", template, format == "md")
			}
		})
	}

	res, err := http.Get(srv.URL + "/api/rules")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	var rs struct {
		Rules []struct {
			ID       string `json:"id"`
			Severity string `json:"severity"`
			Enabled  bool   `json:"enabled"`
		} `json:"rules"`
	}
	if err := json.NewDecoder(res.Body).Decode(&rs); err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.Rules {
		switch r.ID {
		case "missing-contact":
			if r.Enabled {
				t.Errorf("/api/rules: missing-contact enabled, want off")
			}
		case "vague-apology":
			if r.Severity != "error" {
				t.Errorf("/api/rules: vague-apology is %s, want error", r.Severity)
			}
		}
	}
}

// utf16Slice slices s as JavaScript does, by UTF-16 code units.
func utf16Slice(s string, start, end int) string {
	u := utf16.Encode([]rune(s))
	if start < 0 || end > len(u) || start > end {
		return fmt.Sprintf("<bad range %d:%d of %d>", start, end, len(u))
	}
	return string(utf16.Decode(u[start:end]))
}

// TestUTF16Ranges checks that every range the page uses covers in a JavaScript string exactly
// the bytes the report names: after emoji (two UTF-16 units, four bytes), accents and entities.
func TestUTF16Ranges(t *testing.T) {
	srv := newServer(t)
	drafts, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, path := range drafts {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			text := readDraft(t, name)
			status, body := post(t, srv, request(t, text, formatOf(name), 0))
			if status != http.StatusOK {
				t.Fatalf("status %d: %s", status, body)
			}
			r := decode[response](t, body)
			f := decode[file](t, r.Files[0])
			check := func(what string, w wireRange) {
				t.Helper()
				want := text[w.Offset:w.EndOffset]
				if got := utf16Slice(text, w.UTF16Offset, w.UTF16EndOffset); got != want {
					t.Errorf("%s: UTF-16 %d:%d is %q, want %q (bytes %d:%d)", what, w.UTF16Offset, w.UTF16EndOffset, got, want, w.Offset, w.EndOffset)
				}
			}
			for i, fd := range f.Findings {
				sp := r.Spans[i]
				if fd.Scope == "document" {
					if sp != nil {
						t.Errorf("%s: a document finding has a span", fd.Rule)
					}
					continue
				}
				if sp == nil || sp.Offset != *fd.Offset || sp.EndOffset != *fd.EndOffset {
					t.Fatalf("%s: span %+v, want bytes %d:%d", fd.Rule, sp, *fd.Offset, *fd.EndOffset)
				}
				check(fd.Rule, sp.wireRange)
				if (sp.Fix != nil) != (fd.Fix != nil) {
					t.Errorf("%s: fix range %+v for fix %+v", fd.Rule, sp.Fix, fd.Fix)
				}
				if sp.Fix != nil {
					check(fd.Rule+" fix", *sp.Fix)
				}
			}
			if len(r.Parts) != len(f.Structure) {
				t.Errorf("%d parts, want the %d of the check-list", len(r.Parts), len(f.Structure))
			}
			for _, p := range r.Parts {
				if want := f.Structure[p.Name]; p.Present != want.Present || p.Line != want.Line {
					t.Errorf("part %s: present %v line %d, want %v line %d", p.Name, p.Present, p.Line, want.Present, want.Line)
				}
				if p.Present != (p.Span != nil) || p.Present != (p.Sentence != nil) {
					t.Errorf("part %s: present %v with span %v and sentence %v", p.Name, p.Present, p.Span, p.Sentence)
					continue
				}
				if p.Present {
					check(p.Name, *p.Span)
					check(p.Name+" sentence", *p.Sentence)
					if p.Sentence.Offset > p.Span.Offset || p.Sentence.EndOffset < p.Span.EndOffset {
						t.Errorf("part %s: sentence %+v does not hold its words %+v", p.Name, *p.Sentence, *p.Span)
					}
				}
			}
		})
	}
	// The non-apology of emoji.txt comes after an accent (one UTF-16 unit, two bytes) and an
	// emoji with a skin tone (four units, eight bytes): its UTF-16 range is the byte range
	// less five.
	text := readDraft(t, "emoji.txt")
	_, body := post(t, srv, request(t, text, "txt", 0))
	r := decode[response](t, body)
	start := strings.Index(text, "sorry if")
	if r.Spans[0] == nil || r.Spans[0].Offset != start || r.Spans[0].UTF16Offset != start-5 {
		t.Errorf("first span %+v, want bytes from %d and UTF-16 from %d", r.Spans[0], start, start-5)
	}
}

// TestConcurrent lints different drafts at once and checks each gets its own report.
func TestConcurrent(t *testing.T) {
	srv := newServer(t)
	drafts, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	want := map[string][]byte{}
	for _, path := range drafts {
		name := filepath.Base(path)
		_, want[name] = post(t, srv, request(t, readDraft(t, name), formatOf(name), 0))
	}
	const workers, rounds = 16, 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*rounds)
	for w := range workers {
		wg.Go(func() {
			for i := range rounds {
				name := filepath.Base(drafts[(w+i)%len(drafts)])
				res, err := http.Post(srv.URL+"/api/lint", "application/json", bytes.NewReader(request(t, readDraft(t, name), formatOf(name), 0)))
				if err != nil {
					errs <- err.Error()
					continue
				}
				got, err := io.ReadAll(res.Body)
				_ = res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK || !bytes.Equal(got, want[name]) {
					errs <- fmt.Sprintf("%s: status %d, error %v, body differs: %v", name, res.StatusCode, err, !bytes.Equal(got, want[name]))
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestRules(t *testing.T) {
	srv := newServer(t)
	res, err := http.Get(srv.URL + "/api/rules")
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	var got struct {
		Version int `json:"version"`
		Rules   []struct {
			ID, Severity, Scope, Summary, Explain, Bad, Good string
			Enabled                                          bool
		} `json:"rules"`
	}
	if err := json.NewDecoder(res.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	all := rules.All(rules.Settings{})
	if got.Version != 1 || len(got.Rules) != len(all) {
		t.Fatalf("version %d with %d rules, want 1 with %d", got.Version, len(got.Rules), len(all))
	}
	for i, r := range got.Rules {
		w := all[i]
		if r.ID != w.ID || r.Severity != w.Severity.String() || r.Scope != w.Scope.String() || !r.Enabled ||
			r.Summary != w.Doc.Summary || r.Explain != w.Doc.Explain || r.Bad != w.Doc.Bad || r.Good != w.Doc.Good {
			t.Errorf("rule %d = %+v, want %s with its doc, enabled", i, r, w.ID)
		}
	}
}

func TestPage(t *testing.T) {
	srv := newServer(t)
	for _, tt := range []struct{ path, contentType, has string }{
		{"/", "text/html", `<textarea id="draft"`},
		{"/app.js", "text/javascript", "api/lint"},
		{"/style.css", "text/css", ".backdrop"},
	} {
		res, err := http.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(res.Body)
		_ = res.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), tt.contentType) {
			t.Errorf("GET %s: %d %s, want 200 %s", tt.path, res.StatusCode, res.Header.Get("Content-Type"), tt.contentType)
		}
		if !strings.Contains(string(body), tt.has) {
			t.Errorf("GET %s: no %q in the body", tt.path, tt.has)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("GET %s: Content-Security-Policy %q, want default-src 'none'", tt.path, csp)
		}
		// The page loads nothing from elsewhere: no URL with a scheme or a host.
		for _, bad := range []string{"http:", "https:", "src=\"//", "href=\"//", "url(", "@import"} {
			if strings.Contains(string(body), bad) {
				t.Errorf("GET %s: the page refers to %q", tt.path, bad)
			}
		}
	}
}
