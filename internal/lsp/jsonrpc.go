package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// JSON-RPC 2.0 and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
)

// maxContentLength bounds a message body, so that a corrupt header cannot make the server wait
// for, or allocate, gigabytes.
const maxContentLength = 64 << 20

// framingError is a message whose header cannot be read. The server answers it with a parse
// error and reads on: the stream may still recover at the next header.
type framingError struct{ msg string }

func (e *framingError) Error() string { return e.msg }

// readMessage reads one message, "Content-Length: N\r\n\r\n" and N bytes of JSON, and returns its
// body. Other headers are ignored, and a bare "\n" is taken for "\r\n". A line that is no header
// is a framing error on its own, so that the next message can still be read. It returns io.EOF
// when the stream ends between messages.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for headers := 0; ; headers++ {
		line, err := r.ReadString('\n')
		if err != nil {
			if errors.Is(err, io.EOF) && (headers > 0 || line != "") {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if headers == 0 {
				headers-- // a stray line break between messages
				continue
			}
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || !isToken(name) {
			return nil, &framingError{fmt.Sprintf("malformed header %q", clip(line))}
		}
		if strings.EqualFold(name, "Content-Length") {
			v, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || v < 0 {
				return nil, &framingError{fmt.Sprintf("invalid Content-Length %q", clip(strings.TrimSpace(value)))}
			}
			length = v
		}
	}
	switch {
	case length < 0:
		return nil, &framingError{"header without Content-Length"}
	case length > maxContentLength:
		return nil, &framingError{fmt.Sprintf("Content-Length %d is over the limit of %d bytes", length, maxContentLength)}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body, nil
}

// isToken reports whether s can name a header: letters, digits and "-".
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		switch {
		case c == '-', c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return true
}

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// incoming is any message a client sends: a request (ID and Method), a notification (Method
// only) or a response to a request of the server's (ID and Result or Error).
type incoming struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  json.RawMessage `json:"error"`
}

// isRequest reports whether the message expects a response.
func (m *incoming) isRequest() bool { return len(m.ID) > 0 && string(m.ID) != "null" }

// validID reports whether the ID is a number or a string, as JSON-RPC requires.
func validID(id json.RawMessage) bool {
	if len(id) == 0 {
		return false
	}
	var v any
	if err := json.Unmarshal(id, &v); err != nil {
		return false
	}
	switch v.(type) {
	case float64, string:
		return true
	}
	return false
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// nullID is the ID of the response to a message whose ID could not be read.
var nullID = json.RawMessage("null")

type resultResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result"` // null for a request with no result, such as shutdown
}

type errorResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   rpcError        `json:"error"`
}

type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

// outbox writes messages to the client in the order they were sent, from a goroutine of its
// own, so that neither the read loop nor a lint waits on a client that is slow to read.
type outbox struct {
	mu     sync.Mutex
	cond   *sync.Cond
	queue  [][]byte
	closed bool
	err    error // the first write error; later messages are dropped
	done   chan struct{}
}

func newOutbox(w io.Writer) *outbox {
	o := &outbox{done: make(chan struct{})}
	o.cond = sync.NewCond(&o.mu)
	go o.run(w)
	return o
}

// send queues v, encoded as JSON, with its header. Messages sent after close are dropped.
func (o *outbox) send(v any) {
	body, err := json.Marshal(v)
	if err != nil {
		// Every value sent is one of the server's own wire structs, which always encode.
		body, _ = json.Marshal(errorResponse{JSONRPC: "2.0", ID: nullID, Error: rpcError{codeInternalError, err.Error()}})
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return
	}
	o.queue = append(o.queue, b.Bytes())
	o.cond.Signal()
}

func (o *outbox) run(w io.Writer) {
	defer close(o.done)
	for {
		o.mu.Lock()
		for len(o.queue) == 0 && !o.closed {
			o.cond.Wait()
		}
		if len(o.queue) == 0 {
			o.mu.Unlock()
			return
		}
		msg := o.queue[0]
		o.queue = o.queue[1:]
		failed := o.err != nil
		o.mu.Unlock()
		if failed {
			continue
		}
		if _, err := w.Write(msg); err != nil {
			o.mu.Lock()
			o.err = err
			o.mu.Unlock()
		}
	}
}

// close writes what is queued, stops and returns the first write error.
func (o *outbox) close() error {
	o.mu.Lock()
	o.closed = true
	o.cond.Signal()
	o.mu.Unlock()
	<-o.done
	return o.err
}
