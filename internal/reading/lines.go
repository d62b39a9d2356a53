package reading

import "github.com/apologylint/apologylint/internal/draft"

// lineFinds holds the matches of the expressions that Read runs over the lines of prose.
type lineFinds struct {
	quotes   []draft.Span   // quoteRE's, for quotedTokens
	contacts [][]draft.Span // each of contactFinders', in its order, for readRegexps
	// addressLines is set when some line may hold an e-mail or web address: one of the
	// contactFinders marked address gave it a window (see Reading.noAddressLines).
	addressLines bool
}

// quoteWindows makes a window of each line that may hold a quote.
var quoteWindows = wholeLineIf(mayQuote)

// findInLines runs quoteRE and the contact expressions in one walk over the lines of prose, which
// finds each line once rather than once per expression; each expression's matches are those it
// would find alone.
func findInLines(d *draft.Document) lineFinds {
	var f lineFinds
	searches := make([]draft.LineSearch, 0, 8) // room for all on the stack
	searches = append(searches, draft.LineSearch{RE: quoteRE, Windows: quoteWindows})
	for _, c := range contactFinders {
		windows := c.windows
		if c.address {
			windows = func(line string, out []draft.Span) []draft.Span {
				n := len(out)
				out = c.windows(line, out)
				f.addressLines = f.addressLines || len(out) > n
				return out
			}
		}
		searches = append(searches, draft.LineSearch{RE: c.re, Windows: windows, Needs: c.needs})
	}
	found := d.FindEachWindows(searches)
	f.quotes, f.contacts = found[0], found[1:]
	return f
}
