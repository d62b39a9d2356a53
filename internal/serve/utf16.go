package serve

import (
	"slices"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Offsets converts byte offsets into raw to offsets in UTF-16 code units, which is how
// JavaScript indexes a string, in one pass over raw. Every offset in offs is a key of the result.
// An offset inside a character counts the whole character; one past the end counts all of raw.
func utf16Offsets(raw []byte, offs []int) map[int]int {
	sorted := slices.Clone(offs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	out := make(map[int]int, len(sorted))
	i, u := 0, 0 // byte offset and UTF-16 offset of the same place
	for _, off := range sorted {
		for i < off && i < len(raw) {
			r, n := utf8.DecodeRune(raw[i:])
			i += n
			u += max(utf16.RuneLen(r), 1)
		}
		out[off] = u
	}
	return out
}
