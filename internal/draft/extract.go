package draft

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Format is the markup a draft is written in.
type Format int

// The formats apologylint reads. Plain text is the default for unknown extensions and stdin.
const (
	Text Format = iota
	Markdown
	HTML
)

// String returns the format's short name, as used by --stdin-filename and the web API.
func (f Format) String() string {
	switch f {
	case Markdown:
		return "md"
	case HTML:
		return "html"
	default:
		return "txt"
	}
}

// FormatOf picks the format from a file name's extension. For a template ("reply.md.tmpl") it is
// the extension before the template's: "reply.md.tmpl" is Markdown, "reply.tmpl" plain text.
func FormatOf(path string) Format {
	if IsTemplatePath(path) {
		path = strings.TrimSuffix(path, filepath.Ext(path))
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm":
		return HTML
	default:
		return Text
	}
}

// BlockKind says what a block of prose is in the document's structure.
type BlockKind int

// Block kinds. Plain text has only paragraphs; Markdown and HTML also have headings and list items.
const (
	Paragraph BlockKind = iota
	Heading
	ListItem
)

// block is a unit of prose found by an extractor, as a clean span. Sentences never cross blocks.
type block struct {
	kind BlockKind
	span Span
}

// extracted is what an extractor hands to Parse: the text rules read, the map back to raw, the
// blocks of prose in it, and the inline suppression directives it found (with, for Markdown and
// HTML, the raw spans of the comments they were read from).
type extracted struct {
	clean      []byte
	omap       offsetMap
	blocks     []block
	directives []Directive
	comments   []Span
	// cleanIsRaw says that clean is the file's own bytes, which must not be written to.
	cleanIsRaw bool
}

// builder assembles clean text from raw, recording the offset map as it goes.
type builder struct {
	out extracted
}

// copyRaw appends raw[start:end] unchanged.
func (b *builder) copyRaw(raw []byte, start, end int) {
	if end <= start {
		return
	}
	b.out.omap.add(len(b.out.clean), start, end-start, end-start, true)
	b.out.clean = append(b.out.clean, raw[start:end]...)
}

// replace appends s, standing for raw[start:end].
func (b *builder) replace(s string, start, end int) {
	b.out.omap.add(len(b.out.clean), start, len(s), end-start, false)
	b.out.clean = append(b.out.clean, s...)
}

func bomLen(raw []byte) int {
	if bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) {
		return 3
	}
	return 0
}

// extractText reads a plain-text draft: every byte is prose, and blank lines separate blocks.
// A directive line ("apologylint: disable-next-line ...") is no prose: it reads as space.
func extractText(raw []byte) extracted {
	var b builder
	bom := bomLen(raw)
	b.replace("", 0, bom)
	b.out.directives = textDirectiveLines(raw)
	if len(b.out.directives) == 0 && bom < len(raw) {
		// The clean text is raw itself: Parse copies it into a string anyway.
		b.out.omap.add(0, bom, len(raw)-bom, len(raw)-bom, true)
		b.out.clean = raw[bom:len(raw):len(raw)]
		b.out.cleanIsRaw = true
	} else {
		b.copyRaw(raw, bom, len(raw))
	}
	for _, dir := range b.out.directives {
		blank(b.out.clean, Span{dir.Span.Start - bom, dir.Span.End - bom})
	}
	b.out.blocks = paragraphs(b.out.clean, 0, len(b.out.clean), Paragraph)
	return b.out
}

// paragraphs splits clean[start:end] into blocks at blank lines, trimming space around each.
// Lines end at "\n", "\r\n" or a lone "\r".
func paragraphs(clean []byte, start, end int, kind BlockKind) []block {
	var out []block
	blockStart, lastText := -1, -1
	// The next '\n' and '\r' at or after i (end for none), each searched for again only once i
	// has passed it, so that the text is scanned once for each.
	nextLF, nextCR := -1, -1
	find := func(c byte, from int) int {
		if j := bytes.IndexByte(clean[from:end], c); j >= 0 {
			return from + j
		}
		return end
	}
	for i := start; ; {
		if nextLF < i {
			nextLF = find('\n', i)
		}
		for nextCR < i || nextCR < end && nextCR+1 < end && clean[nextCR+1] == '\n' {
			// A '\r' before a '\n' ends no line: its '\n' does.
			from := max(i, nextCR+1)
			nextCR = find('\r', from)
		}
		lineEnd := min(nextLF, nextCR)
		a := i
		for a < lineEnd && isSpaceByte(clean[a]) {
			a++
		}
		if a == lineEnd { // a blank line ends the block before it
			if blockStart >= 0 {
				out = append(out, block{kind, Span{blockStart, lastText}})
			}
			blockStart, lastText = -1, -1
		} else {
			if blockStart < 0 {
				blockStart = a
			}
			z := lineEnd
			for isSpaceByte(clean[z-1]) {
				z--
			}
			lastText = z
		}
		if lineEnd == end {
			break
		}
		i = lineEnd + 1
	}
	if blockStart >= 0 {
		out = append(out, block{kind, Span{blockStart, lastText}})
	}
	return out
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
