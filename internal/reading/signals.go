package reading

import (
	"regexp"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
)

// The names of the reading's phrase families.
const (
	famOwn        = "own"
	famRemedy     = "remedy"
	famPrevention = "prevention"
	famContact    = "contact"
	famNowVerb    = "now-verb"
)

func defs(name string, patterns ...string) []phrase.Def {
	out := make([]phrase.Def, len(patterns))
	for i, p := range patterns {
		out[i] = phrase.Def{Owner: Owner, Name: name, Pattern: p}
	}
	return out
}

// Phrases are the reading's own patterns, compiled into the engine's one automaton.
var Phrases = concat(
	// Taking responsibility: a cause named next to one of these is explained, not excused.
	defs(famOwn,
		"{that|this|it|which|the outage|the failure|the mistake|the error|the delay} {is|was|'s} {all|entirely|squarely|} on {us|me}",
		"{is|was|'s|are|were} {entirely|fully|wholly|} {our|my} {responsibility|fault|job|mistake|error|failure|call|decision|doing}",
		"{our|my} {responsibility|fault|mistake|error|failure|call|decision}",
		"{responsibility|the blame|the fault} {is|lies|rests|sits} {with|} {us|me|ours|mine}",
		"{we|i} {take|accept|own|bear} {full|complete|total|} {responsibility|the blame|accountability|ownership}",
		"{we|i} {got|get} {it|this|that} wrong",
		"{we|i} {were|was} wrong",
		"{that|this|it} was wrong",
		"{we|i} {should|could|ought} {have|to have|'ve}",
		"{we|i} {chose|decided|made a choice|made the decision|made the call}",
		"a choice {we|i} made",
		"{was|is} {mine|ours}",
		"not {an|any|} excuse",
		"{is|was|'s} no excuse",
		"n't {an|any} excuse",
		"no excuses",
		"{we|i} {own|owned} {it|this|that|the mistake|the failure|the decision}",
		"{we|i} {did|do} not {check|test|verify|plan|prepare|catch|notice}",
		"{we|i} did n't {check|test|verify|plan|prepare|catch|notice}",
		"{we|i} {failed|neglected}",
		"our {job|duty} to",
		"{was|is} our {job|duty}",
		"not {theirs|the courier 's|the vendor 's|the supplier 's|the contractor 's|their fault}",
	),
	// Putting things right for the reader. A negation just before cancels a match (see readMatches).
	defs(famRemedy,
		"{refund*|reimburs*|compensat*|credited|rebook*|re-book*|reship*|re-ship*|re-sent|resend|waive*|reinstat*|unbann*}",
		"{replac*|restor*|revers*|recover*|withdr*|recall*|repaired|repairing|corrected|correcting|fixed|reopen*|re-run*|rerun*|re-ran|reran|re-process*|reprocess*|re-issu*|reissu*|re-deliver*|redeliver*|re-send*|re-upload*}",
		"make up for",
		"{added|given|transferred|paid|put} ... {to|into|in} your {account|balance|card|wallet|bank}",
		"{will|'ll|has|have|is|are} {be|been|being} {returned|refunded|credited|reimbursed|restored|reversed|replaced|waived|cancel*|paid|sent|released|removed|corrected|fixed|rebooked|reinstated|withdrawn|deleted|collected|delivered|redelivered|re-sent}",
		"{your|a} {replacement|rescheduled} {one|appointment|booking|order|box|parcel|item|date|slot|session|table|flight|room|ticket|tickets|delivery}",
		"your new {appointment|booking|date|slot|session|table|flight|room|ticket|tickets|delivery date}",
		"{a|the|full|partial|account|store|your} credit",
		"{voucher|vouchers|discount|gift card|goodwill gesture|goodwill payment|free of charge|at no cost|at no charge|no charge|for free|on the house|on us|free}",
		"{roll*|rolled} {it|this|that|the change|the update|everything|} back",
		"{undo|undid|undone|reverted|revert}",
		"{we|i|team} {will|'ll|are|am|'m|have|'ve|has|is|can} {now|already|also|} {send*|sent|deliver*|post*|ship*|dispatch*|collect|collected|collecting|rush*|courier*|pay|paid|cover*|book*|arrang*|upgrad*|cancel*|lift*|release*|delete*|remove*|clean*|pull*|take down|taken down|move*|fix*|schedul*|switch*}",
		"{have|has|'ve} {now|also|} been {paid|refunded|sent|restored|removed|deleted|corrected|fixed|reversed|released|credited|replaced|reinstated|cancel*|waived|withdrawn|rebooked}",
		"we {sent|posted|shipped|delivered|dispatched|couriered|booked|arranged|paid|covered|released|removed|deleted|lifted|upgraded|cancel*|moved|collected|rushed|switched} {you|your|a|the|it|them|out|back|new|another|replacement}",
		"{a|the|your|new} {fix|patch|replacement|hotfix}",
		"{is|are} on {its|their} way",
		"{attached is|is attached|find attached|enclosed}",
		"{prepaid|free|pre-paid} return",
		"{is|are} {now|} back",
		"{you|your} {can|may|'ll|will} {now|} {use|get|claim|keep|have|choose}",
	),
	// Against a repeat: a step or a commitment, concrete or not (vague-prevention judges which).
	// "now" or "always" before a verb in the present tense: a standing practice ("our crews now
	// wrap every leg"). Confirmed with the tagger in readMatches.
	defs(famNowVerb, "{now|always} {also|always|} _"),
	defs(famPrevention,
		"{from now on|going forward|moving forward|in future|in the future|from today|from this week|from next week|from now|for the future|next time|from here on}",
		"{happen*|occur*|recur*|repeat*|go wrong} again",
		"{never|not|n't|no longer|nobody|no one|no} {happen*|occur*|recur*|be repeated|repeat*}",
		"{a repeat|a recurrence|recurrence|this from happening|it from happening|this happening|that happening}",
		"{to prevent|to avoid|to stop|preventing|prevent|avoid|stop} {this|it|that|a repeat|a recurrence|such|similar|the same|any|future|further|mistakes|errors|problems|this kind|anything|another}",
		"{no longer|never again}",
		"{now|always|every time|each time|whenever|automatically|before every|before each|before any} {also|always|} {<present>}",
		"^ {from|since|starting|as of|beginning} ... ,",
		"{every|each|all} ... must",
		"so ... {can't|cannot|won't|will not|never|no longer|can never}",
		"{refresher|new|extra|additional|more|mandatory} training",
		"{have|has|'ve|had|been|were|was} {also|all|} {trained|retrained|briefed}",
		"{will|'ll|must|now} {always|never|no longer}",
		"{add*|introduc*|install*|set up|setting up|built|build*|put in|putting in|creat*|implement*|deploy*|adopt*|enforc*} ... {check|checks|step|steps|process|procedure|rule|rules|policy|safeguard|safeguards|test|tests|alert|alerts|review|reviews|training|limit|sign-off|approval|confirmation|measures|control|controls|monitoring|warning|requirement|checklist|backup|backups|alarm|alarms|reminder|reminders}",
		"{train*|retrain*|re-train*} {our|all|the|every|each|staff|drivers|team|everyone|new}",
		"{chang*|tighten*|updat*|rewrit*|redesign*|overhaul*|fix*|reorganiz*|review*|examin*|audit*|look* at|moved|moving} ... {process|processes|procedure|procedures|policy|policies|rules|checklist|checklists|rota|rostering|workflow|templates|practices|system|systems|controls|training}",
		"{new|extra|additional|second|automated|automatic|mandatory|daily|weekly|independent} {check|checks|step|steps|process|procedure|rule|rules|policy|safeguard|safeguards|test|tests|alert|alerts|review|reviews|training|limit|sign-off|approval|confirmation|measures|control|controls|monitoring|warning|requirement|checklist|backup|alarm}",
		"{lessons|lesson} {will be|have been|'ve been|are being|} learned",
		"{do|doing|be} better",
		"{taking|take|taken} {steps|action|measures}",
		"{put|putting|are putting|have put|'ve put} ... in place",
		"{make|making} sure ... {never|again|always|no}",
	),
	// A way to reach a person (e-mail addresses, URLs and phone numbers are found by regexp).
	defs(famContact,
		"{reply|respond|write back} {to|} {this|my|our} {email|e-mail|message|letter|note|post|mail}",
		"{just|simply|please|you can|} {reply|respond|write back}",
		"{call|ring|phone|text|email|e-mail|message|contact|reach|dm|pm|write to|ping|tell|visit|see|ask} {us|me|our team|the team|our support team|support|any moderator|a moderator|the store|the shop|our office|the office}",
		"{get|be|stay} in touch",
		"{live chat|chat with us|the chat|in-app chat|help centre|help center|message centre|message center|support portal|helpdesk|help desk|our website|the app|direct line|phone line|hotline|helpline|customer service|customer services|our desk}",
		"{i|we} {'ll|will|am|'m|are|'re} {be|} {available|here|around|on hand|reachable}",
		"{my|our|the} {direct|personal|mobile|office} {number|line|email|address}",
		"{post|ask} in #",
		"{dm|pm|message} {us|me}",
		"{come|drop|pop} {in|by|into}",
		"{moderator|moderators|mods} {are|is|will|can}",
		"let {us|me} know",
		"{reach out|speak to|speak with|talk to|talk with} {us|me|our|the|a|any}",
		"contact ... {team|desk|office|department|manager|line|centre|center|support|service|services}",
	),
)

func concat(groups ...[]phrase.Def) []phrase.Def {
	var out []phrase.Def
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// readMatches turns the reading's phrase matches into sentence flags and evidence.
func (r *Reading) readMatches(d *draft.Document, matches []phrase.Match) {
	toks := d.Tokens()
	for _, m := range matches {
		if r.Quoted(m.Start) {
			continue
		}
		si := toks[m.Start].Sentence
		ev := Evidence{Sentence: si, Span: d.TokenSpan(m.Start, m.End-1)}
		s := &r.Sentences[si]
		switch m.Def.Name {
		case famOwn:
			s.Owns = true
		case famRemedy:
			if negated(toks, m.Start, d.Sentences()[si].First) {
				continue
			}
			if !s.Remedy {
				s.Remedy = true
				r.Remedies = append(r.Remedies, ev)
			}
		case famPrevention:
			if pastCounterfactual(toks, m.Start, d.Sentences()[si].First) || negated(toks, m.Start, d.Sentences()[si].First) {
				continue
			}
			if !s.Prevention {
				s.Prevention = true
				r.Preventions = append(r.Preventions, ev)
			}
		case famNowVerb:
			if !s.Prevention && r.presentVerb(d, si, m.End-1) {
				s.Prevention = true
				r.Preventions = append(r.Preventions, ev)
			}
		case famContact:
			if negated(toks, m.Start, d.Sentences()[si].First) {
				continue
			}
			r.addContact(ev)
		}
	}
}

// negated reports whether one of the three tokens before i, within its clause, negates what
// follows: "we cannot refund", "no refund is due".
func negated(toks []draft.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-3; k-- {
		switch toks[k].Norm {
		case "not", "n't", "no", "never", "cannot", "unable", "without", "nor":
			return true
		case ",", ";", ":", ".", "but", "and":
			return false
		}
	}
	return false
}

// presentVerb reports whether token i of sentence si is a verb in the present tense, other than
// a form of be or have ("checkout has now been fixed" is not a practice).
func (r *Reading) presentVerb(d *draft.Document, si, i int) bool {
	tok := d.Tokens()[i]
	switch tok.Norm {
	case "is", "are", "am", "'s", "'re", "been", "be", "have", "'ve", "on", "up", "back", "available":
		return false
	}
	tags := d.Tags(si)
	tag := tags[i-d.Sentences()[si].First]
	return tag == "VBZ" || tag == "VBP"
}

// pastCounterfactual reports whether a prevention phrase at i is about what could not have been
// done, not about what will be: "there was nothing we could have done to prevent it".
func pastCounterfactual(toks []draft.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-8; k-- {
		switch toks[k].Norm {
		case "nothing", "impossible", "no way":
			return true
		case "have", "'ve":
			if k > first && (toks[k-1].Norm == "could" || toks[k-1].Norm == "n't" || toks[k-1].Norm == "would") {
				return true
			}
		}
	}
	return false
}

func (r *Reading) addContact(ev Evidence) {
	if !r.Sentences[ev.Sentence].Contact {
		r.Sentences[ev.Sentence].Contact = true
		r.Contacts = append(r.Contacts, ev)
	}
}

var (
	emailRE = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	urlRE   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>()]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|de|fr|app|dev|help|support|gov|edu|ie|nl|es|it|eu|us|ca|au)(?:/[^\s<>()]*)?\b`)
	phoneRE = regexp.MustCompile(`(?:\+|\b)\d[\d\s().-]{6,}\d\b`)
	tagRE   = regexp.MustCompile(`(?:^|\s)#[a-z][a-z0-9_-]+`)
)

// readRegexps finds contact channels that are not words: e-mail addresses, URLs, phone numbers
// and chat channels ("#help").
func (r *Reading) readRegexps(d *draft.Document) {
	for si := range d.Sentences() {
		for _, re := range []*regexp.Regexp{emailRE, urlRE, phoneRE, tagRE} {
			for _, sp := range d.FindInSentence(si, re) {
				if re == phoneRE && !isPhone(d.Slice(sp)) {
					continue
				}
				r.addContact(Evidence{Sentence: si, Span: sp})
			}
		}
	}
}

// isPhone tells a phone number from other runs of digits (amounts, order numbers): eight to
// fifteen digits, written the way numbers are given out: with a leading + or 0, or in groups.
func isPhone(s string) bool {
	digits, groups := 0, 1
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case i > 0 && (c == ' ' || c == '-' || c == '.'):
			groups++
		}
	}
	if digits < 8 || digits > 15 {
		return false
	}
	return s[0] == '+' || s[0] == '0' || s[0] == '(' || groups >= 3
}
