package draft

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Encoding is the unit in which a line's characters are counted. The Language Server Protocol
// lets client and server agree on one; UTF-16 is the default there, so it is the zero value.
type Encoding int

// Encodings. UTF8 counts bytes, which is what spans count; UTF16 counts code units, as
// JavaScript and most editors do; UTF32 counts code points, as Position's columns do.
const (
	UTF16 Encoding = iota
	UTF8
	UTF32
)

// String returns the encoding's usual name ("utf-16"), which is also its name in the Language
// Server Protocol.
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "utf-8"
	case UTF32:
		return "utf-32"
	}
	return "utf-16"
}

// units returns how many units of e the character r, of size bytes in UTF-8, takes.
func (e Encoding) units(r rune, size int) int {
	switch e {
	case UTF8:
		return size
	case UTF32:
		return 1
	}
	if r >= 0x10000 {
		return 2 // a surrogate pair
	}
	return 1
}

// Lines knows where every line of a text starts. Lines end at "\n", "\r\n" or a lone "\r", so
// old Mac files and Windows files number their lines the way an editor does. Lines numbers them
// from 0 and counts every character, a byte order mark too, as a client that sends the text
// does; Document builds its 1-based positions on it. A Lines is never changed once built, so
// one goroutine can read it while another builds the next version of the text.
type Lines struct {
	text   []byte
	starts []int // byte offset of the first byte of each line
	// marks count the characters before every checkpointEvery-th byte, so that counting the
	// characters up to an offset costs at most that many bytes however long its line: a file of
	// one long line with many findings would otherwise cost time quadratic in its length.
	marks []mark
}

// checkpointEvery is the distance in bytes between marks.
const checkpointEvery = 4096

// mark is a checkpoint: the characters of the text before byte off, in UTF-32 and UTF-16 units.
type mark struct{ off, runes, utf16 int }

// NewLines indexes the lines of text, which it keeps and does not copy.
func NewLines(text []byte) *Lines {
	ls := &Lines{text: text, starts: make([]int, 1, 1+len(text)/40)}
	// Jump from line break to line break: the next '\n' and '\r' are each searched for again
	// only once i has passed them, so that the text is scanned once for each.
	nextLF, nextCR := -1, -1
	find := func(c byte, from int) int {
		if j := bytes.IndexByte(text[from:], c); j >= 0 {
			return from + j
		}
		return len(text)
	}
	for i := 0; i < len(text); i++ {
		if nextLF < i {
			nextLF = find('\n', i)
		}
		if nextCR < i {
			nextCR = find('\r', i)
		}
		if i = min(nextLF, nextCR); i == len(text) {
			break
		}
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			continue // the "\n" ends this line
		}
		ls.starts = append(ls.starts, i+1)
	}
	runes, units16 := 0, 0
	for from, at := 0, checkpointEvery; at < len(text); at += checkpointEvery {
		for at < len(text) && !utf8.RuneStart(text[at]) {
			at++
		}
		chunk := text[from:at]
		n := utf8.RuneCount(chunk)
		runes += n
		units16 += n
		for _, c := range chunk {
			if c >= 0xF0 { // starts a 4-byte sequence: a character outside the BMP, two units
				units16++
			}
		}
		ls.marks = append(ls.marks, mark{off: at, runes: runes, utf16: units16})
		from = at
	}
	return ls
}

// Text returns the text the lines were built from.
func (ls *Lines) Text() []byte { return ls.text }

// Count returns the number of lines, including the empty one after a final line break, where an
// editor can still put the cursor. Empty text has one line.
func (ls *Lines) Count() int { return len(ls.starts) }

// Line returns the 0-based line that holds byte offset off. Offsets outside the text fall on the
// first or the last line.
func (ls *Lines) Line(off int) int {
	lo, hi := 0, len(ls.starts)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if ls.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// Start returns the offset of the first byte of 0-based line l.
func (ls *Lines) Start(l int) int { return ls.starts[l] }

// ColumnStart returns the offset where columns of 0-based line l start counting in a file as
// stored: after a byte order mark on the first line, which editors do not show, and at Start
// otherwise.
func (ls *Lines) ColumnStart(l int) int {
	if l == 0 && len(ls.text) >= 3 && ls.text[0] == 0xEF && ls.text[1] == 0xBB && ls.text[2] == 0xBF {
		return 3
	}
	return ls.starts[l]
}

// End returns the offset where the text of 0-based line l ends, before its line break.
func (ls *Lines) End(l int) int {
	end := len(ls.text)
	if l+1 < len(ls.starts) {
		end = ls.starts[l+1]
	}
	for end > ls.starts[l] && (ls.text[end-1] == '\n' || ls.text[end-1] == '\r') {
		end--
	}
	return end
}

// Position converts a byte offset to a 0-based line and a 0-based character counted in units of
// e. An offset outside the text is clamped to its ends, and one inside a character or a line
// break to the end of the character or the start of the break, so that every offset gives a
// place an editor can show.
func (ls *Lines) Position(off int, e Encoding) (line, char int) {
	off = max(0, min(off, len(ls.text)))
	for off < len(ls.text) && !utf8.RuneStart(ls.text[off]) {
		off++
	}
	line = ls.Line(off)
	start := ls.starts[line]
	return line, ls.units(start, min(off, ls.End(line)), e)
}

// units counts the characters of text[from:to] in units of e. Over a long stretch it counts from
// the marks either side rather than byte by byte.
func (ls *Lines) units(from, to int, e Encoding) int {
	if e != UTF8 && to-from > 2*checkpointEvery && len(ls.marks) > 0 {
		// The first mark at or after from, and the last at or before to.
		a := sort.Search(len(ls.marks), func(i int) bool { return ls.marks[i].off >= from })
		b := sort.Search(len(ls.marks), func(i int) bool { return ls.marks[i].off > to }) - 1
		if a < b {
			between := ls.marks[b].runes - ls.marks[a].runes
			if e == UTF16 {
				between = ls.marks[b].utf16 - ls.marks[a].utf16
			}
			return ls.count(from, ls.marks[a].off, e) + between + ls.count(ls.marks[b].off, to, e)
		}
	}
	return ls.count(from, to, e)
}

// count counts the characters of text[from:to] in units of e, byte by byte.
func (ls *Lines) count(from, to int, e Encoding) int {
	switch e {
	case UTF8:
		return to - from
	case UTF32:
		return utf8.RuneCount(ls.text[from:to])
	}
	n := 0
	for i := from; i < to; {
		r, size := utf8.DecodeRune(ls.text[i:])
		n += e.units(r, size)
		i += size
	}
	return n
}

// Offset converts a 0-based line and character counted in units of e to a byte offset. As the
// Language Server Protocol says, a character past the end of its line means the end of the line,
// and a line past the last one the end of the text. A character inside a character (half of a
// surrogate pair, or a byte in the middle of a UTF-8 sequence) means the start of that
// character, so that no edit splits it.
func (ls *Lines) Offset(line, char int, e Encoding) int {
	if line < 0 {
		return 0
	}
	if line >= len(ls.starts) {
		return len(ls.text)
	}
	start, end := ls.starts[line], ls.End(line)
	n := 0
	for i := start; i < end; {
		r, size := utf8.DecodeRune(ls.text[i:])
		u := e.units(r, size)
		if n+u > char {
			return i
		}
		n += u
		i += size
	}
	return end
}
