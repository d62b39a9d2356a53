// Package synth writes synthetic apology drafts for benchmarks: realistic letters, good and
// flawed, in plain text, Markdown and HTML, varied enough that no cache inside the pipeline sees
// the same text twice. The output depends only on the seed.
package synth

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
)

// Draft is one generated draft.
type Draft struct {
	Name string // a file name whose extension gives the format
	Text []byte
}

// Corpus returns n drafts generated from seed: the first n of Drafts(seed).
func Corpus(n int, seed uint64) []Draft {
	out := make([]Draft, 0, n)
	for d := range Drafts(seed) {
		if len(out) == n {
			break
		}
		out = append(out, d)
	}
	return out
}

// Drafts yields an endless sequence of drafts generated from seed, so that a corpus of any size
// can be written without holding it in memory.
func Drafts(seed uint64) iter.Seq[Draft] {
	return func(yield func(Draft) bool) {
		g := gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
		for i := 0; ; i++ {
			if !yield(g.draft(i)) {
				return
			}
		}
	}
}

type gen struct{ r *rand.Rand }

func (g gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// maybe returns s one time in n, else "": optional clauses multiply the distinct sentences.
func (g gen) maybe(n int, s string) string {
	if g.r.IntN(n) == 0 {
		return s
	}
	return ""
}

var (
	firstNames = []string{"Dana", "Marcus", "Priya", "Tom", "Inês", "Oskar", "Leila", "Sam", "Chen", "Amara",
		"José", "Freya", "Kwame", "Zoë", "Ravi", "Hannah", "Mateo", "Aoife", "Yusuf", "Greta", "Noor", "Eli",
		"Ruth", "Benedikt", "Siobhan", "Tariq", "Margot", "Idris", "Lucía", "Pavel", "Ingrid", "Femi"}
	lastNames = []string{"Okafor", "Nair", "Lindqvist", "Álvarez", "Brandt", "Mehta", "Ward", "Reyes",
		"Harrow", "Bellini", "Osei", "Carvalho", "Kowalski", "Rahman", "Ortiz", "Whitfield", "Dubois",
		"Fitzgerald", "Haddad", "Novak", "Sato", "Achterberg"}
	companies = []string{"Ledgerly", "Harbour & Hill", "Northwind Air", "Fernleaf Plants", "Quayside Hotel",
		"Brightwatt Energy", "Oak & Ash Home", "Pocketly", "Tallyboard", "Spice Route", "Kaffeewerk",
		"Glowcrate", "Stride", "Rivet Car Rental", "Eastgate Clinic", "Muddy Boots Veg"}
	items = []string{"order", "subscription", "booking", "appointment", "delivery", "invoice", "refund",
		"renewal", "table", "flight", "parcel", "repair", "installation", "lesson", "ticket"}
	wrongs = []string{"charged your card twice for", "sent the wrong size for", "cancelled", "lost",
		"delivered to the wrong address", "double-booked", "forgot to confirm", "overbilled you for",
		"shipped five days late", "deleted the notes on", "mixed up the dates of", "damaged",
		"left you waiting two hours for", "sent three reminders about", "closed the ticket on",
		"gave you the wrong time for"}
	impacts = []string{"the day before your trip", "after you had already paid", "when you needed it most",
		"on your first week with us", "while you were away", "with no warning at all",
		"after you had taken the morning off", "right before a public holiday"}
	months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	causes = []string{"a retry rule in our billing system", "a typo in our address file", "a rota we set up wrongly",
		"an update we shipped without testing", "a label printer we had not checked",
		"a booking screen that allowed overlaps", "a spreadsheet we copied by hand",
		"a form that dropped the second line of your address", "a supplier change we did not tell the depot about",
		"a calendar sync we switched on too early", "a discount code we set up with the wrong end date"}
	owns = []string{"and that was our mistake", "and that is on us", "which we should have caught",
		"and we should have spotted it long before it reached you", "and nobody on our side checked it"}
	checks = []string{"a second check before any charge goes out", "an automatic test that blocks duplicate bookings",
		"a daily review of every open order", "a confirmation step for every change of address",
		"a warning when two bookings overlap", "a weekly audit of failed payments",
		"a text message to confirm each delivery slot", "a two-person sign-off on every refund"}
	practices = []string{"checks", "reviews", "confirms", "tests", "double-checks", "audits", "reconciles", "verifies"}
	teams     = []string{"our billing team", "the depot team", "our night shift", "the support desk", "our warehouse staff",
		"the booking team", "our engineers", "the front desk"}
	statuses = []string{"delivered", "shipped", "paid", "completed", "confirmed", "closed", "refunded"}
	places   = []string{"Leeds", "Porto", "Gdańsk", "Cork", "Lyon", "Bristol", "Utrecht", "Accra", "Pune", "Malmö"}
	closing  = []string{"Best,", "Kind regards,", "Thanks,", "Yours sincerely,", "Warm regards,", "Cheers,", "All the best,"}
)

// flaws write the faults the rules look for, each in several wordings and with details of the
// draft, so that a corpus repeats no sentence more than real mail would.
var flaws = []func(g gen, item, company, date string) string{
	func(g gen, item, _, date string) string {
		return fmt.Sprintf("We apologize for any %s %s may have caused%s.", g.pick([]string{"inconvenience", "trouble", "confusion", "hassle", "disruption"}),
			g.pick([]string{"this", "the delay", "the mix-up with your " + item, "the events of " + date}), g.maybe(2, " you"))
	},
	func(g gen, item, _, date string) string {
		return fmt.Sprintf("We're sorry if %s felt upset by %s.", g.pick([]string{"anyone", "you", "your family", "your team", "your guests"}),
			g.pick([]string{"this", "what happened", "the email of " + date, "the news about your " + item}))
	},
	func(g gen, item, _, date string) string {
		return fmt.Sprintf("Due to circumstances beyond our control, there was a %s delay with your %s%s.", g.pick([]string{"slight", "short", "small", "brief"}),
			item, g.maybe(2, " on "+date))
	},
	func(g gen, item, _, _ string) string {
		return fmt.Sprintf("Our %s %s the %s, so this one is down to them.", g.pick([]string{"courier", "supplier", "payment provider", "partner in " + g.pick(places)}),
			g.pick([]string{"lost", "mishandled", "delayed", "misrouted"}), item)
	},
	func(g gen, item, _, date string) string {
		return fmt.Sprintf("Mistakes were made %s your %s %s.", g.pick([]string{"in the handling of", "with", "when we processed"}),
			g.pick([]string{item, "account", item + " and account"}), g.pick([]string{"on " + date, "last week", "this month", "over the weekend"}))
	},
	func(g gen, item, _, _ string) string {
		return fmt.Sprintf("Your %s was %s %s.", item, g.pick([]string{"cancelled", "delayed", "lost", "held back", "mislabelled"}),
			g.pick([]string{"due to a system error", "because of an issue", "following an error", "due to a technical problem in " + g.pick(places)}))
	},
	func(g gen, _, company, _ string) string {
		return fmt.Sprintf("Honestly, %s a hard %s for %s and we feel terrible.", g.pick([]string{"this has been", "the last few days have been", "it has been"}),
			g.pick([]string{"week", "month", "quarter"}), g.pick([]string{"us", "the team at " + company, "everyone here"}))
	},
	func(g gen, item, _, _ string) string {
		return fmt.Sprintf("Thank you for your patience and understanding%s.", g.pick([]string{"", " while we sorted out your " + item, ", " + g.pick(firstNames), " over the last few days"}))
	},
	func(g gen, item, _, _ string) string {
		return fmt.Sprintf("We will do better%s.", g.pick([]string{"", " with your next " + item, " from now on", " next time", " in " + g.pick(months)}))
	},
	func(g gen, item, _, _ string) string {
		return fmt.Sprintf("Sorry about %s!", g.pick([]string{"that", "the mix-up", "the mix-up with your " + item, "all this"}))
	},
	func(g gen, _, _, date string) string {
		return fmt.Sprintf("It was only a minor %s affecting %s customers%s.", g.pick([]string{"issue", "glitch", "hiccup"}),
			g.pick([]string{"a small number of", fmt.Sprintf("about %d", 5+g.r.IntN(60)), "very few"}), g.maybe(2, " on "+date))
	},
}

func (g gen) name() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

// paragraphs returns the body of one draft, one or two sentences per paragraph, with some flaws
// mixed in when flawed is true, and the index of the paragraph on prevention, or -1. Every sentence carries details of its own (dates, amounts,
// names, optional clauses), since the tokenizer and the tagger cache by sentence text and
// repeated text would flatter them.
func (g gen) paragraphs(flawed bool) (paras []string, prevent int) {
	day, month, amount := 1+g.r.IntN(28), g.pick(months), 5+g.r.IntN(400)
	date := fmt.Sprintf("%d %s", day, month)
	item, company := g.pick(items), g.pick(companies)
	ref := fmt.Sprintf("%c%c-%06d", 'A'+g.r.IntN(26), 'A'+g.r.IntN(26), g.r.IntN(1000000))
	var opening string
	switch g.r.IntN(3) {
	case 0:
		opening = fmt.Sprintf("I'm sorry we %s your %s on %s.", g.pick(wrongs), item, date)
	case 1:
		opening = fmt.Sprintf("I'm sorry that we %s your %s on %s, %s.", g.pick(wrongs), item, date, g.pick(impacts))
	default:
		opening = fmt.Sprintf("I want to apologise: we %s your %s (reference %s) on %s.", g.pick(wrongs), item, ref, date)
	}
	paras = []string{
		opening,
		fmt.Sprintf("It happened because of %s%s, %s. We found it on %d %s when %d other customers reported the same problem.", g.pick(causes),
			g.maybe(2, " in our "+g.pick(places)+" office"), g.pick(owns), min(day+1+g.r.IntN(5), 28), month, 2+g.r.IntN(90)),
		fmt.Sprintf("I have refunded £%d.%02d to your card today, and we've added a credit of £%d to your %s account for the trouble.", amount, g.r.IntN(100), 5+g.r.IntN(20), company),
		g.prevention(item, company),
		fmt.Sprintf("If anything still looks wrong, reply to this email or call me on 0%d %d %04d%s.", 100+g.r.IntN(900), 100+g.r.IntN(900), g.r.IntN(10000),
			g.pick([]string{"", " any weekday before 6pm", ", quoting " + ref, " and ask for " + g.pick(firstNames)})),
	}
	if flawed {
		for range 1 + g.r.IntN(3) {
			i := 1 + g.r.IntN(len(paras)-1)
			paras[i] = flaws[g.r.IntN(len(flaws))](g, item, company, date) + " " + paras[i]
		}
		if g.r.IntN(3) == 0 {
			paras = paras[:3] // no prevention, no contact
		}
	}
	prevent = -1
	if len(paras) == 5 {
		prevent = 3
	}
	// Vary the length: some drafts ramble, each detail told once.
	kinds := g.r.Perm(numDetails)
	for _, k := range kinds[:g.r.IntN(numDetails+1)] {
		paras = append(paras[:2], append([]string{g.detail(k, item, company, date)}, paras[2:]...)...)
		if prevent >= 0 {
			prevent++
		}
	}
	// Some letters walk through what happened, step by step: the long tail of draft sizes.
	if g.r.IntN(6) == 0 {
		steps := g.timeline(item, day, month)
		paras = append(paras[:2], append(steps, paras[2:]...)...)
		if prevent >= 0 {
			prevent += len(steps)
		}
	}
	return paras, prevent
}

// events are the steps of a timeline, in order.
var events = []string{"you placed the %s", "our system took the payment for the %s", "the depot printed the label for your %s",
	"you called us to ask about the %s", "we emailed you to say the %s was on its way", "you wrote to us asking where the %s was",
	"%s from our support desk promised you an answer within a day", "we noticed the fault in the %s records"}

// timeline returns a paragraph per event, each dated, a few of them in the passive voice.
func (g gen) timeline(item string, day int, month string) []string {
	out := []string{"Here is what happened, step by step, so you can see where we went wrong."}
	hour := 7 + g.r.IntN(4)
	for i, e := range events {
		if g.r.IntN(4) == 0 {
			continue
		}
		arg := item
		if strings.HasPrefix(e, "%s from") {
			arg = g.pick(firstNames)
		}
		hour += 1 + g.r.IntN(3)
		out = append(out, fmt.Sprintf("On %d %s at %02d:%02d, %s.", min(day+i/3, 28), month, hour%24, g.r.IntN(60), fmt.Sprintf(e, arg)))
	}
	return out
}

// prevention is the step that keeps the fault from happening again, in one of a few shapes the
// rules read differently (a new check, a standing practice, a change made on a date).
func (g gen) prevention(item, company string) string {
	switch g.r.IntN(3) {
	case 0:
		return fmt.Sprintf("From today we run %s, so this cannot happen to your next %s.", g.pick(checks), item)
	case 1:
		return fmt.Sprintf("Since %d %s, %s %s every %s before it leaves %s.", 1+g.r.IntN(28), g.pick(months), g.pick(teams), g.pick(practices), item, company)
	default:
		return fmt.Sprintf("We have added %s, and %s now %s every %s by hand for the next %d weeks.", g.pick(checks), g.pick(teams), g.pick(practices), item, 2+g.r.IntN(10))
	}
}

// numDetails is the number of kinds of detail paragraph.
const numDetails = 5

// detail is a paragraph of what happened or what it meant to the reader: the padding of a long
// draft, as often in the passive voice as in the active, as real letters are.
func (g gen) detail(kind int, item, company, date string) string {
	switch kind {
	case 0:
		return fmt.Sprintf("We know how much the %s on %s mattered to you, and we have gone through every step of what happened with the team at %s.", item, date, company)
	case 1:
		if g.r.IntN(2) == 0 {
			return fmt.Sprintf("Our system marked your %s as %s at %02d:%02d on %s, but it was still at our %s depot.", item, g.pick(statuses), 7+g.r.IntN(14), g.r.IntN(60), date, g.pick(places))
		}
		return fmt.Sprintf("Your %s was marked as %s at %02d:%02d on %s, but it was still at our %s depot.", item, g.pick(statuses), 7+g.r.IntN(14), g.r.IntN(60), date, g.pick(places))
	case 2:
		return fmt.Sprintf("You told %s that you had planned %s around it, and we let you down %s.", g.pick(firstNames),
			g.pick([]string{"your week", "a family visit", "a day off work", "a move", "your holiday"}), g.pick([]string{"twice", "badly", "without a word", "at the worst time"}))
	case 3:
		if g.r.IntN(2) == 0 {
			return fmt.Sprintf("We took the payment of £%d.%02d at %02d:%02d and again %d minutes later, and nobody on our side noticed.", 5+g.r.IntN(400), g.r.IntN(100), 7+g.r.IntN(14), g.r.IntN(60), 1+g.r.IntN(50))
		}
		return fmt.Sprintf("The payment of £%d.%02d was taken at %02d:%02d and again %d minutes later, which nobody on our side noticed.", 5+g.r.IntN(400), g.r.IntN(100), 7+g.r.IntN(14), g.r.IntN(60), 1+g.r.IntN(50))
	default:
		return fmt.Sprintf("%s from %s looked into it on %s and found the same fault on %d other accounts.", g.pick(firstNames), g.pick(teams), date, 2+g.r.IntN(40))
	}
}

func (g gen) draft(i int) Draft {
	signer, company := g.name(), g.pick(companies)
	greeting := "Hi " + g.pick(firstNames) + ","
	paras, prevent := g.paragraphs(g.r.IntN(2) == 0)
	sign := []string{g.pick(closing), signer, "Customer Care, " + company}
	switch i % 5 {
	case 3:
		var b strings.Builder
		fmt.Fprintf(&b, "# About your %s\n\n%s\n\n", g.pick(items), greeting)
		for j, p := range paras {
			if j == prevent {
				b.WriteString("## How we'll prevent this\n\n")
			}
			fmt.Fprintf(&b, "%s\n\n", p)
		}
		if g.r.IntN(2) == 0 {
			b.WriteString("```\nERROR payment rejected: duplicate\n```\n\n")
		}
		fmt.Fprintf(&b, "%s\n%s  \n%s\n", sign[0], sign[1], sign[2])
		return Draft{Name: fmt.Sprintf("draft-%04d.md", i), Text: []byte(b.String())}
	case 4:
		var b strings.Builder
		b.WriteString("<html><body style=\"font-family: Arial, sans-serif;\">\n")
		fmt.Fprintf(&b, "<p>%s</p>\n", greeting)
		for _, p := range paras {
			p = strings.NewReplacer("'", "&rsquo;", "£", "&pound;", "&", "&amp;").Replace(p)
			fmt.Fprintf(&b, "<p style=\"margin: 0 0 16px 0;\">%s</p>\n", p)
		}
		fmt.Fprintf(&b, "<p>%s<br>\n%s<br>\n%s</p>\n</body></html>\n", sign[0], sign[1], strings.ReplaceAll(sign[2], "&", "&amp;"))
		return Draft{Name: fmt.Sprintf("draft-%04d.html", i), Text: []byte(b.String())}
	default:
		text := greeting + "\n\n" + strings.Join(paras, "\n\n") + "\n\n" + strings.Join(sign, "\n") + "\n"
		return Draft{Name: fmt.Sprintf("draft-%04d.txt", i), Text: []byte(text)}
	}
}
