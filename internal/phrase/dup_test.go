package phrase

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// TestRunSmallSets compares Run with runNFA on many small random Sets, some with Defs alike (a
// custom rule may list a phrase twice), over short random texts of their words.
func TestRunSmallSets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	pieces := []string{"a", "b", "_", "...", "{a|}", "{b|c a}", "!a", "{a|b|}", "^a", "^{a|b|}", "<be>", "!<be>", "b*"}
	words := []string{"a", "b", "c", "d", "is", "bee", "B", ".", "!\n\n"}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for range n {
		var defs []Def
		for range 1 + r.IntN(3) {
			var p []string
			for k := range 1 + r.IntN(4) {
				piece := pieces[r.IntN(len(pieces))]
				if k > 0 {
					piece = strings.TrimPrefix(piece, "^")
				}
				p = append(p, piece)
			}
			pat := strings.Join(p, " ")
			for range 1 + r.IntN(2) {
				defs = append(defs, Def{Owner: "o", Name: "n", Pattern: pat})
			}
		}
		set, err := Compile(defs, nil)
		if err != nil {
			continue
		}
		var tw []string
		for range r.IntN(20) {
			tw = append(tw, words[r.IntN(len(words))])
		}
		text := strings.Join(tw, " ")
		d, err := draft.Parse("t", []byte(text), draft.Text)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := set.Run(d), set.runNFA(d); !reflect.DeepEqual(got, want) {
			t.Fatalf("%v over %q:\n got %v\nwant %v", defs, text, got, want)
		}
	}
}
