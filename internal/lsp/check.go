package lsp

import (
	"errors"
	"net/url"
	"path/filepath"
	"runtime"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// source names apologylint as the source of its diagnostics.
const source = "apologylint"

// snapshot is one version of a document, which a lint reads while the editor goes on changing
// the document.
type snapshot struct {
	uri, path, lang string
	version         int32
	buf             *buffer
}

func (d *document) snapshot() snapshot {
	return snapshot{uri: d.uri, path: d.path, lang: d.lang, version: d.version, buf: d.buf}
}

// linted is the result of linting one version of a document: its findings and, in the same
// order, their diagnostics, followed by a diagnostic for a document that could not be linted.
type linted struct {
	version  int32
	buf      *buffer
	format   draft.Format
	findings []lint.Finding
	diags    []diagnostic
}

// check lints one version of a document with the configuration for its path.
func (s *Server) check(sn snapshot, enc draft.Encoding) *linted {
	out := &linted{version: sn.version, buf: sn.buf, format: formatOf(sn.path, sn.lang), diags: []diagnostic{}}
	if sn.path != "" && s.opts.IsConfig(sn.path) {
		return out // a configuration file is YAML, not a draft
	}
	s.resolveMu.Lock()
	t, err := s.resolver.Resolve(sn.path)
	s.resolveMu.Unlock()
	if err != nil {
		out.diags = append(out.diags, problem(position{}, "cannot read the configuration: "+err.Error()))
		return out
	}
	name := sn.path
	if name == "" {
		name = sn.uri
	}
	doc, err := draft.ParseWith(name, sn.buf.Text(), out.format, draft.Options{Template: t.Template})
	if err != nil {
		at := position{}
		var ie *draft.InputError
		if errors.As(err, &ie) {
			at = inputErrorPosition(sn.buf, ie, enc)
			err = errors.New(ie.Msg)
		}
		out.diags = append(out.diags, problem(at, "cannot lint this text: "+err.Error()))
		return out
	}
	for _, f := range t.Linter.Check(doc).Findings {
		out.findings = append(out.findings, f)
		out.diags = append(out.diags, s.diagnostic(f, sn.buf, enc))
	}
	doc.Release() // findings keep nothing of it; the next edit's parse reuses its storage
	return out
}

// diagnostic turns a finding into a diagnostic. A finding about the document as a whole has no
// place in the text; it goes at the very start (0:0-0:0), where editors show it on the first
// line, rather than under words it is not about.
func (s *Server) diagnostic(f lint.Finding, buf *buffer, enc draft.Encoding) diagnostic {
	d := diagnostic{
		Range:    findingRange(f, buf, enc),
		Severity: severity(f.Severity),
		Code:     f.Rule,
		Source:   source,
		Message:  f.Message,
	}
	if f.Suggestion != "" {
		d.Message += "\nsuggestion: " + f.Suggestion
	}
	if u := s.opts.RuleURL(f.Rule); u != "" {
		d.CodeDescription = &codeDescription{Href: u}
	}
	return d
}

// findingRange returns where a finding is, in the client's encoding.
func findingRange(f lint.Finding, buf *buffer, enc draft.Encoding) lspRange {
	if f.Scope == lint.ScopeDocument {
		return lspRange{}
	}
	return spanRange(f.Span, buf, enc)
}

// spanRange converts a span of byte offsets to a range.
func spanRange(sp draft.Span, buf *buffer, enc draft.Encoding) lspRange {
	return lspRange{Start: buf.position(sp.Start, enc), End: buf.position(sp.End, enc)}
}

// problem is the diagnostic for a document that could not be linted at all.
func problem(at position, msg string) diagnostic {
	return diagnostic{Range: lspRange{Start: at, End: at}, Severity: severityError, Source: source, Message: msg}
}

// inputErrorPosition converts the 1-based line and code-point column of a parse error to a
// position. Package draft does not count a byte order mark as a column; the client does.
func inputErrorPosition(buf *buffer, ie *draft.InputError, enc draft.Encoding) position {
	p := position{Line: ie.Line - 1, Character: ie.Column - 1}
	if p.Line == 0 && buf.ColumnStart(0) > buf.Start(0) {
		p.Character++ // the byte order mark
	}
	return buf.position(buf.offset(p, draft.UTF32), enc)
}

// severity maps a finding's severity to the protocol's.
func severity(s lint.Severity) int {
	switch s {
	case lint.Error:
		return severityError
	case lint.Warning:
		return severityWarning
	}
	return severityInformation
}

// formatOf picks how to read a document: by its file's extension, as the command line does, or
// for a document that is no file, by the language the editor gives it.
func formatOf(path, lang string) draft.Format {
	if path != "" {
		return draft.FormatOf(path)
	}
	switch lang {
	case "markdown":
		return draft.Markdown
	case "html":
		return draft.HTML
	}
	return draft.Text
}

// pathOf returns the local path of a file URI ("file:///home/sam/reply%20draft.md"), or ""
// for any other URI ("untitled:Untitled-1") or a file on another host.
func pathOf(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || (u.Host != "" && u.Host != "localhost") || u.Path == "" {
		return ""
	}
	p := u.Path
	if runtime.GOOS == "windows" && len(p) >= 3 && p[0] == '/' && p[2] == ':' {
		p = p[1:] // "/C:/Users" is C:/Users
	}
	return filepath.Clean(filepath.FromSlash(p))
}
