package lsp

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// reasonPlaceholder stands for the reason in a suppression directive that a code action
// inserts, for the writer to replace.
const reasonPlaceholder = "TODO: say why this does not apply"

// codeAction offers, for each finding the request's range touches or its context names, the
// finding's safe replacement when it has one, then a directive that suppresses the finding's
// rule: on the finding's line, or for the whole file for a finding about the document.
func (s *Server) codeAction(raw json.RawMessage) (any, *rpcError) {
	var p codeActionParams
	if err := decodeParams(raw, &p); err != nil {
		return nil, &rpcError{codeInvalidParams, err.Error()}
	}
	actions := []codeAction{}
	if len(p.Context.Only) > 0 && !slices.ContainsFunc(p.Context.Only, func(k string) bool {
		return k == codeActionQuickFix || strings.HasPrefix(codeActionQuickFix, k+".")
	}) {
		return actions, nil
	}
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	s.mu.Unlock()
	if d == nil {
		return actions, nil
	}
	res := s.latest(d)
	s.mu.Lock()
	enc := s.enc
	s.mu.Unlock()

	var picked []int
	for i, f := range res.findings {
		if touches(f, res.diags[i].Range, p.Range) || named(res.diags[i], p.Context.Diagnostics) {
			picked = append(picked, i)
		}
	}
	for _, i := range picked {
		if f := res.findings[i]; f.Fix != nil {
			actions = append(actions, fixAction(p.TextDocument.URI, res, f, res.diags[i], enc))
		}
	}
	type key struct {
		rule string
		line int
	}
	seen := map[key]bool{}
	for _, i := range picked {
		f := res.findings[i]
		k := key{f.Rule, res.diags[i].Range.Start.Line}
		if f.Scope == lint.ScopeDocument {
			k.line = -1
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		actions = append(actions, suppressAction(p.TextDocument.URI, res, f, res.diags[i], enc))
	}
	return actions, nil
}

// touches reports whether a finding at r concerns the requested range: for a finding in the
// text, when the two overlap or meet; for a finding about the document, shown on the first
// line, when the range includes the first line.
func touches(f lint.Finding, r, req lspRange) bool {
	if f.Scope == lint.ScopeDocument {
		return req.Start.Line <= 0
	}
	return !before(req.End, r.Start) && !before(r.End, req.Start)
}

// before reports whether a comes before b.
func before(a, b position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

// named reports whether the client listed d among the diagnostics it asks actions for. Some
// clients (Neovim) send the cursor's position as the range and the diagnostics of the whole
// line, and Neovim before 0.10 sends their columns in bytes whatever the encoding. So the code
// and the line identify a diagnostic: a rule reports at most one finding per line.
func named(d diagnostic, listed []diagnostic) bool {
	for _, l := range listed {
		if l.Code == d.Code && l.Range.Start.Line == d.Range.Start.Line && (l.Source == "" || l.Source == source) {
			return true
		}
	}
	return false
}

// fixAction applies a finding's safe replacement.
func fixAction(uri string, res *linted, f lint.Finding, d diagnostic, enc draft.Encoding) codeAction {
	old := string(res.buf.Text()[f.Fix.Span.Start:f.Fix.Span.End])
	title := fmt.Sprintf("Replace %q with %q", old, f.Fix.Text)
	if f.Fix.Text == "" {
		title = fmt.Sprintf("Remove %q", old)
	}
	return codeAction{
		Title:       title,
		Kind:        codeActionQuickFix,
		Diagnostics: []diagnostic{d},
		IsPreferred: true,
		Edit:        edit(uri, textEdit{Range: spanRange(f.Fix.Span, res.buf, enc), NewText: f.Fix.Text}),
	}
}

// suppressAction inserts a directive that silences the finding's rule, with a placeholder for
// the reason. For a finding in the text it is a disable-next-line on a line of its own above the
// finding's line, indented like it; for a finding about the document, a disable-file at the top.
func suppressAction(uri string, res *linted, f lint.Finding, d diagnostic, enc draft.Encoding) codeAction {
	buf := res.buf
	directive := draft.SuppressionComment(res.format, f.Rule, reasonPlaceholder)
	if f.Scope == lint.ScopeDocument {
		at := fileDirectiveOffset(buf, res.format)
		l := buf.Line(at)
		directive = strings.Replace(directive, "disable-next-line", "disable-file", 1)
		return codeAction{
			Title:       fmt.Sprintf("Suppress %s in this file", f.Rule),
			Kind:        codeActionQuickFix,
			Diagnostics: []diagnostic{d},
			Edit:        edit(uri, insertion(buf.position(at, enc), directive+buf.lineBreak(l))),
		}
	}
	l := d.Range.Start.Line
	return codeAction{
		Title:       fmt.Sprintf("Suppress %s on this line", f.Rule),
		Kind:        codeActionQuickFix,
		Diagnostics: []diagnostic{d},
		Edit:        edit(uri, insertion(position{Line: l}, buf.indent(l)+directive+buf.lineBreak(l))),
	}
}

// fileDirectiveOffset returns where a file-wide directive goes: at the start, after a byte order
// mark and, in Markdown, after front matter, which must stay first.
func fileDirectiveOffset(buf *buffer, f draft.Format) int {
	at, text := buf.ColumnStart(0), buf.Text()
	if f != draft.Markdown || buf.Count() < 2 || strings.TrimRight(string(text[at:buf.End(0)]), " \t") != "---" {
		return at
	}
	for l := 1; l+1 < buf.Count(); l++ {
		if line := strings.TrimRight(string(text[buf.Start(l):buf.End(l)]), " \t"); line == "---" || line == "..." {
			return buf.Start(l + 1)
		}
	}
	return at // front matter that never closes is no front matter
}

func insertion(at position, text string) textEdit {
	return textEdit{Range: lspRange{Start: at, End: at}, NewText: text}
}

func edit(uri string, edits ...textEdit) *workspaceEdit {
	return &workspaceEdit{Changes: map[string][]textEdit{uri: edits}}
}
