package draft

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
// "[[[[a]]]]" a thousand deep is as slow as a thousand quotes.
func markdownTooDeep(src []byte) bool {
	marks, brackets := 0, 0
	for start := 0; start < len(src); {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		line := src[start:end]
		if lineDepth(line) > maxMarkdownDepth || indentWidth(line) > maxMarkdownIndent {
			return true
		}
		if isBlankLine(line) {
			marks, brackets = 0, 0
		}
		for _, c := range line {
			switch c {
			case '[':
				brackets++
			case ']':
				brackets = max(0, brackets-1)
			}
			switch c {
			case '*', '_', '[', ']', '(', '`', '<', '~':
				marks++
			}
			if brackets > maxMarkdownDepth {
				return true
			}
		}
		if marks > maxInlineMarks {
			return true
		}
		start = end + 1
	}
	return false
}

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
