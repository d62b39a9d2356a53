package rules

import (
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// maySlotByContains is maySlot as the list of triggers defines it: one strings.Contains per
// trigger.
func maySlotByContains(line string) bool {
	for _, t := range placeholderTriggers {
		if strings.Contains(line, t) {
			return true
		}
	}
	return strings.IndexByte(line, '$') >= 0 && placeholderDollarRE.MatchString(line)
}

var slotSeeds = []string{
	"", "Hi {first_name},", "Hi <NAME>", "[Customer Name]", "50%", "XX/XX/XXXX", "X.", "X:", "X-",
	"DD/MM/YYYY", "TODO: amount", "TODO", "FIXME", "TBD", "INSERT DATE",
	"insert name here", "Insert", "___", "(your name)", "(Your name)", "(YOUR NAME)", "(enter x)",
	"(Enter x)", "(ENTER x)", "(ent", "Hi NAME,", "CUSTOMER", "$NAME", "$first_name", "$5",
	"price $ 5", "Dear Ms Kowalski,", "We now check every order.", "(y", "odo", "ODO:", "X", "todo:",
}

// slotTriggerGaps are slots placeholderRE finds and placeholderTriggers miss: the triggers list
// the usual spellings of the case-blind alternatives ("todo:", "insert ... here", "(enter"),
// not every mix of cases. maySlot keeps the triggers' answers, so that findings do not change
// with it; widening the triggers is a change of behaviour of its own.
var slotTriggerGaps = []string{"ToDo:", "InSert name here", "(eNTER name)", "(yOUR name)"}

func TestMaySlotIsItsTriggers(t *testing.T) {
	for _, s := range append(slotSeeds, slotTriggerGaps...) {
		if got, want := maySlot(s), maySlotByContains(s); got != want {
			t.Errorf("maySlot(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range slotSeeds {
		if placeholderRE.MatchString(s) && !maySlot(s) {
			t.Errorf("placeholderRE matches %q, which maySlot rejects", s)
		}
	}
	for _, s := range slotTriggerGaps {
		if !placeholderRE.MatchString(s) || maySlot(s) {
			t.Errorf("%q is no longer a gap of the triggers: move it to slotSeeds", s)
		}
	}
}

// FuzzMaySlot checks that maySlot answers as its triggers do. Run it with
// `go test ./rules -run '^$' -fuzz FuzzMaySlot`.
func FuzzMaySlot(f *testing.F) {
	for _, s := range slotSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := maySlot(s), maySlotByContains(s); got != want {
			t.Errorf("maySlot(%q) = %v, want %v", s, got, want)
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
