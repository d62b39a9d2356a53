package draft

import "bytes"

// goldmark, like most CommonMark parsers, takes time quadratic (or worse) in how deeply blocks
// nest and in how many unmatched inline delimiters a paragraph holds: a line of 100,000 "> " or
// "- " markers, a list nested by indentation a thousand levels deep, or a paragraph of 10,000
// "*a_" or "[a](" takes minutes. No draft nests like that, so such a file is read as plain text
// instead, in linear time, with every offset still pointing into the file as stored.

const (
	// maxMarkdownDepth is the deepest nesting of block quotes and list items on one line.
	maxMarkdownDepth = 32
	// maxMarkdownIndent is the widest leading indentation, in columns: lists nested by
	// indentation alone are as slow as lists nested by markers.
	maxMarkdownIndent = 4 * maxMarkdownDepth
	// maxInlineMarks is the most emphasis, link and code delimiters one paragraph may hold.
	maxInlineMarks = 1000
)

// markdownTooDeep reports whether src nests deeper, or holds more inline delimiters in one
// paragraph, than goldmark parses in reasonable time. Link brackets count as nesting too:
// "[[[[a]]]]" a thousand deep is as slow as a thousand quotes. Lines end at every '\n' and every
// '\r', so "\r\n" holds an empty line, which ends a paragraph's count of delimiters.
func markdownTooDeep(src []byte) bool {
	marks, brackets := 0, 0
	// The next '\n' and '\r' at or after start (len(src) for none), each searched for again only
	// once start has passed it, so that src is scanned once for each.
	nextLF, nextCR := -1, -1
	find := func(c byte, from int) int {
		if j := bytes.IndexByte(src[from:], c); j >= 0 {
			return from + j
		}
		return len(src)
	}
	for start := 0; start < len(src); {
		if nextLF < start {
			nextLF = find('\n', start)
		}
		if nextCR < start {
			nextCR = find('\r', start)
		}
		end := min(nextLF, nextCR)
		line := src[start:end]
		if lineDepth(line) > maxMarkdownDepth || indentWidth(line) > maxMarkdownIndent {
			return true
		}
		if isBlankLine(line) {
			marks, brackets = 0, 0
		}
		for _, c := range line {
			// One lookup per byte: most bytes are no delimiter.
			switch inlineMarks[c] {
			case noMark:
				continue
			case openBracket:
				if brackets++; brackets > maxMarkdownDepth {
					return true
				}
			case closeBracket:
				brackets = max(0, brackets-1)
			}
			marks++
		}
		if marks > maxInlineMarks {
			return true
		}
		start = end + 1
	}
	return false
}

// The kinds of byte markdownTooDeep counts: every kind but noMark is an inline delimiter.
const (
	noMark    = iota
	plainMark // emphasis, code, a link's destination, HTML, strikethrough: "*_(`<~"
	openBracket
	closeBracket
)

// inlineMarks is the kind of every byte.
var inlineMarks = func() (t [256]uint8) {
	for _, c := range []byte("*_(`<~") {
		t[c] = plainMark
	}
	t['['], t[']'] = openBracket, closeBracket
	return t
}()

// lineDepth counts the block quote and list markers that open the line: "> - 1. text" is 3.
func lineDepth(line []byte) int {
	depth := 0
	i := 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			return depth
		}
		switch c := line[i]; {
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t'):
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j < len(line) && (line[j] == '.' || line[j] == ')') && (j+1 == len(line) || line[j+1] == ' ' || line[j+1] == '\t') {
				i = j + 1
			} else {
				return depth
			}
		default:
			return depth
		}
		depth++
	}
}

// indentWidth returns the width of the line's leading space, a tab counting to the next
// multiple of 4 as CommonMark counts it.
func indentWidth(line []byte) int {
	w := 0
	for _, c := range line {
		switch c {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w
		}
	}
	return w
}

func isBlankLine(line []byte) bool {
	for _, c := range line {
		if !isSpaceByte(c) {
			return false
		}
	}
	return true
}
