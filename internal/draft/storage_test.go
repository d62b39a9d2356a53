package draft

import (
	"reflect"
	"testing"
)

// TestReleaseReuse parses drafts one after another, releasing each, and checks that a parse on
// released storage reads as a fresh one and leaves what the released document returned intact.
func TestReleaseReuse(t *testing.T) {
	texts := []struct {
		name, text string
	}{
		{"a.txt", "Hi Dana,\n\nWe are sorry we charged you twice. We've refunded the second charge.\n\nBest,\nSam\n"},
		{"b.md", "# Our mistake\n\nWe *lost* your parcel. A new one ships today, and we’ve added tracking.\n\n- Call 0800 123 456\n"},
		{"c.html", "<p>We apologise for the delay.</p><p>Your refund is on its way.</p>"},
		{"d.txt", "Sorry."},
		{"e.txt", ""},
	}
	type snapshot struct {
		toks  []Token
		sents []Sentence
		words []string
		tags  [][]string
	}
	take := func(d *Document) snapshot {
		s := snapshot{toks: append([]Token(nil), d.Tokens()...), sents: append([]Sentence(nil), d.Sentences()...)}
		for _, tok := range d.Tokens() {
			s.words = append(s.words, tok.Text) // strings the caller keeps
		}
		for i := range d.Sentences() {
			s.tags = append(s.tags, d.Tags(i)) // a stale tag left in the storage would show here
		}
		return s
	}
	var kept []snapshot
	for round := range 3 {
		for i, tt := range texts {
			fresh, err := Parse(tt.name, []byte(tt.text), FormatOf(tt.name))
			if err != nil {
				t.Fatal(err)
			}
			want := take(fresh)
			// fresh is not released: the next parse may take storage released before it.
			d, err := Parse(tt.name, []byte(tt.text), FormatOf(tt.name))
			if err != nil {
				t.Fatal(err)
			}
			got := take(d)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, %s: parse on released storage differs from a fresh parse", round, tt.name)
			}
			d.Release()
			if d.Tokens() != nil || d.Sentences() != nil {
				t.Errorf("%s: a released document still lists its tokens", tt.name)
			}
			if round == 0 {
				kept = append(kept, got)
			} else if !reflect.DeepEqual(kept[i], got) {
				t.Errorf("%s: round %d reads differently from round 0", tt.name, round)
			}
		}
	}
}
