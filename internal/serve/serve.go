// Package serve is apologylint's local web page: an HTTP handler that serves one page embedded in
// the binary and a JSON API that lints the draft the page sends, with the rules and the
// configuration the command line would use. It never reads or writes files, and it never logs or
// keeps a draft: each request is linted in memory and forgotten.
package serve

import (
	"embed"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

// MaxBody is the largest request body the API reads, in bytes; a larger one gets 413.
const MaxBody = 1 << 20

//go:embed static
var static embed.FS

// Options say how drafts are linted.
type Options struct {
	// Config is the configuration that applies, found from the working directory; nil means
	// the defaults.
	Config *config.Config
	// Dir is the absolute folder a draft is taken to be in, so that the configuration's
	// overrides match "draft.md" there as they would match a file in it.
	Dir string
	// RuleSet is the rule registry, configured by the settings the configuration resolves to.
	RuleSet func(rules.Settings) []lint.Rule
	// Tool and Version name the program in reports.
	Tool, Version string
}

// Handler serves the page and the API. It is safe for concurrent use.
type Handler struct {
	opts Options
	mux  *http.ServeMux
	// slots bounds the drafts linted at once, so that a burst of large requests queues rather
	// than taking every core and all the memory.
	slots chan struct{}

	mu      sync.Mutex
	linters map[linterKey]*lint.Linter
}

// linterKey names a linter: the resolved configuration and the word limit.
type linterKey struct {
	conf     string
	maxWords int
}

// maxLinters bounds the linters kept for reuse. Each word limit a client asks for needs its own,
// so the cache could otherwise grow without end; past the bound, linters are built per request.
const maxLinters = 32

// New returns the handler of the page and the API. It builds the linter for a Markdown draft
// with the configured word limit once, so that a configuration whose rules cannot be compiled
// is an error at start rather than on every request.
func New(o Options) (*Handler, error) {
	if o.Config == nil {
		o.Config = config.Defaults()
	}
	if o.RuleSet == nil {
		o.RuleSet = rules.All
	}
	h := &Handler{
		opts:    o,
		mux:     http.NewServeMux(),
		slots:   make(chan struct{}, 2*runtime.GOMAXPROCS(0)),
		linters: map[linterKey]*lint.Linter{},
	}
	if _, _, _, err := h.linter(draftName(draft.Markdown), 0); err != nil {
		return nil, err
	}
	page, err := fs.Sub(static, "static")
	if err != nil {
		return nil, err
	}
	h.mux.Handle("/", pageHeaders(http.FileServerFS(page)))
	h.mux.HandleFunc("POST /api/lint", h.serveLint)
	h.mux.HandleFunc("GET /api/rules", h.serveRules)
	h.mux.HandleFunc("/api/lint", methodNotAllowed("POST"))
	h.mux.HandleFunc("/api/rules", methodNotAllowed("GET, HEAD"))
	h.mux.HandleFunc("/api/", func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: the API has POST /api/lint and GET /api/rules")
	})
	return h, nil
}

// ServeHTTP serves the page and the API.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// NewServer returns an HTTP server for h with timeouts, so that a client that sends or reads
// slowly cannot hold a connection open. errorLog gets the server's own errors (a connection
// that failed), never a request's content.
func NewServer(h http.Handler, errorLog *log.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          errorLog,
	}
}

// methodNotAllowed answers a request to an endpoint of the API with the wrong method.
func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s is not allowed here: use %s", r.Method, allow))
	}
}

// pageHeaders serves only GET and HEAD, and adds the headers of the page's files. The content security policy allows nothing
// but this server, which keeps the page free of outside resources and its text area safe from
// injected script.
func pageHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed("GET, HEAD")(w, r)
			return
		}
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "+
			"connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cache-Control", "no-cache")
		next.ServeHTTP(w, r)
	})
}
