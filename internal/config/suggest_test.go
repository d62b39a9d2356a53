package config

import "testing"

func TestLevenshtein(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"non-apolgy", "non-apology", 1},
		{"kitten", "sitting", 3},
		{"é", "e", 1},
	}
	for _, tt := range tests {
		if got := levenshtein(tt.a, tt.b); got != tt.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	if got, ok := Closest("severty", []string{"enabled", "severity"}); !ok || got != "severity" {
		t.Errorf("Closest(severty) = %q %v, want severity true", got, ok)
	}
	if _, ok := Closest("x", nil); ok {
		t.Errorf("Closest with no candidates = true, want false")
	}
}
