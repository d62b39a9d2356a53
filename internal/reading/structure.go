package reading

import "github.com/apologylint/apologylint/internal/draft"

// Part is one part of a good apology, as the structure check-list names it.
type Part struct {
	Name    string // acknowledge, apologise, remedy, prevention, contact, signed
	Present bool
	// Span shows the words that satisfy the part; zero when the part is missing.
	Span draft.Span
}

// PartNames are the parts of the structure check-list, in the order a good apology takes them.
// "signed" is listed only for documents a person should sign (see Signature.Judged): a short
// reply or a status page is neither signed nor missing a signature.
var PartNames = []string{"acknowledge", "apologise", "remedy", "prevention", "contact", "signed"}

// Structure reads the document's structure with the same judgments the rules use: whether it
// names what went wrong (a genuine apology names its object; failing that, a sentence that owns
// the failure), apologises in the first person, and gives a remedy, a prevention step and a
// contact channel, and whether a named person signs it.
func (r *Reading) Structure(d *draft.Document) []Part {
	parts := make([]Part, len(PartNames))
	for i, n := range PartNames {
		parts[i].Name = n
	}
	set := func(i int, sp draft.Span) {
		if !parts[i].Present {
			parts[i].Present, parts[i].Span = true, sp
		}
	}
	for _, a := range r.Apologies {
		switch a.Kind {
		case Genuine:
			set(0, a.Object)
			set(1, a.Phrase)
		case Vague:
			set(1, a.Phrase)
		}
	}
	if !parts[0].Present {
		for i, s := range r.Sentences {
			if s.Owns {
				set(0, d.Sentences()[i].Span)
				break
			}
		}
	}
	if len(r.Remedies) > 0 {
		set(2, r.Remedies[0].Span)
	}
	if len(r.Preventions) > 0 {
		set(3, r.Preventions[0].Span)
	}
	if len(r.Contacts) > 0 {
		set(4, r.Contacts[0].Span)
	}
	// A text nobody signs (a short reply, a status page) has no "signed" part, rather than a
	// missing one.
	signed := len(PartNames) - 1
	if sig := r.Signature(d); !sig.Judged {
		parts = parts[:signed]
	} else if sig.Signed {
		set(signed, sig.Line)
	}
	return parts
}
