// Package synth writes synthetic apology drafts for benchmarks: realistic letters, good and
// flawed, in plain text, Markdown and HTML, varied enough that no cache inside the pipeline sees
// the same text twice. The output depends only on the seed.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Draft is one generated draft.
type Draft struct {
	Name string // a file name whose extension gives the format
	Text []byte
}

// Corpus returns n drafts generated from seed.
func Corpus(n int, seed uint64) []Draft {
	g := gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	out := make([]Draft, n)
	for i := range out {
		out[i] = g.draft(i)
	}
	return out
}

type gen struct{ r *rand.Rand }

func (g gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

var (
	firstNames = []string{"Dana", "Marcus", "Priya", "Tom", "Inês", "Oskar", "Leila", "Sam", "Chen", "Amara",
		"José", "Freya", "Kwame", "Zoë", "Ravi", "Hannah", "Mateo", "Aoife", "Yusuf", "Greta", "Noor", "Eli"}
	lastNames = []string{"Okafor", "Nair", "Lindqvist", "Álvarez", "Brandt", "Mehta", "Ward", "Reyes",
		"Harrow", "Bellini", "Osei", "Carvalho", "Kowalski", "Rahman", "Ortiz", "Whitfield"}
	companies = []string{"Ledgerly", "Harbour & Hill", "Northwind Air", "Fernleaf Plants", "Quayside Hotel",
		"Brightwatt Energy", "Oak & Ash Home", "Pocketly", "Tallyboard", "Spice Route", "Kaffeewerk",
		"Glowcrate", "Stride", "Rivet Car Rental", "Eastgate Clinic", "Muddy Boots Veg"}
	items = []string{"order", "subscription", "booking", "appointment", "delivery", "invoice", "refund",
		"renewal", "table", "flight", "parcel", "repair", "installation", "lesson", "ticket"}
	wrongs = []string{"charged your card twice for", "sent the wrong size for", "cancelled", "lost",
		"delivered to the wrong address", "double-booked", "forgot to confirm", "overbilled you for",
		"shipped five days late", "deleted the notes on", "mixed up the dates of", "damaged"}
	months  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	causes  = []string{"a retry rule in our billing system", "a typo in our address file", "a rota we set up wrongly", "an update we shipped without testing", "a label printer we had not checked", "a booking screen that allowed overlaps"}
	checks  = []string{"a second check before any charge goes out", "an automatic test that blocks duplicate bookings", "a daily review of every open order", "a confirmation step for every change of address", "a warning when two bookings overlap"}
	flaws   = []string{"We apologize for any inconvenience this may have caused.", "We're sorry if anyone was upset by this.", "Due to circumstances beyond our control, there was a slight delay.", "Our courier lost the parcel, so this one is down to them.", "Mistakes were made in the handling of your account.", "Honestly, this has been a hard week for us and we feel terrible.", "Thank you for your patience and understanding.", "We will do better.", "Sorry about that!", "It was only a minor issue affecting a small number of customers."}
	closing = []string{"Best,", "Kind regards,", "Thanks,", "Yours sincerely,", "Warm regards,", "Cheers,"}
)

func (g gen) name() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

// sentences returns the body of one draft, a few sentences per paragraph, with some flaws mixed
// in when flawed is true.
func (g gen) paragraphs(flawed bool) []string {
	day, month, amount := 1+g.r.IntN(28), g.pick(months), 5+g.r.IntN(400)
	item, company := g.pick(items), g.pick(companies)
	paras := []string{
		fmt.Sprintf("I'm sorry we %s your %s on %d %s.", g.pick(wrongs), item, day, month),
		fmt.Sprintf("It happened because of %s, and that was our mistake. We found it on %d %s when %d other customers reported the same problem.", g.pick(causes), 1+g.r.IntN(28), month, 2+g.r.IntN(90)),
		fmt.Sprintf("I have refunded £%d.%02d to your card today, and we've added a credit of £%d to your %s account for the trouble.", amount, g.r.IntN(100), 5+g.r.IntN(20), company),
		fmt.Sprintf("From today we run %s, so this cannot happen to your next %s.", g.pick(checks), item),
		fmt.Sprintf("If anything still looks wrong, reply to this email or call me on 0%d %d %04d.", 100+g.r.IntN(900), 100+g.r.IntN(900), g.r.IntN(10000)),
	}
	if flawed {
		for range 1 + g.r.IntN(3) {
			i := 1 + g.r.IntN(len(paras)-1)
			paras[i] = g.pick(flaws) + " " + paras[i]
		}
		if g.r.IntN(3) == 0 {
			paras = paras[:3] // no prevention, no contact
		}
	}
	// Vary the length: some drafts ramble.
	for range g.r.IntN(4) {
		paras = append(paras[:2], append([]string{fmt.Sprintf("We know how much the %s on %d %s mattered to you, and we have gone through every step of what happened with the team at %s.", item, day, month, company)}, paras[2:]...)...)
	}
	return paras
}

func (g gen) draft(i int) Draft {
	signer, company := g.name(), g.pick(companies)
	greeting := "Hi " + g.pick(firstNames) + ","
	paras := g.paragraphs(g.r.IntN(2) == 0)
	sign := []string{g.pick(closing), signer, "Customer Care, " + company}
	switch i % 5 {
	case 3:
		var b strings.Builder
		fmt.Fprintf(&b, "# About your %s\n\n%s\n\n", g.pick(items), greeting)
		for j, p := range paras {
			if j == 3 {
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
