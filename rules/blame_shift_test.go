package rules

import (
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// TestBlameShiftExtraParties: parties named in the configuration are blamed like the built-in
// ones, as the doer of a failure or the agent of a failed passive, and only then.
func TestBlameShiftExtraParties(t *testing.T) {
	var rule lint.Rule
	for _, r := range All(Settings{ExtraPhrases: map[string][]string{"blame-shift": {"Parcelfast", "the night crew"}}}) {
		if r.ID == "blame-shift" {
			rule = r
		}
	}
	l, err := lint.New([]lint.Rule{rule})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"Parcelfast lost your parcel at their hub.", true},
		{"Your parcel was damaged by the night crew during loading.", true},
		{"Parcelfast will collect the parcel tomorrow.", false},
		{"The night crew packed a replacement for you this morning.", false},
	}
	for _, tt := range tests {
		d, err := draft.Parse("t.txt", []byte(tt.text), draft.Text)
		if err != nil {
			t.Fatal(err)
		}
		got := len(l.Lint(d)) > 0
		if got != tt.want {
			t.Errorf("blame-shift on %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}
