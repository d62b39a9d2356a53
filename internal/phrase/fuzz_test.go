package phrase

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/apologylint/apologylint/internal/draft"
)

// FuzzPhrase compiles a random pattern and runs it over a random draft. Compile must return a Set
// or an error, never panic, and every match must be a non-empty token range inside one sentence,
// in order and, for the one pattern, without overlaps. Then a literal pattern is made of a run
// of the draft's own words (from token pick, n+1 words long, optionally anchored with "^") and
// its matches are compared with a slow scan of the tokens: a literal has one length, so leftmost
// non-overlapping matches are all its occurrences taken greedily from the left. Every Run is also
// compared with runNFA, the matcher stepping threads; last, the pattern joins a set of sample
// patterns over a text of their words and noise, chosen by the bytes of text.
func FuzzPhrase(f *testing.F) {
	seeds := []struct {
		pattern, text string
	}{
		{"we are sorry", "We are sorry. We are sorry we are sorry."},
		{"^sorry {that|if|} <you> {feel|felt}", "Sorry if you feel that way. Sorry that anyone felt hurt."},
		{"apolog* ... inconvenience", "We apologise for any and all inconvenience."},
		{"!not _ {a|{b|}} <be>", "I'm not sure it is. It isn't."},
		{"{", "x"},
		{"<nope>", "x"},
		{"{|}", "x"},
		{"! * _* <> <x", "don't we've I'd can't"},
		{"we're sorry", "We’re sorry. We're SORRY. we\u2019re sorry"},
	}
	for i, s := range seeds {
		f.Add(s.pattern, s.text, uint8(i), uint8(i%3), i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, pattern, text string, pick, n uint8, anchored bool) {
		if len(pattern) > 300 || len(text) > 2000 {
			return // long inputs only slow the tokenizer down; they reach no new code
		}
		text = strings.ToValidUTF8(strings.ReplaceAll(text, "\x00", ""), "\uFFFD")
		d, err := draft.Parse("fuzz", []byte(text), draft.Text)
		if err != nil {
			t.Fatalf("Parse(%q): %v", text, err)
		}

		set, err := Compile([]Def{{Owner: "fuzz", Name: "p", Pattern: pattern}}, nil)
		if err == nil {
			checkMatches(t, d, set, set.Run(d))
			sameAsNFA(t, set, d)
		}
		sampleDefs := append([]Def{{Owner: "fuzz", Name: "p", Pattern: pattern}}, samples...)
		if set, err := Compile(sampleDefs, nil); err == nil {
			if anchored {
				set = samplesSet // the sample patterns alone
			}
			wd, err := draft.Parse("words", []byte(sampleText(text)), draft.Text)
			if err != nil {
				t.Fatal(err)
			}
			sameAsNFA(t, set, wd)
		}

		words, ok := literal(d, int(pick), int(n)+1)
		if !ok {
			return
		}
		lit := strings.Join(words, " ")
		if anchored {
			lit = "^" + lit
		}
		set, err = Compile([]Def{{Owner: "fuzz", Name: "literal", Pattern: lit}}, nil)
		if err != nil {
			t.Fatalf("Compile(%q), a run of the draft's own words: %v", lit, err)
		}
		got := set.Run(d)
		checkMatches(t, d, set, got)
		sameAsNFA(t, set, d)
		want := scanLiteral(d, words, anchored)
		if len(got) != len(want) {
			t.Fatalf("pattern %q over %q: %d matches %v, want %d %v", lit, text, len(got), spans(got), len(want), want)
		}
		for i, m := range got {
			if m.Start != want[i][0] || m.End != want[i][1] {
				t.Fatalf("pattern %q over %q: matches %v, want %v", lit, text, spans(got), want)
			}
		}
	})
}

// samples are patterns of every kind of item, as rules write them.
var samples = []Def{
	{Owner: "a", Name: "sorry", Pattern: "<we> {<be>|<have> been} {<so>|} sorry {for|about} {the|any|} {delay|inconvenience|trouble}"},
	{Owner: "a", Name: "sorry", Pattern: "^sorry {that|if|} <you> {feel|felt}"},
	{Owner: "a", Name: "gap", Pattern: "apolog* ... {inconvenience|confusion}"},
	{Owner: "b", Name: "neg", Pattern: "!not _ {a|{b|}} <be>"},
	{Owner: "b", Name: "due", Pattern: "due to {the|} {holiday|holiday season|bank holiday|<be> busy|busy*|_ rush}"},
	{Owner: "b", Name: "not", Pattern: "!<we> apologize"},
	{Owner: "c", Name: "refund", Pattern: "{we|our team} will {refund*|re-send|credit} {your|the} {order|fee}"},
	{Owner: "c", Name: "short", Pattern: "sorry"},
	{Owner: "c", Name: "short", Pattern: "_ sorry _ ... sorry"},
}

var samplesSet = MustCompile(samples, nil)

// sampleWords are the samples' words, class words and noise.
var sampleWords = func() []string {
	words := []string{"zebra", "Quux", "12", "apologue", "re-", "refunding", "busyness", ",", ".", "!", "\n\n", "’s"}
	for _, d := range samples {
		for _, w := range strings.FieldsFunc(d.Pattern, func(r rune) bool { return strings.ContainsRune(" {}|^!<>*", r) }) {
			if w != "_" && w != "..." {
				words = append(words, w)
			}
		}
	}
	for _, ws := range Classes {
		words = append(words, ws...)
	}
	slices.Sort(words)
	return slices.Compact(words)
}()

// sampleText writes a text of sampleWords, each chosen by a byte of b.
func sampleText(b string) string {
	var out strings.Builder
	for i := range len(b) {
		out.WriteString(sampleWords[int(b[i])%len(sampleWords)])
		out.WriteByte(' ')
	}
	return out.String()
}

// sameAsNFA fails unless Run and runNFA give the same matches, in the same order.
func sameAsNFA(t *testing.T, set *Set, d *draft.Document) {
	t.Helper()
	if got, want := set.Run(d), set.runNFA(d); !reflect.DeepEqual(got, want) {
		t.Fatalf("Run = %v, runNFA = %v", got, want)
	}
}

// checkMatches checks what every result of Run must satisfy.
func checkMatches(t *testing.T, d *draft.Document, set *Set, ms []Match) {
	t.Helper()
	toks := d.Tokens()
	lastEnd := map[*Def]int{}
	prevStart := 0
	for _, m := range ms {
		if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
			t.Fatalf("match [%d,%d) outside the %d tokens or empty", m.Start, m.End, len(toks))
		}
		if toks[m.Start].Sentence != toks[m.End-1].Sentence {
			t.Fatalf("match [%d,%d) crosses sentences %d and %d", m.Start, m.End, toks[m.Start].Sentence, toks[m.End-1].Sentence)
		}
		if m.Start < prevStart {
			t.Fatalf("match [%d,%d) after one starting at %d: not sorted", m.Start, m.End, prevStart)
		}
		prevStart = m.Start
		if !ownDef(set.Defs(), m.Def) {
			t.Fatalf("match [%d,%d): Def %v is not one of the set's", m.Start, m.End, m.Def)
		}
		if end, ok := lastEnd[m.Def]; ok && m.Start < end {
			t.Fatalf("match [%d,%d) overlaps the previous match of %q, ending at %d", m.Start, m.End, m.Def.Pattern, end)
		}
		lastEnd[m.Def] = m.End
	}
}

// literal returns the normalised words of up to n tokens from token pick (modulo the number of
// tokens), within its sentence, when all of them are plain words a pattern can spell as they are:
// letters, digits and apostrophes, so no pattern syntax.
func literal(d *draft.Document, pick, n int) ([]string, bool) {
	toks := d.Tokens()
	if len(toks) == 0 {
		return nil, false
	}
	pick %= len(toks)
	sent := d.Sentences()[toks[pick].Sentence]
	var words []string
	for i := pick; i < sent.End && len(words) < n; i++ {
		w := toks[i].Norm
		if w == "" || strings.IndexFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
		}) >= 0 {
			return nil, false
		}
		// A pattern word is split as the word would be on its own, and a token cut from a
		// longer word may split differently alone ("00'" of "00'’ve" is "00" and "'"): only
		// words that stay whole are a literal of themselves.
		if split := draft.SplitWord(w); len(split) != 1 || split[0] != w {
			return nil, false
		}
		words = append(words, w)
	}
	return words, true
}

// scanLiteral returns the token ranges where words occur in one sentence, taken greedily from the
// left without overlaps; anchored, only at the start of a sentence.
func scanLiteral(d *draft.Document, words []string, anchored bool) [][2]int {
	toks := d.Tokens()
	var out [][2]int
	for _, s := range d.Sentences() {
		for i := s.First; i+len(words) <= s.End; {
			if anchored && i != s.First {
				break
			}
			k := 0
			for k < len(words) && toks[i+k].Norm == words[k] {
				k++
			}
			if k == len(words) {
				out = append(out, [2]int{i, i + len(words)})
				i += len(words)
				continue
			}
			i++
		}
	}
	return out
}

// ownDef reports whether def points at one of defs, as a match's Def must.
func ownDef(defs []Def, def *Def) bool {
	for i := range defs {
		if def == &defs[i] {
			return true
		}
	}
	return false
}

func spans(ms []Match) [][2]int {
	out := make([][2]int, len(ms))
	for i, m := range ms {
		out[i] = [2]int{m.Start, m.End}
	}
	return out
}
