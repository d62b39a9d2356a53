package phrase

import (
	"fmt"
	"testing"
)

func TestWordTable(t *testing.T) {
	m := map[string]int32{}
	for i := range 3000 {
		// Lengths 1 to 20, and words that differ in one byte only, where a weak hash collides.
		w := fmt.Sprintf("%c%d%s", 'a'+i%26, i, "abcdefghijklmnopqrst"[:i%21])
		m[w] = int32(i)
	}
	m["a"], m["ab"], m["abc"], m["abcdefgh"], m["abcdefghi"] = 3000, 3001, 3002, 3003, 3004
	// Words of up to eight bytes are compared by their bytes packed into an integer: the
	// lengths where its two loads overlap, and a word that packs like a shorter one.
	m["abcd"], m["abcde"], m["abcdefg"], m["abcdefghij"], m["\x00"] = 3005, 3006, 3007, 3008, 3009
	tab := newWordTable(m)
	for w, id := range m {
		if got, ok := tab.get(w); !ok || got != id {
			t.Fatalf("get(%q) = %d, %v; want %d, true", w, got, ok, id)
		}
		for _, other := range []string{w + "x", w[:len(w)-1] + "\x00", "x" + w, w + "\x00", w[:len(w)-1]} {
			if _, in := m[other]; in {
				continue
			}
			if got, ok := tab.get(other); ok {
				t.Fatalf("get(%q) = %d, true; it is not in the table", other, got)
			}
		}
	}
	if _, ok := tab.get("abb"); ok {
		t.Error(`get("abb"), which packs as "ab" does, found a word`)
	}
	if _, ok := tab.get(""); ok {
		t.Error(`get("") found a word`)
	}
	if _, ok := (&wordTable{shift: 60, slots: make([]wordSlot, 16)}).get("we"); ok {
		t.Error("an empty table found a word")
	}
}
