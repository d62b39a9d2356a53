package lsp

import (
	"unicode/utf8"
)

// encoding is the unit in which LSP positions count a line's characters, agreed at initialize.
type encoding int

// Position encodings. UTF-16 is what every client supports and the default; UTF-8 counts bytes,
// which is what apologylint's spans count, and UTF-32 counts code points, as its columns do.
const (
	encUTF16 encoding = iota
	encUTF8
	encUTF32
)

// String returns the encoding's name in the protocol ("utf-16").
func (e encoding) String() string {
	switch e {
	case encUTF8:
		return "utf-8"
	case encUTF32:
		return "utf-32"
	}
	return "utf-16"
}

// pickEncoding chooses from the encodings a client offers: UTF-8 first, since the server's
// offsets are bytes and need no counting, then UTF-32, and UTF-16 otherwise, which every client
// must support.
func pickEncoding(offered []string) encoding {
	best := encUTF16
	for _, name := range offered {
		switch name {
		case "utf-8":
			return encUTF8
		case "utf-32":
			best = encUTF32
		}
	}
	return best
}

// units returns how many units of e the character r takes.
func (e encoding) units(r rune, size int) int {
	switch e {
	case encUTF8:
		return size
	case encUTF32:
		return 1
	}
	if r >= 0x10000 {
		return 2 // a surrogate pair
	}
	return 1
}

// buffer is one version of a document's text with the byte offset of each line's start. It is
// never changed after it is built, so a lint running on one version can read it while the next
// edit builds another.
type buffer struct {
	text  []byte
	lines []int // byte offset of the first byte of each line
}

// newBuffer indexes text. Lines end at "\n", "\r\n" or a lone "\r", as in the protocol and in
// package draft, so line numbers agree with draft.Document.Position.
func newBuffer(text []byte) *buffer {
	b := &buffer{text: text, lines: make([]int, 1, 1+len(text)/40)}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			b.lines = append(b.lines, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue // the "\n" ends this line
			}
			b.lines = append(b.lines, i+1)
		}
	}
	return b
}

// lineOf returns the 0-based line that holds byte offset off.
func (b *buffer) lineOf(off int) int {
	lo, hi := 0, len(b.lines)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if b.lines[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// lineEnd returns the offset where 0-based line l's content ends, before its line break.
func (b *buffer) lineEnd(l int) int {
	end := len(b.text)
	if l+1 < len(b.lines) {
		end = b.lines[l+1]
	}
	for end > b.lines[l] && (b.text[end-1] == '\n' || b.text[end-1] == '\r') {
		end--
	}
	return end
}

// position converts a byte offset to an LSP position in encoding e. An offset outside the text
// is clamped to its ends, and one inside a character or a line break to the end of them, so
// every offset gives a place the client can show.
func (b *buffer) position(off int, e encoding) position {
	off = max(0, min(off, len(b.text)))
	for off < len(b.text) && !utf8.RuneStart(b.text[off]) {
		off++
	}
	l := b.lineOf(off)
	start := b.lines[l]
	off = min(off, b.lineEnd(l))
	if e == encUTF8 {
		return position{Line: l, Character: off - start}
	}
	n := 0
	for i := start; i < off; {
		r, size := utf8.DecodeRune(b.text[i:])
		n += e.units(r, size)
		i += size
	}
	return position{Line: l, Character: n}
}

// offset converts an LSP position in encoding e to a byte offset. As the protocol says, a
// character past the end of its line means the end of the line, and a line past the last one
// the end of the text. A position inside a character (half of a surrogate pair, or a byte in
// the middle of a UTF-8 sequence) means the start of that character, so that no edit splits it.
func (b *buffer) offset(p position, e encoding) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(b.lines) {
		return len(b.text)
	}
	start, end := b.lines[p.Line], b.lineEnd(p.Line)
	n := 0
	for i := start; i < end; {
		r, size := utf8.DecodeRune(b.text[i:])
		u := e.units(r, size)
		if n+u > p.Character {
			return i
		}
		n += u
		i += size
	}
	return end
}

// edit returns a new buffer with the bytes from start to end (exclusive) replaced by text. The
// old buffer is left as it was.
func (b *buffer) edit(start, end int, text string) *buffer {
	start = max(0, min(start, len(b.text)))
	end = max(start, min(end, len(b.text)))
	out := make([]byte, 0, len(b.text)-(end-start)+len(text))
	out = append(out, b.text[:start]...)
	out = append(out, text...)
	out = append(out, b.text[end:]...)
	return newBuffer(out)
}

// lineBreak returns the line break that ends 0-based line l or, on the last line, which has
// none, the one before it, so that an inserted line matches the document's style.
func (b *buffer) lineBreak(l int) string {
	l = min(max(l, 0), len(b.lines)-2)
	if l < 0 {
		return "\n" // a text of one line
	}
	return string(b.text[b.lineEnd(l):b.lines[l+1]])
}

// indent returns the spaces and tabs that start 0-based line l.
func (b *buffer) indent(l int) string {
	if l < 0 || l >= len(b.lines) {
		return ""
	}
	start, end := b.lines[l], b.lineEnd(l)
	i := start
	for i < end && (b.text[i] == ' ' || b.text[i] == '\t') {
		i++
	}
	return string(b.text[start:i])
}
