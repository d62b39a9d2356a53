package lsp

import "github.com/apologylint/apologylint/internal/draft"

// pickEncoding chooses from the position encodings a client offers: UTF-8 first, since the
// server's offsets are bytes and need no counting, then UTF-32, and UTF-16 otherwise, which every
// client must support.
func pickEncoding(offered []string) draft.Encoding {
	best := draft.UTF16
	for _, name := range offered {
		switch name {
		case draft.UTF8.String():
			return draft.UTF8
		case draft.UTF32.String():
			best = draft.UTF32
		}
	}
	return best
}

// buffer is one version of a document's text, indexed by line. It is never changed after it is
// built, so a lint running on one version can read it while the next edit builds another.
type buffer struct {
	*draft.Lines
}

// newBuffer indexes text. Its lines are those of package draft, so line numbers agree with
// draft.Document.Position.
func newBuffer(text []byte) *buffer {
	return &buffer{draft.NewLines(text)}
}

// position converts a byte offset to an LSP position in encoding e.
func (b *buffer) position(off int, e draft.Encoding) position {
	l, c := b.Position(off, e)
	return position{Line: l, Character: c}
}

// offset converts an LSP position in encoding e to a byte offset.
func (b *buffer) offset(p position, e draft.Encoding) int {
	return b.Offset(p.Line, p.Character, e)
}

// edit returns a new buffer with the bytes from start to end (exclusive) replaced by text. The
// old buffer is left as it was.
func (b *buffer) edit(start, end int, text string) *buffer {
	old := b.Text()
	start = max(0, min(start, len(old)))
	end = max(start, min(end, len(old)))
	out := make([]byte, 0, len(old)-(end-start)+len(text))
	out = append(out, old[:start]...)
	out = append(out, text...)
	out = append(out, old[end:]...)
	return newBuffer(out)
}

// lineBreak returns the line break that ends 0-based line l or, on the last line, which has
// none, the one before it, so that an inserted line matches the document's style.
func (b *buffer) lineBreak(l int) string {
	l = min(max(l, 0), b.Count()-2)
	if l < 0 {
		return "\n" // a text of one line
	}
	return string(b.Text()[b.End(l):b.Start(l+1)])
}

// indent returns the spaces and tabs that start 0-based line l.
func (b *buffer) indent(l int) string {
	if l < 0 || l >= b.Count() {
		return ""
	}
	text, start, end := b.Text(), b.Start(l), b.End(l)
	i := start
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return string(text[start:i])
}
