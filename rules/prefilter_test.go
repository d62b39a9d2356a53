package rules

import (
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

var slotSeeds = []string{
	"", "Hi {first_name},", "Hi <NAME>", "[Customer Name]", "50%", "XX/XX/XXXX", "X.", "X:", "X-",
	"X/X", "X.XX", "X:X", "X-X", "(X-X)", "éX-X", "JX-X", "JX-159358", "X-1", "_X:X",
	"DD/MM/YYYY", "TODO: amount", "TODO", "FIXME", "TBD", "INSERT DATE",
	"insert name here", "Insert", "___", "(your name)", "(Your name)", "(YOUR NAME)", "(enter x)",
	"(Enter x)", "(ENTER x)", "(ent", "Hi NAME,", "CUSTOMER", "$NAME", "$first_name", "$5",
	"price $ 5", "Dear Ms Kowalski,", "We now check every order.", "(y", "odo", "ODO:", "X", "todo:",
}

// maySlotMissed returns the first slot placeholderRE or placeholderDollarRE finds in line
// although maySlot turned the line away, or "".
func maySlotMissed(line string) string {
	if maySlot(line) {
		return ""
	}
	if m := placeholderRE.FindString(line); m != "" {
		return m
	}
	return placeholderDollarRE.FindString(line)
}

// TestMaySlot checks that maySlot lets through every line with a slot, in every case the
// expression's case-blind parts accept, and turns away lines without one.
func TestMaySlot(t *testing.T) {
	seeds := append(slotSeeds, "ToDo:", "InSert name here", "(eNTER name)", "(yOUR name)", "(iNsErT x)", "inſert name here")
	for _, s := range seeds {
		if m := maySlotMissed(s); m != "" {
			t.Errorf("maySlot(%q) = false, but it holds the slot %q", s, m)
		}
	}
	for _, s := range []string{"We now check every order.", "Dear Ms Kowalski,", "Sorry for the delay", "price $ 5",
		"quoting JX-159358.", "X-ray", "JX-X"} {
		if maySlot(s) {
			t.Errorf("maySlot(%q) = true for a line without a slot", s)
		}
	}
}

// FuzzMaySlot checks that maySlot never turns away a line with a slot. Run it with
// `go test ./rules -run '^$' -fuzz FuzzMaySlot`.
func FuzzMaySlot(f *testing.F) {
	for _, s := range slotSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m := maySlotMissed(s); m != "" {
			t.Errorf("maySlot(%q) = false, but it holds the slot %q", s, m)
		}
	})
}

// TestIsPassiveAux checks the switch against its list, whose words are their own normal form,
// as the tokens' Norm it is asked about.
func TestIsPassiveAux(t *testing.T) {
	for _, w := range passiveAuxWords {
		if draft.Normalize(w) != w || !isPassiveAux(w) {
			t.Errorf("isPassiveAux(%q) = %v, Normalize = %q", w, isPassiveAux(w), draft.Normalize(w))
		}
	}
	for _, w := range []string{"", "a", "i", "we", "were ", "Been", "gotta", "got'", "bee", "ams"} {
		if isPassiveAux(w) {
			t.Errorf("isPassiveAux(%q) = true", w)
		}
	}
}
