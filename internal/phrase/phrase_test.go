package phrase

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// run compiles patterns (named p0, p1, ...) and returns each match as "name: raw text".
func run(t *testing.T, patterns []string, src string, f draft.Format) []string {
	t.Helper()
	var defs []Def
	for i, p := range patterns {
		defs = append(defs, Def{Owner: "test", Name: fmt.Sprintf("p%d", i), Pattern: p})
	}
	set, err := Compile(defs, nil)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	d, err := draft.Parse("draft", []byte(src), f)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range set.Run(d) {
		out = append(out, m.Def.Name+": "+d.Slice(d.TokenSpan(m.Start, m.End-1)))
	}
	return out
}

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		src      string
		want     []string
	}{
		{"word, any case", []string{"sorry"}, "We are Sorry. So SORRY.", []string{"p0: Sorry", "p0: SORRY"}},
		{"words in a row", []string{"we are sorry"}, "We are sorry. We are not sorry.", []string{"p0: We are sorry"}},
		{"no match", []string{"we are sorry"}, "We were sorry.", nil},
		{"contraction in the pattern", []string{"we're sorry"}, "We're sorry. We’re sorry. We are sorry.", []string{"p0: We're sorry", "p0: We’re sorry"}},
		{"negative contraction", []string{"don't know"}, "I don't know. I don’t know. I do not know.", []string{"p0: don't know", "p0: don’t know"}},
		{"'ve and 'd", []string{"we've", "i'd like"}, "We’ve fixed it and I'd like to help.", []string{"p0: We’ve", "p1: I'd like"}},
		{"prefix", []string{"apolog*"}, "We apologize. Apologies. We apologised. An apple.", []string{"p0: apologize", "p0: Apologies", "p0: apologised"}},
		{"british text, american pattern", []string{"we apologize"}, "We apologise.", []string{"p0: We apologise"}},
		{"american text, british pattern", []string{"we apologise for"}, "We apologize for it.", []string{"p0: We apologize for"}},
		{"folded spelling", []string{"canceled"}, "We cancelled it.", []string{"p0: cancelled"}},
		{
			"optional group",
			[]string{"sorry {that|if|} you"},
			"Sorry you waited. Sorry that you waited. Sorry if you waited. Sorry when you waited.",
			[]string{"p0: Sorry you", "p0: Sorry that you", "p0: Sorry if you"},
		},
		{
			"alternatives sharing their opening word",
			[]string{"due to {the|} {holiday|holiday season|bank holiday|<be> busy|busy*|_ rush}"},
			"Due to the holiday season. Due to holiday traffic. Due to the bank holiday. " +
				"Due to the bank closure. Due to being busy. Due to the busyness. Due to the Easter rush.",
			[]string{"p0: Due to the holiday season", "p0: Due to holiday", "p0: Due to the bank holiday",
				"p0: Due to being busy", "p0: Due to the busyness", "p0: Due to the Easter rush"},
		},
		{
			"alternatives of several words",
			[]string{"{our team|we} {truly|} apologize"},
			"Our team apologizes. Our team apologize. We truly apologize. They apologize.",
			[]string{"p0: Our team apologize", "p0: We truly apologize"},
		},
		{
			"nested groups",
			[]string{"sorry {for {the|any|}|about} delay"},
			"Sorry for delay. Sorry for any delay. Sorry about delay. Sorry about the delay.",
			[]string{"p0: Sorry for delay", "p0: Sorry for any delay", "p0: Sorry about delay"},
		},
		{
			"classes",
			[]string{"<we> <be> <so> sorry"},
			"I am so sorry. We're truly sorry. We were very sorry. They are so sorry. We are sorry.",
			[]string{"p0: I am so sorry", "p0: We're truly sorry", "p0: We were very sorry"},
		},
		{"any one token", []string{"sorry _ inconvenience"}, "Sorry for inconvenience. Sorry inconvenience. Sorry, any inconvenience.", []string{"p0: Sorry for inconvenience"}},
		{
			"gap of up to four tokens",
			[]string{"sorry ... inconvenience"},
			"Sorry inconvenience. Sorry for the inconvenience. Sorry for any and all inconvenience. " +
				"Sorry for any and all the inconvenience.",
			[]string{"p0: Sorry inconvenience", "p0: Sorry for the inconvenience", "p0: Sorry for any and all inconvenience"},
		},
		{"negated word", []string{"am !not sorry"}, "I am not sorry. I am truly sorry. I am sorry.", []string{"p0: am truly sorry"}},
		{"negated class", []string{"!<we> apologize"}, "We apologize. They apologize. I apologize.", []string{"p0: They apologize"}},
		{
			"matches never cross sentences",
			[]string{"sorry ... again", "sorry again"},
			"I am sorry. Again, it broke.\n\nSo sorry\n\nagain",
			nil,
		},
		{
			"matches never cross blocks",
			[]string{"best priya"},
			"Best,\nPriya\n\nBest\n\nPriya\n",
			nil,
		},
		{
			"leftmost, then longest",
			[]string{"{very|} sorry {for|} {the|}"},
			"We are very sorry for the delay.",
			[]string{"p0: very sorry for the"},
		},
		{
			"overlaps resolved per pattern",
			[]string{"_ _"},
			"One two three four five.",
			[]string{"p0: One two", "p0: three four", "p0: five."},
		},
		{
			"each pattern keeps its own matches, sorted by start then pattern",
			[]string{"sorry for", "we are sorry", "sorry"},
			"We are sorry for that.",
			[]string{"p1: We are sorry", "p0: sorry for", "p2: sorry"},
		},
		{"empty document", []string{"sorry"}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, tt.patterns, tt.src, draft.Text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("matches of %q in %q =\n%q\nwant\n%q", tt.patterns, tt.src, got, tt.want)
			}
		})
	}
}

func TestRunMarkup(t *testing.T) {
	got := run(t, []string{"we're sorry"}, "<p>We&rsquo;re <b>sorry</b>.</p>", draft.HTML)
	if want := []string{"p0: We&rsquo;re <b>sorry"}; !reflect.DeepEqual(got, want) {
		t.Errorf("HTML matches = %q, want %q", got, want)
	}
	got = run(t, []string{"we are sorry"}, "# We *are* sorry\n\n`we are sorry`\n", draft.Markdown)
	if want := []string{"p0: We *are* sorry"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Markdown matches = %q, want %q", got, want)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		pattern string
		want    string // part of the error
	}{
		{"sorry {that|if", "unclosed {"},
		{"sorry {that", "unclosed {"},
		{"sorry }", "unexpected '}'"},
		{"sorry | you", "unexpected '|'"},
		{"<nope> sorry", "unknown class <nope>"},
		{"!<nope> sorry", "unknown class <nope>"},
		{"<be sorry", `bad class "<be"`},
		{"<> sorry", `bad class "<>"`},
		{"! sorry", "empty negation"},
		{"", "matches nothing"},
	}
	for _, tt := range tests {
		_, err := Compile([]Def{{Owner: "excuse", Name: "weather", Pattern: tt.pattern}}, nil)
		if err == nil {
			t.Errorf("Compile(%q): no error, want %q", tt.pattern, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "excuse/weather") {
			t.Errorf("Compile(%q) error = %q, want it to name excuse/weather and say %q", tt.pattern, err, tt.want)
		}
	}
}

func TestMustCompile(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustCompile of a bad pattern did not panic")
		}
	}()
	MustCompile([]Def{{Owner: "x", Name: "y", Pattern: "{"}}, nil)
}

func TestCustomClasses(t *testing.T) {
	defs := []Def{{Owner: "t", Name: "p", Pattern: "<weekday> delivery"}}
	set, err := Compile(defs, map[string][]string{"weekday": {"Monday", "Tuesday"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := set.Defs(); !reflect.DeepEqual(got, defs) {
		t.Errorf("Defs() = %v, want %v", got, defs)
	}
	d, err := draft.Parse("draft", []byte("Monday delivery, not Sunday delivery."), draft.Text)
	if err != nil {
		t.Fatal(err)
	}
	ms := set.Run(d)
	if len(ms) != 1 || d.Slice(d.TokenSpan(ms[0].Start, ms[0].End-1)) != "Monday delivery" {
		t.Errorf("Run = %v, want one match of \"Monday delivery\"", ms)
	}
	if _, err := Compile([]Def{{Owner: "t", Name: "p", Pattern: "<be> sorry"}}, map[string][]string{}); err == nil {
		t.Error("Compile with a class missing from the given classes: no error")
	}
}

// TestClassesNormalized checks that every class word is written as tokens come: one token, in
// normalised form, so that no class word can never match.
func TestClassesNormalized(t *testing.T) {
	for name, words := range Classes {
		for _, w := range words {
			if draft.Normalize(w) != w {
				t.Errorf("class <%s>: %q is not normalised (%q)", name, w, draft.Normalize(w))
			}
			if parts := draft.SplitWord(w); len(parts) != 1 {
				t.Errorf("class <%s>: %q is %d tokens %q, want one", name, w, len(parts), parts)
			}
		}
	}
}

// TestCompileEmptyAlternatives: a pattern that can only match the empty sequence is as useless as
// an empty one, and Compile means to reject both.
func TestCompileEmptyAlternatives(t *testing.T) {
	if _, err := Compile([]Def{{Owner: "t", Name: "p", Pattern: "{|}"}}, nil); err == nil {
		t.Error(`Compile("{|}"): no error, want "matches nothing"`)
	}
}

// TestMatchLengths checks the lengths Run takes a match's start from without reading it back:
// a pattern gets one only when every match of it is that long.
func TestMatchLengths(t *testing.T) {
	for pattern, want := range map[string]int32{
		"we are sorry":          3,
		"we're sorry":           3, // "we", "'re", "sorry"
		"^sorry for _":          3,
		"<be> !not <feeling>":   3,
		"{so|very} sorry":       2,
		"{we are|i am} sorry":   3,
		"{we are|i'm} sorry":    3, // "i", "'m"
		"{<we> am|our} sorry":   -1,
		"sorry {that|if|}":      -1,
		"sorry {that|}":         -1,
		"apolog* ... delay":     -1,
		"{a b|c} {d|e f}":       -1,
		"{a {b|c}|d e} f":       3,
		"{a {b|}|d e} f":        -1,
		"x {a|b c|d} y":         -1,
		"refund* {<det>|} card": -1,
	} {
		set, err := Compile([]Def{{Owner: "test", Name: "p", Pattern: pattern}}, nil)
		if err != nil {
			t.Fatalf("Compile(%q): %v", pattern, err)
		}
		if got := set.length[0]; got != want {
			t.Errorf("length of %q = %d, want %d", pattern, got, want)
		}
	}
}

// TestSortRaw checks sortRaw, an insertion sort for a few matches and a library sort for more,
// against the library sort, over raw matches of distinct pattern and end, as Run makes them.
func TestSortRaw(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 3))
	for n := range 200 {
		var raw []rawMatch
		for end := int32(1); len(raw) < n; end++ {
			for def := range int32(1 + r.IntN(3)) {
				if r.IntN(2) == 0 {
					raw = append(raw, rawMatch{rank: def * 7 % 5, def: def, start: max(0, end-1-r.Int32N(6)), end: end})
				}
			}
		}
		want := slices.Clone(raw)
		slices.SortFunc(want, func(a, b rawMatch) int { return compareRaw(&a, &b) })
		sortRaw(raw)
		if !slices.Equal(raw, want) {
			t.Fatalf("sortRaw of %d matches =\n%v\nwant\n%v", n, raw, want)
		}
	}
}
