package draft

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// proseWords returns the tokens prose/v2's own tokenizer makes of text: the reference splitWords
// must agree with, since the tagger reads prose's tokens.
func proseWords(text string) (words []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose panicked: %v", r)
		}
	}()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	for _, t := range pd.Tokens() {
		words = append(words, t.Text)
	}
	return words, nil
}

// portWords returns splitWords' tokens as prose would spell them: with curly quotes and
// "&rsquo;" read as ASCII, as prose rewrites them.
func portWords(text string) []string {
	var words []string
	for _, sp := range splitWords(text, nil) {
		w, _ := sanitize(text[sp.Start:sp.End])
		words = append(words, w)
	}
	return words
}

var splitWordsCases = []string{
	"",
	"   ",
	"We're sorry we didn't ship it; they'll call.",
	"I'm sorry — we’re fixing it (really) and won't charge you $100.",
	"He said \"it's broken\" and 'we can't' [sic]!",
	"U.S. e.g. Mr. Dec. i.e., A.B.C. Mrs. Dr.",
	"Call us :) or :-( or (╯°□°）╯︵┻━┻ xD ¯\\(ツ)/¯",
	"“Quoted” and ‘single’ and we&rsquo;re &rsquo;s",
	"'sup 'll n't 's don't! ((($5))) ...",
	"İİİ'm İ's Straße's ÀB'LL ȺȺȺ'm ȺȺ's",
	"tab\tsep\nnew\u00a0nbsp\u2003em",
	"end.\"' x!?\" (a) [b] \"c\"",
	// A word and one mark: split without splitField, unless the whole is an abbreviation.
	"Sorry, today. Dec. Mr. AB. xD, XDD. dogs' 8D) 42% 42; Ok: U.S. A. e.g, $5 (x",
}

func TestSplitWordsMatchesProse(t *testing.T) {
	for _, text := range splitWordsCases {
		want, err := proseWords(text)
		if err != nil || lowerResizes(text) {
			continue // prose panics, or cuts a word mid-character (see contractionIndex)
		}
		if got := portWords(text); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q)\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestSplitWordsSpans(t *testing.T) {
	text := "We’re sorry &rsquo;twas (late)."
	var got []string
	for _, sp := range splitWords(text, nil) {
		got = append(got, text[sp.Start:sp.End])
	}
	want := []string{"We", "’re", "sorry", "&rsquo;twas", "(", "late", ")", "."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// FuzzSplitWords checks splitWords against prose's tokenizer on any valid text, and that its
// spans lie in order inside the text, never cutting a character in two.
func FuzzSplitWords(f *testing.F) {
	for _, s := range splitWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8ValidNoNUL(text) {
			t.Skip()
		}
		prev := 0
		for _, sp := range splitWords(text, nil) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("span %v out of order or bounds after %d in %q", sp, prev, text)
			}
			if !utf8ValidNoNUL(text[sp.Start:sp.End]) {
				t.Fatalf("span %v cuts a character in %q", sp, text)
			}
			prev = sp.End
		}
		want, err := proseWords(text)
		if err != nil || lowerResizes(text) {
			return // prose cuts such words mid-character (see contractionIndex)
		}
		if got := portWords(text); !slices.Equal(got, want) {
			t.Fatalf("splitWords(%q)\n got %q\nwant %q", text, got, want)
		}
	})
}

func utf8ValidNoNUL(s string) bool {
	return strings.ToValidUTF8(s, "\uFFFD") == s && !strings.ContainsRune(s, 0)
}

// prose's tokenizer panics on a word it cuts past its end; tagging does not call it, and must
// tag such a sentence like any other.
func TestTagsSurviveProsePanic(t *testing.T) {
	d, err := Parse("x.txt", []byte("We ȺȺȺȺ'm sorry about it."), Text)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Tags(0)); got != len(d.SentenceTokens(0)) {
		t.Errorf("got %d tags for %d tokens", got, len(d.SentenceTokens(0)))
	}
}

// A line with no full stop, question or exclamation mark before its end is one sentence for
// Punkt: segment skips Punkt on such lines, and must lose nothing by it.
func TestLinesPunktWouldNotSplit(t *testing.T) {
	seg, err := segmenter()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"Hi Dana,", "Best wishes", "Thanks for your patience!", "We are so sorry…", "Priya — Head of Support",
		"“We’re sorry,” she said", "Call 0800 123 456 (free)", "e-mail help@example.com", "Is it fixed?!",
		"Sorry :)", "-- Sam", "x", "  spaced out  ", "Wait...", "(see below)", "Fixed [ORDER]",
	}
	lines = append(lines, draftLines(t)...)
	checked := 0
	for _, line := range lines {
		if mayEndSentenceWithin(line) {
			continue
		}
		checked++
		if got := seg.Tokenize(line); len(got) > 1 {
			t.Errorf("Punkt splits %q into %d sentences", line, len(got))
		}
	}
	if checked < 20 {
		t.Fatalf("only %d lines checked", checked)
	}
}

// draftLines returns the lines of the labelled drafts under testdata.
func draftLines(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/drafts/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no drafts: %v", err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// lowerResizes reports whether lower case changes the length of a character of text, where
// prose's cuts and splitWords' part ways.
func lowerResizes(text string) bool {
	for _, r := range text {
		if utf8.RuneLen(unicode.ToLower(r)) != utf8.RuneLen(r) {
			return true
		}
	}
	return false
}

// TestASCIISpace checks the table splitWords reads ASCII space from against unicode.IsSpace.
func TestASCIISpace(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		if asciiSpace[c] != unicode.IsSpace(c) {
			t.Errorf("asciiSpace[%q] = %v, unicode.IsSpace says %v", c, asciiSpace[c], unicode.IsSpace(c))
		}
	}
}
