package rules

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
)

// This file holds what excuse and blame-shift share: the phrases that disclaim responsibility,
// the ownership judgment corrected for them, negation, and one finding per line.

// respDisclaim is the name of the phrases that deny the writer could have done anything about
// the failure. They are an excuse in themselves, and they contain words the shared reading takes
// for ownership ("nothing we could have done" holds "we could have"; "not our fault" holds "our
// fault").
const respDisclaim = "disclaim"

// respDisclaimPhrases are declared by both rules: each rule sees only its own matches.
var respDisclaimPhrases = []phrase.Def{
	{Name: respDisclaim, Pattern: "{there was|there is|there 's|} {simply|just|really|} {nothing|little|very little|not much|not a lot|no more} {else|more|} {that|} {we|i|anyone|anybody|one|they|any _|any of us|anybody else|anyone else} {could|can|would|were able to} {have|'ve|} {done|do|have done}"},
	// The same, denied: "so there wasn't much we could do about it".
	{Name: respDisclaim, Pattern: "{was|is|were|'s} {n't|not} {really|} {much|a lot|anything|a great deal|a whole lot} {else|more|} {that|} {we|i|anyone|anybody|one|they|any of us} {could|can|were able to} {have|'ve|} {done|do}"},
	// Nothing at the writer's end that could have caught it: "so there was nothing on our side
	// that could have caught it".
	{Name: respDisclaim, Pattern: "{there was|there is|there 's} {simply|just|really|honestly|} nothing {on our side|on our end|at our end|in our checks|in our system} {that|which} {could|would|might} {have|'ve} {caught|prevented|stopped|spotted|avoided|flagged|detected}"},
	{Name: respDisclaim, Pattern: "{there was|there is|there 's|there were} {simply|just|really|} no way ... {could|would|can|were able to|was able to|might}"},
	{Name: respDisclaim, Pattern: "{we|i|anyone|anybody} {could|can|ca|would} {not|n't|never} {have|'ve} {prevented|avoided|foreseen|predicted|anticipated|stopped|known|expected|seen|done anything|done more|done otherwise}"},
	{Name: respDisclaim, Pattern: "{nobody|no one|no-one} could {have|'ve} {prevented|avoided|foreseen|predicted|anticipated|stopped|known|expected|seen}"},
	{Name: respDisclaim, Pattern: "{left|leaves|gave|give} {us|me} {with|} {no|little} {choice|option|alternative}"},
	{Name: respDisclaim, Pattern: "{we|i} {had|have} no {choice|option|alternative|say|control} {but|other than|except|in|over|}"},
	{Name: respDisclaim, Pattern: "{is|was|were|are|'s} {not|n't} {really|actually|exactly|entirely|strictly|technically|truly|wholly|all|even|} {our|my} {fault|doing|responsibility|decision|call|mistake|error|failure|problem|blunder}"},
	{Name: respDisclaim, Pattern: "{is|was|were|are|'s} {not|n't} {really|actually|exactly|entirely|strictly|technically|truly|wholly|even|} {on|down to} {us|me}"},
	{Name: respDisclaim, Pattern: "{through|by} no fault of {our|my} own"},
	{Name: respDisclaim, Pattern: "{not|n't} {down to|on} {us|me}"},
}

// respParties are the outside parties a failure is pushed onto: carriers, suppliers, vendors,
// contractors and partners of every kind ("our fulfilment partner", "a third-party vendor").
var respParties = []string{
	"courier", "couriers", "carrier", "carriers", "vendor", "vendors", "supplier", "suppliers",
	"contractor", "contractors", "subcontractor", "subcontractors", "sub-contractor", "partner",
	"partners", "provider", "providers", "processor", "processors", "manufacturer",
	"manufacturers", "distributor", "distributors", "wholesaler", "wholesalers", "caterer",
	"caterers", "agency", "third party", "third-party", "third parties", "hosting company",
	"delivery company", "delivery firm", "delivery service", "delivery driver", "delivery drivers",
	"haulier", "hauliers", "logistics company", "logistics firm", "postal service", "post office",
	"airline", "installer", "installers", "landlord", "gateway", "producer", "bottler",
	"outsourcer", "fulfilment house", "fulfillment house", "fulfilment company",
	"fulfillment company", "fulfilment center", "fulfillment center", "shipping company",
	"transport company", "removal company", "cleaning company", "security firm", "consultants",
	"consultancy", "solicitor", "solicitors", "local authority", "land registry",
}

// respPeople are the people of an organisation, one of whom a failure is pinned on ("a new
// intern"), or whose absence is given as its reason ("our instructor was ill").
var respPeople = []string{
	"employee", "intern", "apprentice", "staff member", "member of staff", "worker",
	"team member", "member of our team", "member of the team", "colleague", "agent", "driver",
	"rider", "technician", "engineer", "mechanic", "fitter", "plumber", "electrician",
	"surveyor", "cashier", "teller", "server", "waiter", "waitress", "bartender", "barista",
	"host", "hostess", "chef", "cook", "baker", "kitchen porter", "porter", "housekeeper",
	"cleaner", "lifeguard", "instructor", "coach", "trainer", "teacher", "tutor", "guide",
	"moderator", "admin", "administrator", "developer", "programmer", "designer", "tester",
	"analyst", "volunteer", "student", "trainee", "temp", "hire", "recruit", "starter",
	"person", "individual", "manager", "supervisor", "team leader", "shift manager",
	"duty manager", "store manager", "account manager", "clerk", "operator", "dispatcher",
	"scheduler", "picker", "packer", "loader", "warehouse worker", "receptionist",
	"assistant", "sales assistant", "shop assistant", "representative", "rep", "advisor",
	"adviser", "call handler", "support agent", "caseworker", "case officer", "officer",
	"inspector", "pilot", "crew member", "conductor", "guard", "security guard", "steward",
	"stewardess", "attendant", "usher", "photographer", "editor", "journalist", "reporter",
	"writer", "copywriter", "marketer", "social media manager", "pharmacist", "dispenser",
	"dentist", "hygienist", "vet", "nurse", "carer", "care worker", "doctor", "accountant",
	"bookkeeper", "planner", "coordinator", "organizer", "staffer", "contractor", "freelancer",
	"stable hand", "yard hand", "farm hand", "farmhand", "deckhand", "groom", "stable lad",
	"labourer", "laborer", "builder", "decorator", "gardener", "landscaper", "joiner",
	"carpenter", "roofer", "tiler", "locksmith", "stylist", "hairdresser", "barber", "groomer",
	"beautician", "therapist", "caretaker", "janitor", "groundsman", "keeper", "dog walker",
	"childminder", "nanny", "tailor", "seamstress", "sweep", "handyman", "courier driver",
	"valet", "chauffeur",
}

// respSet builds a set of words in normalised form, so British spellings match as the tokens do.
func respSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[draft.Normalize(w)] = true
	}
	return m
}

// respNegators turn the phrase after them around: "this was not due to unprecedented demand",
// "we won't blame the holidays", "it would be wrong to say it was beyond our control".
var respNegators = respSet("not", "n't", "no", "never", "cannot", "nor", "blame", "blaming",
	"pretend", "pretending", "claim", "claiming", "hide", "hiding", "excuse", "excuses", "none",
	"nothing", "neither", "rather")

// respClauseEnd are the tokens a look-back for negation stops at.
var respClauseEnd = respSet(",", ";", ":", ".", "!", "?", "but", "and", "so", "because", "—", "–", "(", ")")

// respNegated reports whether one of the four tokens before token i, within its clause and
// sentence, negates or disowns what follows.
func respNegated(d *draft.Document, i int) bool {
	toks := d.Tokens()
	first := d.Sentences()[toks[i].Sentence].First
	for k := i - 1; k >= first && k >= i-4; k-- {
		n := toks[k].Norm
		if respClauseEnd[n] {
			return false
		}
		if respNegators[n] {
			return true
		}
	}
	return false
}

// respFinding is a candidate finding, tokens first to last, before one per line is kept.
type respFinding struct {
	first, last int
	msg         string // a format with one %q for the words found
	hint        string
}

// respFindings turns candidates into findings. Several phrases may show the same problem on a
// line; the engine keeps one finding per rule and line, after it has dropped the suppressed ones
// and the ones nested in another, so every candidate goes to it.
func respFindings(d *draft.Document, cs []respFinding) []lint.Finding {
	out := make([]lint.Finding, 0, len(cs))
	for _, c := range cs {
		out = append(out, lint.Finding{Span: d.TokenSpan(c.first, c.last), Message: fmt.Sprintf(c.msg, respQuote(d, c.first, c.last, c.msg)), Suggestion: c.hint})
	}
	return out
}

// respMessageMax is the length messages stay under.
const respMessageMax = 80

// respQuote returns the words of tokens first to last as the reader reads them (entities
// decoded, line breaks as spaces), cut at a word so that the message made with format stays
// under respMessageMax characters.
func respQuote(d *draft.Document, first, last int, format string) string {
	toks := d.Tokens()
	var b strings.Builder
	for i := first; i <= last; i++ {
		if i > first && toks[i].Span.Start > toks[i-1].Span.End {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Text)
	}
	q := strings.Join(strings.Fields(b.String()), " ")
	room := respMessageMax - 1 - (utf8.RuneCountInString(format) - len("%q")) - len(`""`)
	if utf8.RuneCountInString(q) <= room || room < 2 {
		return q
	}
	r := []rune(q)
	cut := string(r[:room-1])
	if r[room-1] != ' ' {
		if i := strings.LastIndexByte(cut, ' '); i > 0 {
			cut = cut[:i]
		}
	}
	return strings.TrimRight(cut, " ") + "…"
}
