package draft

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdownParser is safe for concurrent use: goldmark keeps per-parse state in its context.
var markdownParser = goldmark.New().Parser()

// extractMarkdown keeps the prose of a CommonMark document: the text of paragraphs, headings and
// list items, link text included. Markup, code (fenced, indented, inline), link destinations,
// HTML and front matter become spaces, and line breaks stay where they are, so the clean text has
// raw's length and every offset maps to itself.
func extractMarkdown(raw []byte) extracted {
	if markdownTooDeep(raw) {
		return extractText(raw)
	}
	clean := make([]byte, len(raw))
	for i, c := range raw {
		if c == '\n' || c == '\r' {
			clean[i] = c
		} else {
			clean[i] = ' '
		}
	}
	// goldmark reads the byte order mark and the front matter as text: give it spaces instead.
	src := raw
	if skip := max(bomLen(raw), frontMatterLen(raw)); skip > 0 {
		src = append([]byte(nil), raw...)
		copy(src[:skip], clean[:skip])
	}
	var out extracted
	out.clean = clean
	out.omap.add(0, 0, len(raw), len(raw), true)

	doc := markdownParser.Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindHTMLBlock:
			out.comments = append(out.comments, htmlComments(src, htmlBlockSpan(n.(*ast.HTMLBlock)))...)
			return ast.WalkSkipChildren, nil
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindThematicBreak:
			return ast.WalkSkipChildren, nil
		case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
			kind := Paragraph
			if n.Kind() == ast.KindHeading {
				kind = Heading
			} else if p := n.Parent(); p != nil && p.Kind() == ast.KindListItem {
				kind = ListItem
			}
			first, last := -1, -1
			out.comments = append(out.comments, inlineComments(n, src)...)
			copyInline(n, src, clean, &first, &last)
			if first >= 0 {
				// Soft line breaks inside the block stay as they are in raw, so the
				// sentence splitter can still tell a signature line from a wrapped line.
				out.blocks = append(out.blocks, trimBlock(clean, block{kind, Span{first, last}}))
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	out.blocks = splitBlankLines(clean, out.blocks)
	out.directives = commentDirectives(raw, out.comments)
	return out
}

// htmlBlockSpan returns the raw span of an HTML block, from its first line to its last.
func htmlBlockSpan(n *ast.HTMLBlock) Span {
	lines := n.Lines()
	if lines.Len() == 0 {
		return Span{}
	}
	s := Span{lines.At(0).Start, lines.At(lines.Len() - 1).Stop}
	if n.HasClosure() {
		s.End = max(s.End, n.ClosureLine.Stop)
	}
	return s
}

// htmlComments returns the spans of the HTML comments ("<!--" ... "-->") in src[s]. A comment
// left open runs to the end of the span.
func htmlComments(src []byte, s Span) []Span {
	var out []Span
	for i := s.Start; i < s.End; {
		k := bytes.Index(src[i:s.End], []byte("<!--"))
		if k < 0 {
			break
		}
		start := i + k
		end := s.End
		if e := bytes.Index(src[start+4:s.End], []byte("-->")); e >= 0 {
			end = start + 4 + e + 3
		}
		out = append(out, Span{start, end})
		i = end
	}
	return out
}

// inlineComments returns the spans of the HTML comments among the inline descendants of n.
func inlineComments(n ast.Node, src []byte) []Span {
	var out []Span
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindRawHTML:
			segs := c.(*ast.RawHTML).Segments
			if segs.Len() > 0 {
				out = append(out, htmlComments(src, Span{segs.At(0).Start, segs.At(segs.Len() - 1).Stop})...)
			}
			continue
		case ast.KindCodeSpan:
			continue
		}
		out = append(out, inlineComments(c, src)...)
	}
	return out
}

// copyInline copies the text of n's inline descendants from src into clean, skipping code spans,
// raw HTML and images, and records the first and last offsets copied.
func copyInline(n ast.Node, src, clean []byte, first, last *int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindRawHTML:
			// "<NAME>" or "<AGENT NAME>" in a template is a slot to fill, not HTML, though
			// CommonMark parses it as a tag: keep what names no HTML element as text.
			segs := c.(*ast.RawHTML).Segments
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				if !isHTMLMarkup(src[seg.Start:seg.Stop]) {
					copyText(clean, src, seg.Start, seg.Stop)
					if *first < 0 || seg.Start < *first {
						*first = seg.Start
					}
					*last = max(*last, seg.Stop)
				}
			}
			continue
		case ast.KindCodeSpan, ast.KindImage:
			continue
		case ast.KindText:
			seg := c.(*ast.Text).Segment
			copyText(clean, src, seg.Start, seg.Stop)
			if seg.Stop > seg.Start {
				if *first < 0 || seg.Start < *first {
					*first = seg.Start
				}
				if seg.Stop > *last {
					*last = seg.Stop
				}
			}
		case ast.KindString:
			// Strings are produced by extensions (typographer); their bytes are not in src.
			continue
		}
		copyInline(c, src, clean, first, last)
	}
}

// copyText copies src[start:stop] into clean, leaving out the backslash of a backslash escape
// ("sorry\!" reads "sorry !"), which CommonMark does not show.
func copyText(clean, src []byte, start, stop int) {
	for i := start; i < stop; i++ {
		if src[i] == '\\' && i+1 < stop && isASCIIPunct(src[i+1]) {
			clean[i] = ' '
			clean[i+1] = src[i+1]
			i++
			continue
		}
		clean[i] = src[i]
	}
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// isHTMLMarkup reports whether raw inline HTML is markup a browser would act on: a comment, a
// declaration, or a tag naming a known element ("<br>", "</em>", "<span class=x>").
func isHTMLMarkup(b []byte) bool {
	if !bytes.HasPrefix(b, []byte("<")) {
		return true
	}
	name := bytes.TrimPrefix(b[1:], []byte("/"))
	if len(name) == 0 || !isASCIILetter(name[0]) {
		return true // "<!-- -->", "<?php", "<!DOCTYPE>"
	}
	end := 0
	for end < len(name) && (isASCIILetter(name[end]) || name[end] >= '0' && name[end] <= '9' || name[end] == '-') {
		end++
	}
	return htmlElements[strings.ToLower(string(name[:end]))] || bytes.IndexByte(name[:end], '-') > 0
}

// htmlElements are the element names of HTML. (The atom package also holds attribute names,
// such as "name", which a template slot "<NAME>" must not be taken for.)
var htmlElements = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`a abbr address area article aside audio b base bdi bdo
		blockquote body br button canvas caption center cite code col colgroup data datalist dd del
		details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3
		h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map
		mark math menu meta meter nav noscript object ol optgroup option output p param picture pre
		progress q rp rt ruby s samp script search section select slot small source span strike
		strong style sub summary sup svg table tbody td template textarea tfoot th thead time title
		tr track tt u ul var video wbr`) {
		m[n] = true
	}
	return m
}()

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// trimBlock drops space at either end of a block's span.
func trimBlock(clean []byte, b block) block {
	for b.span.Start < b.span.End && isSpaceByte(clean[b.span.Start]) {
		b.span.Start++
	}
	for b.span.End > b.span.Start && isSpaceByte(clean[b.span.End-1]) {
		b.span.End--
	}
	return b
}

// splitBlankLines splits blocks that hold a blank line once markup is blanked, so that text on
// either side of a removed fence never joins into one sentence.
func splitBlankLines(clean []byte, blocks []block) []block {
	var out []block
	for _, b := range blocks {
		out = append(out, paragraphs(clean, b.span.Start, b.span.End, b.kind)...)
	}
	return out
}

// frontMatterLen returns the length of a YAML front matter block ("---" ... "---" or "...") at the
// very start of raw, or 0.
func frontMatterLen(raw []byte) int {
	start := bomLen(raw)
	rest := raw[start:]
	if !bytes.HasPrefix(rest, []byte("---\n")) && !bytes.HasPrefix(rest, []byte("---\r\n")) {
		return 0
	}
	off := start + bytes.IndexByte(rest, '\n') + 1
	for off < len(raw) {
		end := bytes.IndexByte(raw[off:], '\n')
		line := raw[off:]
		next := len(raw)
		if end >= 0 {
			line = raw[off : off+end]
			next = off + end + 1
		}
		line = bytes.TrimRight(line, "\r \t")
		if string(line) == "---" || string(line) == "..." {
			return next
		}
		off = next
	}
	return 0
}
