package lsp_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/lsp"
	"github.com/apologylint/apologylint/rules"
)

// The tests speak to the server as a client would: JSON-RPC with Content-Length framing over a
// pair of pipes, decoding what comes back into the structs below rather than the server's own.

type message struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

type pos struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

type rng struct {
	Start pos `json:"start"`
	End   pos `json:"end"`
}

func (r rng) String() string {
	return fmt.Sprintf("%d:%d-%d:%d", r.Start.Line, r.Start.Character, r.End.Line, r.End.Character)
}

type diag struct {
	Range           rng    `json:"range"`
	Severity        int    `json:"severity"`
	Code            string `json:"code"`
	Source          string `json:"source"`
	Message         string `json:"message"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
}

type published struct {
	URI         string `json:"uri"`
	Version     *int32 `json:"version"`
	Diagnostics []diag `json:"diagnostics"`
}

type textEdit struct {
	Range   rng    `json:"range"`
	NewText string `json:"newText"`
}

type action struct {
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	IsPreferred bool   `json:"isPreferred"`
	Diagnostics []diag `json:"diagnostics"`
	Edit        struct {
		Changes map[string][]textEdit `json:"changes"`
	} `json:"edit"`
}

// client is one session with a server running in the test's process.
type client struct {
	t      testing.TB
	in     *io.PipeWriter // the server's input
	msgs   chan message
	done   chan error // Run's result
	nextID int

	mu      sync.Mutex
	pending []message // notifications read while waiting for a response
}

// plainWords is a rule with a safe replacement, since no rule of the registry has one yet:
// it reports "utilise" and offers "use".
var plainWords = lint.Rule{
	ID: "plain-words", Scope: lint.ScopeSpan, Severity: lint.Warning,
	Doc: lint.Doc{Summary: "a long word for a short one"},
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, s := range p.Doc.Find(regexp.MustCompile(`\butilise\b`)) {
			out = append(out, lint.Finding{Span: s, Message: `"utilise" says "use" at length`, Fix: &lint.Fix{Span: s, Text: "use"}})
		}
		return out
	},
}

// fixedResolver lints every document with one linter: the registry and typo.
type fixedResolver struct{ linter *lint.Linter }

func (r fixedResolver) Resolve(string) (lsp.Target, error) {
	return lsp.Target{Linter: r.linter}, nil
}

var (
	linterOnce sync.Once
	testLinter *lint.Linter
)

func newResolver() lsp.Resolver {
	linterOnce.Do(func() {
		l, err := lint.New(append(rules.All(rules.Settings{}), plainWords))
		if err != nil {
			panic(err)
		}
		testLinter = l
	})
	return fixedResolver{testLinter}
}

// testDebounce is short, so that tests are quick, and not zero, so that it is exercised.
const testDebounce = 5 * time.Millisecond

// start runs a server on pipes and returns a client for it. The server must have exited by the
// end of the test.
func start(tb testing.TB, o lsp.Options) *client {
	tb.Helper()
	if o.NewResolver == nil {
		o.NewResolver = func() lsp.Resolver { return newResolver() }
	}
	if o.Debounce == 0 {
		o.Debounce = testDebounce
	}
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &client{t: tb, in: inW, msgs: make(chan message, 100), done: make(chan error, 1)}
	srv := lsp.New(inR, outW, o)
	go func() {
		err := srv.Run()
		_ = outW.Close()
		c.done <- err
	}()
	go func() {
		defer close(c.msgs)
		r := bufio.NewReader(outR)
		for {
			body, err := readFrame(r)
			if err != nil {
				return
			}
			var m message
			if err := json.Unmarshal(body, &m); err != nil {
				tb.Errorf("server sent invalid JSON %q: %v", body, err)
				return
			}
			c.msgs <- m
		}
	}()
	tb.Cleanup(func() {
		_ = inW.Close()
		select {
		case err := <-c.done:
			_ = err // the test checked it, or did not need to
		case <-time.After(5 * time.Second):
			tb.Error("server still running at the end of the test")
		}
	})
	return c
}

// readFrame reads one Content-Length framed message, checking the header the server writes.
func readFrame(r *bufio.Reader) ([]byte, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	n, ok := strings.CutPrefix(line, "Content-Length: ")
	if !ok || !strings.HasSuffix(n, "\r\n") {
		return nil, fmt.Errorf("bad header %q", line)
	}
	length, err := strconv.Atoi(strings.TrimSuffix(n, "\r\n"))
	if err != nil {
		return nil, err
	}
	if blank, err := r.ReadString('\n'); err != nil || blank != "\r\n" {
		return nil, fmt.Errorf("no blank line after the header: %q", blank)
	}
	body := make([]byte, length)
	_, err = io.ReadFull(r, body)
	return body, err
}

// writeRaw sends bytes as they are, for malformed input.
func (c *client) writeRaw(s string) {
	c.t.Helper()
	if _, err := io.WriteString(c.in, s); err != nil {
		c.t.Fatalf("write: %v", err)
	}
}

// send frames and sends a message.
func (c *client) send(v any) {
	c.t.Helper()
	body, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	c.writeRaw(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
}

// notify sends a notification.
func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// call sends a request and returns its response.
func (c *client) call(method string, params any) message {
	c.t.Helper()
	c.nextID++
	id := c.nextID
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	return c.response(strconv.Itoa(id))
}

// response waits for the response with the given ID (as JSON), keeping notifications for later.
func (c *client) response(id string) message {
	c.t.Helper()
	for {
		m := c.next()
		if m.Method != "" {
			c.mu.Lock()
			c.pending = append(c.pending, m)
			c.mu.Unlock()
			continue
		}
		if string(m.ID) != id {
			c.t.Fatalf("response to %s, want one to %s", m.ID, id)
		}
		return m
	}
}

// next returns the next message from the server.
func (c *client) next() message {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the server closed its output")
		}
		return m
	case <-time.After(10 * time.Second):
		c.t.Fatal("no message from the server within 10s")
	}
	return message{}
}

// notification returns the next notification of method, skipping others.
func (c *client) notification(method string) message {
	c.t.Helper()
	for {
		var m message
		c.mu.Lock()
		if len(c.pending) > 0 {
			m, c.pending = c.pending[0], c.pending[1:]
		}
		c.mu.Unlock()
		if m.Method == "" {
			m = c.next()
		}
		if m.Method == method {
			return m
		}
	}
}

// diagnostics waits for the diagnostics of uri.
func (c *client) diagnostics(uri string) published {
	c.t.Helper()
	for {
		var p published
		if err := json.Unmarshal(c.notification("textDocument/publishDiagnostics").Params, &p); err != nil {
			c.t.Fatal(err)
		}
		if p.URI == uri {
			return p
		}
	}
}

// initialize starts the session, offering encodings (none: leave the capability out), and
// returns the encoding the server chose.
func (c *client) initialize(encodings ...string) string {
	c.t.Helper()
	caps := map[string]any{}
	if encodings != nil {
		caps["general"] = map[string]any{"positionEncodings": encodings}
	}
	m := c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": caps})
	if m.Error != nil {
		c.t.Fatalf("initialize: %s", m.Error.Message)
	}
	var res struct {
		Capabilities struct {
			PositionEncoding string `json:"positionEncoding"`
		} `json:"capabilities"`
	}
	if err := json.Unmarshal(m.Result, &res); err != nil {
		c.t.Fatal(err)
	}
	c.notify("initialized", map[string]any{})
	return res.Capabilities.PositionEncoding
}

// open opens a document and returns its first diagnostics.
func (c *client) open(uri, lang, text string) published {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": lang, "version": 1, "text": text}})
	return c.diagnostics(uri)
}

// change sends edits as version and returns the diagnostics published for that version.
func (c *client) change(uri string, version int, changes ...map[string]any) published {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": changes,
	})
	for {
		p := c.diagnostics(uri)
		if p.Version != nil && int(*p.Version) == version {
			return p
		}
	}
}

// stop shuts the server down and checks that it exits cleanly.
func (c *client) stop() {
	c.t.Helper()
	if m := c.call("shutdown", nil); m.Error != nil || string(m.Result) != "null" {
		c.t.Fatalf("shutdown = %s %+v, want result null", m.Result, m.Error)
	}
	c.notify("exit", nil)
	select {
	case err := <-c.done:
		if err != nil {
			c.t.Fatalf("Run after shutdown and exit = %v, want nil", err)
		}
		c.done <- nil
	case <-time.After(5 * time.Second):
		c.t.Fatal("server did not exit")
	}
}

// edit is a range edit.
func edit(startLine, startChar, endLine, endChar int, text string) map[string]any {
	return map[string]any{
		"range": map[string]any{
			"start": map[string]any{"line": startLine, "character": startChar},
			"end":   map[string]any{"line": endLine, "character": endChar},
		},
		"text": text,
	}
}

// brief shows a diagnostic as "code range".
func brief(d diag) string { return d.Code + " " + d.Range.String() }

func briefs(ds []diag) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, brief(d))
	}
	return out
}

// find returns the diagnostics with the given code.
func find(ds []diag, code string) []diag {
	var out []diag
	for _, d := range ds {
		if d.Code == code {
			out = append(out, d)
		}
	}
	return out
}
