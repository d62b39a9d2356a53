package reading

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/synth"
)

// prefilters pair each cheap test that stands before an expression with that expression: the
// test may let through lines the expression rejects, never the other way round.
var prefilters = []struct {
	name string
	may  func(string) bool
	re   *regexp.Regexp
}{
	{"closingRE", mayOpenWithClosing, closingRE},
	{"closingLeadRE", mayOpenWithClosing, closingLeadRE},
	{"slotRE", mayHoldSlot, slotRE},
	{"headSplitRE", mayHeadSplit, headSplitRE},
	{"emailRE", func(l string) bool { return strings.IndexByte(l, '@') >= 0 }, emailRE},
	{"tagRE", func(l string) bool { return strings.IndexByte(l, '#') >= 0 }, tagRE},
	{"quoteRE", mayQuote, quoteRE},
	{"domainRE", mayHoldDomainName, domainRE},
	{"urlRE", mayHoldDomain, urlRE},
	{"postscriptRE", mayOpenPostscript, postscriptRE},
	{"greetingRE", mayGreet, greetingRE},
	{"sentFromRE", func(l string) bool { return hasPrefixFold(l, "sent from") }, sentFromRE},
}

// prefilterSeeds are lines each expression matches, and near misses.
var prefilterSeeds = []string{
	"Kind regards,", "KIND REGARDS", "\u212aind regards,", "Thanks!", "Thank you all.", "Cheers, Tom",
	"Best — Tom", "all the best", "Ta", "ta-ra", "Take care", "Talk soon", "Happy painting!",
	"Happy  Friday", "Yours sincerely,", "Sincerely", "\u017fincerely", "Bye", "Ciao, Maria", "Much love,",
	"Speak soon", "See you soon", "Warmly", "Warm wishes", "Regards", "Love,", "Many thanks again!",
	"{{agent_name}}", "[Agent Name]", "<AGENT NAME>", "%NAME%", "INSERT NAME", "(inſert name)", "insert",
	"TODO", "XX", "XXXX", "Tom Price", "Priya, Head of Support", "Mo from Pocketly", "Mo FROM Pocketly",
	"Greta & the Hearth Bakehouse crew", "Ana + team", "Ana and Co", "Tom Reed (he/him)",
	"Dana | Head of Support", "Sam — CEO", "Sam – CEO", "Sam - CEO", "Lou at Backbeat", "Ollie @ Sockwise", "Ollie\t@ X", "Ollie @Sockwise",
	"Lou for Backbeat", "Lou on behalf of Backbeat", "Lou\tfrom Backbeat", "Lou\ffor X",
	"Tom", "Élodie Marchand", "Nguyễn Văn An", "", " ", "x", "help@gridly.io", "www.gridly.io",
	"https://x.org", "www.0", "WWW.123", "WWW.X.IO", "Www.x.io", "a@b.co", "#help", "\"quoted\"", "'quoted' here", "“curly”", "‘curly’",
	"P.S. see you", "PS: bring a coat", "Ps", "p.s.", "P. S.", "Hi Marcus,", "hiya", "Dear Ms Kowalski,", "To everyone",
	"GOOD MORNING", "Bonjour", "Sent from my phone", "\u017fent from", "SENT FROM", "Than\u212as again", "THAN\u212a YOU",
	"— Priya", "Élodie", "in\u017fert name", "Chloé [Name]",
}

// TestFoldOrbits checks what hasPrefixFold, mayGreet and mayHoldSlot rest on: under simple case
// folding, as (?i) reads it, every ASCII letter has only its two cases but "k", which also has
// the Kelvin sign, and "s", which also has the long s.
func TestFoldOrbits(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		orbit := []rune{c}
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			orbit = append(orbit, r)
		}
		want := []rune{c, unicode.ToUpper(c)}
		switch c {
		case 'k':
			want = []rune{'k', '\u212a', 'K'}
		case 's':
			want = []rune{'s', '\u017f', 'S'}
		}
		slices.Sort(orbit)
		slices.Sort(want)
		if !slices.Equal(orbit, want) {
			t.Errorf("%c folds to %q, want %q", c, orbit, want)
		}
	}
}

// TestHasPrefixFold compares hasPrefixFold with an expression that ignores case.
func TestHasPrefixFold(t *testing.T) {
	for _, w := range append(slices.Clone(closingStarts), "sent from", "kind") {
		re := regexp.MustCompile(`(?i)^` + regexp.QuoteMeta(w))
		for _, s := range prefilterSeeds {
			for _, t2 := range []string{s, w, strings.ToUpper(w), w[:len(w)-1], strings.ReplaceAll(w, "k", "\u212a"),
				strings.ReplaceAll(w, "s", "\u017f") + s} {
				if got, want := hasPrefixFold(t2, w), re.MatchString(t2); got != want {
					t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", t2, w, got, want)
				}
			}
		}
	}
}

func TestPrefiltersKeepEveryMatch(t *testing.T) {
	for _, p := range prefilters {
		for _, s := range prefilterSeeds {
			if p.re.MatchString(s) && !p.may(s) {
				t.Errorf("%s matches %q, which its prefilter rejects", p.name, s)
			}
		}
	}
}

// FuzzPrefilters checks on arbitrary lines that no prefilter rejects a line its expression
// matches. Run it with `go test ./internal/reading -run '^$' -fuzz FuzzPrefilters`.
func FuzzPrefilters(f *testing.F) {
	for _, s := range prefilterSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range prefilters {
			if p.re.MatchString(s) && !p.may(s) {
				t.Errorf("%s matches %q, which its prefilter rejects", p.name, s)
			}
		}
	})
}

// sameLineByLowering is sameLine as it was first written, which the byte loop replaced.
func sameLineByLowering(raw []byte, a, b int) bool {
	if a > b || b > len(raw) {
		return false
	}
	between := strings.ToLower(string(raw[a:b]))
	return !strings.ContainsAny(between, "\n\r") && !strings.Contains(between, "<br")
}

func FuzzSameLine(f *testing.F) {
	for _, s := range []string{"", " ", "a<br>b", "a<BR/>", "<Br", "<b", "x\ny", "\r", "<\u212ar", "İ<br", "<\xffbr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		raw := []byte(s)
		for a := 0; a <= len(raw); a++ {
			for _, b := range []int{a, a + 1, a + 3, len(raw)} {
				if got, want := sameLine(raw, a, b), sameLineByLowering(raw, a, b); got != want {
					t.Fatalf("sameLine(%q, %d, %d) = %v, want %v", s, a, b, got, want)
				}
			}
		}
	})
}

// TestLineSetShortcuts checks, over the rule fixtures, the shortcuts textLines and lineSet take:
// a sentence's Span is the raw span of its Text; the tests which spare joining lines never say
// no where the joined text says yes: inBody for every word of the body, and
// piecesMayHoldDomain and Reading.noAddressLines for every line that may hold a domain name.
func TestLineSetShortcuts(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "rules", "testdata", "*", "*"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "drafts", "*"))
	paths = append(paths, more...)
	if len(paths) < 50 {
		t.Fatalf("found %d fixtures", len(paths))
	}
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			continue // rules/testdata/fuzz/FuzzRules: go test's seed corpus
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := draft.Parse(p, raw, draft.FormatOf(p))
		if err != nil {
			continue
		}
		// textLines takes a sentence's Span for the raw span of all its Text.
		for i, s := range d.Sentences() {
			if sp := d.SentenceSpan(i, 0, len(s.Text)); sp != s.Span {
				t.Errorf("%s: sentence %d: Span %v, SentenceSpan of its Text %v", p, i, s.Span, sp)
			}
		}
		ls := textLines(d)
		noAddressLines := Read(d, nil).noAddressLines
		for i := range ls.lines {
			if mayHoldDomainName(ls.text(i)) && !ls.piecesMayHoldDomain(i) {
				t.Errorf("%s: line %q may hold a domain name, its pieces not", p, ls.text(i))
			}
			if mayHoldDomainName(ls.text(i)) && noAddressLines {
				t.Errorf("%s: line %q may hold a domain name, and Read saw no line that may hold an address", p, ls.text(i))
			}
		}
		for start := 0; start <= len(ls.lines); start += max(1, len(ls.lines)/4) {
			// o searches the pieces; built, whose text is built, searches that text.
			o, built := orgText(ls, start, greetingLine(ls)), orgText(ls, start, greetingLine(ls))
			body := built.text()
			for k, w := range strings.FieldsFunc(body, func(r rune) bool { return r == ' ' || r == '\n' }) {
				for _, part := range []string{w, w[:len(w)/2], w[len(w)/2:]} {
					if part != "" && !o.inBody(part) {
						t.Errorf("%s: body holds %q, inBody says no", p, part)
					}
				}
				if k >= 20 {
					continue // the searches above are enough to test on a long body
				}
				// With words the body may not hold, which send the search through every piece.
				for _, part := range []string{w, w[len(w)/2:], w + "s", "s" + w} {
					want := strings.Contains(body, part)
					if got := o.inBody(part); got != want {
						t.Errorf("%s: inBody(%q) searching the pieces = %v, want %v", p, part, got, want)
					}
					if got := built.inBody(part); got != want {
						t.Errorf("%s: inBody(%q) searching the text = %v, want %v", p, part, got, want)
					}
				}
			}
		}
	}
}

// mayHoldPhoneBySwitch is mayHoldPhone as first written, with comparisons instead of a table.
func mayHoldPhoneBySwitch(line string) bool {
	run, digits := 0, 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c >= '0' && c <= '9':
			run++
			digits++
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '(' || c == ')' || c == '.' || c == '-' || c == '+':
			run++
		default:
			run, digits = 0, 0
		}
		if run >= 8 && digits >= 7 {
			return true
		}
	}
	return false
}

func FuzzMayHoldPhone(f *testing.F) {
	for _, s := range []string{"", "+44 20 7946 0999", "0800 123 4567", "order 12345678", "1234567",
		"12 34 56 7", "(020) 7946-0999", "£1,234.56", "1.2.3.4.5.6.7", " 1234567", "1234567 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayHoldPhone(s), mayHoldPhoneBySwitch(s); got != want {
			t.Errorf("mayHoldPhone(%q) = %v, want %v", s, got, want)
		}
	})
}

func FuzzIsInitials(f *testing.F) {
	for _, s := range []string{"", "E", "E.", "J.R.", "J.R.R.", "J.R.R.T.", "JM", "JMW", "JMWX", "Jm",
		"É.", "ÉÖ", "J.R", "JR.", ".", "..", "E..", "Ǆ.", "\xff.", "A.B", "AB.", "A.BC"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isInitials(s), initialsRE.MatchString(s); got != want {
			t.Errorf("isInitials(%q) = %v, initialsRE says %v", s, got, want)
		}
	})
}

func FuzzIsStockClosing(f *testing.F) {
	for _, s := range prefilterSeeds {
		f.Add(s)
	}
	for _, s := range []string{"Thanks!!", "Thanks.,", "Happy", "Happy ", "Happy new year", "Happy new all",
		"happy-go-lucky!", "Happy 2024", "Best all.", "Thank you everyone,", "THANK YOU AGAIN!", "Ta all",
		"Cheers again again", "Love, ", "Regards ,", "Happy Friday everyone!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isStockClosing(s), closingRE.MatchString(s); got != want {
			t.Errorf("isStockClosing(%q) = %v, closingRE says %v", s, got, want)
		}
	})
}

// TestIsStockClosingCombinations compares isStockClosing with closingRE over every closing, in
// three cases, with and without each suffix and end mark, and with a letter too many or too few.
func TestIsStockClosingCombinations(t *testing.T) {
	cores := []string{"happy friday", "happy new-year", "happy new year", "happy ", "happy", "happy 2"}
	for w := range stockClosings {
		cores = append(cores, w)
	}
	n := 0
	for _, core := range cores {
		for _, c := range []string{core, strings.ToUpper(core), strings.ToUpper(core[:1]) + core[1:]} {
			for _, sfx := range []string{"", " again", " all", " everyone", " Everyone", " again all", "  all"} {
				for _, mark := range []string{"", "!", ".", ",", "!!", ";", " "} {
					for _, s := range []string{c + sfx + mark, c[1:] + sfx + mark, c + "s" + sfx + mark, " " + c + sfx + mark} {
						n++
						if got, want := isStockClosing(s), closingRE.MatchString(s); got != want {
							t.Errorf("isStockClosing(%q) = %v, closingRE says %v", s, got, want)
						}
					}
				}
			}
		}
	}
	if n < 5000 {
		t.Fatalf("compared %d lines", n)
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a b ", "Kind regards,", "a\u00a0b", "a\u2003 b", "\xff \xfe", "a\u0085b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := words(s), len(strings.Fields(s)); got != want {
			t.Errorf("words(%q) = %d, want %d", s, got, want)
		}
	})
}

// phoneMatches returns the phone numbers of text that isPhone accepts, found over whole lines
// and over phoneRuns' windows.
func phoneMatches(text string) (whole, windowed []string, ok bool) {
	d, err := draft.Parse("x.txt", []byte(text), draft.Text)
	if err != nil {
		return nil, nil, false
	}
	keep := func(spans []draft.Span) (out []string) {
		for _, sp := range spans {
			if s := d.Slice(sp); isPhone(s) {
				out = append(out, fmt.Sprint(sp, s))
			}
		}
		return out
	}
	whole = keep(d.FindLines(phoneRE, func(string) bool { return true }))
	windowed = keep(d.FindWindows(phoneRE, phoneRuns))
	return whole, windowed, true
}

// FuzzPhoneRuns checks that running phoneRE over phoneRuns' windows finds every phone number
// that running it over whole lines does.
func FuzzPhoneRuns(f *testing.F) {
	for _, s := range []string{"Call 0800 123 4567 today.", "+44 (0)20 7946 0958", "x12345678y 1234-567-8901",
		"Order 1234567 on 12.03.2024 at 10:30", "tel:+1-555-0100-999\n(555) 0100 999", "0800\t123\t4567", "1 2 3 4 5 6 7 8 9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whole, windowed, ok := phoneMatches(s)
		if ok && !slices.Equal(whole, windowed) {
			t.Errorf("%q: over whole lines %q, over runs %q", s, whole, windowed)
		}
	})
}

// unmatchedApologyWords returns the tokens of text that isApologyWord accepts and no apology-word
// phrase matches: readApologies, which reads only the matches, would miss them.
func unmatchedApologyWords(tb testing.TB, set *phrase.Set, name string, text []byte) []string {
	tb.Helper()
	d, err := draft.Parse(name, text, draft.FormatOf(name))
	if err != nil {
		return nil
	}
	matched := map[int]bool{}
	for _, m := range set.Run(d) {
		if m.Def.Name == famApology {
			if m.End != m.Start+1 {
				tb.Errorf("%s: apology-word match %d-%d spans more than a token", name, m.Start, m.End)
			}
			matched[m.Start] = true
		}
	}
	var missed []string
	toks := d.Tokens()
	for _, s := range d.Sentences() {
		for i := s.First; i < s.End; i++ {
			if ok, _ := isApologyWord(toks, i, s.First); ok && !matched[i] {
				missed = append(missed, toks[i].Text)
			}
		}
	}
	return missed
}

func compilePhrases(tb testing.TB) *phrase.Set {
	tb.Helper()
	set, err := phrase.Compile(Phrases, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// TestApologyWordsMatched checks over the fixtures and synthetic drafts that the apology-word
// phrases match every token isApologyWord accepts.
func TestApologyWordsMatched(t *testing.T) {
	set := compilePhrases(t)
	paths, _ := filepath.Glob(filepath.Join("..", "..", "rules", "testdata", "*", "*"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "drafts", "*"))
	for _, p := range append(paths, more...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue // a directory
		}
		if missed := unmatchedApologyWords(t, set, p, raw); missed != nil {
			t.Errorf("%s: apology words no phrase matched: %q", p, missed)
		}
	}
	for _, c := range synth.Corpus(300, 7) {
		if missed := unmatchedApologyWords(t, set, c.Name, c.Text); missed != nil {
			t.Errorf("%s: apology words no phrase matched: %q", c.Name, missed)
		}
	}
}

func FuzzApologyWords(f *testing.F) {
	for _, s := range []string{"We're sorry.", "We apologise for the delay.", "Apologies!", "APOLOGIZED",
		"Please forgive us.", "Forgive me", "We regret that.", "our regret", "We regretted it.", "sorry, sorry",
		"A sorry state.", "We\u2019re so sorry", "apologising", "Apologizing again.", "forgive\nus", "We are regretting it.", "He regrets nothing; we regret it."} {
		f.Add(s)
	}
	set := compilePhrases(f)
	f.Fuzz(func(t *testing.T, s string) {
		if missed := unmatchedApologyWords(t, set, "x.txt", []byte(s)); missed != nil {
			t.Errorf("%q: apology words no phrase matched: %q", s, missed)
		}
	})
}

// The line tests as first written, each a test called for every byte of interest, which the
// loops over those bytes replaced.
func anyByteWhereRef(line string, c byte, ok func(i int) bool) bool {
	for i := 0; i < len(line); i++ {
		if line[i] == c && ok(i) {
			return true
		}
	}
	return false
}

func mayQuoteRef(line string) bool {
	if strings.IndexByte(line, '"') >= 0 || strings.Contains(line, "“") || strings.Contains(line, "‘") {
		return true
	}
	return anyByteWhereRef(line, '\'', func(i int) bool {
		return i == 0 || strings.IndexByte(" \t\r\f(:", line[i-1]) >= 0
	})
}

func mayHoldDomainRef(line string) bool {
	if strings.Contains(line, "://") {
		return true
	}
	return anyByteWhereRef(line, '.', func(i int) bool {
		c := byte(0)
		if i+1 < len(line) {
			c = line[i+1]
		}
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ||
			i >= 3 && line[i-3]|0x20 == 'w' && line[i-2]|0x20 == 'w' && line[i-1]|0x20 == 'w'
	})
}

func mayHoldDomainNameRef(text string) bool {
	if strings.IndexByte(text, '@') >= 0 || strings.Contains(text, "://") {
		return true
	}
	return anyByteWhereRef(text, '.', func(i int) bool {
		return i >= 3 && text[i-3]|0x20 == 'w' && text[i-2]|0x20 == 'w' && text[i-1]|0x20 == 'w'
	})
}

func FuzzLineTests(f *testing.F) {
	for _, s := range prefilterSeeds {
		f.Add(s)
	}
	for _, s := range []string{"we're 'here'", "(‘a’)", "“", "\xe2\x80", "—’‘", "end.", "a.b", "WwW.", "x.www.y", "a:/b://"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayQuote(s), mayQuoteRef(s); got != want {
			t.Errorf("mayQuote(%q) = %v, want %v", s, got, want)
		}
		if got, want := mayHoldDomain(s), mayHoldDomainRef(s); got != want {
			t.Errorf("mayHoldDomain(%q) = %v, want %v", s, got, want)
		}
		if got, want := mayHoldDomainName(s), mayHoldDomainNameRef(s); got != want {
			t.Errorf("mayHoldDomainName(%q) = %v, want %v", s, got, want)
		}
	})
}
