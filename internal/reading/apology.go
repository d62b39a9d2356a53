package reading

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
)

// isApologyWord reports whether the token at i is an apology expression, and how many tokens the
// expression spans ("forgive us" is two). readApologies asks it only of the tokens the
// apology-word phrases match: a word it accepts must be one of theirs.
func isApologyWord(toks []draft.Token, i, first int) (bool, int) {
	n := toks[i].Norm
	// Every word below has five letters or more and starts with one of "sarf": most tokens
	// ("the", "we", ",") are turned away by one comparison or two.
	if len(n) < 5 || n[0] != 's' && n[0] != 'a' && n[0] != 'r' && n[0] != 'f' {
		return false, 0
	}
	switch {
	case n == "sorry":
		if i > first {
			p := toks[i-1].Norm
			// "feel sorry for them", "a sorry state", "say sorry".
			if p == "a" || p == "feel" || p == "felt" || p == "feeling" {
				return false, 0
			}
		}
		return true, 1
	case strings.HasPrefix(n, "apologiz"), n == "apology", n == "apologies":
		return true, 1
	case n == "regret" || n == "regrets" || n == "regretted" || n == "regretting":
		// Only the verb: "we regret that", not "our regret", "with regret", "no regrets", "my
		// biggest regret", "one real regret is".
		if (n == "regret" || n == "regrets") && regretNoun(toks, i, first) {
			return false, 0
		}
		return true, 1
	case n == "forgive":
		if i+1 < len(toks) && (toks[i+1].Norm == "us" || toks[i+1].Norm == "me") {
			return true, 2
		}
	}
	return false, 0
}

// regretNoun reports whether "regret" or "regrets" at i is the noun: a determiner before it,
// perhaps past an adjective or two ("our regret", "my biggest regret", "the one real regret"),
// or a verb of being after it ("regret is that"). An adverb or a subject before it makes it the
// verb: "we deeply regret", "the company regrets".
func regretNoun(toks []draft.Token, i, first int) bool {
	if i > first && regretSubjects[toks[i-1].Norm] {
		return false // "we regret", "what I regret is"
	}
	if i+1 < len(toks) && toks[i+1].Sentence == toks[i].Sentence {
		switch toks[i+1].Norm {
		case "is", "was", "remains":
			return true
		}
	}
	for k := i - 1; k >= first && k >= i-3; k-- {
		p := toks[k].Norm
		if regretDeterminers[p] {
			return true
		}
		if !regretAdjectives[p] && (len(p) <= 4 || !strings.HasSuffix(p, "est")) {
			return false
		}
	}
	return false
}

// regretDeterminers may stand before the noun "regret", regretAdjectives between them and it;
// regretSubjects before the verb.
var (
	regretDeterminers = set("our", "my", "his", "her", "their", "its", "with", "no", "any", "the",
		"a", "of", "one", "some", "many", "few")
	regretSubjects   = set("we", "i", "you", "they", "he", "she", "who", "company", "team")
	regretAdjectives = set("deep", "great", "sincere", "sincerest", "biggest", "greatest",
		"deepest", "only", "one", "real", "main", "chief", "single", "lasting", "last", "first",
		"own", "personal", "particular", "big", "huge", "genuine", "profound", "sole", "true",
		"lingering", "abiding", "enormous", "much", "little", "slight")
)

// leadIn are words that may stand before a subjectless apology without being its subject:
// "So sorry we ...", "Again, sorry for ...", "@sam Sorry to hear ...".
var leadIn = set("so", "very", "really", "truly", "deeply", "sincerely", "terribly", "again", "and",
	"but", "also", "once", "more", "oh", "ok", "okay", "hi", "hey", "hello", "please", "accept", "the",
	"first", "firstly", "finally", "lastly", "most", "of", "all", "above", "just", "wanted", "to",
	"want", "with", "many", "a", "huge", "big", "sincere", "sincerest", "deepest", "heartfelt",
	"humble", "profound", "profuse", "unreserved", "full", "complete", "genuine", "honest", "simple",
	"word", "quick", "renewed", "repeated", "further", "belated", "again", "now", "then", "here", "is", "'s", "an", "owe", "you", "extend", "offer",
	"send", "say", "let", "us", "me", "like", "would", "'d", "begin", "start", "writing", "write",
	"am", "'m", "are", "'re", "was", "were", "be", "been", "do", "does", "did", "truly", "do")

// firstPerson are words that make an apology the writer's own.
var firstPerson = set("i", "we", "my", "our", "us", "me", "myself", "ourselves")

// objectSkip are words between an apology word and its object that say nothing about the object:
// "sorry again for", "apologise unreservedly for", "apologise to every one of you for".
var objectSkip = set("so", "very", "really", "truly", "deeply", "sincerely", "terribly", "again",
	"also", "once", "more", "unreservedly", "profusely", "wholeheartedly", "fully", "humbly",
	"unconditionally", "most", "in", "particular", "especially", "all", "too", "as", "well")

// isClauseEnd reports whether w, a token's Norm, ends the clause an apology word governs. It is
// asked of every word of the clause, and comparing costs less than hashing w for a map. Each word
// here is its own normal form (see TestWordSwitches), as a token's Norm must be to match it.
func isClauseEnd(w string) bool {
	switch w {
	case ".", "!", "?", ";", ":", "—", "–", "--", "but", "however", "though", "although", "(", ")":
		return true
	}
	return false
}

// genericObjects are heads of apology objects that do not say what went wrong.
var genericObjects = set("inconvenience", "inconveniences", "inconvenients", "inconveniency", "trouble", "troubles", "confusion",
	"miscommunication", "hiccup", "hiccups", "bother", "muddle", "glitch", "glitches", "teething",
	"upheaval", "anything", "complications", "shortcomings", "failings", "frustrations",
	"mix-up", "mixup", "mix", "issue", "issues", "problem", "problems", "situation", "hassle",
	"disruption", "disruptions", "error", "errors", "mistake", "mistakes", "experience",
	"everything", "this", "that", "it", "all", "what", "mess", "oversight", "misunderstanding",
	"difficulties", "difficulty", "annoyance", "nuisance", "any", "whatever", "things", "events",
	"incident", "matter", "way")

// timeObjects are times that, as the whole object, say when but not what went wrong: "sorry
// about yesterday", "sorry for last night", "apologies for Saturday".
var timeObjects = set("yesterday", "today", "tonight", "earlier", "night", "weekend", "morning",
	"afternoon", "evening", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday")

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
	"perception", "impression", "interpreted", "unsatisfied", "dismayed", "surprised", "shocked",
	"startled", "blindsided", "aback")

// sympathyVerbs follow "sorry to" in sympathy that is not an apology: "sorry to hear".
var sympathyVerbs = set("hear", "learn", "read", "see", "find", "know", "discover", "notice",
	"receive", "get")

// conditionWords make an apology conditional when they open its clause: "sorry if".
var conditionWords = set("if", "should", "whether", "insofar", "where")

// isHedgeModal reports whether w, a token's Norm, makes an apology conditional anywhere in its
// object: "this may have caused". Asked of every word of the object, as isClauseEnd is.
func isHedgeModal(w string) bool { return w == "may" || w == "might" }

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[draft.Normalize(w)] = true
	}
	return m
}

// maxClauseTokens bounds how far an apology's clause reaches either side of its word. A clause
// with no punctuation runs to a few dozen tokens; without the bound, a "sentence" of thousands of
// words (a file with no full stop) costs time in its length for every apology in it.
const maxClauseTokens = 60

// readApologies finds and classifies every apology expression. It reads only the tokens that
// the apology-word phrases matched, in order: every token isApologyWord accepts is one of their
// words, and a document's tokens are many more than its apologies. ("forgive us" spans two
// tokens, but the second, "us" or "me", is no apology word, so no match lies inside another.)
func (r *Reading) readApologies(d *draft.Document, matches []phrase.Match) {
	toks := d.Tokens()
	sents := d.Sentences()
	for _, m := range matches {
		if m.Def.Name != famApology {
			continue
		}
		i := m.Start
		si := toks[i].Sentence
		s := sents[si]
		ok, n := isApologyWord(toks, i, s.First)
		if !ok || r.Quoted(i) {
			continue
		}
		a := classify(d, toks, s, si, i, n)
		r.Sentences[si].Apologies = append(r.Sentences[si].Apologies, len(r.Apologies))
		r.Apologies = append(r.Apologies, a)
	}
}

// classify judges the apology expression at token i (n tokens long) of sentence s.
func classify(d *draft.Document, toks []draft.Token, s draft.Sentence, si, i, n int) Apology {
	a := Apology{Sentence: si, Tok: i, Word: d.TokenSpan(i, i+n-1)}
	word := toks[i].Norm

	// The clause the apology governs: from the word to the next clause end.
	end := i + n
	for end < s.End && end < i+n+maxClauseTokens && !isClauseEnd(toks[end].Norm) {
		end++
	}
	a.objEnd = end
	// Skip intensifiers and "to <whom>" before the object.
	j := i + n
	for j < end && (objectSkip[toks[j].Norm] || toks[j].Norm == ",") && (toks[j].Norm != "in" || j+1 >= end || toks[j+1].Norm != "case") {
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
	if j+1 < end && toks[j].Norm == "in" && toks[j+1].Norm == "case" {
		a.Kind, a.Reason, a.Phrase = NonApology, Conditional, phraseEnd(j+1)
		return a
	}
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
		if isHedgeModal(toks[k].Norm) && toks[k].Text[0] >= 'a' {
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
	if obj >= end && obj == j {
		// "I'm sorry — I filed your return three days late": the dash or colon hands the
		// object to the writer's own clause after it.
		if k, ok := dashedObject(toks, end, s.End); ok {
			if generic(d, si, toks, end+1, k) {
				a.Kind, a.Phrase = Vague, d.TokenSpan(i, k-1)
			} else {
				a.Kind, a.Phrase = Genuine, d.TokenSpan(i, k-1)
			}
			a.Object = d.TokenSpan(end+1, k-1)
			a.objEnd = k
			return a
		}
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
	if generic(d, si, toks, obj, end) {
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
	// An emoji closes what stands before it in a social post, where a sentence often ends
	// with one and no full stop: "loads of you paid full price 😬 Sorry for the hassle!!".
	for start > first && start > i-maxClauseTokens && !isClauseEnd(toks[start-1].Norm) && toks[start-1].Norm != "," && !isPictograph(toks[start-1].Norm) {
		start--
	}
	// "This is our apology for ...", "Here is a formal apology": the letter itself apologises.
	if i-start >= 2 && (toks[start].Norm == "this" || toks[start].Norm == "here") &&
		(toks[start+1].Norm == "is" || toks[start+1].Norm == "'s") && formalNoun(toks, start+2, i) {
		return true
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

// dashedObject reports whether a dash or a colon at end, straight after an apology word, opens a
// clause of the writer's own that says what the apology is for, and returns where that clause
// ends: "I'm sorry — I filed your return late", "We're sorry: we charged you twice for March".
// A clause of three words or fewer ("Sorry — we messed up") names nothing.
func dashedObject(toks []draft.Token, end, sentEnd int) (int, bool) {
	if end+1 >= sentEnd {
		return 0, false
	}
	switch toks[end].Norm {
	case "—", "–", "--", ":":
	default:
		return 0, false
	}
	if n := toks[end+1].Norm; n != "i" && n != "we" {
		return 0, false
	}
	k := end + 1
	for k < sentEnd && k < end+1+maxClauseTokens && !isClauseEnd(toks[k].Norm) {
		k++
	}
	return k, k-end-1 >= 4
}

// isPictograph reports whether a token is an emoji or another pictographic symbol ("😬", "🙏",
// "✨"). Words and the common marks are turned away by their first byte.
func isPictograph(norm string) bool {
	if norm == "" || norm[0] < 0xE2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(norm)
	return r >= 0x1F000 || unicode.Is(unicode.So, r)
}

// formalNoun reports whether [from, to) holds only a determiner and adjectives before
// "apology": "a formal", "our full and public".
func formalNoun(toks []draft.Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].Norm {
		case "a", "an", "our", "my", "formal", "public", "full", "official", "personal", "written",
			"and", "unreserved", "proper", "sincere", "heartfelt", "humble":
		default:
			return false
		}
	}
	return true
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
	// A reader subject within the first words, then a feeling or an opinion soon after it: "you
	// feel", "anyone was offended", "you thought it was too short", "you didn't enjoy". Not when
	// the writer is the subject that caused it: "we made you feel unwelcome" owns the act.
	for s := k; s < end && s < k+3; s++ {
		if firstPerson[toks[s].Norm] {
			break
		}
		if !readerWords[toks[s].Norm] {
			continue
		}
		if f := feelingAt(toks, s+1, min(end, s+7)); f >= 0 {
			return true, f
		}
		if f := opinionAt(toks, s+1, min(end, s+12)); f >= 0 {
			return true, f
		}
	}
	// The reader's expectations or experience as the object: "did not live up to your
	// expectations", "wasn't what you hoped for", "a bad experience", "caused disappointment".
	for s := k; s < end; s++ {
		n := toks[s].Norm
		switch {
		case n == "expectations" || n == "expectation":
			return true, s
		case n == "liking" && s > k && toks[s-1].Norm == "your":
			return true, s // "sorry it wasn't to your liking"
		case n == "you" && s+1 < end && hopeVerbs[toks[s+1].Norm]:
			return true, s + 1
		case n == "you" && s+2 < end && (toks[s+1].Norm == "'d" || toks[s+1].Norm == "had" || toks[s+1].Norm == "were") && hopeVerbs[toks[s+2].Norm]:
			return true, s + 2
		case (n == "experience" || n == "time" && toks[k].Norm == "you") && s > k && badExperience[toks[s-1].Norm] && hasReader(toks, k, s):
			return true, s
		case (n == "caused" || n == "causing") && s+1 < end && causedFeeling(toks, s+1, end):
			return true, s + 1
		}
	}
	return false, 0
}

// hasReader reports whether a reader word stands in [from, to): "you had a bad experience".
func hasReader(toks []draft.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if readerWords[toks[k].Norm] {
			return true
		}
	}
	return false
}

// hopeVerbs after "you" make the reader's hopes the object: "what you hoped for".
var hopeVerbs = set("hoped", "hope", "expected", "expect", "wanted", "imagined", "anticipated",
	"deserved", "hoping", "expecting", "wanting", "pictured", "envisaged", "envisioned",
	"dreamed", "dreamt", "counted")

// badExperience are adjectives that make "experience" the reader's verdict: "a bad experience".
var badExperience = set("bad", "negative", "poor", "disappointing", "frustrating", "unpleasant",
	"upsetting", "unsatisfactory", "less", "stressful", "difficult", "your")

// opinionVerbs after a reader subject make the regret about the reader's view: "you thought",
// "you see it that way", "you didn't enjoy".
var opinionVerbs = set("thought", "think", "see", "saw", "consider", "considered", "perceived",
	"perceive", "believed", "believe", "felt", "disliked", "hated", "way")

// likeVerbs after a negation are the reader's taste: "you didn't like the cake".
var likeVerbs = set("like", "enjoy", "love", "appreciate", "agree", "approve", "care")

// evaluative adjectives after "you found ..." are the reader's verdict: "found it misleading".
var evaluative = set("misleading", "confusing", "offensive", "upsetting", "disappointing",
	"frustrating", "unhelpful", "rude", "inappropriate", "insensitive", "hurtful", "lacking",
	"unacceptable", "unclear", "abrupt", "dismissive", "patronising", "patronizing",
	"condescending", "annoying", "distasteful", "objectionable", "unsatisfactory", "poor")

// opinionAt returns the token at which [from, to) shows the reader's opinion or taste, or -1:
// an opinion verb, a negated liking ("didn't enjoy"), or "found ... <evaluative>".
func opinionAt(toks []draft.Token, from, to int) int {
	for k := from; k < to && k < len(toks); k++ {
		n := toks[k].Norm
		if isClauseEnd(n) || n == "," {
			return -1
		}
		switch {
		case n == "way" && (k == from || toks[k-1].Norm != "that" && toks[k-1].Norm != "this"):
			continue // "the only way to get an appointment"; "you see it that way" is a view
		case (n == "see" || n == "consider") && k > from && toks[k-1].Norm == "to":
			continue // "patients who needed to see a doctor": an errand, not a view
		case opinionVerbs[n]:
			return k
		case likeVerbs[n] && k > from && (toks[k-1].Norm == "n't" || toks[k-1].Norm == "not" || toks[k-1].Norm == "never"):
			return k
		case n == "found" || n == "find" || n == "seemed" || n == "seem":
			for m := k + 1; m < to && m < k+10; m++ {
				if evaluative[toks[m].Norm] {
					return m
				}
			}
		}
	}
	return -1
}

// causedFeeling reports whether what was caused is a feeling: "caused disappointment".
func causedFeeling(toks []draft.Token, from, to int) bool {
	for k := from; k < to && k < from+3; k++ {
		if feelingNoun("your", toks[k].Norm) || feelingWords[toks[k].Norm] {
			return true
		}
	}
	return false
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

// feelingAt returns the first feeling word in [from, to), or -1: a feeling ("upset") or a
// content denied ("not happy with", "weren't satisfied").
func feelingAt(toks []draft.Token, from, to int) int {
	for k := from; k < to && k < len(toks); k++ {
		if feelingWords[toks[k].Norm] {
			return k
		}
		if contentWords[toks[k].Norm] && k > from && (toks[k-1].Norm == "not" || toks[k-1].Norm == "n't" || toks[k-1].Norm == "never") {
			return k
		}
	}
	return -1
}

// contentWords say the reader was content; denied, they are a feeling a non-apology regrets:
// "I regret that you're not happy with how it turned out".
var contentWords = set("happy", "satisfied", "pleased", "impressed", "thrilled", "content",
	"delighted", "comfortable", "keen")

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

// generic reports whether the object [from, to) of an apology in sentence si has a generic head
// ("any inconvenience", "the trouble", "what happened", "that") and nothing after it that names
// an act. What may follow a generic head and leave it generic: a clause of causing or suffering
// ("this has caused", "you experienced", "some of you had", "that went wrong") and prepositional
// phrases without a verb ("with your paperwork", "to your weekend", "this week"). A verb of its
// own names the act: "the trouble we caused by sending the wrong size".
func generic(d *draft.Document, si int, toks []draft.Token, from, to int) bool {
	tags := func() []string { return d.Tags(si) }
	first := d.Sentences()[si].First
	k := from
	// Skip determiners and adjectives before the head: "any", "the recent", "the poor".
	for k+1 < to && (determiners[toks[k].Norm] || genericAdjective(toks[k].Norm)) && !headOnly(toks, k) {
		k++
	}
	head := toks[k].Norm
	if timeObjects[head] {
		return k+1 == to // "sorry about yesterday", not "sorry about yesterday's missed lesson"
	}
	if head == "how" {
		return howItWent(toks, k+1, to)
	}
	if !genericObjects[head] {
		return false
	}
	m := k + 1
	if head == "it" && dummyIt(toks, m, to) {
		return false // "that it took three days and your email for us to notice" names the delay
	}
	// "what happened" says that something went wrong and no more: a number or a name after it
	// only says where ("what happened with your purchase of 14 Orchard Row"), unlike "the error
	// on invoice 1182", which points at the fault.
	happening := head == "what" || head == "everything" || head == "anything"
	if happening {
		// "what happened", "everything that went wrong": generic once the happening is said.
		for m < to && happenWords[toks[m].Norm] {
			m++
		}
		if head == "what" && m == k+1 {
			return false // "what we did to your order" names it
		}
	}
	if m < to && (toks[m].Norm == "-" || toks[m].Norm == "up") {
		m++
	}
	if m < to && genericHeadPair[head+" "+toks[m].Norm] {
		m++ // "teething problems", "mix up"
	}
	// inPlace is set inside a phrase that only says where the trouble was: "the confusion
	// around annual leave balances". A base or present verb there is a noun the tagger misread
	// ("leave", "balances"); a subject or a relative word ends the phrase.
	inPlace := false
	// "the confusion over plot 14", "the mix-up with order 4471": after a head that names no
	// fault, a topic says which case, not what went wrong, so a number or a name in it names
	// nothing more. "The error on invoice 1182" points at a fault.
	topic := !happening && !faultHeads[head] && m < to && topicWords[toks[m].Norm]
	for ; m < to; m++ {
		n := toks[m].Norm
		switch n {
		case "around", "over", "about", "regarding", "concerning", "surrounding":
			inPlace = true
		case "we", "you", "i", "they", "that", "which", "who", "when":
			inPlace = false
		}
		switch {
		case n == "," && m+1 < to && relativeWords[toks[m+1].Norm]:
			// ", which listed two lessons you never had" goes on describing the object.
		case n == "and" || n == ",":
			return true // what follows is another clause: "and thank you for your patience"
		case n == "of" && m == k+1 && m+1 < to && !genericObjects[toks[m+1].Norm]:
			return false // "the inconvenience of having no hot water" names it
		case (happening || topic) && (strings.IndexFunc(toks[m].Text, unicode.IsDigit) >= 0 || unicode.IsUpper(firstRune(toks[m].Text))):
		case strings.IndexFunc(toks[m].Text, unicode.IsDigit) >= 0:
			return false // a number names it: "the error on invoice 1182"
		case unicode.IsUpper(firstRune(toks[m].Text)) && n != "i" && !calendarWords[n]:
			return false // a name names it: "the error in the Harbour Road branch's order"
		case sufferVerbs[n] || genericTail[n] || happenWords[n]:
		case inPlace && (tags()[m-first] == "VB" || tags()[m-first] == "VBP" || tags()[m-first] == "VBZ"):
		case isVerb(tags()[m-first], n):
			return false // an act of its own: "the mix-up that put your cat in the wrong block"
		}
	}
	return true
}

// howItWent reports whether the object after "how", tokens [from, to), says only how things
// went: "how the last few weeks have gone", "how things turned out", "how your stay went". It
// names an outcome and no act, so it is as generic as "what happened". An act stays specific:
// "how we handled your complaint", "how long the repair took", "how it went over budget".
func howItWent(toks []draft.Token, from, to int) bool {
	v := -1
	for j := from; j < to && j <= from+6; j++ {
		if outcomeVerbs[toks[j].Norm] {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	m := v + 1
	if m < to && outcomeParticles[toks[m].Norm] {
		m++
	}
	for ; m < to; m++ {
		if n := toks[m].Norm; !genericTail[n] && !happenWords[n] {
			return false // "how it went over budget", "how the day went for your guests"
		}
	}
	return true
}

// outcomeVerbs say how things went without saying what was done: "how it has gone".
var outcomeVerbs = set("gone", "went", "turned", "worked", "played", "unfolded", "ended", "panned")

// outcomeParticles complete an outcome verb: "turned out", "went wrong", "ended up".
var outcomeParticles = set("out", "wrong", "badly", "up", "off")

// dummyIt reports whether the "it" before token m holds no object but opens a delay or a
// judgment the clause goes on to name: "it took three days for us to notice", "it has taken us
// a month to reply", "it was a week before anyone called you". "It took place" is a happening.
func dummyIt(toks []draft.Token, m, to int) bool {
	for m < to && haveWords[toks[m].Norm] {
		m++
	}
	if m >= to {
		return false
	}
	switch toks[m].Norm {
	case "took", "taken", "takes", "take", "taking":
		return m+1 < to && toks[m+1].Norm != "place"
	case "was", "is", "'s", "has", "been":
		// "it was a week before", "it was Friday until": a time and what it was before.
		for k := m + 1; k < to && k <= m+6; k++ {
			switch toks[k].Norm {
			case "before", "until", "till":
				return true
			}
		}
	}
	return false
}

// haveWords are the forms of have before a participle: "it has taken".
var haveWords = set("has", "had", "have", "'s", "'d", "'ve")

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// relativeWords open a clause that goes on describing the noun before them.
var relativeWords = set("which", "that", "who", "where", "when", "whereby")

// calendarWords are days and months: "the mix-up on Tuesday" still does not say what went wrong.
var calendarWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "christmas", "easter")

// headOnly reports whether toks[k] is itself a generic head with nothing but the tail after it:
// "that" in "sorry about that", not "that" in "that mistake".
func headOnly(toks []draft.Token, k int) bool {
	if !genericObjects[toks[k].Norm] {
		return false
	}
	next := toks[k+1].Norm
	return !genericObjects[next] && !determiners[next] && !genericAdjective(next)
}

// isVerb reports whether a token is a verb, by its tag, with the word as a check where tags are
// unreliable: "booking" in "your locker booking" is a noun.
func isVerb(tag, norm string) bool {
	if !strings.HasPrefix(tag, "VB") {
		return false
	}
	return tag != "VBG" || !strings.HasSuffix(norm, "ing") || norm != "booking" && norm != "training" && norm != "meeting" && norm != "wedding" && norm != "building" && norm != "parking" && norm != "clothing"
}

// sufferVerbs may follow a generic head without naming an act: "the disruption this caused",
// "the issues you experienced".
var sufferVerbs = set("caused", "cause", "causing", "created", "brought", "experienced",
	"experiencing", "had", "have", "has", "having", "faced", "facing", "encountered", "suffered",
	"endured", "went", "gone", "been", "be", "was", "were", "is", "are", "'m", "'re", "'s",
	"turned", "out", "may", "might", "could", "did", "do", "got", "get", "ran", "run", "into",
	"wrong", "through", "'ve", "'d", "will", "'ll")

// happenWords describe something simply happening.
var happenWords = set("happened", "happening", "occurred", "went", "wrong", "has", "had", "that",
	"which", "'s", "is", "was", "been", "going", "on", "took", "place", "transpired")

// faultHeads are generic heads that name a fault, which a number or a name after them can
// locate: "the error on invoice 1182".
var faultHeads = set("error", "errors", "mistake", "mistakes", "oversight", "glitch", "glitches",
	"issue", "issues", "problem", "problems")

// topicWords open what a generic head is about: "the confusion over", "the mix-up with".
var topicWords = set("over", "about", "with", "regarding", "concerning", "around")

// genericHeadPair are two-word generic heads.
var genericHeadPair = set("teething problems", "teething troubles", "teething issues", "mix up")

// genericAdjective reports whether w may stand before a generic head without naming the act.
func genericAdjective(w string) bool {
	switch w {
	case "poor", "bad", "negative", "frustrating", "disappointing", "recent", "unfortunate",
		"earlier", "whole", "entire", "minor", "small", "slight", "little", "potential", "possible",
		"latest", "last", "ongoing", "temporary", "technical", "unexpected", "teething", "general",
		"various", "further", "additional", "many", "several", "numerous", "same", "such",
		"unnecessary", "considerable", "significant", "major", "big", "huge", "great",
		"current", "previous", "prior", "unintended", "unforeseen", "regrettable", "inconvenient":
		return true
	}
	return false
}
