package draft

import (
	"bytes"
	"reflect"
	"testing"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractHTMLOld is extractHTML as it was when it read the document twice, the first time to
// find whether it has a <body> start tag (hasBodyTag). FuzzHTMLOnePass checks that the one-pass
// extractHTML, which drops what it read once it meets that tag, gives the same result.
func extractHTMLOld(raw []byte) extracted {
	var b builder
	inBody := !hasBodyTag(raw)
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

// hasBodyTag reports whether the document has a <body> start tag (one in a comment or a script
// does not count), in which case only the body's text is prose.
func hasBodyTag(raw []byte) bool {
	z := xhtml.NewTokenizer(bytes.NewReader(raw))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return false
		case xhtml.StartTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Body {
				return true
			}
		}
	}
}

func FuzzHTMLOnePass(f *testing.F) {
	for _, s := range []string{
		"<p>Hi</p>", "<html><head><title>x</title></head><body><p>We are sorry.</p></body></html>",
		"Before<body>After</body>", "<!-- c --><p>x</p><body>y", "<template><body>t</template>z",
		"<script>var a='<body>'</script>text", "<head><body>x", "<svg><body>y</svg>z<body>w",
		"<body/>text", "\ufeff<body>x", "<p>a<br>b</p><!-- apologylint-disable -->",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, b := extractHTML(raw), extractHTMLOld(raw)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("differ on %q:\nnew %+v\nold %+v", raw, a, b)
		}
	})
}
