package printer

import (
	"strconv"
	"unicode/utf8"
)

// appendJSONFile appends f as encodeJSON(prefix, f) writes it, byte for byte: what json.Encoder
// writes with SetEscapeHTML(false) and SetIndent(prefix, jsonIndent), without its newline.
//
// A report holds an element like this per linted file, and encoding/json marshals by reflection
// and then indents in a second pass; on a corpus of short drafts that was a tenth of the whole
// run, on the goroutine that prints while the workers lint. TestAppendJSONFile and FuzzPrinters
// compare the two encodings.
func appendJSONFile(b []byte, prefix string, f *jsonFile) []byte {
	in1 := prefix + jsonIndent
	in2 := in1 + jsonIndent
	b = append(b, '{')
	b = appendKey(b, in1, "path")
	b = appendJSONString(b, f.Path)
	b = append(b, ',')
	b = appendKey(b, in1, "findings")
	b = appendObjects(b, in1, len(f.Findings), func(b []byte, in string, i int) []byte {
		return appendFindingKeys(b, in, &f.Findings[i])
	})
	b = append(b, ',')
	b = appendKey(b, in1, "suppressed")
	b = appendObjects(b, in1, len(f.Suppressed), func(b []byte, in string, i int) []byte {
		sp := &f.Suppressed[i]
		b = appendFindingKeys(b, in, &sp.jsonFinding)
		b = append(b, ',')
		b = appendKey(b, in, "reason")
		b = appendJSONString(b, sp.Reason)
		b = append(b, ',')
		b = appendKey(b, in, "directive_line")
		return strconv.AppendInt(b, int64(sp.DirectiveLine), 10)
	})
	if len(f.Structure) > 0 {
		b = append(b, ',')
		b = appendKey(b, in1, "structure")
		b = append(b, '{')
		for i, p := range f.Structure {
			if i > 0 {
				b = append(b, ',')
			}
			// The check-list's MarshalJSON quotes part names with json.Marshal, which escapes
			// HTML: so does this.
			b = append(b, '\n')
			b = append(b, in2...)
			b = appendJSONStringHTML(b, p.name, true)
			b = append(b, ": {"...)
			in3 := in2 + jsonIndent
			b = appendKey(b, in3, "present")
			b = strconv.AppendBool(b, p.Present)
			if p.Line != 0 {
				b = append(b, ',')
				b = appendKey(b, in3, "line")
				b = strconv.AppendInt(b, int64(p.Line), 10)
			}
			b = append(b, '\n')
			b = append(b, in2...)
			b = append(b, '}')
		}
		b = append(b, '\n')
		b = append(b, in1...)
		b = append(b, '}')
	}
	b = append(b, '\n')
	b = append(b, prefix...)
	return append(b, '}')
}

// appendObjects appends an array of n objects whose key lines keys appends for object i, the
// array's own lines indented by in: "[]" when empty, as encoding/json writes it.
func appendObjects(b []byte, in string, n int, keys func(b []byte, in string, i int) []byte) []byte {
	if n == 0 {
		return append(b, "[]"...)
	}
	in2 := in + jsonIndent
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = append(b, in2...)
		b = append(b, '{')
		b = keys(b, in2+jsonIndent, i)
		b = append(b, '\n')
		b = append(b, in2...)
		b = append(b, '}')
	}
	b = append(b, '\n')
	b = append(b, in...)
	return append(b, ']')
}

// appendFindingKeys appends the keys of a finding, each on a line indented by in, without the
// braces around them.
func appendFindingKeys(b []byte, in string, f *jsonFinding) []byte {
	b = appendKey(b, in, "rule")
	b = appendJSONString(b, f.Rule)
	b = append(b, ',')
	b = appendKey(b, in, "severity")
	b = appendJSONString(b, f.Severity)
	b = append(b, ',')
	b = appendKey(b, in, "scope")
	b = appendJSONString(b, f.Scope)
	b = append(b, ',')
	b = appendKey(b, in, "message")
	b = appendJSONString(b, f.Message)
	if f.Suggestion != "" {
		b = append(b, ',')
		b = appendKey(b, in, "suggestion")
		b = appendJSONString(b, f.Suggestion)
	}
	for _, kv := range [...]struct {
		key string
		v   *int
	}{{"line", f.Line}, {"column", f.Column}, {"end_line", f.EndLine}, {"end_column", f.EndColumn}, {"offset", f.Offset}, {"end_offset", f.EndOffset}} {
		if kv.v != nil {
			b = append(b, ',')
			b = appendKey(b, in, kv.key)
			b = strconv.AppendInt(b, int64(*kv.v), 10)
		}
	}
	if f.Fix != nil {
		in2 := in + jsonIndent
		b = append(b, ',')
		b = appendKey(b, in, "fix")
		b = append(b, '{')
		b = appendKey(b, in2, "offset")
		b = strconv.AppendInt(b, int64(f.Fix.Offset), 10)
		b = append(b, ',')
		b = appendKey(b, in2, "end_offset")
		b = strconv.AppendInt(b, int64(f.Fix.EndOffset), 10)
		b = append(b, ',')
		b = appendKey(b, in2, "text")
		b = appendJSONString(b, f.Fix.Text)
		b = append(b, '\n')
		b = append(b, in...)
		b = append(b, '}')
	}
	return b
}

// appendKey starts a line indented by in with a key and its colon.
func appendKey(b []byte, in, key string) []byte {
	b = append(b, '\n')
	b = append(b, in...)
	b = appendJSONString(b, key)
	return append(b, ": "...)
}

// appendJSONString appends s quoted as encoding/json quotes it without HTML escaping: '"' and
// '\\' escaped, control characters as \b, \f, \n, \r, \t or \u00XX, each byte of invalid UTF-8
// as \ufffd, and U+2028 and U+2029 escaped for JavaScript.
func appendJSONString(b []byte, s string) []byte { return appendJSONStringHTML(b, s, false) }

// appendJSONStringHTML is appendJSONString that also escapes '<', '>' and '&' when html is true,
// as json.Marshal does.
func appendJSONStringHTML(b []byte, s string, html bool) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
