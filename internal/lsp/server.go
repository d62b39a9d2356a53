// Package lsp is apologylint's language server: the Language Server Protocol over a pair of
// streams (stdin and stdout of "apologylint lsp"), framed with Content-Length headers. It keeps
// the text of every open document as the editor changes it, lints the unsaved text a moment
// after the last change with the configuration for the document's path, publishes the findings
// as diagnostics, and offers code actions: a finding's safe replacement, and a suppression
// directive for the line it is on.
//
// Positions go out in the encoding agreed at initialize (UTF-8, UTF-32 or the default UTF-16),
// converted from the byte offsets the linter reports, so that emoji and other characters outside
// the Basic Multilingual Plane land where the editor shows them.
package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// DefaultDebounce is how long the server waits after a change before it lints: long enough
// that typing a word costs one lint, short enough that findings follow the writer.
const DefaultDebounce = 150 * time.Millisecond

// ErrNoShutdown is what Run returns when the client sends exit, or closes the stream, without
// a shutdown request first. The protocol asks the server to exit with code 1 then.
var ErrNoShutdown = errors.New("exit without a shutdown request")

// Target is how to lint one document: with which linter, and whether to read it as a template.
type Target struct {
	Linter   *lint.Linter
	Template bool
}

// Resolver finds how to lint the document at path, an absolute file path, or "" for a
// document that is no file (an unsaved buffer). The server calls it from one goroutine at a
// time, so an implementation may cache what it reads without locking.
type Resolver interface {
	Resolve(path string) (Target, error)
}

// Options configure a Server.
type Options struct {
	// NewResolver returns a resolver with nothing cached. The server calls it once at start and
	// again whenever a configuration file is saved or reported changed, so that edits to the
	// configuration take effect without a restart.
	NewResolver func() Resolver
	// IsConfig reports whether path names a configuration file. Such files are not linted, and
	// saving one starts a new resolver. Nil means none is.
	IsConfig func(path string) bool
	// RuleURL returns the address of a rule's documentation, or "" when it has none.
	RuleURL func(id string) string
	// Debounce is how long to wait after the last change to a document before linting it.
	Debounce time.Duration
	// Version is the server version reported at initialize.
	Version string
}

// Server states, in the order a session goes through them.
const (
	stateNew = iota
	stateRunning
	stateShutdown
)

// Server is a language server session over one pair of streams.
type Server struct {
	in   *bufio.Reader
	out  *outbox
	opts Options

	mu    sync.Mutex // guards what follows
	state int
	enc   draft.Encoding
	docs  map[string]*document // by URI

	resolveMu sync.Mutex // Resolve calls one at a time
	resolver  Resolver

	lints sync.WaitGroup // scheduled and running lints
}

// document is an open document: its latest text and the result of its latest lint.
type document struct {
	uri     string
	path    string // "" when the URI is no local file
	lang    string
	version int32
	buf     *buffer
	timer   *time.Timer // the pending lint, if any
	linted  *linted     // the latest lint; stale when its version is not the document's
}

// New returns a server that reads requests from r and writes to w. Call Run to serve.
func New(r io.Reader, w io.Writer, o Options) *Server {
	if o.IsConfig == nil {
		o.IsConfig = func(string) bool { return false }
	}
	if o.RuleURL == nil {
		o.RuleURL = func(string) string { return "" }
	}
	return &Server{
		in:       bufio.NewReader(r),
		out:      newOutbox(w),
		opts:     o,
		docs:     map[string]*document{},
		resolver: o.NewResolver(),
	}
}

// Run serves until the client sends exit or closes the stream. It returns nil after a clean
// shutdown and exit, ErrNoShutdown when the client left without shutdown, and other errors when
// the streams fail. Malformed messages are answered with errors and never end the session.
func (s *Server) Run() error {
	err := s.loop()
	s.mu.Lock()
	s.state = stateShutdown // lints that are still running publish nothing
	for _, d := range s.docs {
		s.cancel(d)
	}
	s.mu.Unlock()
	s.lints.Wait()
	if werr := s.out.close(); werr != nil && err == nil {
		err = fmt.Errorf("write: %w", werr)
	}
	return err
}

// loop reads and handles messages until exit or the end of the input.
func (s *Server) loop() error {
	for {
		body, err := readMessage(s.in)
		var fe *framingError
		switch {
		case errors.As(err, &fe):
			s.replyError(nullID, codeParseError, fe.Error())
			continue
		case errors.Is(err, io.EOF):
			return s.exitError()
		case err != nil:
			return fmt.Errorf("read: %w", err)
		}
		if s.handle(body) {
			return s.exitError()
		}
	}
}

// exitError returns what Run returns when the session ends now.
func (s *Server) exitError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateShutdown {
		return nil
	}
	return ErrNoShutdown
}

// handle handles one message and reports whether it was exit.
func (s *Server) handle(body []byte) (exit bool) {
	var m incoming
	if err := json.Unmarshal(body, &m); err != nil {
		if !json.Valid(body) {
			s.replyError(nullID, codeParseError, "invalid JSON: "+err.Error())
		} else {
			s.replyError(nullID, codeInvalidRequest, "not a JSON-RPC message: "+err.Error())
		}
		return false
	}
	switch {
	case m.Method == "" && len(m.ID) > 0 && (m.Result != nil || m.Error != nil):
		return false // a response: the server sends no requests, so there is nothing to match
	case m.Method == "":
		id := nullID
		if validID(m.ID) {
			id = m.ID
		}
		s.replyError(id, codeInvalidRequest, "message has no method")
		return false
	case m.isRequest() && !validID(m.ID):
		s.replyError(nullID, codeInvalidRequest, "id must be a number or a string")
		return false
	case m.isRequest():
		s.request(&m)
		return false
	}
	return s.notify(&m)
}

// request answers one request.
func (s *Server) request(m *incoming) {
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case m.Method == "initialize" && state != stateNew:
		s.replyError(m.ID, codeInvalidRequest, "initialize was already sent")
		return
	case m.Method != "initialize" && state == stateNew:
		s.replyError(m.ID, codeServerNotInitialized, "initialize first")
		return
	case state == stateShutdown:
		s.replyError(m.ID, codeInvalidRequest, "the server is shutting down")
		return
	}
	var (
		result any
		err    *rpcError
	)
	switch m.Method {
	case "initialize":
		result, err = s.initialize(m.Params)
	case "shutdown":
		s.shutdown()
	case "textDocument/codeAction":
		result, err = s.codeAction(m.Params)
	default:
		err = &rpcError{codeMethodNotFound, "method not found: " + m.Method}
	}
	if err != nil {
		s.replyError(m.ID, err.Code, err.Message)
		return
	}
	s.out.send(resultResponse{JSONRPC: "2.0", ID: m.ID, Result: result})
}

// notify handles one notification and reports whether it was exit. Before initialize and after
// shutdown, notifications other than exit are dropped, as the protocol says.
func (s *Server) notify(m *incoming) (exit bool) {
	if m.Method == "exit" {
		return true
	}
	s.mu.Lock()
	running := s.state == stateRunning
	s.mu.Unlock()
	if !running {
		return false
	}
	var err error
	switch m.Method {
	case "textDocument/didOpen":
		err = s.didOpen(m.Params)
	case "textDocument/didChange":
		err = s.didChange(m.Params)
	case "textDocument/didSave":
		err = s.didSave(m.Params)
	case "textDocument/didClose":
		err = s.didClose(m.Params)
	case "workspace/didChangeWatchedFiles":
		err = s.didChangeWatchedFiles(m.Params)
	}
	// Other notifications ("initialized", "$/cancelRequest", "$/setTrace") need nothing done.
	if err != nil {
		s.log(fmt.Sprintf("%s: %v", m.Method, err))
	}
	return false
}

// replyError sends an error response.
func (s *Server) replyError(id json.RawMessage, code int, msg string) {
	s.out.send(errorResponse{JSONRPC: "2.0", ID: id, Error: rpcError{code, msg}})
}

// log sends the client a message for its log, for notifications that cannot be answered.
func (s *Server) log(msg string) {
	s.out.send(notification{JSONRPC: "2.0", Method: "window/logMessage", Params: logMessageParams{Type: messageError, Message: "apologylint: " + msg}})
}

// initialize agrees on the position encoding and says what the server can do.
func (s *Server) initialize(raw json.RawMessage) (any, *rpcError) {
	var p initializeParams
	if err := decodeParams(raw, &p); err != nil {
		return nil, &rpcError{codeInvalidParams, err.Error()}
	}
	enc := pickEncoding(p.Capabilities.General.PositionEncodings)
	s.mu.Lock()
	s.enc, s.state = enc, stateRunning
	s.mu.Unlock()
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:   enc.String(),
			TextDocumentSync:   textDocumentSync{OpenClose: true, Change: syncIncremental, Save: saveOptions{IncludeText: false}},
			CodeActionProvider: codeActionProvider{CodeActionKinds: []string{codeActionQuickFix}},
		},
		ServerInfo: serverInfo{Name: "apologylint", Version: s.opts.Version},
	}, nil
}

// shutdown stops every pending lint; the session then only waits for exit.
func (s *Server) shutdown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = stateShutdown
	for _, d := range s.docs {
		s.cancel(d)
	}
}

func (s *Server) didOpen(raw json.RawMessage) error {
	var p didOpenParams
	if err := decodeParams(raw, &p); err != nil {
		return err
	}
	td := p.TextDocument
	s.mu.Lock()
	defer s.mu.Unlock()
	if old := s.docs[td.URI]; old != nil {
		s.cancel(old)
	}
	d := &document{uri: td.URI, path: pathOf(td.URI), lang: td.LanguageID, version: td.Version, buf: newBuffer([]byte(td.Text))}
	s.docs[td.URI] = d
	s.schedule(d, 0)
	return nil
}

func (s *Server) didChange(raw json.RawMessage) error {
	var p didChangeParams
	if err := decodeParams(raw, &p); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return fmt.Errorf("%s is not open", p.TextDocument.URI)
	}
	buf := d.buf
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			buf = newBuffer([]byte(c.Text))
			continue
		}
		start, end := buf.offset(c.Range.Start, s.enc), buf.offset(c.Range.End, s.enc)
		if end < start {
			start, end = end, start
		}
		buf = buf.edit(start, end, c.Text)
	}
	d.buf, d.version = buf, p.TextDocument.Version
	s.schedule(d, s.opts.Debounce)
	return nil
}

// didSave reloads the configuration when a configuration file was saved. A draft needs nothing:
// its diagnostics already come from the text the editor has.
func (s *Server) didSave(raw json.RawMessage) error {
	var p documentParams
	if err := decodeParams(raw, &p); err != nil {
		return err
	}
	if path := pathOf(p.TextDocument.URI); path != "" && s.opts.IsConfig(path) {
		s.reload()
	}
	return nil
}

func (s *Server) didClose(raw json.RawMessage) error {
	var p documentParams
	if err := decodeParams(raw, &p); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		return nil
	}
	s.cancel(d)
	delete(s.docs, d.uri)
	s.publish(d.uri, nil, []diagnostic{})
	return nil
}

// didChangeWatchedFiles reloads the configuration when a client that watches files reports a
// configuration file created, changed or deleted.
func (s *Server) didChangeWatchedFiles(raw json.RawMessage) error {
	var p didChangeWatchedFilesParams
	if err := decodeParams(raw, &p); err != nil {
		return err
	}
	for _, c := range p.Changes {
		if path := pathOf(c.URI); path != "" && s.opts.IsConfig(path) {
			s.reload()
			return nil
		}
	}
	return nil
}

// reload replaces the resolver, dropping every cached configuration and linter, and lints every
// open document again.
func (s *Server) reload() {
	s.resolveMu.Lock()
	s.resolver = s.opts.NewResolver()
	s.resolveMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		s.schedule(d, 0)
	}
}

// schedule lints d's current version after delay, replacing a lint still pending. s.mu is held.
func (s *Server) schedule(d *document, delay time.Duration) {
	s.cancel(d)
	version := d.version
	s.lints.Add(1)
	d.timer = time.AfterFunc(delay, func() {
		defer s.lints.Done()
		s.lintAndPublish(d, version)
	})
}

// cancel stops d's pending lint, if it has not started. s.mu is held.
func (s *Server) cancel(d *document) {
	if d.timer != nil && d.timer.Stop() {
		s.lints.Done()
	}
	d.timer = nil
}

// current reports whether version is still the latest of d, which is open. s.mu is held.
func (s *Server) current(d *document, version int32) bool {
	return s.state == stateRunning && s.docs[d.uri] == d && d.version == version
}

// lintAndPublish lints version of d and publishes the diagnostics, unless the document changed
// or closed in the meantime: then a newer lint is on its way, or none is wanted.
func (s *Server) lintAndPublish(d *document, version int32) {
	s.mu.Lock()
	if !s.current(d, version) {
		s.mu.Unlock()
		return
	}
	snap, enc := d.snapshot(), s.enc
	s.mu.Unlock()

	res := s.check(snap, enc)

	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.current(d, version) {
		return
	}
	d.linted = res
	s.publish(d.uri, &version, res.diags)
}

// publish sends a document's diagnostics.
func (s *Server) publish(uri string, version *int32, diags []diagnostic) {
	s.out.send(notification{
		JSONRPC: "2.0",
		Method:  "textDocument/publishDiagnostics",
		Params:  publishDiagnosticsParams{URI: uri, Version: version, Diagnostics: diags},
	})
}

// latest returns the lint of d's current version, linting it now when the last lint is stale.
// It is called from the read loop, the only place that changes documents, so d cannot change
// while it runs.
func (s *Server) latest(d *document) *linted {
	s.mu.Lock()
	res, snap, enc := d.linted, d.snapshot(), s.enc
	s.mu.Unlock()
	if res != nil && res.version == snap.version {
		return res
	}
	res = s.check(snap, enc)
	s.mu.Lock()
	if d.linted == nil || d.linted.version != res.version {
		d.linted = res
	}
	s.mu.Unlock()
	return res
}
