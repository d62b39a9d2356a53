package draft

import "unicode/utf8"

// Span is a half-open range of byte offsets into the file as stored.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero span, which marks a document-level finding.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Position is a place in the file: a 1-based line, a 1-based column counted in Unicode code
// points, and the byte offset into the file as stored. Line 0 means "no position".
type Position struct {
	Line   int
	Column int
	Offset int
}

// clamp moves off into raw and, inside a multi-byte character, past that character.
func (d *Document) clamp(off int) int {
	off = max(0, min(off, len(d.raw)))
	for off > 0 && off < len(d.raw) && !utf8.RuneStart(d.raw[off]) {
		off++
	}
	return off
}

// Position converts a byte offset into raw to a line and a code-point column. Offsets outside the
// file clamp to its ends; an offset inside a multi-byte character counts that character as passed.
func (d *Document) Position(off int) Position {
	return d.position(d.clamp(off))
}

// position is Position of an offset inside raw, taken as it is. Validation uses it for the byte
// that is not text: clamping would move a stray continuation byte's position past it.
func (d *Document) position(off int) Position {
	l := d.lines.Line(off)
	start := d.lines.ColumnStart(l)
	col := 1
	if off > start { // an offset inside the byte order mark is column 1
		col += d.lines.units(start, off, UTF32)
	}
	return Position{Line: l + 1, Column: col, Offset: off}
}

// UTF16Column returns the 0-based column of byte offset off counted in UTF-16 code units, which
// is what the Language Server Protocol counts by default.
func (d *Document) UTF16Column(off int) int {
	off = d.clamp(off)
	l := d.lines.Line(off)
	start := d.lines.ColumnStart(l)
	if off <= start {
		return 0
	}
	return d.lines.units(start, off, UTF16)
}

// LineCount returns the number of lines in the file. A final line break does not start a line.
func (d *Document) LineCount() int {
	if len(d.raw) == 0 {
		return 0
	}
	n := d.lines.Count()
	if n > 1 && d.lines.Start(n-1) == len(d.raw) {
		n--
	}
	return n
}

// Line returns the raw bytes of 1-based line n without its line break, and its span.
func (d *Document) Line(n int) (string, Span) {
	if n < 1 || n > d.lines.Count() {
		return "", Span{}
	}
	start, end := d.lines.Start(n-1), d.lines.End(n-1)
	return string(d.raw[start:end]), Span{start, end}
}

// LineIndex returns the index of the raw file's lines, which the document built once: a printer
// that shows source lines or ranges reads it instead of building another.
func (d *Document) LineIndex() *Lines { return d.lines }
