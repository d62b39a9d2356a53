package draft

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a block of prose: text on either side of them never forms one sentence.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Html: true,
}

// skippedElements hold no prose a reader sees in the message body.
var skippedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true, atom.Template: true,
	atom.Noscript: true, atom.Svg: true, atom.Math: true, atom.Textarea: true, atom.Select: true,
}

// extractHTML keeps the text nodes of an HTML document, inside <body> when there is one, with
// character references decoded. Each tag becomes one space (a <br> a line break), and block
// elements end blocks. It uses the tokenizer rather than the tree builder because only the
// tokenizer tells where in raw each piece of text came from.
//
// Only a document with a <body> start tag keeps what is before it out of the prose. Rather than
// read the document twice, once to find that tag, the text is read as prose from the start and,
// at the first <body> start tag, what was read before it is dropped: up to that tag nothing but
// the prose depends on whether there is one (comments are kept either way, and which elements
// are skipped does not change).
func extractHTML(raw []byte) extracted {
	var b builder
	inBody := true
	bodySeen := false
	skipDepth := 0
	var skipping atom.Atom
	blockStart := -1
	kind := Paragraph
	endBlock := func() {
		if blockStart >= 0 {
			b.out.blocks = append(b.out.blocks, paragraphs(b.out.clean, blockStart, len(b.out.clean), kind)...)
		}
		blockStart = -1
		kind = Paragraph
	}

	z := xhtml.NewTokenizer(bytes.NewReader(raw))
	off := bomLen(raw)
	if off > 0 {
		// The tokenizer reads the BOM as text; step over it so offsets stay in step.
		z = xhtml.NewTokenizer(bytes.NewReader(raw[off:]))
	}
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		rawTok := z.Raw()
		start, end := off, off+len(rawTok)
		off = end
		switch tt {
		case xhtml.TextToken:
			if !inBody || skipDepth > 0 {
				continue
			}
			if blockStart < 0 {
				blockStart = len(b.out.clean)
			}
			decodeText(&b, raw, start, end)
		case xhtml.CommentToken:
			b.out.comments = append(b.out.comments, Span{start, end})
			if inBody && skipDepth == 0 {
				b.replace(" ", start, end)
			}
		case xhtml.StartTagToken, xhtml.EndTagToken, xhtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body && tt == xhtml.StartTagToken && !bodySeen {
				// Read as if out of the body from the start: no prose, blocks or replacements.
				bodySeen, inBody = true, false
				b = builder{out: extracted{comments: b.out.comments}}
				blockStart, kind = -1, Paragraph
			}
			if skipping == atom.Head && a == atom.Body {
				// "</head>" is optional: the body ends the head.
				skipping, skipDepth = 0, 0
			}
			if skipping != 0 || skippedElements[a] {
				// A skipped element still separates the words on either side of it.
				if inBody {
					b.replace(" ", start, end)
				}
				if tt == xhtml.StartTagToken && skipDepth == 0 {
					skipping = a
				}
				if a == skipping {
					switch tt {
					case xhtml.StartTagToken:
						skipDepth++
					case xhtml.EndTagToken:
						skipDepth--
						if skipDepth == 0 {
							skipping = 0
						}
					}
				}
				continue
			}
			if a == atom.Body {
				inBody = tt == xhtml.StartTagToken
			}
			if !inBody {
				continue
			}
			switch {
			case a == atom.Br:
				b.replace("\n", start, end)
			case blockElements[a]:
				endBlock()
				if tt == xhtml.StartTagToken {
					switch a {
					case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
						kind = Heading
					case atom.Li, atom.Dt, atom.Dd:
						kind = ListItem
					}
				}
				b.replace("\n", start, end)
			default:
				b.replace(" ", start, end)
			}
		}
	}
	endBlock()
	b.out.directives = commentDirectives(raw, b.out.comments)
	return b.out
}

// decodeText appends raw[start:end], decoding character references one at a time so that each
// decoded character maps back to the reference it came from.
func decodeText(b *builder, raw []byte, start, end int) {
	i := start
	for i < end {
		amp := bytes.IndexByte(raw[i:end], '&')
		if amp < 0 {
			b.copyRaw(raw, i, end)
			return
		}
		amp += i
		b.copyRaw(raw, i, amp)
		n := entityLen(raw[amp:end])
		if n == 0 {
			b.copyRaw(raw, amp, amp+1)
			i = amp + 1
			continue
		}
		ref := string(raw[amp : amp+n])
		dec := html.UnescapeString(ref)
		// A reference decodes to one or two characters. More means html read only a prefix
		// ("&nbsp0;" as a no-break space and "0;"): leave such text as written.
		if utf8.RuneCountInString(dec) > 2 {
			// html read only a prefix, a legacy reference without its semicolon ("&nbsp0;"):
			// decode that prefix and leave the rest as text.
			n = legacyRefLen(ref)
			ref = ref[:n]
			dec = html.UnescapeString(ref)
		}
		if dec == ref {
			b.copyRaw(raw, amp, amp+n)
		} else {
			// A no-break space reads as a space: prose treats it as a word character.
			dec = strings.ReplaceAll(dec, "\u00a0", " ")
			b.replace(dec, amp, amp+n)
		}
		i = amp + n
	}
}

// legacyRefLen returns the length of the shortest prefix of ref that decodes to one or two
// characters, or len(ref) when none does.
func legacyRefLen(ref string) int {
	for k := 3; k < len(ref); k++ {
		if d := html.UnescapeString(ref[:k]); d != ref[:k] && utf8.RuneCountInString(d) <= 2 {
			return k
		}
	}
	return len(ref)
}

// entityLen returns the length of the character reference at the start of s ("&amp;", "&#8217;",
// "&#x2019;"), or 0 when s does not start with one.
func entityLen(s []byte) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	for i := 1; i < len(s) && i < 40; i++ {
		c := s[i]
		switch {
		case c == ';':
			if i == 1 {
				return 0
			}
			return i + 1
		case c == '#' && i == 1:
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return 0
		}
	}
	return 0
}
