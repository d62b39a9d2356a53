package lsp

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

func TestReadMessage(t *testing.T) {
	tests := []struct {
		name, in string
		bodies   []string
		err      string // "framing", "eof", "unexpected" or "" after the bodies
	}{
		{"one", "Content-Length: 2\r\n\r\n{}", []string{"{}"}, "eof"},
		{"two, other headers, any case", "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}Content-Length: 4\r\n\r\nnull", []string{"{}", "null"}, "eof"},
		{"bare line feeds and stray breaks", "\r\n\nContent-Length:3\n\n[1]", []string{"[1]"}, "eof"},
		{"no header", "{\"jsonrpc\":\"2.0\"}\r\n", nil, "framing"},
		{"no length", "Content-Type: x\r\n\r\n", nil, "framing"},
		{"negative length", "Content-Length: -1\r\n\r\n", nil, "framing"},
		{"huge length", "Content-Length: 99999999999\r\n\r\n", nil, "framing"},
		{"short body", "Content-Length: 10\r\n\r\n{}", nil, "unexpected"},
		{"cut in the header", "Content-Length: 2\r\n", nil, "unexpected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bufio.NewReader(strings.NewReader(tt.in))
			for _, want := range tt.bodies {
				body, err := readMessage(r)
				if err != nil || string(body) != want {
					t.Fatalf("readMessage = %q, %v; want %q", body, err, want)
				}
			}
			_, err := readMessage(r)
			var fe *framingError
			got := ""
			switch {
			case errors.As(err, &fe):
				got = "framing"
			case errors.Is(err, io.EOF):
				got = "eof"
			case errors.Is(err, io.ErrUnexpectedEOF):
				got = "unexpected"
			}
			if got != tt.err {
				t.Errorf("after the messages: %v (%s), want %s", err, got, tt.err)
			}
		})
	}
}

// fuzzLinter is built once for all fuzz inputs.
var fuzzLinter = func() *lint.Linter {
	l, err := lint.New(rules.All(rules.Settings{}))
	if err != nil {
		panic(err)
	}
	return l
}()

type fuzzResolver struct{}

func (fuzzResolver) Resolve(string) (Target, error) { return Target{Linter: fuzzLinter}, nil }

// frame frames a body.
func frame(body string) string {
	return "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
}

// FuzzServe feeds arbitrary input to a server: it must answer or ignore it, and never panic
// or hang.
func FuzzServe(f *testing.F) {
	initialize := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-16"]}}}}`)
	open := frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.md","languageId":"markdown","version":1,"text":"Hi 😀,\nSorry if you were upset.\n"}}}`)
	f.Add(initialize + open + frame(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.md","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":-4},"end":{"line":0,"character":99}},"text":"😀\r"}]}}`))
	f.Add(initialize + open + frame(`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///a.md"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}},"context":{"diagnostics":[]}}}`))
	f.Add(initialize + frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) + frame(`{"jsonrpc":"2.0","method":"exit"}`))
	f.Add(frame(`{"jsonrpc":`) + "garbage\r\n" + frame(`[]`) + frame(`null`) + frame(`{"id":null,"method":"initialize","params":5}`))
	f.Fuzz(func(t *testing.T, in string) {
		s := New(strings.NewReader(in), io.Discard, Options{NewResolver: func() Resolver { return fuzzResolver{} }, Debounce: time.Millisecond})
		done := make(chan struct{})
		go func() {
			defer close(done)
			_ = s.Run()
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Run did not return for input %q", in)
		}
	})
}

func TestOutboxKeepsOrderAndStopsOnWriteError(t *testing.T) {
	var b bytes.Buffer
	o := newOutbox(&b)
	for i := range 100 {
		o.send(notification{JSONRPC: "2.0", Method: "m", Params: i})
	}
	if err := o.close(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(&b)
	for i := range 100 {
		body, err := readMessage(r)
		if want := `{"jsonrpc":"2.0","method":"m","params":` + strconv.Itoa(i) + `}`; err != nil || string(body) != want {
			t.Fatalf("message %d = %s, %v; want %s", i, body, err, want)
		}
	}

	o = newOutbox(failingWriter{})
	o.send(notification{JSONRPC: "2.0", Method: "m"})
	o.send(notification{JSONRPC: "2.0", Method: "m"})
	if err := o.close(); err == nil || err.Error() != "broken pipe" {
		t.Errorf("close = %v, want the write error", err)
	}
	o.send(notification{JSONRPC: "2.0", Method: "m"}) // after close: dropped, no panic
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }
