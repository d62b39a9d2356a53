package serve

import (
	"testing"
	"unicode/utf16"
)

func TestUTF16Offsets(t *testing.T) {
	tests := []struct {
		name string
		text string
		offs []int
		want map[int]int
	}{
		{"empty", "", []int{0}, map[int]int{0: 0}},
		{"ascii", "sorry", []int{0, 3, 5}, map[int]int{0: 0, 3: 3, 5: 5}},
		{"accent", "Zoë, sorry", []int{2, 4, 6, 10}, map[int]int{2: 2, 4: 3, 6: 5, 10: 9}},
		{"emoji", "👋 sorry", []int{4, 5, 10}, map[int]int{4: 2, 5: 3, 10: 8}},
		{"emoji with skin tone", "👋🏽sorry", []int{8, 13}, map[int]int{8: 4, 13: 9}},
		{"three-byte characters", "€5 – sorry", []int{3, 4, 5, 8, 9}, map[int]int{3: 1, 4: 2, 5: 3, 8: 4, 9: 5}},
		{"unsorted and repeated", "é👋x", []int{7, 2, 7, 0, 6}, map[int]int{0: 0, 2: 1, 6: 3, 7: 4}},
		{"inside a character counts it whole", "👋x", []int{2}, map[int]int{2: 2}},
		{"past the end counts everything", "é", []int{5}, map[int]int{5: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := utf16Offsets([]byte(tt.text), tt.offs)
			if len(got) != len(tt.want) {
				t.Errorf("utf16Offsets(%q, %v) = %v, want %v", tt.text, tt.offs, got, tt.want)
			}
			for off, w := range tt.want {
				if g, ok := got[off]; !ok || g != w {
					t.Errorf("utf16Offsets(%q)[%d] = %d, want %d", tt.text, off, g, w)
				}
			}
		})
	}
}

// FuzzUTF16Offsets checks every character boundary against the standard library's encoder.
func FuzzUTF16Offsets(f *testing.F) {
	for _, s := range []string{"", "sorry", "Zoë 👋🏽 café €5", "\xff\xfe broken"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var offs []int
		for i := range s {
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		got := utf16Offsets([]byte(s), offs)
		for _, off := range offs {
			if want := len(utf16.Encode([]rune(s[:off]))); got[off] != want {
				t.Fatalf("utf16Offsets(%q)[%d] = %d, want %d", s, off, got[off], want)
			}
		}
	})
}
