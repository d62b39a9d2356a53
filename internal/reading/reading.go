// Package reading judges each sentence of a draft once, for every rule to share: which apology
// expressions it holds and whether each is genuine, vague or a non-apology; whether the sentence
// owns the failure, names a remedy, a prevention step or a contact channel; which words are
// quoted speech. Rules read these judgments instead of re-deriving them, so that non-apology,
// vague-apology and missing-apology cannot disagree about the same sentence.
package reading

import (
	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
)

// Owner is the owner name of the reading's phrases in the engine's shared automaton.
const Owner = "reading"

// Kind classifies one apology expression.
type Kind int

// Apology kinds.
const (
	// Genuine is a first-person apology for something named: "we're sorry we double-charged you".
	Genuine Kind = iota + 1
	// Vague is a first-person apology whose object is generic or missing: "sorry for any
	// inconvenience", "Sorry about that!", "I am so sorry.".
	Vague
	// NonApology is regret aimed at the reader's feelings ("sorry you feel that way"), made
	// conditional ("we apologize if", "this may have caused"), or sympathy ("sorry to hear").
	NonApology
	// Reported is an apology word that is not the writer apologising: a third party's
	// apology ("the courier apologised"), "feel sorry for", "a sorry state".
	Reported
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Genuine:
		return "genuine"
	case Vague:
		return "vague"
	case NonApology:
		return "non-apology"
	case Reported:
		return "reported"
	}
	return "none"
}

// Reason says why an expression is a non-apology.
type Reason int

// Reasons for NonApology.
const (
	NoReason Reason = iota
	// Feelings: the regret is for the reader's feelings or reaction ("sorry you feel that way").
	Feelings
	// Conditional: the regret depends on a condition ("if", "may have caused").
	Conditional
	// Sympathy: the regret only sympathises with the news ("sorry to hear").
	Sympathy
)

// Apology is one apology expression: "sorry", "apologize" in any form, "apology", "apologies",
// "regret" as a verb, "forgive us/me". Every one counts for over-apology, whatever its kind.
type Apology struct {
	Sentence int
	Tok      int        // token index of the apology word
	Word     draft.Span // the apology word itself
	Kind     Kind
	Reason   Reason     // for NonApology
	Phrase   draft.Span // the words that make it what it is: "sorry you feel", "for any inconvenience"
	Object   draft.Span // what it apologises for, when named; zero when there is none
	objEnd   int        // token index just past the apology's clause
}

// Evidence is a span of text that shows a sentence has some quality (a remedy, a step...).
type Evidence struct {
	Sentence int
	Span     draft.Span
}

// Sentence is the judgment of one sentence.
type Sentence struct {
	Apologies  []int // indexes into Reading.Apologies
	Owns       bool  // the writer takes responsibility: "that is on us", "it was my call"
	Remedy     bool  // something done or to be done to put things right for the reader
	Prevention bool  // a step or commitment against a repeat
	// Step is true when the sentence names a concrete step against a repeat: a new check,
	// test, rule or change ("our team now checks every hold older than 48 hours").
	Step    bool
	promise bool // holds a promise that names no step
	forward bool // holds a forward-looking commitment ("from now on")
	Contact bool // a way to reach a person
	// Heading is true for a heading block ("## How we'll prevent this").
	Heading bool
}

// Reading is the shared judgment of one document.
type Reading struct {
	Apologies []Apology
	Sentences []Sentence
	// Remedies, Preventions and Contacts hold the evidence for the sentence flags, in order.
	Remedies, Preventions, Contacts []Evidence
	// Promises are promises against a repeat that name no step of their own ("we will do
	// better"), one per sentence.
	Promises []Evidence
	quoted   []bool // per token: inside quoted speech
	// noAddressLines is set when no line of the document's prose may hold an e-mail or web
	// address, as the tests before emailRE and urlRE find them (see findInLines). Every line
	// that may hold a domain name (mayHoldDomainName) passes one of them, so then the signature
	// need not look for the organisation's domain names.
	noAddressLines bool
	// signature is the document's signature, read on first use by Signature.
	signature *Signature
}

// Quoted reports whether token i lies inside quoted speech, which is not the writer's own words.
func (r *Reading) Quoted(i int) bool { return i >= 0 && i < len(r.quoted) && r.quoted[i] }

// OwnedNear reports whether the writer takes responsibility next to sentence i: in i itself,
// the sentence before it in its paragraph, the next one or two, or anywhere in its paragraph. A
// cause named next to "that is on us" is an explanation, not an excuse or a blame-shift.
func (r *Reading) OwnedNear(d *draft.Document, i int) bool {
	sents := d.Sentences()
	for j := i - 1; j <= i+2 && j < len(sents); j++ {
		if j < 0 || !r.Sentences[j].Owns {
			continue
		}
		if j == i+2 && sents[j].Block == sents[i].Block {
			continue // two sentences on, in the same paragraph, is covered by the paragraph
		}
		if j < i && sents[j].Block != sents[i].Block {
			continue
		}
		return true
	}
	return r.OwnedInParagraph(d, i)
}

// OwnedInParagraph reports whether a sentence of sentence i's paragraph takes responsibility.
// An outright disclaimer ("beyond our control") is only taken back in its own paragraph.
func (r *Reading) OwnedInParagraph(d *draft.Document, i int) bool {
	b := d.Blocks()[d.Sentences()[i].Block]
	for j := b.First; j < b.End; j++ {
		if r.Sentences[j].Owns {
			return true
		}
	}
	return false
}

// HasApology reports whether the document holds a first-person apology, genuine or vague.
func (r *Reading) HasApology() bool {
	for _, a := range r.Apologies {
		if a.Kind == Genuine || a.Kind == Vague {
			return true
		}
	}
	return false
}

// HasRemedy reports whether any sentence says how the harm is put right.
func (r *Reading) HasRemedy() bool { return len(r.Remedies) > 0 }

// HasPrevention reports whether any sentence names a step or commitment against a repeat.
func (r *Reading) HasPrevention() bool { return len(r.Preventions) > 0 }

// HasContact reports whether any sentence gives a way to reach a person.
func (r *Reading) HasContact() bool { return len(r.Contacts) > 0 }

// Read judges every sentence of d, given the matches of Phrases.
func Read(d *draft.Document, matches []phrase.Match) *Reading {
	r := &Reading{Sentences: make([]Sentence, len(d.Sentences()))}
	lines := findInLines(d)
	r.quoted = quotedTokens(d, lines.quotes)
	for i, s := range d.Sentences() {
		r.Sentences[i].Heading = d.Blocks()[s.Block].Kind == draft.Heading
	}
	r.readApologies(d, matches)
	r.readMatches(d, matches)
	r.settleSteps()
	r.readRegexps(d, lines)
	return r
}
