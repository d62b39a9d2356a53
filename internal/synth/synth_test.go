package synth

import (
	"bytes"
	"testing"
	"unicode/utf8"
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
