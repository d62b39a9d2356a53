package draft

import (
	"bytes"
	"strings"
)

// DirectiveKind says what an inline suppression directive does.
type DirectiveKind int

// Directive kinds. UnknownDirective is a comment or line that starts like a directive
// ("apologylint-disable-line") but names none, kept so that the typo can be reported.
const (
	UnknownDirective DirectiveKind = iota
	DisableNextLine
	Disable
	Enable
	DisableFile
)

// directiveWords are the directive kinds as written after "apologylint-" or "apologylint:".
var directiveWords = map[string]DirectiveKind{
	"disable-next-line": DisableNextLine,
	"disable":           Disable,
	"enable":            Enable,
	"disable-file":      DisableFile,
}

// String returns the kind as written in a directive.
func (k DirectiveKind) String() string {
	for w, kind := range directiveWords {
		if kind == k {
			return w
		}
	}
	return "unknown"
}

// Directive is one inline suppression: in Markdown and HTML (and in template comments) a comment
// "<!-- apologylint-disable-next-line blame-shift -- legal asked us to name the carrier -->", in
// plain text a line of its own "apologylint: disable-next-line blame-shift -- reason".
type Directive struct {
	Kind DirectiveKind
	// Name is the kind as written: "disable-next-line", or the unknown word of an
	// UnknownDirective.
	Name string
	// Rules are the rule IDs named, in order, as written; none means every rule.
	Rules []string
	// Reason is the text after " -- ", with runs of space folded to one; empty when missing.
	Reason string
	Span   Span // the whole comment or line, in raw
	Line   int  // the line the directive starts on
}

// Directives returns the document's inline suppression directives in order. A directive in
// plain text is a line of its own, blanked out of the prose; in Markdown and HTML it is a
// comment, which is markup already. Directives in code blocks are code, not directives.
func (d *Document) Directives() []Directive { return d.directives }

// mergeDirectives merges two lists of directives sorted by position.
func mergeDirectives(a, b []Directive) []Directive {
	out := make([]Directive, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].Span.Start <= b[0].Span.Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// directivePrefix starts a directive in a comment; textDirectivePrefix starts a line of plain
// text that holds one.
const (
	directivePrefix     = "apologylint-"
	textDirectivePrefix = "apologylint:"
)

// parseDirective reads the body of a directive, what follows "apologylint-" or "apologylint:":
// "disable-next-line rule-a, rule-b -- reason". It reports false for text that is no directive
// at all: the first word must start with "disable" or "enable".
func parseDirective(body string) (Directive, bool) {
	body = strings.TrimSpace(body)
	word, rest := body, ""
	if i := strings.IndexAny(body, " \t\r\n"); i >= 0 {
		word, rest = body[:i], body[i:]
	}
	if !strings.HasPrefix(word, "disable") && !strings.HasPrefix(word, "enable") {
		return Directive{}, false
	}
	dir := Directive{Kind: directiveWords[word], Name: word}
	list, reason, _ := cutReason(rest)
	dir.Reason = strings.Join(strings.Fields(reason), " ")
	if ids := strings.FieldsFunc(list, func(r rune) bool {
		return r == ',' || r == ' ' || r == '\t' || r == '\r' || r == '\n'
	}); len(ids) > 0 {
		dir.Rules = ids
	}
	return dir, true
}

// cutReason splits "rules -- reason" at the first "--" that stands as a word of its own, so a
// rule ID never loses its hyphens and "-- " at the very start (no rules) still counts.
func cutReason(s string) (list, reason string, found bool) {
	for i := 0; i+2 <= len(s); i++ {
		if s[i] != '-' || s[i+1] != '-' {
			continue
		}
		before := i == 0 || isSpaceByte(s[i-1])
		after := i+2 == len(s) || isSpaceByte(s[i+2])
		if before && after {
			return s[:i], s[i+2:], true
		}
	}
	return s, "", false
}

// commentDirectives parses the HTML comments at the given raw spans ("<!--" ... "-->") and keeps
// those that hold a directive.
func commentDirectives(raw []byte, comments []Span) []Directive {
	var out []Directive
	for _, c := range comments {
		body := raw[c.Start:c.End]
		body = bytes.TrimPrefix(body, []byte("<!--"))
		body = bytes.TrimSuffix(body, []byte("-->"))
		if dir, ok := prefixedDirective(string(body), directivePrefix); ok {
			dir.Span = c
			out = append(out, dir)
		}
	}
	return out
}

// prefixedDirective parses text that must start, after space, with prefix.
func prefixedDirective(text, prefix string) (Directive, bool) {
	text = strings.TrimLeft(text, " \t\r\n")
	if !strings.HasPrefix(text, prefix) {
		return Directive{}, false
	}
	return parseDirective(text[len(prefix):])
}

// textDirectiveLines finds the lines of a plain-text draft that hold a directive: lines whose
// text, after leading space, starts with "apologylint:". Each directive's span runs from
// "apologylint:" to the end of its line, without the line break.
func textDirectiveLines(raw []byte) []Directive {
	if !holdsTextDirectivePrefix(raw) {
		return nil // most drafts hold no directive: one fast search instead of a walk of every line
	}
	var out []Directive
	for start := 0; start < len(raw); {
		end := start
		for end < len(raw) && raw[end] != '\n' && raw[end] != '\r' {
			end++
		}
		line := bytes.TrimLeft(raw[start:end], " \t\uFEFF")
		if rest, ok := bytes.CutPrefix(line, []byte(textDirectivePrefix)); ok {
			if dir, ok := parseDirective(string(rest)); ok {
				dir.Span = Span{end - len(line), end}
				out = append(out, dir)
			}
		}
		if end == len(raw) {
			break
		}
		start = end + 1
		if raw[end] == '\r' && start < len(raw) && raw[start] == '\n' {
			start++
		}
	}
	return out
}

// holdsTextDirectivePrefix reports whether raw holds "apologylint:" anywhere. It looks for the
// colon, far rarer in prose than the letter a search for the whole prefix starts from.
func holdsTextDirectivePrefix(raw []byte) bool {
	name := textDirectivePrefix[:len(textDirectivePrefix)-1] // "apologylint"
	for i := 0; ; {
		j := bytes.IndexByte(raw[i:], ':')
		if j < 0 {
			return false
		}
		if i += j; i >= len(name) && string(raw[i-len(name):i]) == name {
			return true
		}
		i++
	}
}

// SuppressionComment renders a directive that silences rule on the line after it, in the
// syntax of format f: an HTML comment for Markdown and HTML, a line of its own for plain text.
// An empty rule silences every rule. The reason is folded onto one line, and in a comment
// "--" becomes "-" so it cannot end the comment early; an empty reason is left out, which
// suppression-without-reason then reports. The result has no line break: the caller inserts it
// on a line of its own above the finding, with the indentation it needs.
func SuppressionComment(f Format, rule, reason string) string {
	reason = strings.Join(strings.Fields(reason), " ")
	var b strings.Builder
	comment := f == Markdown || f == HTML
	if comment {
		for strings.Contains(reason, "--") {
			reason = strings.ReplaceAll(reason, "--", "-")
		}
		b.WriteString("<!-- " + directivePrefix)
	} else {
		b.WriteString(textDirectivePrefix + " ")
	}
	b.WriteString("disable-next-line")
	if rule != "" {
		b.WriteString(" " + rule)
	}
	if reason != "" {
		b.WriteString(" -- " + reason)
	}
	if comment {
		b.WriteString(" -->")
	}
	return b.String()
}
