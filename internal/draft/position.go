package draft

import (
	"unicode/utf16"
	"unicode/utf8"
)

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

// lineIndex knows where every line of raw starts. Lines end at "\n", "\r\n" or a lone "\r",
// so old Mac files and Windows files number their lines the way an editor does.
type lineIndex struct {
	starts []int // byte offset of the first byte of each line
	bom    int   // length of a leading byte order mark, which no column counts
}

func newLineIndex(raw []byte) lineIndex {
	li := lineIndex{starts: make([]int, 1, 1+len(raw)/40)}
	if len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
		li.bom = 3
	}
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '\n':
			li.starts = append(li.starts, i+1)
		case '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				continue // the "\n" ends this line
			}
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

// line returns the 0-based line holding byte offset off.
func (li lineIndex) line(off int) int {
	lo, hi := 0, len(li.starts)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if li.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// lineStart returns the offset where columns of the 0-based line l start counting.
func (li lineIndex) lineStart(l int) int {
	if l == 0 {
		return li.bom
	}
	return li.starts[l]
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
	l := d.lines.line(off)
	start := d.lines.lineStart(l)
	col := 1
	if off > start { // an offset inside the byte order mark is column 1
		col += utf8.RuneCount(d.raw[start:off])
	}
	return Position{Line: l + 1, Column: col, Offset: off}
}

// UTF16Column returns the 0-based column of byte offset off counted in UTF-16 code units, which
// is what the Language Server Protocol counts by default.
func (d *Document) UTF16Column(off int) int {
	off = d.clamp(off)
	l := d.lines.line(off)
	start := d.lines.lineStart(l)
	if off <= start {
		return 0
	}
	n := 0
	for _, r := range string(d.raw[start:off]) {
		n += utf16.RuneLen(r)
	}
	return n
}

// LineCount returns the number of lines in the file. A final line break does not start a line.
func (d *Document) LineCount() int {
	n := len(d.lines.starts)
	if n > 1 && d.lines.starts[n-1] == len(d.raw) {
		n--
	}
	if len(d.raw) == 0 {
		return 0
	}
	return n
}

// Line returns the raw bytes of 1-based line n without its line break, and its span.
func (d *Document) Line(n int) (string, Span) {
	if n < 1 || n > len(d.lines.starts) {
		return "", Span{}
	}
	start := d.lines.starts[n-1]
	end := len(d.raw)
	if n < len(d.lines.starts) {
		end = d.lines.starts[n]
	}
	for end > start && (d.raw[end-1] == '\n' || d.raw[end-1] == '\r') {
		end--
	}
	return string(d.raw[start:end]), Span{start, end}
}
