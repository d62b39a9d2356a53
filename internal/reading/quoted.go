package reading

import (
	"regexp"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
)

// quoteRE finds quoted stretches inside a sentence: straight or curly double quotes, and single
// quotes that open at the start of a word and close at the end of one (so "we're" and "Nimbus's"
// are not taken for quotes).
var quoteRE = regexp.MustCompile(`"[^"\n]+"|“[^”\n]+”|(?:^|[\s(:])(?:'[^'\n]+'|‘[^’\n]+’)(?:[\s.,;:!?)]|$)`)

// mayQuote reports whether line may hold a quote: a double quote, or a single one that opens
// a word. It runs over every line of every draft: the opening curly quotes, “ and ‘, share their
// first two bytes, so one search for the first finds both.
func mayQuote(line string) bool {
	if strings.IndexByte(line, '"') >= 0 {
		return true
	}
	for i := strings.IndexByte(line, "“"[0]); i >= 0; i = indexByteFrom(line, "“"[0], i+1) {
		if strings.HasPrefix(line[i:], "“") || strings.HasPrefix(line[i:], "‘") {
			return true
		}
	}
	for i := strings.IndexByte(line, '\''); i >= 0; i = indexByteFrom(line, '\'', i+1) {
		if i == 0 || strings.IndexByte(" \t\r\f(:", line[i-1]) >= 0 {
			return true
		}
	}
	return false
}

// quotedTokens marks the tokens inside quoted speech: a customer's complaint quoted in the draft
// ("You wrote: 'you should have tested it'") is not the writer blaming anyone. It returns nil
// for a document that quotes nothing, as most do: Reading.Quoted reads no mark as unquoted.
// quotes are quoteRE's matches over the lines that mayQuote lets through (findInLines).
func quotedTokens(d *draft.Document, quotes []draft.Span) []bool {
	toks := d.Tokens()
	var q []bool
	for _, sp := range quotes {
		// A quote never runs across sentences: the expression stops at line breaks, and a
		// quote is judged within the sentence it starts in.
		si := d.SentenceAt(sp.Start)
		if si < 0 {
			continue
		}
		s := d.Sentences()[si]
		if q == nil {
			q = make([]bool, len(toks))
		}
		for i := s.First; i < s.End; i++ {
			if toks[i].Span.Start >= sp.Start && toks[i].Span.End <= sp.End {
				q[i] = true
			}
		}
	}
	return q
}
