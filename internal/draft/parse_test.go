package draft

import (
	"errors"
	"fmt"
	"html"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// undoHTML turns raw HTML back into the words a reader sees, for comparing with Sentence.Text:
// tags and comments read as space, character references decoded, a no-break space read as a
// space, and runs of space collapsed.
func undoHTML(s string) string {
	s = decodeRefs(htmlMarkup.ReplaceAllString(s, " "))
	return strings.Join(strings.Fields(s), " ")
}

// decodeRefs decodes the character references of s the way HTML drafts are read: only whole
// references, with their final semicolon (a semicolon-less legacy one such as "&amp" at the end of
// text stays as written), and a no-break space read as a space.
func decodeRefs(s string) string {
	return charRef.ReplaceAllStringFunc(s, func(ref string) string {
		return strings.ReplaceAll(html.UnescapeString(ref), "\u00a0", " ")
	})
}

// htmlMarkup is a comment, an element whose content is not prose (which a sentence's span may
// hold when prose stands on both sides of it: "Sorry<script>x()</script>again"), or a tag. A "<"
// not followed by a letter, "/", "!" or "?" starts no markup: "<0>" is text. It is one
// expression, read from the left, so that a "<script>" inside a tag is part of that tag, as
// the HTML tokenizer reads it: "<A<sCript>" is one start tag, named "a<script".
var htmlMarkup = regexp.MustCompile(`(?is)<!--.*?-->|<(?:script|style)\b[^>]*>.*?</(?:script|style)\s*>|<[A-Za-z/!?][^>]*>`)

// checkSpans checks what every Document must satisfy: blocks, sentences and tokens lie inside raw
// and in order, each inside its parent; the raw text under every token is the token's text (with
// entities undone); and the raw text under every sentence is the sentence's text with markup.
func checkSpans(t *testing.T, d *Document) {
	t.Helper()
	raw := d.Raw()
	inRaw := func(s Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(raw) }
	inside := func(a, b Span) bool { return b.Start <= a.Start && a.End <= b.End }
	toks, sents, blocks := d.Tokens(), d.Sentences(), d.Blocks()

	prev, next := 0, 0
	for bi, b := range blocks {
		if !inRaw(b.Span) || b.Span.Start < prev {
			t.Errorf("block %d span %v out of raw or order (len %d, previous end %d)", bi, b.Span, len(raw), prev)
		}
		prev = b.Span.End
		if b.First != next || b.End < b.First {
			t.Errorf("block %d holds sentences [%d,%d), want them to start at %d", bi, b.First, b.End, next)
		}
		next = b.End
	}
	if len(blocks) > 0 && next != len(sents) {
		t.Errorf("blocks hold %d sentences, want %d", next, len(sents))
	}

	prev, next = 0, 0
	for si, s := range sents {
		if !inRaw(s.Span) || s.Span.Start < prev || s.Span.Start >= s.Span.End {
			t.Errorf("sentence %d %q: span %v out of raw or order (len %d, previous end %d)", si, s.Text, s.Span, len(raw), prev)
			continue
		}
		prev = s.Span.End
		if s.Block < 0 || s.Block >= len(blocks) {
			t.Errorf("sentence %d %q: block %d out of range", si, s.Text, s.Block)
		} else if b := blocks[s.Block]; !inside(s.Span, b.Span) || si < b.First || si >= b.End {
			t.Errorf("sentence %d %q %v: not inside its block %d %v", si, s.Text, s.Span, s.Block, b.Span)
		}
		if s.First != next || s.End < s.First {
			t.Errorf("sentence %d %q holds tokens [%d,%d), want them to start at %d", si, s.Text, s.First, s.End, next)
		}
		next = s.End
		checkSentenceText(t, d, s)
	}
	if next != len(toks) {
		t.Errorf("sentences hold %d tokens, want %d", next, len(toks))
	}

	prev = 0
	for ti, tok := range toks {
		if !inRaw(tok.Span) || tok.Span.Start < prev || tok.Span.Start >= tok.Span.End {
			t.Errorf("token %d %q: span %v out of raw or order (len %d, previous end %d)", ti, tok.Text, tok.Span, len(raw), prev)
			continue
		}
		prev = tok.Span.End
		if tok.Sentence < 0 || tok.Sentence >= len(sents) {
			t.Errorf("token %d %q: sentence %d out of range", ti, tok.Text, tok.Sentence)
		} else if s := sents[tok.Sentence]; !inside(tok.Span, s.Span) || ti < s.First || ti >= s.End {
			t.Errorf("token %d %q %v: not inside its sentence %d %v", ti, tok.Text, tok.Span, tok.Sentence, s.Span)
		}
		if msg := checkTokenText(d, tok); msg != "" {
			t.Errorf("token %d: %s", ti, msg)
		}
	}
}

// charRef is a character reference as HTML drafts are decoded: with its final semicolon.
var charRef = regexp.MustCompile(`&#?[A-Za-z0-9]+;`)

// checkTokenText says what is wrong with a token's text, or "": it must be the raw text under
// its span, with character references decoded in HTML.
func checkTokenText(d *Document, tok Token) string {
	if inStandIn(d, tok.Span) {
		return "" // a template slot reads as its stand-in (see TestTemplateProse)
	}
	raw := d.Slice(tok.Span)
	got := raw
	if d.Format() == HTML {
		got = decodeRefs(raw)
	}
	if got != tok.Text {
		return fmt.Sprintf("raw %q reads %q, want the token's text %q", raw, got, tok.Text)
	}
	if tok.Norm != Normalize(tok.Text) {
		return fmt.Sprintf("%q: Norm = %q, want %q", tok.Text, tok.Norm, Normalize(tok.Text))
	}
	return ""
}

// checkSentenceText compares a sentence's text with the raw text under its span.
func checkSentenceText(t *testing.T, d *Document, s Sentence) {
	t.Helper()
	if d.IsTemplate() {
		return // slots read as stand-ins and tags as space (see TestTemplateProse)
	}
	raw := d.Slice(s.Span)
	switch d.Format() {
	case Text:
		if raw != s.Text {
			t.Errorf("sentence %q: raw text %q differs", s.Text, raw)
		}
	case Markdown:
		// Markup is blanked byte for byte: every byte is kept or turned into a space.
		if len(raw) != len(s.Text) {
			t.Errorf("sentence %q: raw text %q has another length", s.Text, raw)
			return
		}
		for i := range len(raw) {
			if raw[i] != s.Text[i] && s.Text[i] != ' ' {
				t.Errorf("sentence %q: byte %d is %q, raw has %q", s.Text, i, s.Text[i], raw[i])
				return
			}
		}
	case HTML:
		if got, want := undoHTML(raw), strings.Join(strings.Fields(s.Text), " "); got != want {
			t.Errorf("sentence %q: raw text %q reads %q", s.Text, raw, got)
		}
	}
}

// sentence is a sentence as the tests expect it: where it starts, its tokens joined by "|", and
// the kind of its block.
type sentence struct {
	pos  string
	toks string
	kind BlockKind
}

func sentencesOf(d *Document) []sentence {
	var out []sentence
	for i, s := range d.Sentences() {
		var words []string
		for _, tok := range d.SentenceTokens(i) {
			words = append(words, tok.Text)
		}
		out = append(out, sentence{lc(d.Position(s.Span.Start)), strings.Join(words, "|"), d.Blocks()[s.Block].Kind})
	}
	return out
}

type parseCase struct {
	name string
	src  string
	want []sentence
}

func runParseCases(t *testing.T, f Format, tests []parseCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, tt.src, f)
			checkSpans(t, d)
			got := sentencesOf(d)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences of %q =\n%v\nwant\n%v", tt.src, got, tt.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	runParseCases(t, Text, []parseCase{
		{"empty", "", nil},
		{"only space", " \n\t\n", nil},
		{
			"greeting, body, sign-off",
			"Hi Dana,\nWe are sorry we sent the wrong size. The right one ships today.\n\nBest,\nPriya\n",
			[]sentence{
				{"1:1", "Hi|Dana|,", Paragraph},
				{"2:1", "We|are|sorry|we|sent|the|wrong|size|.", Paragraph},
				{"2:38", "The|right|one|ships|today|.", Paragraph},
				{"4:1", "Best|,", Paragraph},
				{"5:1", "Priya", Paragraph},
			},
		},
		{
			"hard-wrapped paragraph is one sentence",
			"We are sorry that the replacement you were promised on Monday for\n" +
				"Order 1182 never arrived, and that nobody answered your calls\n" +
				"about it.\n",
			[]sentence{{"1:1", "We|are|sorry|that|the|replacement|you|were|promised|on|Monday|for|Order|1182|never|arrived|,|and|that|nobody|answered|your|calls|about|it|.", Paragraph}},
		},
		{
			"short line continued in lower case",
			"We are sorry the parcel\nwas late.\n",
			[]sentence{{"1:1", "We|are|sorry|the|parcel|was|late|.", Paragraph}},
		},
		{
			"crlf",
			"Hi Dana,\r\nSorry about that.\r\n\r\nBest,\r\nPriya\r\n",
			[]sentence{
				{"1:1", "Hi|Dana|,", Paragraph},
				{"2:1", "Sorry|about|that|.", Paragraph},
				{"4:1", "Best|,", Paragraph},
				{"5:1", "Priya", Paragraph},
			},
		},
		{
			"bom",
			"\uFEFFSorry about that.\n",
			[]sentence{{"1:1", "Sorry|about|that|.", Paragraph}},
		},
		{
			"tabs and indentation",
			"\t\tSorry\tabout that.\n",
			[]sentence{{"1:3", "Sorry|about|that|.", Paragraph}},
		},
		{
			"contractions",
			"I'd say we've done it. Don't, can't. We’re sorry.",
			[]sentence{
				{"1:1", "I|'d|say|we|'ve|done|it|.", Paragraph},
				{"1:24", "Do|n't|,|ca|n't|.", Paragraph},
				{"1:38", "We|’re|sorry|.", Paragraph},
			},
		},
		{
			"emoji and accents",
			"Désolé 😀 for the café e\u0301clair.",
			[]sentence{{"1:1", "Désolé|😀|for|the|café|e\u0301clair|.", Paragraph}},
		},
		{
			"placeholders are left alone",
			"Dear {{name}}, sorry about [ORDER].",
			[]sentence{{"1:1", "Dear|{{name}}|,|sorry|about|[|ORDER|]|.", Paragraph}},
		},
	})
}

func TestMarkdown(t *testing.T) {
	runParseCases(t, Markdown, []parseCase{
		{
			"heading and emphasis",
			"# We are *so* sorry\n\nIt was __our__ mistake.\n",
			[]sentence{
				{"1:3", "We|are|so|sorry", Heading},
				{"3:1", "It|was|our|mistake|.", Paragraph},
			},
		},
		{
			"setext heading",
			"We are sorry\n============\n\nBody.\n",
			[]sentence{{"1:1", "We|are|sorry", Heading}, {"4:1", "Body|.", Paragraph}},
		},
		{
			"link text kept, destination skipped",
			"Read [our refund policy](https://example.com/refund \"Refunds\") today.\n",
			[]sentence{{"1:1", "Read|our|refund|policy|today|.", Paragraph}},
		},
		{
			"reference link, autolink and image",
			"See [the policy][p], <https://example.com> and ![a sad face](sad.png) now.\n\n[p]: https://example.com/p\n",
			[]sentence{{"1:1", "See|the|policy|,|and|now|.", Paragraph}},
		},
		{
			"inline code skipped",
			"Run `sorry --now` first.\n",
			[]sentence{{"1:1", "Run|first|.", Paragraph}},
		},
		{
			"fenced code skipped",
			"Sorry.\n\n```text\nnot prose at all\n```\n\n~~~\nnor this\n~~~\n\nBye.\n",
			[]sentence{{"1:1", "Sorry|.", Paragraph}, {"11:1", "Bye|.", Paragraph}},
		},
		{
			"indented code skipped",
			"Sorry.\n\n    not prose at all\n    nor this\n\nBye.\n",
			[]sentence{{"1:1", "Sorry|.", Paragraph}, {"6:1", "Bye|.", Paragraph}},
		},
		{
			"html comments skipped",
			"Sorry <!-- not prose --> again.\n\n<!--\nblock comment\n-->\n\nBye.\n",
			[]sentence{{"1:1", "Sorry|again|.", Paragraph}, {"7:1", "Bye|.", Paragraph}},
		},
		{
			"front matter skipped",
			"---\ntitle: Sorry about it\nto: Dana\n---\nHi Dana.\n",
			[]sentence{{"5:1", "Hi|Dana|.", Paragraph}},
		},
		{
			"front matter with crlf",
			"---\r\ntitle: Sorry\r\n---\r\nHi Dana.\r\n",
			[]sentence{{"4:1", "Hi|Dana|.", Paragraph}},
		},
		{
			"a rule that is no front matter",
			"Hi Dana.\n\n---\n\nBye.\n",
			[]sentence{{"1:1", "Hi|Dana|.", Paragraph}, {"5:1", "Bye|.", Paragraph}},
		},
		{
			"list items are blocks",
			"We have:\n\n- refunded you\n- fixed the bug\n\n1. First\n2. Second\n",
			[]sentence{
				{"1:1", "We|have|:", Paragraph},
				{"3:3", "refunded|you", ListItem},
				{"4:3", "fixed|the|bug", ListItem},
				{"6:4", "First", ListItem},
				{"7:4", "Second", ListItem},
			},
		},
		{
			"loose list",
			"- We refunded you.\n\n- We fixed the bug.\n",
			[]sentence{{"1:3", "We|refunded|you|.", ListItem}, {"3:3", "We|fixed|the|bug|.", ListItem}},
		},
		{
			"block quote",
			"> We are sorry.\n",
			[]sentence{{"1:3", "We|are|sorry|.", Paragraph}},
		},
		{
			"greeting and sign-off lines",
			"Hi Dana,\nSorry about that.\n\nBest,\nPriya\n",
			[]sentence{
				{"1:1", "Hi|Dana|,", Paragraph},
				{"2:1", "Sorry|about|that|.", Paragraph},
				{"4:1", "Best|,", Paragraph},
				{"5:1", "Priya", Paragraph},
			},
		},
		{
			"hard line break",
			"Best,  \nPriya\n",
			[]sentence{{"1:1", "Best|,", Paragraph}, {"2:1", "Priya", Paragraph}},
		},
		{
			"crlf",
			"# Sorry\r\n\r\nWe *are*.\r\n",
			[]sentence{{"1:3", "Sorry", Heading}, {"3:1", "We|are|.", Paragraph}},
		},
		{
			"emoji",
			"Sorry 😀 *really*.\n",
			[]sentence{{"1:1", "Sorry|😀|really|.", Paragraph}},
		},
	})
}

// TestMarkdownBOM: a BOM is no text, whatever the format.
func TestMarkdownBOM(t *testing.T) {
	d := mustParse(t, "\uFEFFSorry about that.\n", Markdown)
	checkSpans(t, d)
	if tok := d.Tokens()[0]; tok.Text != "Sorry" || tok.Span != (Span{3, 8}) {
		t.Errorf("first token = %q %v, want \"Sorry\" {3 8}", tok.Text, tok.Span)
	}
}

// TestMarkdownEscapes: CommonMark reads character references and backslash escapes as the
// characters they stand for.
func TestMarkdownEscapes(t *testing.T) {
	d := mustParse(t, "We’re sorry\\!\n", Markdown)
	got := sentencesOf(d)
	want := []sentence{{"1:1", "We|’re|sorry|!", Paragraph}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %v, want %v", got, want)
	}
	// Markdown keeps character references as written (the clean text keeps raw's length), but
	// they read as the character they stand for.
	d = mustParse(t, "We&rsquo;re sorry.\n", Markdown)
	var norms []string
	for _, tok := range d.Tokens() {
		norms = append(norms, tok.Norm)
	}
	if want := []string{"we", "'re", "sorry", "."}; !reflect.DeepEqual(norms, want) {
		t.Errorf("norms = %q, want %q", norms, want)
	}
}

func TestHTML(t *testing.T) {
	runParseCases(t, HTML, []parseCase{
		{
			"paragraphs",
			"<p>Hi Dana,</p>\n<p>We are sorry.</p>\n",
			[]sentence{{"1:4", "Hi|Dana|,", Paragraph}, {"2:4", "We|are|sorry|.", Paragraph}},
		},
		{
			"entities decoded",
			"<p>We&rsquo;re sorry &amp; we&#8217;ll fix it&#x2019;s cause.</p>",
			[]sentence{{"1:4", "We|’re|sorry|&|we|’ll|fix|it|’s|cause|.", Paragraph}},
		},
		{
			"no-break space reads as space",
			"<p>Sorry&nbsp;again.</p>",
			[]sentence{{"1:4", "Sorry|again|.", Paragraph}},
		},
		{
			"head, script and style skipped",
			"<html><head><title>Sorry title</title><style>p { color: red }</style></head>" +
				"<body><p>Hi.</p><script>sorry()</script><style>.x{}</style><p>Bye.</p></body></html>",
			[]sentence{{"1:86", "Hi|.", Paragraph}, {"1:139", "Bye|.", Paragraph}},
		},
		{
			"text only inside body",
			"<p>Before.</p><body><p>Inside.</p></body><p>After.</p>",
			[]sentence{{"1:24", "Inside|.", Paragraph}},
		},
		{
			"no body: all text",
			"<div>We are sorry.</div>",
			[]sentence{{"1:6", "We|are|sorry|.", Paragraph}},
		},
		{
			"block elements end sentences",
			"<div>We are sorry</div><div>it broke</div><p>Again<p>and again",
			[]sentence{
				{"1:6", "We|are|sorry", Paragraph},
				{"1:29", "it|broke", Paragraph},
				{"1:46", "Again", Paragraph},
				{"1:54", "and|again", Paragraph},
			},
		},
		{
			"inline elements do not",
			"<p>We are <b>very</b> <a href=\"https://x.com\">sorry</a>.</p>",
			[]sentence{{"1:4", "We|are|very|sorry|.", Paragraph}},
		},
		{
			"headings and list items",
			"<h1>We are sorry</h1><ul><li>Refunded</li><li>Fixed</li></ul>",
			[]sentence{
				{"1:5", "We|are|sorry", Heading},
				{"1:30", "Refunded", ListItem},
				{"1:47", "Fixed", ListItem},
			},
		},
		{
			"br breaks lines",
			"<p>Sorry again.<br>Best,<br/>Priya</p>",
			[]sentence{
				{"1:4", "Sorry|again|.", Paragraph},
				{"1:20", "Best|,", Paragraph},
				{"1:30", "Priya", Paragraph},
			},
		},
		{
			"comments skipped",
			"<p>Sorry <!-- not prose --> again.</p>",
			[]sentence{{"1:4", "Sorry|again|.", Paragraph}},
		},
		{
			"lines and indentation",
			"<body>\n  <p>We&rsquo;re sorry.</p>\n\t<p>Bye.</p>\n</body>\n",
			[]sentence{{"2:6", "We|’re|sorry|.", Paragraph}, {"3:5", "Bye|.", Paragraph}},
		},
		{
			"bom",
			"\uFEFF<p>Sorry.</p>",
			[]sentence{{"1:4", "Sorry|.", Paragraph}},
		},
		{
			"upper-case tags",
			"<HTML><BODY><P>Sorry.</P></BODY></HTML>",
			[]sentence{{"1:16", "Sorry|.", Paragraph}},
		},
	})
}

// TestHTMLEntitySpans checks that a decoded character reference maps back to the whole
// reference in raw, in sentences, tokens and Find.
func TestHTMLEntitySpans(t *testing.T) {
	src := "<p>Hi Dana,</p><p>We&rsquo;re sorry &amp; sad.</p>"
	d := mustParse(t, src, HTML)
	s := d.Sentences()[1]
	if s.Text != "We’re sorry & sad." {
		t.Errorf("Sentence.Text = %q, want %q", s.Text, "We’re sorry & sad.")
	}
	if got, want := d.Slice(s.Span), "We&rsquo;re sorry &amp; sad."; got != want {
		t.Errorf("sentence raw = %q, want %q", got, want)
	}
	want := map[string]string{"We": "We", "’re": "&rsquo;re", "&": "&amp;", "sad": "sad"}
	for _, tok := range d.SentenceTokens(1) {
		if w, ok := want[tok.Text]; ok && d.Slice(tok.Span) != w {
			t.Errorf("token %q: raw %q, want %q", tok.Text, d.Slice(tok.Span), w)
		}
		if tok.Text == "’re" && tok.Norm != "'re" {
			t.Errorf("token %q: Norm = %q, want 're", tok.Text, tok.Norm)
		}
	}
	spans := d.Find(regexp.MustCompile(`We’re|&`))
	var got []string
	for _, sp := range spans {
		got = append(got, d.Slice(sp))
	}
	if w := []string{"We&rsquo;re", "&amp;"}; !reflect.DeepEqual(got, w) {
		t.Errorf("Find = %q, want %q", got, w)
	}
	got = nil
	for _, sp := range d.FindInSentence(1, regexp.MustCompile(`’re sorry`)) {
		got = append(got, d.Slice(sp))
	}
	if w := []string{"&rsquo;re sorry"}; !reflect.DeepEqual(got, w) {
		t.Errorf("FindInSentence = %q, want %q", got, w)
	}
}

// TestHTMLImpliedHeadEnd: </head> is optional; <body> ends the head.
func TestHTMLImpliedHeadEnd(t *testing.T) {
	d := mustParse(t, "<html><head><title>T</title><body><p>Sorry.</p></body></html>", HTML)
	if got := len(d.Sentences()); got != 1 {
		t.Errorf("%d sentences, want 1", got)
	}
}

// TestHTMLBodyInComment: only a real <body> tag limits the text to the body.
func TestHTMLBodyInComment(t *testing.T) {
	d := mustParse(t, "<!-- <body> --><p>Sorry.</p>", HTML)
	if got := len(d.Sentences()); got != 1 {
		t.Errorf("%d sentences, want 1", got)
	}
}

func TestFind(t *testing.T) {
	d := mustParse(t, "# Call {{phone}}\n\nMail `x@y.z` or help@example.com today.\n", Markdown)
	var got []string
	for _, sp := range d.Find(regexp.MustCompile(`\{\{\w+\}\}|\S+@\S+`)) {
		got = append(got, d.Slice(sp))
	}
	// Inline code is no prose, so x@y.z is not found.
	if want := []string{"{{phone}}", "help@example.com"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Find = %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want InputError
	}{
		{"nul", "ab\x00", InputError{1, 3, "NUL byte: not a text file"}},
		{"nul on second line", "Hi,\r\nx\x00", InputError{2, 2, "NUL byte: not a text file"}},
		{"nul after emoji", "😀\x00", InputError{1, 2, "NUL byte: not a text file"}},
		{"nul after bom", "\uFEFFa\x00", InputError{1, 2, "NUL byte: not a text file"}},
		{"latin-1 byte", "ok\nh\xffi", InputError{2, 2, "invalid UTF-8 byte 0xFF"}},
		{"latin-1 e acute", "caf\xe9", InputError{1, 4, "invalid UTF-8 byte 0xE9"}},
		{"truncated sequence at the end", "日本\n語\xe2\x80", InputError{2, 2, "invalid UTF-8 byte 0xE2"}},
		{"overlong encoding", "\xc0\xaf", InputError{1, 1, "invalid UTF-8 byte 0xC0"}},
		{"surrogate", "x\xed\xa0\x80", InputError{1, 2, "invalid UTF-8 byte 0xED"}},
		{"utf-16 bom", "\xff\xfeH\x00i\x00", InputError{1, 1, "invalid UTF-8 byte 0xFF"}},
	}
	for _, tt := range tests {
		for _, f := range []Format{Text, Markdown, HTML} {
			t.Run(tt.name+"/"+f.String(), func(t *testing.T) {
				d, err := Parse("draft", []byte(tt.src), f)
				if d != nil {
					t.Errorf("Parse returned a document")
				}
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("Parse error = %v, want an *InputError", err)
				}
				if *ie != tt.want {
					t.Errorf("Parse error = %q, want %q", ie, &tt.want)
				}
			})
		}
	}
	if got, want := (&InputError{2, 7, "NUL byte: not a text file"}).Error(), "2:7: NUL byte: not a text file"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	// A literal replacement character is valid UTF-8.
	if _, err := Parse("draft", []byte("Sorry \uFFFD."), Text); err != nil {
		t.Errorf("Parse of U+FFFD: %v", err)
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]Format{
		"a.txt": Text, "a.md": Markdown, "A.MARKDOWN": Markdown, "a.html": HTML, "a.HTM": HTML,
		"a": Text, "-": Text, "a.eml": Text,
	}
	for path, want := range tests {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"Sorry": "sorry", "’re": "'re", "‘tis": "'tis", "Apologise": "apologize",
		"apologised": "apologized", "cancelled": "canceled", "behaviour": "behavior",
		"emphasis": "emphasis", "emphasise": "emphasize", "apologize": "apologize",
		"we&rsquo;re": "we're", "&#39;s": "'s", "CANCELLED": "canceled", "ÜBER": "über",
		"Ünïcode’s": "ünïcode's", "plain": "plain", "": "", "R&D": "r&d",
	}
	for in, want := range tests {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		src  string
		f    Format
		want int
	}{
		{"", Text, 0},
		{"We are sorry.\n\nBest,\nPriya", Text, 5},
		{"# Sorry\n\n```\ncode words here\n```\nWe are.", Markdown, 3},
		{"<p>We are <b>sorry.</b></p><script>a b c</script>", HTML, 3},
	}
	for _, tt := range tests {
		d := mustParse(t, tt.src, tt.f)
		if got := d.Words(); got != tt.want {
			t.Errorf("Words() of %q = %d, want %d", tt.src, got, tt.want)
		}
		if got := d.IsEmpty(); got != (tt.want == 0) {
			t.Errorf("IsEmpty() of %q = %v, want %v", tt.src, got, tt.want == 0)
		}
	}
}

// TestWordsAfterMarkup: markup removed next to punctuation must not turn the punctuation into
// a word of its own.
func TestWordsAfterMarkup(t *testing.T) {
	tests := []struct {
		src  string
		f    Format
		want int
	}{
		{"We *are*.", Markdown, 2},
		{"<p>We are <b>sorry</b>.</p>", HTML, 3},
	}
	for _, tt := range tests {
		if got := mustParse(t, tt.src, tt.f).Words(); got != tt.want {
			t.Errorf("Words() of %q = %d, want %d", tt.src, got, tt.want)
		}
	}
}

// TestHTMLSkippedElementSeparates: a skipped element (script, style) or a stray end tag of one
// stands between the words around it, like any other tag.
func TestHTMLSkippedElementSeparates(t *testing.T) {
	for _, src := range []string{"<p>We are sorry<script>x()</script>again.</p>", "<p>Sorry</head>again.</p>"} {
		d := mustParse(t, src, HTML)
		var got []string
		for _, tok := range d.Tokens() {
			got = append(got, tok.Norm)
		}
		if !slices.Contains(got, "again") {
			t.Errorf("tokens of %q = %q, want \"again\" on its own", src, got)
		}
	}
}

// TestHTMLLegacyReference: a reference without its semicolon ("&nbsp" in "&nbsp0;") decodes only
// as far as it goes, and the rest is text with spans of its own.
func TestHTMLLegacyReference(t *testing.T) {
	d := mustParse(t, "<p>Sorry&nbsp0;</p>", HTML)
	checkSpans(t, d)
}

func TestCountWords(t *testing.T) {
	// The count of fields that hold a letter or a digit, as strings.Fields splits them.
	want := func(s string) int {
		n := 0
		for _, f := range strings.Fields(s) {
			if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				n++
			}
		}
		return n
	}
	for _, s := range []string{"", " ", "We  are .", "Hi Dana,\nthanks", "— — 42", "Zoë\u00a0Ng", "a\u2003b", "\xff\xfe x", "*", "éé-- --",
		"&rsquo; ’ “” x&rsquo;", "We&rsquo;re “sorry” ."} {
		if _, got := splitCountWords(s, nil); got != want(s) {
			t.Errorf("splitCountWords(%q) counts %d words, want %d", s, got, want(s))
		}
		if s == "" || !utf8.ValidString(s) {
			continue
		}
		d, err := Parse("x.txt", []byte(s), Text)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Words(); got != want(s) {
			t.Errorf("Parse(%q).Words() = %d, want %d", s, got, want(s))
		}
	}
}

// TestNormalizeInDocument checks that a token's Norm, which a document lowers from a copy of
// its whole text, is what Normalize makes of the token's text. The second line holds every ASCII
// mark as a token of its own, which a document takes as its own Norm.
func TestNormalizeInDocument(t *testing.T) {
	raw := "We APOLOGISE, Dana: the Colour &amp; the Behaviour were wrong. Café Élan’s CANCELLED order.\n" +
		"Sorry & thanks ; ( ) $ # % * + - / = @ [ ] ^ _ ` { | } ~ ' \" , : ! ? . \\ < >\n"
	for _, f := range []Format{Text, Markdown, HTML} {
		d, err := Parse("x", []byte(raw), f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range d.Tokens() {
			if want := Normalize(tok.Text); tok.Norm != want {
				t.Errorf("%v: Norm of %q = %q, want %q", f, tok.Text, tok.Norm, want)
			}
		}
	}
}

// TestNormalizeShoutedDocument checks the Norm of every token of a document written in capitals,
// whose lowered words outgrow the room first made for them many times over: the Norms lowered
// before each growth must still read right after it.
func TestNormalizeShoutedDocument(t *testing.T) {
	raw := strings.Repeat("WE APOLOGISE FOR THE DELAY, DANA. IT WAS OUR FAULT AND WE ARE SORRY!\n", 200)
	d, err := Parse("x.txt", []byte(raw), Text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range d.Tokens() {
		if want := Normalize(tok.Text); tok.Norm != want {
			t.Fatalf("Norm of %q at %v = %q, want %q", tok.Text, tok.Span, tok.Norm, want)
		}
	}
}

// TestParseLeavesRawAlone checks that parsing never writes to the file's bytes, which a plain
// text document's clean text starts out as.
func TestParseLeavesRawAlone(t *testing.T) {
	const text = "Hi {{ name }},\nSorry about {% if late %}the delay{% endif %}.\napologylint: disable-next-line vague-apology\nSorry for any inconvenience.\n"
	for _, src := range []string{text, "Hi {{ name }},\nSorry about {% if late %}the delay{% endif %}.\n"} {
		for _, tmpl := range []bool{false, true} {
			raw := []byte(src)
			if _, err := ParseWith("x.txt", raw, Text, Options{Template: tmpl}); err != nil {
				t.Fatal(err)
			}
			if string(raw) != src {
				t.Errorf("template %v: raw changed to %q", tmpl, raw)
			}
		}
	}
}
