package draft

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// findWindowsAlone is FindWindows as one walk over the lines per expression: the reference
// FindEachWindows must agree with.
func findWindowsAlone(d *Document, re *regexp.Regexp, windows func(string, []Span) []Span) []Span {
	var out, ws []Span
	for a := 0; a < len(d.clean); {
		b := strings.IndexByte(d.clean[a:], '\n')
		if b < 0 {
			b = len(d.clean)
		} else {
			b += a
		}
		if b > a {
			ws = windows(d.clean[a:b], ws[:0])
		}
		for _, w := range ws {
			start, end := a+w.Start, a+w.End
			from, to := max(start-1, 0), min(end+1, len(d.clean))
			for _, m := range re.FindAllStringIndex(d.clean[from:to], -1) {
				if from+m[0] < end {
					out = append(out, d.omap.span(Span{from + m[0], from + m[1]}))
				}
			}
		}
		ws = ws[:0]
		a = b + 1
	}
	return out
}

// wholeLineIfHolds makes a window of every line that holds c.
func wholeLineIfHolds(c byte) func(string, []Span) []Span {
	return func(line string, out []Span) []Span {
		if strings.IndexByte(line, c) >= 0 {
			out = append(out, Span{0, len(line)})
		}
		return out
	}
}

// digitRuns makes a window of each run of digits and spaces that holds a digit.
func digitRuns(line string, out []Span) []Span {
	for i := 0; i < len(line); {
		if !strings.ContainsRune("0123456789 ", rune(line[i])) {
			i++
			continue
		}
		j, digit := i, false
		for ; j < len(line) && strings.ContainsRune("0123456789 ", rune(line[j])); j++ {
			digit = digit || line[j] != ' '
		}
		if digit {
			out = append(out, Span{i, j})
		}
		i = j
	}
	return out
}

// testSearches are searches of each kind: with and without Needs, whole lines and runs, and
// expressions that look at the context either side of a window.
var testSearches = []LineSearch{
	{RE: regexp.MustCompile(`[a-z.]+@[a-z]+\.[a-z]{2,}`), Windows: wholeLineIfHolds('@'), Needs: '@'},
	{RE: regexp.MustCompile(`(?:^|\s)#[a-z]+`), Windows: wholeLineIfHolds('#'), Needs: '#'},
	{RE: regexp.MustCompile(`\w*@`), Windows: wholeLineIfHolds('@'), Needs: '@'}, // every "@"
	{RE: regexp.MustCompile(`\b\d[\d ]*\d\b`), Windows: digitRuns},
	{RE: regexp.MustCompile(`"[^"\n]+"`), Windows: wholeLineIfHolds('"')},
	{RE: regexp.MustCompile(`(?m)^\w+|\w+$`), Windows: func(l string, out []Span) []Span {
		return append(out, Span{0, len(l)})
	}},
}

// checkFindEach checks that FindEachWindows finds what each search finds alone, and that
// FindWindows and FindLines do too.
func checkFindEach(t *testing.T, d *Document) {
	t.Helper()
	got := d.FindEachWindows(testSearches)
	for i, s := range testSearches {
		want := findWindowsAlone(d, s.RE, s.Windows)
		if !slices.Equal(got[i], want) {
			t.Fatalf("%q: search %d found %v together, %v alone", d.raw, i, got[i], want)
		}
		if one := d.FindWindows(s.RE, s.Windows); !slices.Equal(one, want) {
			t.Fatalf("%q: search %d found %v by FindWindows, %v alone", d.raw, i, one, want)
		}
	}
	may := func(l string) bool { return strings.IndexByte(l, '"') >= 0 }
	if got, want := d.FindLines(testSearches[4].RE, may), findWindowsAlone(d, testSearches[4].RE, testSearches[4].Windows); !slices.Equal(got, want) {
		t.Fatalf("%q: FindLines found %v, %v alone", d.raw, got, want)
	}
}

// randomText returns n bytes of short words, digits, line breaks and the bytes the test
// searches need, with the occasional entity and tag for the HTML reading.
func randomText(r *rand.Rand, n int) []byte {
	parts := []string{"we", "are", "sorry", " ", " ", "\n", "\n\n", "@", "a@b.io", "#", "#help", "\"", "\"ok\"",
		"0", "12", "555 0100", ".", "&amp;", "<b>", "</b>", "<br>", "’", "\r\n", "x.y"}
	var b []byte
	for len(b) < n {
		b = append(b, parts[r.IntN(len(parts))]...)
	}
	return b
}

func TestFindEachWindows(t *testing.T) {
	var inputs [][]byte
	for _, s := range fuzzSeeds {
		inputs = append(inputs, []byte(s))
	}
	files, _ := filepath.Glob("../../testdata/drafts/*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, b)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		inputs = append(inputs, randomText(r, r.IntN(400)))
	}
	for _, in := range inputs {
		for _, f := range []Format{Text, Markdown, HTML} {
			d, err := Parse("x", in, f)
			if err != nil {
				continue
			}
			checkFindEach(t, d)
		}
	}
}

// FuzzFindEachWindows checks FindEachWindows against the searches run alone over random drafts.
//
//	go test ./internal/draft -run '^$' -fuzz '^FuzzFindEachWindows$' -fuzztime 60s -parallel 1
func FuzzFindEachWindows(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), uint8(0))
	}
	f.Add([]byte("a@b.io #x\n\n\"q\" 12 34\n#y@\n"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		d, err := Parse("fuzz", data, []Format{Text, Markdown, HTML}[format%3])
		if err != nil {
			return
		}
		checkFindEach(t, d)
	})
}
