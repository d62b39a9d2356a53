package draft

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/prosetest"
	"github.com/apologylint/apologylint/internal/synth"
)

// proseTags returns the tags prose reports for its tokens of text, or ok false where it panics.
func proseTags(text string) (tags []string, ok bool) {
	_, tags, ok = prosetest.Tokens(text)
	return tags, ok
}

// proseReported returns tagSentence's tags of text as prose would report them.
func proseReported(text string) []string {
	tags := tagSentence(text)
	reportLastOccurrence(text, splitWords(text, nil), tags)
	return tags
}

// reportLastOccurrence gives the tokens of a whitespace-separated field that occurs again later
// in text the tags of its last occurrence, as prose reports them, so that tags can be compared
// with prose's: prose's tokenizer caches the tokens of each field it splits and appends the same
// *Token values for every later occurrence (all but the text's last field, which it splits
// afresh), and its tagger writes each occurrence's tag into those shared tokens, so the last
// write wins.
func reportLastOccurrence(text string, spans []Span, tags []string) {
	type field struct {
		text        string // as prose sees it, after sanitize
		first, ntok int
	}
	var buf [64]field
	fields := buf[:0]
	k := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		first := k
		for k < len(spans) && spans[k].Start < j {
			k++
		}
		if k > first {
			f, _ := sanitize(text[i:j])
			fields = append(fields, field{f, first, k - first})
		}
		i = j
	}
	cached := len(fields)
	if last, _ := utf8.DecodeLastRuneInString(text); cached > 0 && !unicode.IsSpace(last) {
		cached-- // the last field runs to the end of the text: split afresh, not shared
	}
	for a := 0; a < cached; a++ {
		for b := cached - 1; b > a; b-- {
			if fields[b].text == fields[a].text && fields[b].ntok == fields[a].ntok {
				copy(tags[fields[a].first:fields[a].first+fields[a].ntok], tags[fields[b].first:])
				break
			}
		}
	}
}

// TestTagSentenceRepeatedFields checks that every occurrence of a repeated word is tagged in its
// own context, and that the tags are prose's once its sharing of tokens is modelled.
func TestTagSentenceRepeatedFields(t *testing.T) {
	// prose reports NN for both: the tag of the last "refund".
	text := "We will refund the refund today."
	if got := tagSentence(text); got[2] != "VB" || got[4] != "NN" {
		t.Errorf("%q: tags %q, want VB for the first refund and NN for the second", text, got)
	}
	for _, text := range []string{
		"I know that that is not what that means.",
		"We said we would, and we did it; we did.",
		"“Sorry” and \"Sorry\" and ‘sorry’ and 'sorry' again 'sorry'",
		"the end the end ",
		"so so",
	} {
		want, _ := proseTags(text)
		if got := proseReported(text); !slices.Equal(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", text, got, want)
		}
	}
}

// TestTagsMatchProse checks that tagging gives every sentence of the drafts in the repository
// and of a synthetic corpus the tags prose reports, as rules read them before the tagger was
// ported (none of these sentences has a tie between prose's best classes).
func TestTagsMatchProse(t *testing.T) {
	if testing.Short() {
		t.Skip("tags every sentence with prose")
	}
	type file struct {
		name string
		text []byte
	}
	var files []file
	for _, root := range []string{"../../rules/testdata", "../../testdata"} {
		err := filepath.WalkDir(root, func(path string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return err
			}
			b, err := os.ReadFile(path)
			files = append(files, file{path, b})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range synth.Corpus(300, 2) {
		files = append(files, file{d.Name, d.Text})
	}
	var sents, words int
	for _, f := range files {
		d, err := Parse(f.name, f.text, FormatOf(f.name))
		if err != nil {
			continue
		}
		for _, s := range d.Sentences() {
			want, ok := proseTags(s.Text)
			if !ok || s.End-s.First > maxTaggedTokens {
				continue
			}
			if got := proseReported(s.Text); !slices.Equal(got, want) {
				t.Errorf("%s: %q:\n got %q\nwant %q", f.name, s.Text, got, want)
			}
			sents++
			words += len(want)
		}
	}
	t.Logf("%d files, %d sentences, %d words: tags equal to prose's", len(files), sents, words)
}
