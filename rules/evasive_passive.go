package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
)

var evasivePassive = lint.Rule{
	ID:       "evasive-passive",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "the wrong is reported without saying who did it",
		Explain: "An agentless passive (\"the wrong item was shipped\", \"mistakes were made\") or a " +
			"stock line (\"errors occurred\") makes the failure sound like something that simply " +
			"happened. Say who did it, in the active voice, so the reader sees you own it.",
		Bad:  "The wrong item was shipped, and your refund was delayed.",
		Good: "We shipped the wrong item, and we were slow to refund you.",
	},
	Phrases: []phrase.Def{
		// Owning the wrong later in the sentence names who did it: "mistakes were made, and
		// they were mine".
		{Name: "owned", Pattern: "{was|were|is|are|'s} {all|entirely|both|fully|} {mine|ours|on us|on me|my fault|our fault|my mistake|our mistake|my doing|our doing|my error|our error}"},
		// Stock formulas that make the wrong happen by itself: "your parcel went missing",
		// "errors occurred".
		{Name: "went", Pattern: "{went|gone|go|goes} {missing|astray|unanswered|unnoticed|unread|unpaid}"},
		// "your order fell through the cracks", "your email slipped through the net"
		{Name: "went", Pattern: "{fell|fallen|falls|fall|slipped|slips|slip} through the {cracks|net|gaps|gap}"},
		{Name: "occurred", Pattern: "{error|errors|mistake|mistakes|oversight|oversights|mix-up|mix-ups|glitch|glitches|blunder|blunders|slip-up|slip-ups|problem|problems|issue|issues|failure|failures|discrepancy|discrepancies|typo|typos|inaccuracy|inaccuracies|misprint|misprints} {have|has|had|} {occurred|happened|arose|arisen|took place|crept in|crept into|slipped in|slipped into|slipped through|found its way into|found their way into|made its way into|made their way into}"},
	},
	Check: checkEvasivePassive,
}

// evasiveDenied reports whether the words just before a stock formula at i deny it: "no
// errors occurred", "nothing went missing", "no order fell through the net".
func evasiveDenied(toks []draft.Token, first, i int) bool {
	for k := i - 1; k >= first && k >= i-2; k-- {
		if w := toks[k].Norm; isNegator(w) || w == "no" || w == "nothing" || w == "none" {
			return true
		}
	}
	return false
}

// evasiveLetBy reports whether the writer lets it happen just before a stock formula at i:
// "we let your request fall through the cracks", "I allowed two emails to go unanswered".
func evasiveLetBy(toks []draft.Token, first, i int) bool {
	for k := i - 1; k >= first && k >= i-5; k-- {
		switch toks[k].Norm {
		case "let", "allowed", "left":
			return k > first && (toks[k-1].Norm == "we" || toks[k-1].Norm == "i")
		}
	}
	return false
}

// passiveHit is one evasive clause found: the words to quote and a suggested rewrite.
type passiveHit struct {
	span       draft.Span
	suggestion string
}

func checkEvasivePassive(p *lint.Pass) []lint.Finding {
	d := p.Doc
	toks := d.Tokens()
	rd := p.Reading()
	var hits []passiveHit
	for _, m := range p.Matches("occurred", "went") {
		si := toks[m.Start].Sentence
		if rd.Sentences[si].Heading || rd.Quoted(m.Start) {
			continue
		}
		// "no errors occurred" reports that nothing went wrong.
		if first := d.Sentences()[si].First; evasiveDenied(toks, first, m.Start) || evasiveLetBy(toks, first, m.Start) {
			continue
		}
		sug := "say who made the mistake: 'we made an error in …'"
		if m.Def.Name == "went" {
			sug = "say who did it: 'we lost …', 'we did not answer …'"
		}
		hits = append(hits, passiveHit{span: p.MatchSpan(m), suggestion: sug})
	}
	ownedAt := map[int]int{} // sentence -> first token of an owning phrase
	for _, m := range p.Matches("owned") {
		if si := toks[m.Start].Sentence; !rd.Quoted(m.Start) {
			if _, ok := ownedAt[si]; !ok {
				ownedAt[si] = m.Start
			}
		}
	}
	for si, s := range d.Sentences() {
		if rd.Sentences[si].Heading {
			continue
		}
		cands := passiveCandidates(toks[s.First:s.End])
		if len(cands) == 0 {
			continue
		}
		c := passiveClause{d: d, rd: rd, si: si, first: s.First, end: s.End}
		for _, b := range cands {
			if at, ok := ownedAt[si]; ok && at > s.First+b {
				continue
			}
			if h, ok := c.judge(s.First + b); ok {
				hits = append(hits, h)
			}
		}
	}
	// All evasive clauses on one line give one finding: the first.
	var out []lint.Finding
	lines := map[int]bool{}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].span.Start < hits[j].span.Start })
	for _, h := range hits {
		line := d.Position(h.span.Start).Line
		if lines[line] {
			continue
		}
		lines[line] = true
		out = append(out, lint.Finding{
			Span:       h.span,
			Message:    passiveMessage(d.Slice(h.span)),
			Suggestion: h.suggestion,
		})
	}
	return out
}

func passiveMessage(quoted string) string {
	quoted = strings.Join(strings.Fields(quoted), " ")
	if utf8.RuneCountInString(quoted) > 50 {
		quoted = string([]rune(quoted)[:47]) + "..."
	}
	return fmt.Sprintf("%q hides who did it", quoted)
}

// passiveCandidates is the cheap word test run on every sentence: the positions of be and get
// forms followed, past at most two adverbs, by a word that looks like a past participle.
func passiveCandidates(toks []draft.Token) []int {
	var out []int
	for i := range toks {
		if !isPassiveAux(toks[i].Norm) {
			continue
		}
		// "we were told", "will be checked": rejected by the words alone, so not worth tags.
		// "had to be cancelled" reports, as "was cancelled" does.
		if i > 0 && (toks[i-1].Norm == "we" || toks[i-1].Norm == "i" ||
			(modalAux[toks[i-1].Norm] || toks[i-1].Norm == "to" && (i < 2 || toks[i-2].Norm != "had")) && baseAux[toks[i].Norm]) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			w := toks[j].Norm
			if looksParticiple(w) {
				out = append(out, i)
				break
			}
			if !isNegator(w) && !adverbWord(w) {
				break
			}
		}
	}
	return out
}

// looksParticiple is the word test for a past participle: a regular -ed form, a known irregular
// participle, or an -en/-wn word that the tagger may confirm.
func looksParticiple(w string) bool {
	if irregularParticiple[w] || regularParticiple(w) {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")) && !notParticiple[w]
}

// regularParticiple reports whether w is a regular -ed form: "shipped", "applied", "canceled".
func regularParticiple(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || notParticiple[w] {
		return false
	}
	if strings.HasSuffix(w, "eed") {
		return w == "agreed" || w == "freed" || w == "guaranteed"
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// passiveClause judges the candidate passives of one sentence.
type passiveClause struct {
	d          *draft.Document
	rd         *reading.Reading
	si         int
	first, end int      // the sentence's tokens
	tags       []string // the sentence's tags, asked for on first use
}

func (c *passiveClause) tok(i int) *draft.Token { return &c.d.Tokens()[i] }
func (c *passiveClause) norm(i int) string      { return c.d.Tokens()[i].Norm }
func (c *passiveClause) tag(i int) string {
	// Tags only for the candidates the words alone do not settle: tagging is the costly step,
	// and most candidates are settled before a tag is asked for.
	if c.tags == nil {
		c.tags = c.d.Tags(c.si)
	}
	if k := i - c.first; k >= 0 && k < len(c.tags) {
		return c.tags[k]
	}
	return ""
}

// verbClass says what a participle reports.
type verbClass int

const (
	verbUnknown  verbClass = iota
	verbFailure            // the wrong itself: delayed, lost, cancelled, exposed
	verbFix                // the remedy or the prevention: refunded, restored, checked, trained
	verbReport             // how the wrong came to light or was passed on: told, found, reported
	verbState              // a state or a standing fact, not an event: entitled, supposed, limited
	verbDelivery           // a step in the story, wrong only when marked so: shipped, sent, charged
)

// judge decides whether the be or get form at token b starts an evasive passive.
func (c *passiveClause) judge(b int) (passiveHit, bool) {
	if c.rd.Quoted(b) || !c.isAux(b) {
		return passiveHit{}, false
	}
	// Walk to the participle past adverbs and negation.
	negated, marked := false, false
	j := b + 1
	for ; j < c.end && j <= b+3; j++ {
		w := c.norm(j)
		if isNegator(w) {
			negated = true
			continue
		}
		if intensifier[w] {
			return passiveHit{}, false // "was very disappointed": an adjective, not a passive
		}
		if isPassiveAux(w) || haveAux[w] {
			return passiveHit{}, false // "was being shipped": the later form is judged instead
		}
		if adverbWord(w) {
			marked = marked || wrongWord[w]
			continue
		}
		break
	}
	if j >= c.end || !c.isParticiple(j) {
		return passiveHit{}, false
	}
	part := c.norm(j)
	// Idioms and adjectives: "used to", "supposed to", "were disappointed", "got married".
	if feelingWord[part] && !workWord[part] || (j+1 < c.end && c.norm(j+1) == "to" && toIdiom[part]) {
		return passiveHit{}, false
	}
	a := c.auxiliaries(b)
	negated = negated || a.negated
	// "will be checked", "can never be released", "to be refunded": promises and rules, not
	// reports; "if your parcel is lost": a case considered, not a wrong reported.
	if a.modal || c.hypothetical(a.start) {
		return passiveHit{}, false
	}
	class := passiveVerbs[part]
	last := j // the participle, or its particle: "mixed up", "taken down"
	if j+1 < c.end {
		if pc, ok := passiveVerbs[part+" "+c.norm(j+1)]; ok {
			class, last = pc, j+1
		}
	}
	// A word in no list that the tagger reads as an adjective is one: "the delay was
	// unexpected", "the steak was undercooked". The lists decide every word they hold, so a
	// tie in the tagger can only move a word no list knows. Asked last, after the tests on
	// words, since it may cost the sentence's tags.
	_, known := passiveVerbs[part]
	adjective := func() bool { return !known && c.tag(j) == "JJ" }
	marked = marked || c.markedWrong(last+1, a.past || a.perfect) || c.concedes(last+1)
	subj := c.subject(c.pastAppositive(a.start))
	// "we were told", "I was hit by": the writer is the one acted on, not hiding. "What was
	// changed?" asks. "By our front-desk team" names who did it.
	if subj.firstPerson || subj.question || c.hasAgent(last+1) {
		return passiveHit{}, false
	}
	// "We were gutted" is a feeling; "the sea bass were not gutted" is work left undone.
	if workWord[part] && c.personSubject(subj, a.start) {
		return passiveHit{}, false
	}
	// "your note about the fish was typed in the wrong box": the reader wrote it, so no doer
	// is hidden.
	if readerWrote(c, a.start, part) {
		return passiveHit{}, false
	}
	negated = negated || subj.negative
	// "..., so 9,430 employees were paid three days late": the result of the act just named.
	// What did not happen stays a failure with its doer left out: "..., so it was never sent".
	if !negated && c.resultOfCause(a.start) {
		return passiveHit{}, false
	}
	if !c.evasive(class, subj, a, negated, marked, part, last) || adjective() {
		return passiveHit{}, false
	}
	spanStart := a.start
	if subj.wrongNounAt >= 0 && subj.wrongNounAt == a.start-1 {
		spanStart = subj.wrongNounAt // "Mistakes were made"
	}
	h := passiveHit{span: c.d.TokenSpan(spanStart, last), suggestion: c.suggest(subj, j, last, negated)}
	return h, true
}

// evasive decides, from what the participle reports and what surrounds it, whether a passive
// with no agent reports the wrong. marked says the verb phrase calls the act wrong ("wrongly",
// "twice", "to the wrong address", "in error").
func (c *passiveClause) evasive(class verbClass, subj passiveSubject, a auxChain, negated, marked bool, part string, last int) bool {
	start := a.start
	reported := a.past || a.perfect // a report of what happened, not a standing fact or a plan
	if class == verbFix || class == verbReport {
		// "Refunds have been paid" and "the duplicate payment was refunded" are the fix; "the
		// order was not checked" and "the refund was paid to the wrong card" are the wrong. So
		// is a fault brought in: "a regression was introduced", "a bug was deployed".
		marked = marked || bringsIn(part) && c.faultSubject(subj, start)
		return reported && (negated || marked) && !subj.relative
	}
	// "Every family who received a wrong email has now been sent their correct offer": news
	// of the fix, whatever the subject's words say, unless the clause calls the act wrong.
	if class == verbDelivery && a.perfect && !a.past && !negated && !marked && c.fixAdverbBetween(start, last) {
		return false
	}
	// Past this point a wrong subject marks the act too: "the wrong item was shipped".
	marked = marked || subj.wrong
	if !negated && !marked && c.publicWayClosed(subj, start) {
		return false // "once the road was shut": the scene an excuse sets, not the writer's wrong
	}
	switch class {
	case verbState:
		// "You are entitled to", "your table was booked for eight": a state, unless the clause
		// says it was wrong ("booked for the wrong day").
		return reported && marked && !subj.relative
	case verbFailure:
		switch {
		case !reported && !subj.yours && !marked:
			return false // "comments are ignored" states a rule; "your order is delayed" reports
		case negated && !subj.wrong:
			return false // "no data was lost": a reassurance
		case subj.relative && negated:
			return false
		case subj.relative && c.rd.Sentences[c.si].Remedy:
			return false // "customers whose orders were delayed have been refunded" says who is put right
		case !marked && c.fixNearby(start, last):
			return false // "your old account has now been deleted", as asked
		case undoVerb[part] && (subj.wrong || subj.harm):
			return false // "the second charge was cancelled": the wrong undone
		case subj.byTime && !negated && !marked:
			return false // "by the time it was cut, it looked perfect": the moment, not the news
		}
		return true
	case verbDelivery:
		// "Your order was shipped on 3 May" is a step in the story; "the wrong item was
		// shipped", "you were charged twice", "it was never sent" are the wrong. A relative
		// clause says which one, unless what it describes is a test or draft that went out.
		if subj.relative && (!subj.wrong || c.rd.Sentences[c.si].Remedy) {
			return false
		}
		// "Too many tickets were sold": more or fewer than was right is the wrong.
		return reported && (negated || marked || c.givenAway(subj, part, last) || c.excessSubject(subj, start))
	}
	switch {
	case subj.relative:
		return false // "drafts that had not been opened" says which, not who
	case subj.negative && !subj.wrong && !marked:
		return false // "no invoices were changed", "none of the files were touched": a reassurance
	case subj.temporal && !negated && !marked:
		// "when Pepper was scanned at the vet's, our database showed ...": a step that sets
		// the time of the wrong, which the main clause reports. A failure verb ("when your
		// parcel was lost") is judged above, as before.
		return false
	case subj.ours && !marked:
		return false // "our team was stretched thin": an excuse at most
	case !reported && !marked:
		return false // "every order is printed on a red ticket": a standing fact
	case a.perfect && !a.past && !negated && !marked:
		return false // "your feedback has been shared with the team": news of what was done
	case !negated && !marked && (subj.fix || c.fixNearby(start, last) || c.aboutRemedy(start, last)):
		return false // "a replacement was sent today", "it has now been moved"
	}
	return true
}

// bringsIn reports whether a fix participle brings something into being, which makes it the
// wrong when what it brings is a fault: "a regression was introduced".
func bringsIn(part string) bool {
	switch part {
	case "introduced", "implemented", "deployed":
		return true
	}
	return false
}

// faultSubject reports whether the subject of a passive whose auxiliaries start at token start
// is a fault in what was built or done: "a regression", "the wrong setting", "a serious bug".
// "The fix for the regression" is the remedy.
func (c *passiveClause) faultSubject(subj passiveSubject, start int) bool {
	if subj.fix || subj.from >= start {
		return false
	}
	if subj.wrong {
		return true
	}
	switch c.norm(start - 1) {
	case "bug", "bugs", "regression", "regressions", "defect", "defects", "fault", "faults", "flaw", "flaws", "glitch":
		return true
	}
	return false
}

// excessSubject reports whether the subject of a passive whose auxiliaries start at token start
// counts more or fewer than was right: "too many tickets", "too few staff".
func (c *passiveClause) excessSubject(subj passiveSubject, start int) bool {
	for i := subj.from; i+1 < start; i++ {
		if c.norm(i) == "too" {
			switch c.norm(i + 1) {
			case "many", "much", "few", "little":
				return true
			}
		}
	}
	return false
}

// pastAppositive returns where the subject of a passive whose auxiliaries start at token start
// ends, past an amount or a number set off by commas just before them: in "The fee for the April
// visit, £2,340, has been cancelled", the subject is "The fee for the April visit".
func (c *passiveClause) pastAppositive(start int) int {
	if start-1 <= c.first || c.norm(start-1) != "," {
		return start
	}
	for k := start - 2; k > c.first && k >= start-5; k-- {
		w := c.tok(k).Text
		if c.norm(k) == "," {
			if k == start-2 {
				return start
			}
			return k
		}
		if strings.IndexFunc(w, unicode.IsDigit) < 0 && !strings.ContainsAny(w, "£$€¥") {
			return start
		}
	}
	return start
}

// givenAway reports whether a passive hands the reader's place to someone else, which is the
// wrong even with no word that calls it so: "your plot was given to a new member", "your room
// was let to a late arrival". What is handed on must be a place the reader held (a plot, a
// seat, a table), not a parcel or a case, which is passed along as a step in the story ("your
// order was handed to the courier", "your case was assigned to a specialist").
func (c *passiveClause) givenAway(subj passiveSubject, part string, last int) bool {
	if !subj.yours || !transferVerb[part] {
		return false
	}
	held := false
	for i := subj.from; i < subj.to && !held; i++ {
		held = heldPlace[c.norm(i)]
	}
	if !held {
		return false
	}
	to := last + 1
	if to < c.end && c.norm(to) == "back" {
		to++ // "your number was released back to the national pool"
	}
	if to+1 >= c.end || c.norm(to) != "to" {
		return false
	}
	switch c.norm(to + 1) {
	case "you", "your", "yourself", "our", "my":
		return false // handed to the reader, or passed along inside the firm ("to our Leeds branch")
	}
	return true
}

var (
	// transferVerb are the participles that hand a thing to someone.
	transferVerb = words("given", "sold", "let", "allocated", "assigned", "handed", "released",
		"offered", "passed", "rented", "resold")
	// heldPlace are what a reader holds and can lose to someone else.
	heldPlace = words("plot", "seat", "seats", "room", "table", "place", "places", "slot", "pitch",
		"berth", "space", "spot", "ticket", "tickets", "appointment", "booking", "reservation",
		"stall", "locker", "allotment", "mooring", "bed", "cabin", "flat", "unit", "court", "lane",
		"number", "domain", "username")
)

// auxChain is what the words before a be or get form say about the verb.
type auxChain struct {
	start                         int // the first auxiliary
	modal, perfect, past, negated bool
}

// auxiliaries reads the auxiliaries before the be or get form at b: "has now been", "will be",
// "had not been", "was being".
func (c *passiveClause) auxiliaries(b int) auxChain {
	a := auxChain{start: b}
	switch c.norm(b) {
	case "was", "were", "got", "gotten":
		a.past = true
	}
walk:
	for k := b - 1; k >= c.first && k >= b-4; k-- {
		w := c.norm(k)
		switch {
		case (modalAux[w] || w == "to") && c.tok(k).Text != "May":
			// A modal or "to" takes a bare "be" (or "have been"), never "was": in "on 14 May
			// was", "May" is the month.
			if !baseAux[c.norm(k+1)] && !haveAux[c.norm(k+1)] && !adverbWord(c.norm(k+1)) && !isNegator(c.norm(k+1)) {
				break walk
			}
			// "The pressing day had to be cancelled" reports what was done, as "was cancelled"
			// does; "has to be cancelled" and "will have to be" still look ahead.
			if w == "to" && k > c.first && c.norm(k-1) == "had" {
				a.past = true
				continue
			}
			a.modal = true
		case haveAux[w] || (w == "'s" && c.norm(k+1) == "been"):
			a.perfect = true
			a.past = a.past || w == "had"
		case isPassiveAux(w) && w != "'s":
			a.past = a.past || w == "was" || w == "were"
		case isNegator(w):
			a.negated = true
		case adverbWord(w) || passiveAdverb[w]:
			continue
		default:
			break walk
		}
		a.start = k
	}
	return a
}

// hypothetical reports whether the clause holding token i is a condition: "if you are charged
// twice", "in case a parcel is lost".
func (c *passiveClause) hypothetical(i int) bool {
	// Bounded like every walk through a clause: a text with no punctuation is one "sentence" of
	// any length, and an unbounded walk for every candidate in it is quadratic.
	for k := i - 1; k >= c.first && k >= i-maxClauseWalk; k-- {
		switch c.norm(k) {
		case "if", "unless", "whether":
			return true
		case "case":
			if k > c.first && c.norm(k-1) == "in" {
				return true
			}
		}
		if c.clauseStop(k) {
			return false
		}
	}
	return false
}

// maxClauseWalk bounds a walk through a clause, in tokens: clauses without punctuation run to a
// few dozen.
const maxClauseWalk = 60

// isAux reports whether token b is a be or get form used as an auxiliary. "'s" is "is" or "has"
// only after a pronoun; after a noun it is a possessive ("the team's scheduled reports").
func (c *passiveClause) isAux(b int) bool {
	w := c.norm(b)
	if w != "'s" {
		return isPassiveAux(w)
	}
	if b+1 < c.end && c.norm(b+1) == "been" {
		return false // "it's been shipped": "been" is judged, and "'s" is its have
	}
	return b > c.first && sPronoun[c.norm(b-1)]
}

// isParticiple reports whether token j is a past participle. Words decide; the tag only
// confirms an -en or -wn word that is in no list ("outgrown"), and VBN and VBD count the same,
// since the tagger breaks ties between them at random.
func (c *passiveClause) isParticiple(j int) bool {
	w := c.norm(j)
	if irregularParticiple[w] || regularParticiple(w) {
		return true
	}
	if !looksParticiple(w) {
		return false
	}
	t := c.tag(j)
	return t == "VBN" || t == "VBD"
}

// clauseStop reports whether token i ends a clause when walking through a sentence.
func (c *passiveClause) clauseStop(i int) bool {
	w := c.norm(i)
	if isClauseWord(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.HasPrefix(w, "'")
}

// The word tests below are asked at every word of the walk back over a subject, and comparing
// costs less than hashing the word for a map. Each word in them is its own normal form, as a
// token's Norm must be to equal it (see TestPassiveWordSwitches).

// isDeterminer reports whether w opens a noun phrase: "the", "your", "several".
func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "these", "those", "our", "your",
		"their", "its", "his", "her", "my", "one", "some", "any", "another", "other", "two",
		"several", "few":
		return true
	}
	return false
}

// isClauseWord reports whether w, a conjunction or a relative word, opens a clause.
func isClauseWord(w string) bool {
	switch w {
	case "and", "but", "or", "so", "because", "when", "while", "whereas",
		"although", "though", "if", "unless", "until", "after", "before", "once", "since", "as",
		"where", "whether", "then", "yet", "nor", "which", "who", "whom", "whose":
		return true
	}
	return false
}

// isFiniteVerbTag reports whether tag marks a finite verb or a modal.
func isFiniteVerbTag(tag string) bool {
	return tag == "VBZ" || tag == "VBP" || tag == "VB" || tag == "MD"
}

// resultOfCause reports whether the clause of the auxiliary at b is the result of a wrong act the
// sentence has just named with its doer (judge asks only of passives that are not negated):
// "The change set the wrong settlement date on the file, so 9,430 employees were paid three days
// late." The clause opens with ", so" after a clause whose subject did something wrong in the
// past tense; the passive reports what that act did, not a wrong whose doer is left out. "The
// change was rushed, so customers were charged twice" names no act, and "We shipped your order
// on Monday, so it was delivered to the wrong address" no wrong one: both are judged as before.
func (c *passiveClause) resultOfCause(b int) bool {
	k := b - 1
	for k > c.first && !c.clauseStop(k) {
		k--
	}
	if k <= c.first+2 || c.norm(k) != "so" || c.norm(k-1) != "," {
		return false
	}
	for i := k + 1; i < b; i++ {
		switch c.norm(i) {
		case "nobody", "no", "none", "nothing", "no-one", "noone", "neither":
			return false // "so nobody was paged": what was not done, with its doer left out
		}
	}
	// The clause before: a verb in a past form, with no be, get or have form, after its subject.
	from := k - 2
	for from > c.first && !c.clauseStop(from-1) {
		from--
	}
	acted, wrong := false, false
	for i := from + 1; i < k-1; i++ {
		w := c.norm(i)
		if !acted && (isPassiveAux(w) || haveAux[w] || w == "did") {
			return false
		}
		wrong = wrong || wrongWord[w]
		// The tagger breaks ties between VBD and VBN by chance ("set"), so either will do:
		// a be, get or have form before it has already turned the clause away.
		if t := c.tag(i); t == "VBD" || t == "VBN" {
			acted = true
		}
	}
	return acted && wrong
}

// hasAgent reports whether the clause from token i names who did it: "by our front-desk team",
// "by a rogue employee". "By" with a time, an amount or a means is no agent: "delayed by up to
// seven weeks", "cancelled by mistake", "sent by email".
func (c *passiveClause) hasAgent(i int) bool {
	for k := i; k < c.end && k < i+12; k++ {
		if c.clauseStop(k) {
			return false
		}
		if c.norm(k) != "by" {
			continue
		}
		// Past determiners, amounts and numbers to the head: "by over 300 people" is an
		// agent, "by over 300 minutes" a measure.
		h, det := k+1, false
		for h < c.end && h < k+maxClauseWalk {
			w := c.norm(h)
			r, _ := utf8.DecodeRuneInString(w)
			if !isDeterminer(w) && !adverbWord(w) && !amountWord[w] && !unicode.IsDigit(r) {
				break
			}
			det = det || isDeterminer(w)
			h++
		}
		if h >= c.end {
			return false
		}
		w := c.norm(h)
		r, _ := utf8.DecodeRuneInString(w)
		// "by sending" is a means; "by our fundraising team" an agent, the -ing word a modifier
		// after a determiner.
		if notAgent[w] || meansWord[w] && !det || strings.HasSuffix(w, "ing") && !det {
			return false
		}
		return unicode.IsLetter(r)
	}
	return false
}

// markedWrong reports whether the clause after the participle says the act was wrong: "sent to
// the wrong address", "charged twice", "given to another patient", "cancelled in error",
// "changed without notice", "billed at the full rate rather than the member rate". The contrast
// marks only what was done (reported): "the sheet is kept in the office rather than in the
// kennel block" tells where a thing stands, not a wrong.
func (c *passiveClause) markedWrong(i int, reported bool) bool {
	for k := i; k < c.end && k < i+8; k++ {
		if c.clauseStop(k) {
			return false
		}
		w := c.norm(k)
		next := ""
		if k+1 < c.end {
			next = c.norm(k + 1)
		}
		switch {
		case wrongWord[w] || wrongMark[w]:
			return true
		case (w == "in" || w == "by") && (next == "error" || next == "mistake" || next == "accident"):
			return true
		case w == "without" && c.withoutLeave(k+1):
			return true // "without notice", "without your consent"; not "without a hitch"
		case (w == "someone" || w == "somebody") && next == "else":
			return true
		case w == "rather" && next == "than" && reported:
			return true // "charged at the adult rate rather than the concession rate"
		}
	}
	return false
}

// concedes reports whether a concessive clause after token i sets the act against what the
// reader did or was owed, which makes it the wrong: "fees were charged to your account, even
// though you returned the car on time", "your table was given away despite your booking". The
// reader's part must be done ("you had paid", "you returned"), not to come ("though you may
// not see the refund until Friday").
func (c *passiveClause) concedes(i int) bool {
	for k := i; k < c.end && k < i+20; k++ {
		w := c.norm(k)
		if w == ";" || w == ":" {
			return false
		}
		var next int
		switch w {
		case "despite":
			next = k + 1
			if next < c.end && (c.norm(next) == "your" || c.norm(next) == "you") {
				return true
			}
			continue
		case "though", "although":
			next = k + 1
		default:
			continue
		}
		// "even though your instalment reached us on time": the reader's payment or order,
		// one or two words, then what it did.
		if next+2 < c.end && c.norm(next) == "your" {
			for k := next + 2; k < c.end && k <= next+3; k++ {
				if v := c.norm(k); concededDone[v] || yourArrived[v] {
					return true
				}
			}
			continue
		}
		if next+1 >= c.end || c.norm(next) != "you" {
			continue
		}
		v := c.norm(next + 1)
		return concededDone[v] || irregularParticiple[v] || regularParticiple(v)
	}
	return false
}

// yourArrived are the words after "though your payment" that say it was made in time: "even
// though your instalment reached us on time", "although your form had arrived".
var yourArrived = words("reached", "arrived", "cleared", "went", "had", "'d")

// concededDone are the words after "though you" that report what the reader had done or was
// owed: "though you had paid", "although you were told", "even though you already cancelled".
var concededDone = words("had", "'d", "did", "were", "was", "have", "'ve", "already", "clearly",
	"never", "only", "specifically", "actually", "paid", "returned", "booked", "cancelled",
	"asked", "told", "gave", "sent", "kept", "followed")

// withoutLeave reports whether the words from token i, after "without", name a leave or a
// warning that was not given: "notice", "your prior consent", "anyone telling you".
func (c *passiveClause) withoutLeave(i int) bool {
	for k := i; k < c.end && k < i+3; k++ {
		w := c.norm(k)
		if leaveWord[w] || len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true
		}
		if c.clauseStop(k) {
			return false
		}
	}
	return false
}

// passiveSubject is what the words before a passive tell about its subject.
type passiveSubject struct {
	from, to    int // the subject's tokens [from, to); empty when it is elided
	firstPerson bool
	question    bool // "what was changed?"
	relative    bool // "drafts that were opened": the clause picks out a noun
	negative    bool // "no data", "nothing"
	wrong       bool // "the wrong item", "an incorrect charge", "mistakes"
	fix         bool // "a replacement", "the refund", "new checks"
	harm        bool // "the second charge", "the late fee": a wrong to undo
	yours       bool // "your order", "you": a specific case, not a general rule
	ours        bool // "our team", "my van": the writer's own side
	complete    bool // the walk back found where the subject starts
	temporal    bool // "when the painting was unpacked": the clause sets a time for another
	byTime      bool // "by the time it was cut": the clause only fixes a moment
	pronoun     string
	wrongNounAt int
}

// subject reads the subject of a passive whose auxiliaries start at token start: the noun phrase
// just before it, back to a clause boundary, a verb, or a determiner that follows no preposition.
func (c *passiveClause) subject(start int) passiveSubject {
	s := passiveSubject{from: start, to: start, wrongNounAt: -1}
	for i := start - 1; i >= c.first && start-i <= 10; i-- {
		w := c.norm(i)
		if c.clauseStop(i) || subjectStop[w] {
			s.complete = true
			break
		}
		// A finite verb ends the subject, unless it opens the clause: "Calls to the line" and
		// "Builds on our CI" start with nouns the tagger may read as verbs. So does a participle
		// that no determiner makes an adjective ("orders placed on Monday"), judged by its
		// word, since the tagger may read it as VBN or VBD.
		opens := i == c.first || c.clauseStop(i-1)
		// A plural noun just before "were" or "are" heads the subject even when the tagger
		// reads it as a verb: "No project files were lost" ("files" as VBZ). Not "when the pump
		// stops had been bypassed", where a relative clause ends on its verb.
		head := i == start-1 && strings.HasSuffix(w, "s") && (c.norm(start) == "were" || c.norm(start) == "are") &&
			(c.tag(i) == "VBZ" || c.tag(i) == "VBP")
		if !isDeterminer(w) && !looksParticiple(w) && !opens && !head && isFiniteVerbTag(c.tag(i)) {
			break
		}
		if looksParticiple(w) && !opens && !isDeterminer(c.norm(i-1)) {
			// "any late-payment fees shown on the earlier statement have been cancelled": the
			// noun the participle describes is what is undone.
			if harmNoun[c.norm(i-1)] {
				s.harm = true
			}
			break
		}
		if w == "that" || personalPronoun[w] {
			if i == start-1 {
				// "the quote we gave you was": a pronoun after a verb is its object.
				s.from = i
				s.complete = i == c.first || c.clauseStop(i-1) || subjectStop[c.norm(i-1)] || c.norm(i-1) == "that"
				// "drafts that had not been opened"; not "sorry that was", "and that was".
				if w == "that" && !s.complete && !personalPronoun[c.norm(i-1)] {
					s.relative = true
				}
			}
			break
		}
		s.from = i
		if i == c.first {
			s.complete = true
		}
		if isDeterminer(w) && (i == c.first || !preposition[c.norm(i-1)]) {
			s.complete = true
			break
		}
	}
	if s.from > c.first && relativeWord[c.norm(s.from-1)] {
		s.relative = true // "which was cancelled", "customers whose orders were delayed"
	}
	// "When the painting was unpacked, ...", "that, when Pepper was scanned, ...": the clause
	// opens the sentence or follows a break. "the laser when the pump stops had been bypassed"
	// ends a relative clause inside the subject.
	// A pronoun subject ends no noun phrase, so the clause is one of time wherever it stands:
	// "we declined your payment while you were locked out". "By the time it was cut" fixes
	// the moment the main clause speaks of, whatever the verb.
	if t := s.from - 1; t >= c.first && temporalWord[c.norm(t)] {
		s.temporal = t == c.first || c.clauseStop(t-1) || c.norm(t-1) == "that" || c.norm(t-1) == "and" || c.norm(t-1) == "but" ||
			start-s.from == 1 && personalPronoun[c.norm(s.from)]
	} else if t >= c.first+2 && c.norm(t) == "time" && c.norm(t-1) == "the" && (c.norm(t-2) == "by" || c.norm(t-2) == "at") {
		s.temporal, s.byTime = true, true
	}
	// A test or a draft that reached readers is the wrong, whether it is the subject ("a test
	// email was sent to all customers") or the noun a relative clause describes ("a test
	// message in our alert system that was sent to the live channel").
	from := s.from
	if s.relative {
		from = max(c.first, s.from-6)
	}
	if c.unfinishedMessage(from, start) {
		s.wrong = true
	}
	for i := s.from; i < start; i++ {
		w := c.norm(i)
		switch {
		case w == "we" || w == "i":
			s.firstPerson = true
		case (w == "what" || w == "who" || w == "which") && i == c.first:
			s.question = true
		case w == "no" || w == "nothing" || w == "none" || w == "neither":
			s.negative = true
		case wrongWord[w]:
			s.wrong = true
			if wrongNoun[w] {
				s.wrongNounAt = i
			}
		case fixNoun[w]:
			s.fix = true
		case harmNoun[w]:
			s.harm = true
		}
	}
	if start-s.from == 1 && personalPronoun[c.norm(s.from)] {
		s.pronoun = c.norm(s.from)
	}
	for i := s.from; i < start; i++ {
		switch c.norm(i) {
		case "your", "you":
			s.yours = true
		case "our", "my":
			s.ours = i == s.from
		}
	}
	return s
}

// personSubject reports whether the subject of a passive whose auxiliaries start at token start
// is a person or a group of people: a pronoun ("she was gutted"), or a noun for people
// ("the whole team was gutted").
func (c *passiveClause) personSubject(subj passiveSubject, start int) bool {
	if subj.from >= start {
		return true // no subject read: keep the feeling, the common sense
	}
	w := c.norm(start - 1)
	return subj.pronoun != "" || personalPronoun[w] || peopleNoun[w]
}

// readerWrote reports whether a passive whose auxiliaries start at token start says the reader
// wrote or filled in something of theirs: "your note about the fish was typed in the delivery
// box", "your form was submitted without a date". The clause before it holds "your" and, within
// two tokens, a word for a message the reader writes.
func readerWrote(c *passiveClause, start int, part string) bool {
	if !writeVerb[part] {
		return false
	}
	for i := start - 1; i >= c.first && i >= start-10 && !c.clauseStop(i); i-- {
		if c.norm(i) != "your" {
			continue
		}
		for k := i + 1; k < start && k <= i+2; k++ {
			if readerMessage[c.norm(k)] {
				return true
			}
		}
	}
	return false
}

// unfinishedMessage reports whether tokens [from, to) hold a message not meant for readers: a
// test, draft or dummy message, email, notification or post.
func (c *passiveClause) unfinishedMessage(from, to int) bool {
	for i := from; i+1 < to; i++ {
		if unfinishedWord[c.norm(i)] && messageNoun[c.norm(i+1)] {
			return true
		}
	}
	return false
}

// fixNearby reports whether the auxiliaries and participle come with a word that marks the fix,
// not the wrong: "has now been moved", "was finally sent".
func (c *passiveClause) fixNearby(start, j int) bool {
	for k := start; k < j; k++ {
		if fixAdverb[c.norm(k)] {
			return true
		}
	}
	return j+1 < c.end && c.norm(j+1) == "back"
}

// fixAdverbBetween reports whether a word that marks the fix ("now", "already") stands among
// the auxiliaries and the participle: "has now been sent".
func (c *passiveClause) fixAdverbBetween(start, j int) bool {
	for k := start; k < j; k++ {
		if fixAdverb[c.norm(k)] {
			return true
		}
	}
	return false
}

// aboutRemedy reports whether the reading found the sentence's remedy or prevention inside this
// clause: the passive is then the fix ("your new parcel was dispatched this morning").
func (c *passiveClause) aboutRemedy(start, j int) bool {
	sent := c.rd.Sentences[c.si]
	if !sent.Remedy && !sent.Prevention {
		return false
	}
	lo, hi := start, j
	for lo > c.first && !c.clauseStop(lo-1) {
		lo--
	}
	for hi+1 < c.end && !c.clauseStop(hi+1) {
		hi++
	}
	clause := c.d.TokenSpan(lo, hi)
	for _, evs := range [][]reading.Evidence{c.rd.Remedies, c.rd.Preventions} {
		for _, ev := range evs {
			if ev.Sentence == c.si && ev.Span.Start < clause.End && ev.Span.End > clause.Start {
				return true
			}
		}
	}
	return false
}

// suggest writes the active sentence: "we shipped the wrong item".
func (c *passiveClause) suggest(s passiveSubject, j, last int, negated bool) string {
	const generic = "say who did it, in the active voice: 'we …'"
	if negated || s.relative || s.question || !s.complete || s.from == s.to || s.to-s.from > 6 ||
		preposition[c.norm(s.from)] {
		return generic
	}
	past := strings.ToLower(c.tok(j).Text)
	if p, ok := pastOf[c.norm(j)]; ok {
		past = p
	}
	var obj string
	if s.pronoun != "" {
		o, ok := objectPronoun[s.pronoun]
		if !ok || s.pronoun == "it" && last+1 < c.end && (c.norm(last+1) == "to" || c.norm(last+1) == "that") {
			return generic // "it was decided to close early"
		}
		obj = o
	} else {
		var words []string
		for i := s.from; i < s.to; i++ {
			t := c.tok(i).Text
			if r, n := utf8.DecodeRuneInString(t); i == c.first && strings.ToLower(t[n:]) == t[n:] {
				t = string(unicode.ToLower(r)) + t[n:] // "Your order" -> "your order"; not "SwiftDrop"
			}
			if strings.HasPrefix(t, "'") || strings.HasPrefix(t, "’") || t == "n't" {
				if len(words) > 0 {
					words[len(words)-1] += t
					continue
				}
			}
			words = append(words, t)
		}
		obj = strings.Join(words, " ")
	}
	if last > j {
		past += " " + c.norm(last)
	}
	return fmt.Sprintf("say who did it: 'we %s %s'", past, obj)
}

func isNegator(w string) bool { return w == "not" || w == "n't" || w == "never" }

// adverbWord reports whether w can stand between an auxiliary and its participle.
func adverbWord(w string) bool {
	if passiveAdverb[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverb[w]
}

// passiveAuxWords are the forms of be and get that make a passive.
var passiveAuxWords = []string{"am", "'m", "is", "'s", "are", "'re", "was", "were", "be", "been",
	"being", "get", "gets", "got", "gotten", "getting"}

// isPassiveAux reports whether w is one of passiveAuxWords. It is asked of every token of every
// sentence: a switch on the string costs less than a look-up in a map, which hashes it.
func isPassiveAux(w string) bool {
	// The forms are two to seven bytes long and start with one of "'abgiw".
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	switch w[0] {
	case '\'', 'a', 'b', 'g', 'i', 'w':
	default:
		return false
	}
	switch w {
	case "am", "'m", "is", "'s", "are", "'re", "was", "were", "be", "been",
		"being", "get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

// words builds a set of words, normalised as tokens are.
func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[draft.Normalize(w)] = true
	}
	return m
}

var (
	haveAux  = words("have", "has", "had", "'ve", "'d", "having")
	baseAux  = words("be", "get", "have")
	modalAux = words("will", "'ll", "would", "shall", "should", "can", "could", "may", "might",
		"must", "cannot", "wo", "ca")
	sPronoun = words("it", "that", "this", "what", "there", "here", "he", "she", "who", "which",
		"everything", "nothing", "something", "one")
	passiveAdverb = words("also", "all", "both", "then", "now", "already", "still", "just", "even",
		"ever", "since", "again", "initially", "originally", "first", "later", "soon", "each",
		"only", "mistakenly", "wrongly", "incorrectly", "accidentally", "somehow", "apparently",
		"unfortunately", "sadly", "inadvertently", "automatically", "finally", "eventually",
		"subsequently", "once", "twice", "too", "well", "badly", "poorly")
	notAdverb = words("apply", "supply", "reply", "rely", "family", "july", "italy", "ally",
		"holy", "belly", "jelly", "rally", "bully", "assembly", "anomaly", "monopoly", "only")
	// intensifier are degree words that go with adjectives, not with passives: "was very
	// disappointed". Words that go with both ("completely deleted") are not here.
	intensifier = words("very", "so", "quite", "really", "extremely", "deeply", "incredibly",
		"rather", "most", "more", "less", "pretty", "fairly", "truly", "absolutely",
		"genuinely", "sincerely", "bitterly", "particularly", "understandably", "rightly")
	notParticiple = words("hundred", "indeed", "naked", "wicked", "sacred", "kindred", "rugged",
		"ragged", "beloved", "been", "open", "often", "even", "seven", "eleven",
		"garden", "kitchen", "children", "women", "men", "happen", "listen", "token", "citizen",
		"between", "screen", "green", "seen", "queen", "own", "down", "town", "brown", "known",
		"shown", "drawn", "grown", "thrown", "blown", "flown", "sewn", "torn", "worn", "golden",
		"wooden", "sudden", "hidden", "eaten", "broken", "written", "given", "taken", "chosen",
		"stolen", "spoken", "forgotten", "frozen", "driven", "fallen", "shaken", "proven",
		"risen", "beaten", "bitten", "woken", "gotten", "mistaken", "overridden", "overwritten",
		"withdrawn", "overtaken", "undertaken", "rewritten", "unbroken", "threaten", "lessen",
		"dozen", "heaven", "oven", "linen", "siren", "omen", "specimen", "warden", "burden")
	// irregularParticiple are past participles that do not end in -ed.
	irregularParticiple = words("made", "sent", "lost", "done", "given", "taken", "left", "put",
		"set", "held", "told", "kept", "paid", "sold", "shown", "seen", "known", "brought",
		"bought", "caught", "found", "hit", "cut", "shut", "run", "broken", "forgotten", "written",
		"spent", "built", "read", "won", "stolen", "thrown", "dealt", "let", "mislaid", "misled",
		"misread", "mistaken", "misunderstood", "overlooked", "overpaid", "underpaid", "overdone",
		"undone", "redone", "hidden", "chosen", "withdrawn", "drawn", "overridden", "overwritten",
		"rewritten", "spoken", "driven", "eaten", "fallen", "frozen", "shaken", "bent", "burnt",
		"split", "spilt", "spilled", "struck", "stuck", "swept", "torn", "worn", "upset", "wound",
		"meant", "lent", "resent", "re-sent", "rebuilt", "reset", "forbidden", "beaten",
		"bitten", "proven", "sunk", "shot", "hung", "fed", "led", "bound", "ground", "laid",
		"mislaid", "overheard", "said", "heard", "taught", "thought", "sought", "fought",
		"understood", "withheld", "overtaken", "undertaken", "begun", "gone", "grown", "flown",
		"blown", "sewn", "sworn", "born", "borne", "woken", "got", "gotten", "slept", "quit",
		"cast", "broadcast", "forecast", "outbid", "bid", "spread", "shed", "sped", "dug")
	// feelingWord are participles used as adjectives of feeling after a be form: "we were
	// disappointed", "anyone was offended". They describe a reaction, not a deed.
	feelingWord = words(append(phrase.Classes["feeling"], "pleased", "delighted", "excited",
		"thrilled", "shocked", "surprised", "embarrassed", "ashamed", "horrified", "appalled",
		"devastated", "heartbroken", "gutted", "relieved", "committed", "dedicated", "determined",
		"convinced", "satisfied", "interested", "tired", "bored", "scared", "frightened",
		"stressed", "overwhelmed", "exhausted", "humbled", "honored",
		"amazed", "astonished", "stunned", "dismayed", "mortified", "puzzled", "baffled",
		"married", "engaged", "prepared", "qualified", "experienced", "aware", "obliged",
		"inclined", "bound", "resigned", "spoiled", "spoilt",
		// How a person was left, not an act reported: "some of you were woken".
		"woken", "startled", "shaken", "unsettled", "rattled",
		// A body left hurt, not a deed reported: "he was bruised", "she was winded".
		"bruised", "grazed", "winded", "dazed", "concussed")...)
	// workWord are feeling words that are also a task done to a thing: "the fish were not
	// gutted". They read as a feeling only with a person as the subject.
	workWord = words("gutted")
	// peopleNoun are subjects that are people, who may feel.
	peopleNoun = words("team", "staff", "everyone", "everybody", "family", "families", "crew",
		"kids", "children", "son", "daughter", "people", "volunteers", "members", "guests")
	// writeVerb and readerMessage: what the reader wrote, put in the passive.
	writeVerb     = words("typed", "written", "submitted", "worded", "filled", "entered", "spelt", "spelled")
	readerMessage = words("note", "notes", "message", "comment", "comments", "request", "instructions",
		"form", "answer", "answers", "reply", "review")
	// toIdiom are participles that, before "to", make a fixed phrase: "supposed to", "used to".
	toIdiom = words("supposed", "used", "meant", "expected", "required", "entitled", "allowed",
		"permitted", "obliged", "designed", "intended", "scheduled", "set", "asked",
		"invited", "encouraged", "advised", "committed", "dedicated", "forced", "told")
	// amountWord lead up to a number or a measure: "by up to seven weeks", "by over 300".
	amountWord = words("up", "to", "about", "around", "over", "nearly", "almost", "more",
		"than", "less", "at", "least", "roughly", "some", "well", "a", "one", "two", "three",
		"four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred",
		"hundreds", "thousand", "thousands", "dozen", "dozens", "few", "several", "half")
	// notAgent are the heads of "by" phrases that say when, how much or how, not who.
	notAgent = words("mistake", "accident", "error", "default", "chance", "design", "percent",
		"%", "pounds", "dollars", "euros", "pence", "miles", "kilometers", "points", "places",
		"seconds", "then", "now", "today", "tomorrow", "tonight", "midnight", "noon", "morning",
		"afternoon", "evening", "night", "lunchtime", "end", "time", "weekend", "week", "weeks",
		"day", "days", "hour", "hours", "minute", "minutes", "month", "months", "year", "years",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
		"february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "far", "way", "mid", "close", "law", "itself", "themselves",
		"automatically", "twice", "next", "last")
	// meansWord are the heads of a bare "by" phrase that says how: "sent by email". With a
	// determiner they name an agent again: "lost by the courier".
	meansWord = words("email", "e-mail", "post", "mail", "phone", "text", "hand", "courier",
		"letter", "card", "cash", "transfer", "road", "rail", "air", "sea", "van", "car")
	relativeWord = words("which", "who", "whom", "whose")
	// temporalWord open a clause that says when something else happened.
	temporalWord = words("when", "after", "once", "while", "whilst", "before", "until", "as")
	// subjectStop are words that end a subject read backwards: "sorry your order", "said it".
	subjectStop = words("sorry", "glad", "afraid", "regret", "know", "knew", "think", "thought",
		"said", "say", "says", "hope", "believe", "sure", "realize", "realized", "feel", "felt",
		"apologize", "apologized", "noticed", "confirm", "confirmed", "found", "see", "saw",
		"because", "why", "how", "where", "when", "there", "here")
	personalPronoun = words("we", "i", "you", "they", "it", "he", "she", "this", "these",
		"those", "us", "them", "me", "everything", "something", "nothing", "anything", "everyone",
		"someone", "anyone")
	preposition = words("of", "to", "for", "in", "on", "at", "from", "with", "into", "onto",
		"about", "under", "over", "between", "across", "through", "during", "within", "without",
		"against", "among", "after", "before", "per", "via", "by")
	// wrongWord marks a subject that is itself the wrong: "the wrong item", "an incorrect charge".
	wrongWord = words("wrong", "incorrect", "faulty", "duplicate", "erroneous", "mistaken",
		"unauthorized", "inaccurate", "defective", "mistake", "mistakes", "error", "errors",
		"oversight", "oversights", "misprint", "mix-up", "blunder", "blunders", "bad", "poor",
		"careless", "wrongly", "mistakenly", "incorrectly", "accidentally", "inadvertently",
		"erroneously", "unfairly")
	// unfinishedWord and messageNoun make a message not meant for readers: "a test email".
	unfinishedWord = words("test", "draft", "dummy", "placeholder", "unfinished", "internal")
	messageNoun    = words("message", "messages", "email", "emails", "e-mail", "notification",
		"notifications", "alert", "alerts", "newsletter", "campaign", "post", "tweet", "text",
		"texts", "push")
	// wrongMark are words after a participle that make the act a wrong: "charged twice".
	wrongMark = words("twice", "double", "another", "instead", "elsewhere", "prematurely",
		"early", "late", "unnecessarily", "unfairly", "repeatedly")
	// leaveWord are what a wrong is done without: "without notice", "without your consent".
	leaveWord = words("notice", "warning", "consent", "permission", "knowledge", "explanation",
		"approval", "agreement", "authorization", "authority", "reason", "cause", "asking",
		"telling", "checking", "notification", "contact", "word")
	wrongNoun = words("mistake", "mistakes", "error", "errors", "oversight", "oversights",
		"blunder", "blunders", "mix-up")
	// harmNoun marks a subject that is a wrong done to the reader, so that cancelling or
	// removing it is the fix.
	harmNoun = words("charge", "charges", "fee", "fees", "penalty", "penalties", "fine", "fines",
		"surcharge", "debit", "debits", "overcharge", "ban", "suspension",
		"block", "hold", "lock")
	// undoVerb are failure verbs that, applied to a wrong, take it away.
	undoVerb = words("cancelled", "deleted", "dropped", "erased", "wiped", "scrapped",
		"removed", "withdrawn", "lifted")
	// fixNoun marks a subject that is the remedy or the prevention.
	fixNoun = words("refund", "refunds", "replacement", "replacements", "credit", "credits",
		"voucher", "vouchers", "compensation", "fix", "fixes", "patch", "patches", "repair",
		"repairs", "steps", "measures", "action", "changes", "improvements", "safeguards",
		"check", "checks", "test", "tests", "training", "lessons", "apology", "new", "reminder",
		"reminders", "correction", "corrections", "reimbursement", "rebooking", "goodwill",
		"gesture", "alert", "alerts", "backup", "backups", "rule", "rules", "procedure",
		"procedures", "process", "policy", "review", "audit")
	fixAdverb = words("now", "already", "since", "finally", "immediately", "promptly",
		"quickly", "successfully", "fully", "today")
	objectPronoun = map[string]string{"it": "it", "they": "them", "you": "you", "he": "him",
		"she": "her", "this": "this", "that": "that", "these": "these", "those": "those"}
	pastOf = map[string]string{"taken": "took", "given": "gave", "written": "wrote",
		"broken": "broke", "forgotten": "forgot", "stolen": "stole", "shown": "showed",
		"known": "knew", "done": "did", "chosen": "chose", "hidden": "hid", "withdrawn": "withdrew",
		"overridden": "overrode", "overwritten": "overwrote", "mistaken": "mistook",
		"thrown": "threw", "drawn": "drew", "eaten": "ate", "fallen": "fell", "driven": "drove",
		"seen": "saw", "begun": "began", "spoken": "spoke", "torn": "tore", "worn": "wore",
		"frozen": "froze", "shaken": "shook", "woken": "woke", "gotten": "got", "undone": "undid",
		"redone": "redid", "overtaken": "overtook", "undertaken": "undertook", "gone": "went",
		"grown": "grew", "flown": "flew", "blown": "blew", "rewritten": "rewrote"}
)

// passiveVerbs sorts participles by what they report. A participle in no list is judged by
// its tense and its subject.
var passiveVerbs = func() map[string]verbClass {
	m := map[string]verbClass{}
	add := func(c verbClass, ws ...string) {
		for _, w := range ws {
			m[draft.Normalize(w)] = c
		}
	}
	add(verbFailure, "delayed", "lost", "cancelled", "missed", "deleted", "ignored", "overlooked",
		"mishandled", "misplaced", "mislaid", "misdirected", "mislabelled", "misrouted",
		"miscalculated", "misprinted", "misspelled", "misspelt", "misread", "misfiled",
		"mistyped", "misreported", "misquoted", "mischarged", "misallocated",
		"damaged", "leaked", "exposed", "overcharged", "double-charged", "undercharged",
		"overbilled", "double-billed", "double-booked", "overbooked", "forgotten", "neglected",
		"dropped", "skipped", "postponed", "interrupted", "disrupted", "corrupted", "wiped",
		"erased", "compromised", "breached", "mistaken", "left", "abandoned", "botched",
		"bungled", "wasted", "spoiled", "spoilt", "ruined", "broken", "dented", "scratched",
		"smashed", "spilled", "spilt", "stranded", "dumped", "lost", "underpaid", "overpaid",
		"withheld", "overwritten", "overridden", "truncated", "scrapped", "rejected", "declined",
		"refused", "denied", "bounced", "cut", "shut", "mixed up", "held up", "cut off",
		"called off", "put off", "pushed back", "scrapped", "pulled",
		"left out", "left behind", "passed over", "given away", "sent away", "turned away", "thrown away", "messed up", "screwed up", "lost track")
	add(verbFix, "refunded", "reimbursed", "credited", "compensated", "paid", "restored",
		"recovered", "returned", "replaced", "repaired", "fixed", "resolved", "corrected",
		"reversed", "reverted", "rolled", "reinstated", "reopened", "rebooked", "rescheduled",
		"reshipped", "re-shipped", "resent", "re-sent", "redelivered", "re-delivered", "reissued",
		"re-issued", "waived", "withdrawn", "recalled", "refitted", "reprinted", "remade",
		"rerun", "re-run", "reprocessed", "re-processed", "retried", "re-tried", "replayed",
		"requeued", "re-queued", "resubmitted", "re-submitted", "reattempted", "re-attempted",
		"resynced", "re-synced", "restarted", "reconnected", "unlocked", "unblocked", "unbanned", "refilled",
		"topped", "upgraded", "compensated", "apologized", "escalated", "prioritized",
		"expedited", "rushed", "fast-tracked", "checked", "double-checked", "reviewed", "tested",
		"audited", "trained", "retrained", "briefed", "printed", "added", "introduced",
		"implemented", "installed", "updated", "improved", "monitored", "verified", "approved",
		"learned", "learnt", "enforced", "automated", "strengthened", "tightened", "overhauled",
		"redesigned", "rewritten", "flagged", "highlighted", "hired", "appointed", "protected",
		"secured", "encrypted", "backed", "investigated", "examined", "inspected", "cleaned",
		"sanitized", "contained", "collected", "completed", "cleared", "unblocked", "lifted",
		"removed", "taken down", "deployed", "rolled back", "sorted out", "put right",
		"paid back", "sent back", "switched back", "turned back", "put back", "brought back")
	add(verbDelivery, "shipped", "sent", "dispatched", "posted", "delivered", "mailed",
		"couriered", "issued", "processed", "transferred", "charged", "billed", "invoiced",
		"applied", "generated", "published", "released", "given", "taken", "made", "handed",
		"assigned", "allocated", "served", "fitted", "installed", "packed", "labeled", "picked",
		"loaded", "routed", "forwarded", "passed", "sold", "moved", "changed", "set", "printed",
		"added", "answered", "returned")
	add(verbReport, "heard", "overheard", "told", "informed", "asked", "invited", "advised", "promised", "offered",
		"notified", "contacted", "warned", "discovered", "noticed", "found", "spotted",
		"detected", "identified", "reported", "raised", "received", "logged", "traced",
		"confirmed", "diagnosed", "caught", "alerted", "made aware", "called", "emailed",
		"phoned", "quoted", "shown", "reminded", "accepted", "acknowledged", "granted",
		"honoured", "welcomed")
	add(verbState, "entitled", "supposed", "used", "meant", "based", "located", "named", "known",
		"born", "allowed", "permitted", "required", "needed", "expected", "designed", "intended",
		"involved", "affected", "impacted", "concerned", "related", "limited", "covered",
		"included", "attached", "enclosed", "booked", "prebooked", "pre-booked", "prepaid",
		"pre-paid", "reserved", "scheduled", "listed", "priced", "advertised", "described",
		"specified", "pictured", "illustrated", "sized", "labeled", "founded",
		"owned", "run", "staffed", "headquartered", "registered", "licensed", "insured",
		"certified", "accredited", "regulated", "opened", "suited", "filled", "packed",
		"crowded", "qualified", "connected", "linked", "signed", "placed", "ordered", "planned",
		"timed", "gone", "finished", "dated", "addressed", "worded", "titled", "considered",
		"regarded", "thought", "believed", "estimated", "recorded", "stored", "built",
		// -ed adjectives that describe, not report: "the form was complicated".
		"complicated", "outdated", "overpriced", "detailed", "sophisticated", "organized",
		"disorganized", "advanced", "varied", "balanced", "unexpected", "unrelated",
		"unaffected", "uninterested", "unqualified", "unprepared", "understaffed",
		"overstretched", "overworked", "underfunded", "talented", "skilled", "renowned",
		"aged", "old-fashioned", "mixed", "unsupported", "unavailable", "restricted",
		"reduced", "discounted", "unopened", "unused", "undamaged", "intact")
	return m
}()

// publicWayClosed reports whether a failure passive is a public way closed in a clause of time:
// "there was nothing we could have done once the road was shut", "when the motorway was
// closed". The writer did not close it, and the clause says when, not what went wrong.
func (c *passiveClause) publicWayClosed(subj passiveSubject, start int) bool {
	if subj.yours || subj.ours || subj.wrong || start-1 < c.first || subj.from-1 < c.first || subj.from >= start {
		return false
	}
	return temporalWord[c.norm(subj.from-1)] && publicWays[c.norm(start-1)]
}

// publicWays are the roads and crossings others close: the head of publicWayClosed's subject.
var publicWays = words("road", "roads", "motorway", "bridge", "tunnel", "runway", "airport",
	"border", "junction", "street", "highway", "pass", "crossing")
