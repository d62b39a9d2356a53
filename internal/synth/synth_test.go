package synth

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
)

func TestCorpusIsDeterministicAndVaried(t *testing.T) {
	a, b := Corpus(200, 7), Corpus(200, 7)
	seen := map[string]bool{}
	total := 0
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Text, b[i].Text) {
			t.Fatalf("draft %d differs between two runs with the same seed", i)
		}
		if !utf8.Valid(a[i].Text) {
			t.Fatalf("%s is not valid UTF-8", a[i].Name)
		}
		seen[string(a[i].Text)] = true
		total += len(a[i].Text)
	}
	if len(seen) < 195 {
		t.Errorf("%d distinct drafts of 200, want nearly all distinct", len(seen))
	}
	if avg := total / len(a); avg < 800 || avg > 3000 {
		t.Errorf("average draft is %d bytes, want a realistic 0.8-3 KB", avg)
	}
}

// TestSentencesRarelyRepeat guards the corpus against repeated sentences, which the tokenizer's
// and the tagger's caches would make look cheap: only short lines (greetings, sign-offs) may
// repeat often.
func TestSentencesRarelyRepeat(t *testing.T) {
	seen, long := map[string]int{}, 0
	for _, d := range Corpus(500, 3) {
		doc, err := draft.Parse(d.Name, d.Text, draft.FormatOf(d.Name))
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		for _, s := range doc.Sentences() {
			if len(s.Text) >= 60 {
				seen[s.Text]++
				long++
			}
		}
	}
	if share := float64(len(seen)) / float64(long); share < 0.9 {
		t.Errorf("%d distinct of %d sentences of 60 bytes or more (%.0f%%), want 90%% or more", len(seen), long, 100*share)
	}
}
