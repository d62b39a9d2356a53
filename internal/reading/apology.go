package reading

import (
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
)

// isApologyWord reports whether the token at i is an apology expression, and how many tokens the
// expression spans ("forgive us" is two).
func isApologyWord(toks []draft.Token, i, first int) (bool, int) {
	n := toks[i].Norm
	switch {
	case n == "sorry":
		if i > first {
			p := toks[i-1].Norm
			// "feel sorry for them", "a sorry state", "say sorry".
			if p == "a" || p == "feel" || p == "felt" || p == "say" || p == "said" || p == "saying" {
				return false, 0
			}
		}
		return true, 1
	case strings.HasPrefix(n, "apologiz"), n == "apology", n == "apologies":
		return true, 1
	case n == "regret" || n == "regrets" || n == "regretted" || n == "regretting":
		// Only the verb: "we regret that", not "our regret", "with regret", "no regrets".
		if i > first {
			switch toks[i-1].Norm {
			case "our", "my", "with", "no", "any", "the", "a", "of", "deep", "great", "sincere", "sincerest":
				return false, 0
			}
		}
		return true, 1
	case n == "forgive":
		if i+1 < len(toks) && (toks[i+1].Norm == "us" || toks[i+1].Norm == "me") {
			return true, 2
		}
	}
	return false, 0
}

// leadIn are words that may stand before a subjectless apology without being its subject:
// "So sorry we ...", "Again, sorry for ...", "@sam Sorry to hear ...".
var leadIn = set("so", "very", "really", "truly", "deeply", "sincerely", "terribly", "again", "and",
	"but", "also", "once", "more", "oh", "ok", "okay", "hi", "hey", "hello", "please", "accept", "the",
	"first", "firstly", "finally", "lastly", "most", "of", "all", "above", "just", "wanted", "to",
	"want", "with", "many", "a", "huge", "big", "sincere", "sincerest", "deepest", "heartfelt",
	"humble", "profound", "profuse", "unreserved", "full", "complete", "genuine", "honest", "simple",
	"word", "quick", "again", "now", "then", "here", "is", "'s", "an", "owe", "you", "extend", "offer",
	"send", "say", "let", "us", "me", "like", "would", "'d", "begin", "start", "writing", "write",
	"am", "'m", "are", "'re", "was", "were", "be", "been", "do", "does", "did", "truly", "do")

// firstPerson are words that make an apology the writer's own.
var firstPerson = set("i", "we", "my", "our", "us", "me", "myself", "ourselves")

// objectSkip are words between an apology word and its object that say nothing about the object:
// "sorry again for", "apologise unreservedly for", "apologise to every one of you for".
var objectSkip = set("so", "very", "really", "truly", "deeply", "sincerely", "terribly", "again",
	"also", "once", "more", "unreservedly", "profusely", "wholeheartedly", "fully", "humbly",
	"unconditionally", "most", "in", "particular", "especially", "all", "too", "as", "well")

// clauseEnd are the tokens that end the clause an apology word governs.
var clauseEnd = set(".", "!", "?", ";", ":", "—", "–", "--", "but", "however", "though", "although", "(", ")")

// genericObjects are heads of apology objects that do not say what went wrong.
var genericObjects = set("inconvenience", "inconveniences", "trouble", "troubles", "confusion",
	"mix-up", "mixup", "mix", "issue", "issues", "problem", "problems", "situation", "hassle",
	"disruption", "disruptions", "error", "errors", "mistake", "mistakes", "experience",
	"everything", "this", "that", "it", "all", "what", "mess", "oversight", "misunderstanding",
	"difficulties", "difficulty", "annoyance", "nuisance", "any", "whatever", "things", "events",
	"incident", "matter", "way")

// determiners may stand before a generic head without making it specific.
var determiners = set("any", "the", "all", "this", "that", "these", "those", "such", "and",
	"of", "an", "a", "recent", "unfortunate", "earlier", "whole", "entire", "minor", "small",
	"slight", "little", "some", "potential", "possible", "latest", "last", "ongoing", "temporary",
	"technical", "unexpected", "your", "or")

// genericTail are words that may follow a generic head and still leave it generic:
// "the inconvenience this has caused", "what happened with your account this week".
var genericTail = set("this", "it", "that", "caused", "created", "with", "you", "we", "to", "on",
	"in", "recently", "today", "yesterday", "earlier", "last", "has", "have", "had", "happened",
	"may", "experienced", "'ve", "here", "there", "at", "during", "for", "and", "or", "which",
	"over", "around", "about", "regarding", "concerning", "lately", "these", "past", "few",
	"days", "weeks", "week", "this", "time", "again", "all", "'s", "is", "was", "were", "yours", "your")

// readerWords name the reader or readers as the subject of a feeling.
var readerWords = set("you", "anyone", "anybody", "customers", "some", "people", "everyone",
	"somebody", "someone", "guests", "users", "readers", "members", "fans", "followers",
	"players", "viewers", "listeners", "clients", "patients", "passengers", "parents",
	"residents", "subscribers", "those", "many", "any", "audience", "attendees", "shoppers", "all")

// feelingWords are reactions a non-apology regrets instead of the act.
var feelingWords = set("feel", "feels", "felt", "feeling", "feelings", "upset", "unhappy",
	"disappointed", "disappointment", "offended", "offence", "offense", "frustrated",
	"frustration", "annoyed", "angry", "anger", "hurt", "dissatisfied", "dissatisfaction",
	"inconvenienced", "confused", "concerned", "concern", "worried", "distressed", "distress",
	"displeased", "displeasure", "bothered", "uncomfortable", "saddened", "troubled", "misled",
	"insulted", "aggrieved", "alarmed", "irritated", "expectations", "expectation", "perceived",
	"perception", "impression", "interpreted", "unsatisfied", "dismayed")

// sympathyVerbs follow "sorry to" in sympathy that is not an apology: "sorry to hear".
var sympathyVerbs = set("hear", "learn", "read", "see", "find", "know", "discover", "notice",
	"receive", "get")

// conditionWords make an apology conditional when they open its clause: "sorry if".
var conditionWords = set("if", "should", "whether", "insofar", "where")

// hedgeModals make an apology conditional anywhere in its object: "this may have caused".
var hedgeModals = set("may", "might")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[draft.Normalize(w)] = true
	}
	return m
}

// readApologies finds and classifies every apology expression.
func (r *Reading) readApologies(d *draft.Document) {
	toks := d.Tokens()
	for si, s := range d.Sentences() {
		for i := s.First; i < s.End; i++ {
			ok, n := isApologyWord(toks, i, s.First)
			if !ok || r.Quoted(i) {
				continue
			}
			a := classify(d, toks, s, si, i, n)
			r.Sentences[si].Apologies = append(r.Sentences[si].Apologies, len(r.Apologies))
			r.Apologies = append(r.Apologies, a)
			i += n - 1
		}
	}
}

// classify judges the apology expression at token i (n tokens long) of sentence s.
func classify(d *draft.Document, toks []draft.Token, s draft.Sentence, si, i, n int) Apology {
	a := Apology{Sentence: si, Tok: i, Word: d.TokenSpan(i, i+n-1)}
	word := toks[i].Norm

	// The clause the apology governs: from the word to the next clause end.
	end := i + n
	for end < s.End && !clauseEnd[toks[end].Norm] {
		end++
	}
	// Skip intensifiers and "to <whom>" before the object.
	j := i + n
	for j < end && (objectSkip[toks[j].Norm] || toks[j].Norm == ",") {
		j++
	}
	phraseEnd := func(k int) draft.Span { return d.TokenSpan(i, max(i+n-1, min(k, end-1))) }

	// Sympathy: "sorry to hear that ...".
	if j+1 < end && toks[j].Norm == "to" && sympathyVerbs[toks[j+1].Norm] {
		a.Kind, a.Reason, a.Phrase = NonApology, Sympathy, phraseEnd(j+1)
		return a
	}
	// "apologise to our tenants for", "sorry to everyone who": the object follows "for", or the
	// "who" clause is the object.
	if j < end && toks[j].Norm == "to" && !isVerbAfterTo(toks, j, end) {
		k := j + 1
		for k < end && toks[k].Norm != "for" && toks[k].Norm != "who" && toks[k].Norm != "that" && toks[k].Norm != "if" {
			k++
		}
		if k < end && (toks[k].Norm == "who" || toks[k].Norm == "that") && feelingIn(toks, k+1, min(end, k+6)) {
			a.Kind, a.Reason, a.Phrase = NonApology, Feelings, phraseEnd(min(end, k+6)-1)
			return a
		}
		if k < end {
			j = k
		}
	}
	// Conditional: "sorry if", "apologize if anyone", "sorry, should you".
	if j < end && conditionWords[toks[j].Norm] {
		a.Kind, a.Reason, a.Phrase = NonApology, Conditional, phraseEnd(j)
		return a
	}
	if j+1 < end && (toks[j].Norm == "for" || toks[j].Norm == "that") && conditionWords[toks[j+1].Norm] && toks[j+1].Norm == "if" {
		a.Kind, a.Reason, a.Phrase = NonApology, Conditional, phraseEnd(j+1)
		return a
	}
	// Conditional anywhere in the object: "for any inconvenience this may have caused".
	for k := j; k < end; k++ {
		// "May" written with a capital inside a sentence is the month.
		if hedgeModals[toks[k].Norm] && toks[k].Text[0] >= 'a' {
			a.Kind, a.Reason, a.Phrase = NonApology, Conditional, phraseEnd(k+2)
			return a
		}
	}
	// Feelings: "sorry (that) you feel", "regret that you were unhappy", "sorry some guests were
	// disappointed", "did not live up to your expectations", "sorry for your frustration".
	if f, k := aimedAtFeelings(toks, j, end); f {
		a.Kind, a.Reason, a.Phrase = NonApology, Feelings, phraseEnd(k)
		return a
	}

	if !isFirstPerson(toks, s.First, i, word) {
		a.Kind = Reported
		return a
	}

	// Vague: no object at all, or a generic one.
	obj := j
	if obj < end && (toks[obj].Norm == "for" || toks[obj].Norm == "about" || toks[obj].Norm == "over" || toks[obj].Norm == "regarding") {
		obj++
	}
	if obj >= end || onlyApologyWords(toks, obj, end) || toks[obj].Norm == "," {
		a.Kind, a.Phrase = Vague, a.Word
		if obj > j && obj < end {
			a.Phrase = phraseEnd(end - 1)
		}
		return a
	}
	if obj == j && toks[obj].Norm == "that" && obj+1 < end {
		// "sorry that ..." opens a clause: judge the clause, not the word "that".
		obj++
		for obj < end && toks[obj].Norm == "," {
			obj++
		}
	}
	if generic(toks, obj, end) {
		a.Kind, a.Phrase = Vague, d.TokenSpan(i, end-1)
		a.Object = d.TokenSpan(obj, end-1)
		return a
	}
	a.Kind = Genuine
	a.Object = d.TokenSpan(obj, end-1)
	a.Phrase = d.TokenSpan(i, end-1)
	return a
}

// isVerbAfterTo reports whether "to" at j starts an infinitive that is the apology's object
// ("sorry to have kept you waiting", "sorry to say"), rather than naming whom it is to.
func isVerbAfterTo(toks []draft.Token, j, end int) bool {
	if j+1 >= end {
		return false
	}
	switch toks[j+1].Norm {
	case "have", "keep", "say", "tell", "let", "inform", "report", "announce", "bother", "trouble", "disappoint", "cause", "be":
		return true
	}
	return false
}

// isFirstPerson reports whether the apology word at i is the writer's: a first-person word
// before it in its clause ("I'm sorry", "please accept our apologies", "forgive us"), or nothing
// before it but lead-in words ("Sorry for", "So sorry we", "Again, apologies").
func isFirstPerson(toks []draft.Token, first, i int, word string) bool {
	if word == "forgive" {
		return true
	}
	start := i
	for start > first && !clauseEnd[toks[start-1].Norm] && toks[start-1].Norm != "," {
		start--
	}
	lead := true
	for k := start; k < i; k++ {
		n := toks[k].Norm
		if firstPerson[n] && (n != "our" && n != "my" || onlyLeadIn(toks, k+1, i)) {
			return true
		}
		if !leadIn[n] && !strings.HasPrefix(n, "@") {
			lead = false
		}
	}
	if lead {
		return true
	}
	// "Hi Dana, I'm sorry" is caught above; "Dana, sorry" is caught by the comma. Whatever else
	// stands before the word is a subject of its own: "the courier apologised".
	return false
}

// onlyLeadIn reports whether [from, to) holds only lead-in words: "our sincere" apologies.
func onlyLeadIn(toks []draft.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if !leadIn[toks[k].Norm] {
			return false
		}
	}
	return true
}

// aimedAtFeelings looks for a reader's feeling as the object of the apology at tokens [j, end):
// a reader word followed closely by a feeling, or "your" + a feeling noun. It returns the token
// where the feeling was found.
func aimedAtFeelings(toks []draft.Token, j, end int) (bool, int) {
	k := j
	if k < end && (toks[k].Norm == "that" || toks[k].Norm == "for" || toks[k].Norm == "about" || toks[k].Norm == "how") {
		k++
	}
	if k < end && toks[k].Norm == "how" {
		k++
	}
	// "for your frustration", "for any upset", "for the disappointment".
	if k+1 < end && feelingNoun(toks[k].Norm, toks[k+1].Norm) {
		return true, k + 1
	}
	// A reader subject within the first words, then a feeling soon after it.
	for s := k; s < end && s < k+3; s++ {
		if !readerWords[toks[s].Norm] {
			continue
		}
		if f := feelingAt(toks, s+1, min(end, s+7)); f >= 0 {
			return true, f
		}
	}
	// "did not live up to your expectations", "fell short of your expectations".
	for s := k; s < end; s++ {
		if toks[s].Norm == "expectations" || toks[s].Norm == "expectation" {
			return true, s
		}
	}
	return false, 0
}

// feelingNoun reports whether det + noun names the reader's reaction rather than an act:
// "your frustration", "any upset", "the disappointment".
func feelingNoun(det, noun string) bool {
	switch noun {
	case "frustration", "disappointment", "upset", "offence", "offense", "distress", "hurt",
		"anger", "dissatisfaction", "displeasure":
		return det == "your" || det == "any" || det == "the"
	case "concern", "concerns", "feelings", "worry", "worries", "experience", "perception",
		"impression", "annoyance":
		return det == "your" || det == "any"
	}
	return false
}

func feelingIn(toks []draft.Token, from, to int) bool { return feelingAt(toks, from, to) >= 0 }

// feelingAt returns the first feeling word in [from, to), or -1.
func feelingAt(toks []draft.Token, from, to int) int {
	for k := from; k < to && k < len(toks); k++ {
		if feelingWords[toks[k].Norm] {
			return k
		}
	}
	return -1
}

// onlyApologyWords reports whether [from, to) holds nothing but more apology words and commas:
// "Sorry, sorry, sorry!".
func onlyApologyWords(toks []draft.Token, from, to int) bool {
	for k := from; k < to; k++ {
		n := toks[k].Norm
		if n != "," && n != "sorry" && n != "so" && n != "again" && n != "very" && n != "really" {
			return false
		}
	}
	return true
}

// generic reports whether the object [from, to) is a generic head ("any inconvenience", "the
// trouble", "what happened", "that") with nothing specific after it.
func generic(toks []draft.Token, from, to int) bool {
	k := from
	for k+1 < to && determiners[toks[k].Norm] && (determiners[toks[k+1].Norm] || genericObjects[toks[k+1].Norm]) {
		k++
	}
	head := toks[k].Norm
	if !genericObjects[head] {
		return false
	}
	if head == "what" {
		return k+1 < to && (toks[k+1].Norm == "happened" || toks[k+1].Norm == "'s" || toks[k+1].Norm == "occurred" || toks[k+1].Norm == "went")
	}
	for m := k + 1; m < to; m++ {
		n := toks[m].Norm
		switch {
		case n == "and" || n == ",":
			return true // what follows is another clause: "and thank you for your patience"
		case n == "-" || n == "up":
			continue // "mix - up"
		case !genericTail[n]:
			// Something specific follows, unless it only extends a prepositional tail:
			// "the mix-up with your paperwork".
			return tailIsPrepositional(toks, k+1, to)
		}
	}
	return true
}

// tailIsPrepositional reports whether what follows a generic head is only a prepositional phrase
// or a short "this/it has caused" clause: "with your account this week", "with your paperwork".
func tailIsPrepositional(toks []draft.Token, from, to int) bool {
	if from >= to {
		return true
	}
	switch toks[from].Norm {
	case "with", "on", "in", "at", "during", "regarding", "concerning", "around", "over", "about", "to":
		// A verb in the tail names an act: "the trouble with the courier losing your parcel".
		for m := from + 1; m < to; m++ {
			n := toks[m].Norm
			if strings.HasSuffix(n, "ing") && len(n) > 5 || strings.HasSuffix(n, "ed") && len(n) > 4 {
				return false
			}
		}
		return to-from <= 6
	}
	return false
}
