package draft

import (
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/apologylint/apologylint/internal/synth"
	"github.com/jdkato/prose/v2"
)

var proseModel = sync.OnceValue(func() *prose.Model {
	pd, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		panic(err)
	}
	return pd.Model
})

// proseTags returns the tags prose reports for its tokens of text, or ok false where it panics.
func proseTags(text string) (tags []string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(proseModel()))
	if err != nil {
		return nil, false
	}
	for _, t := range pd.Tokens() {
		tags = append(tags, t.Tag)
	}
	return tags, true
}

func TestTagSentenceRepeatedFields(t *testing.T) {
	for _, text := range []string{
		"I know that that is not what that means.",
		"We said we would, and we did it; we did.",
		"“Sorry” and \"Sorry\" and ‘sorry’ and 'sorry' again 'sorry'",
		"the end the end ",
		"so so",
	} {
		want, _ := proseTags(text)
		if got := tagSentence(text); !slices.Equal(got, want) {
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
			if got := tagSentence(s.Text); !slices.Equal(got, want) {
				t.Errorf("%s: %q:\n got %q\nwant %q", f.name, s.Text, got, want)
			}
			sents++
			words += len(want)
		}
	}
	t.Logf("%d files, %d sentences, %d words: tags equal to prose's", len(files), sents, words)
}
