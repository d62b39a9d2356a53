package draft

import (
	"math/rand/v2"
	"testing"
)

// TestSpanNear checks that spanNear maps every span as span does, for spans met in increasing
// order with gaps and for spans that go back.
func TestSpanNear(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var m offsetMap
		clean, raw := 0, 0
		for range 1 + r.IntN(12) {
			copied := r.IntN(2) == 0
			cl, rl := r.IntN(8), r.IntN(8)
			if copied {
				rl = cl
			}
			m.add(clean, raw, cl, rl, copied)
			clean, raw = clean+cl, raw+rl
		}
		hint := 0
		start := 0
		for range 60 {
			if r.IntN(10) == 0 {
				start = r.IntN(clean + 2) // back, or past the end
			}
			s := Span{start, start + r.IntN(5)}
			if got, want := m.spanNear(s, &hint), m.span(s); got != want {
				t.Fatalf("pieces %+v: spanNear(%v) = %v, span = %v", m.pieces, s, got, want)
			}
			start += r.IntN(4)
		}
	}
}
