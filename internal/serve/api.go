package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apologylint/apologylint/internal/config"
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/printer"
	"github.com/apologylint/apologylint/rules"
)

// apiFormats are the formats a request may name, in the order an error lists them.
var apiFormats = []draft.Format{draft.Text, draft.Markdown, draft.HTML}

// draftName is the file name a draft of format f is linted as: its extension gives the format,
// and the configuration's overrides see it as a file in Options.Dir.
func draftName(f draft.Format) string { return "draft." + f.String() }

// The wire structs of the API. The report itself is the JSON output format's, written by
// package printer; these are the keys the API adds to it for the page.
type (
	lintRequest struct {
		Text     *string `json:"text"`
		Format   string  `json:"format"`
		MaxWords int     `json:"max_words"`
	}

	// lintExtra is added to the JSON report. Spans is index-aligned with the findings of
	// files[0], null for a document finding.
	lintExtra struct {
		Words    int         `json:"words"`
		MaxWords int         `json:"max_words"`
		Spans    []*wireSpan `json:"spans"`
		Parts    []wirePart  `json:"parts"`
	}

	// wireRange is a range of the draft twice: in byte offsets into its UTF-8, as the report
	// gives them, and in UTF-16 code units, which is how JavaScript indexes a string.
	wireRange struct {
		Offset         int `json:"offset"`
		EndOffset      int `json:"end_offset"`
		UTF16Offset    int `json:"utf16_offset"`
		UTF16EndOffset int `json:"utf16_end_offset"`
	}

	wireSpan struct {
		wireRange
		Fix *wireRange `json:"fix,omitempty"`
	}

	// wirePart is one entry of the structure check-list: Span covers the words that satisfy
	// the part, Sentence the sentence they are in.
	wirePart struct {
		Name     string     `json:"name"`
		Present  bool       `json:"present"`
		Line     int        `json:"line,omitempty"`
		Span     *wireRange `json:"span,omitempty"`
		Sentence *wireRange `json:"sentence,omitempty"`
	}

	wireRules struct {
		Version int        `json:"version"`
		Rules   []wireRule `json:"rules"`
	}

	wireRule struct {
		ID       string `json:"id"`
		Severity string `json:"severity"`
		Scope    string `json:"scope"`
		Enabled  bool   `json:"enabled"`
		Summary  string `json:"summary"`
		Explain  string `json:"explain"`
		Bad      string `json:"bad"`
		Good     string `json:"good"`
	}

	wireError struct {
		Error string `json:"error"`
	}
)

// serveLint lints the draft of a request: POST {"text", "format", "max_words"}.
func (h *Handler) serveLint(w http.ResponseWriter, r *http.Request) {
	req, status, err := decodeLint(w, r)
	if err != nil {
		writeError(w, status, err.Error())
		return
	}
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	case <-r.Context().Done():
		writeError(w, http.StatusServiceUnavailable, "the request was cancelled while waiting to be linted")
		return
	}
	body, err := h.lint(req)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, body)
}

// decodeLint reads and checks a lint request. It returns the HTTP status for a bad one.
func decodeLint(w http.ResponseWriter, r *http.Request) (lintRequest, int, error) {
	var req lintRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(&req)
	if err == nil {
		// Read to the end: a second value is an error, and so is a body that only grows past
		// the limit after the object.
		var next json.RawMessage
		switch err = dec.Decode(&next); {
		case errors.Is(err, io.EOF):
			err = nil
		case err == nil:
			err = errors.New("more than one JSON value")
		}
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return req, http.StatusRequestEntityTooLarge, fmt.Errorf("the request body is over the limit of %d bytes", MaxBody)
	}
	if err != nil {
		return req, http.StatusBadRequest, fmt.Errorf("malformed JSON: %s", jsonProblem(err))
	}
	switch {
	case req.Text == nil:
		return req, http.StatusBadRequest, errors.New(`the request has no "text"`)
	case req.MaxWords < 0:
		return req, http.StatusBadRequest, fmt.Errorf(`"max_words" must be positive, got %d`, req.MaxWords)
	}
	if req.Format == "" {
		req.Format = draft.Text.String()
	}
	if _, ok := formatOf(req.Format); !ok {
		names := make([]string, len(apiFormats))
		for i, f := range apiFormats {
			names[i] = f.String()
		}
		last := len(names) - 1
		return req, http.StatusBadRequest, fmt.Errorf("unknown format %q (want %s or %s)", req.Format, strings.Join(names[:last], ", "), names[last])
	}
	return req, 0, nil
}

// jsonProblem says what is wrong with a request body in words, with where for a syntax error.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the body is empty"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the body ends in the middle of a value"
	case errors.As(err, &syn):
		return fmt.Sprintf("%s at byte %d", syn.Error(), syn.Offset)
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Sprintf("%q must be %s, not %s", typ.Field, typeName(typ.Type.Kind().String()), typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("the body must be an object, not %s", typ.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// typeName names a Go kind as a JSON type.
func typeName(kind string) string {
	switch {
	case strings.HasPrefix(kind, "int"):
		return "a whole number"
	case kind == "string", kind == "ptr":
		return "a string"
	}
	return kind
}

// formatOf reads a format name of the API.
func formatOf(name string) (draft.Format, bool) {
	for _, f := range apiFormats {
		if f.String() == name {
			return f, true
		}
	}
	return 0, false
}

// lint lints the draft of a request as the command line lints a file, and returns the JSON
// report with the keys the page needs added.
func (h *Handler) lint(req lintRequest) ([]byte, error) {
	f, _ := formatOf(req.Format)
	name := draftName(f)
	l, limit, template, err := h.linter(name, req.MaxWords)
	if err != nil {
		return nil, err
	}
	raw := []byte(*req.Text)
	report := printer.Report{
		Tool:    h.opts.Tool,
		Version: h.opts.Version,
		Rules:   l.Rules(),
		Files:   []printer.FileResult{},
		Errors:  []printer.FileError{},
	}
	extra := lintExtra{MaxWords: limit, Spans: []*wireSpan{}, Parts: []wirePart{}}
	doc, err := draft.ParseWith(name, raw, draft.FormatOf(name), draft.Options{Template: template})
	if err != nil {
		// Only a NUL byte gets here: JSON text is always valid UTF-8.
		report.Errors = append(report.Errors, printer.FileError{Path: name, Message: err.Error()})
	} else {
		res := l.Check(doc)
		fr := printer.FileResult{Path: name, Findings: res.Findings, Source: raw, Suppressed: res.Suppressed}
		for _, p := range res.Structure {
			part := printer.Part{Name: p.Name, Present: p.Present}
			if p.Present {
				part.Line = doc.Position(p.Span.Start).Line
			}
			fr.Structure = append(fr.Structure, part)
		}
		report.Files = append(report.Files, fr)
		extra.Words = doc.Words()
		extra.Spans, extra.Parts = pageRanges(doc, res)
		// Every edit on the page posts the draft again: hand its storage to the next parse,
		// as the command line and the language server do.
		doc.Release()
	}
	var buf bytes.Buffer
	p, err := printer.New("json", printer.Options{})
	if err != nil {
		return nil, err
	}
	if err := p(&buf, report); err != nil {
		return nil, err
	}
	return addKeys(buf.Bytes(), extra)
}

// pageRanges returns the ranges of the findings and of the check-list's parts in both units.
func pageRanges(doc *draft.Document, res lint.Result) ([]*wireSpan, []wirePart) {
	raw := doc.Raw()
	var offs []int
	for _, f := range res.Findings {
		if f.Scope == lint.ScopeDocument {
			continue
		}
		offs = append(offs, f.Span.Start, f.Span.End)
		if f.Fix != nil {
			offs = append(offs, f.Fix.Span.Start, f.Fix.Span.End)
		}
	}
	sentences := make([]draft.Span, len(res.Structure))
	for i, p := range res.Structure {
		if p.Present {
			sentences[i] = sentenceAt(doc, p.Span)
			offs = append(offs, p.Span.Start, p.Span.End, sentences[i].Start, sentences[i].End)
		}
	}
	u := utf16Offsets(raw, offs)
	rng := func(sp draft.Span) *wireRange {
		return &wireRange{Offset: sp.Start, EndOffset: sp.End, UTF16Offset: u[sp.Start], UTF16EndOffset: u[sp.End]}
	}

	spans := make([]*wireSpan, len(res.Findings))
	for i, f := range res.Findings {
		if f.Scope == lint.ScopeDocument {
			continue
		}
		spans[i] = &wireSpan{wireRange: *rng(f.Span)}
		if f.Fix != nil {
			spans[i].Fix = rng(f.Fix.Span)
		}
	}
	parts := make([]wirePart, len(res.Structure))
	for i, p := range res.Structure {
		parts[i] = wirePart{Name: p.Name, Present: p.Present}
		if p.Present {
			parts[i].Line = doc.Position(p.Span.Start).Line
			parts[i].Span, parts[i].Sentence = rng(p.Span), rng(sentences[i])
		}
	}
	return spans, parts
}

// sentenceAt returns the span of the sentence that holds the start of sp, or sp itself when no
// sentence does (a signature line can stand outside the prose's sentences).
func sentenceAt(doc *draft.Document, sp draft.Span) draft.Span {
	ss := doc.Sentences()
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > sp.Start })
	if i < len(ss) && ss[i].Span.Start <= sp.Start {
		s := ss[i].Span
		// A part's words can run past the sentence (a signature of two lines): cover both.
		return draft.Span{Start: s.Start, End: max(s.End, sp.End)}
	}
	return sp
}

// addKeys adds the fields of extra to the JSON object report. The report is the printer's own
// output, so that the API cannot drift from `--format json`; the page's keys go after it.
func addKeys(report []byte, extra lintExtra) ([]byte, error) {
	var out bytes.Buffer
	if err := json.Compact(&out, report); err != nil {
		return nil, err
	}
	more, err := json.Marshal(extra)
	if err != nil {
		return nil, err
	}
	b := bytes.TrimSuffix(out.Bytes(), []byte("}"))
	if len(b) == out.Len() || len(more) < 2 {
		return nil, errors.New("the report is not a JSON object")
	}
	b = append(b, ',')
	b = append(b, more[1:]...)
	return append(b, '\n'), nil
}

// serveRules lists the rules a draft can run, with their docs.
func (h *Handler) serveRules(w http.ResponseWriter, _ *http.Request) {
	res := h.opts.Config.Resolve(filepath.Join(h.opts.Dir, draftName(draft.Markdown)))
	out := wireRules{Version: 1, Rules: []wireRule{}}
	for _, r := range res.Rules(h.opts.RuleSet(res.Settings)) {
		out.Rules = append(out.Rules, wireRule{
			ID: r.ID, Severity: r.Severity.String(), Scope: r.Scope.String(), Enabled: res.Enabled(r.ID),
			Summary: r.Doc.Summary, Explain: r.Doc.Explain, Bad: r.Doc.Bad, Good: r.Doc.Good,
		})
	}
	body, err := json.Marshal(out)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, append(body, '\n'))
}

// linter returns the linter for a draft named name with the word limit maxWords, or the
// configured one when maxWords is 0, the limit in force, and whether the configuration reads the
// draft as a template.
func (h *Handler) linter(name string, maxWords int) (*lint.Linter, int, bool, error) {
	res := h.opts.Config.Resolve(filepath.Join(h.opts.Dir, name))
	if maxWords > 0 {
		res.Settings.MaxWords = maxWords
	}
	limit := res.Settings.MaxWords
	if limit <= 0 {
		limit = rules.DefaultMaxWords
	}
	template := res.Kind == config.Template
	key := linterKey{conf: res.Key, maxWords: limit}
	h.mu.Lock()
	l, ok := h.linters[key]
	h.mu.Unlock()
	if ok {
		return l, limit, template, nil
	}
	var rs []lint.Rule
	var known []string
	for _, r := range res.Rules(h.opts.RuleSet(res.Settings)) {
		known = append(known, r.ID)
		if res.Enabled(r.ID) {
			rs = append(rs, r)
		}
	}
	// Every rule the configuration knows, on or off, so that a suppression naming a misspelt
	// rule is reported as on the command line.
	l, err := lint.NewWith(rs, lint.Options{Known: known})
	if err != nil {
		return nil, 0, false, fmt.Errorf("build linter: %w", err)
	}
	h.mu.Lock()
	if len(h.linters) < maxLinters {
		h.linters[key] = l
	}
	h.mu.Unlock()
	return l, limit, template, nil
}

// writeJSON writes a JSON body that is never cached: it holds the writer's draft.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	hd := w.Header()
	hd.Set("Content-Type", "application/json; charset=utf-8")
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(body) // a client that went away cannot be told
}

// writeError writes {"error": msg} with status.
func writeError(w http.ResponseWriter, status int, msg string) {
	body, _ := json.Marshal(wireError{Error: msg}) // a struct of one string always marshals
	writeJSON(w, status, append(body, '\n'))
}
