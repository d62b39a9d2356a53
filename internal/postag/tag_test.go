package postag_test

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/postag"
	"github.com/apologylint/apologylint/internal/postag/internal/modelgen"
	"github.com/apologylint/apologylint/internal/prosetest"
	"github.com/apologylint/apologylint/internal/synth"
)

var proseWeights = sync.OnceValue(func() *modelgen.Prose {
	p, err := modelgen.LoadProse()
	if err != nil {
		panic(err)
	}
	return p
})

// proseTie reports whether prose's perceptron has two or more best classes for word i, given
// prose's own tags before it: scored as prose scores (featurize, add and normalize below are
// prose's, copied), in floating point.
func proseTie(words, tags []string, i int) bool {
	p := proseWeights()
	if _, ok := p.Tags[words[i]]; ok {
		return false
	}
	ctx := []string{"-START-", "-START2-"}
	for _, w := range words {
		ctx = append(ctx, refNormalize(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	p1, p2 := "-START-", "-START2-"
	if i > 0 {
		p1 = tags[i-1]
	}
	if i > 1 {
		p2 = tags[i-2]
	}
	scores := map[string]float64{}
	for feat := range refFeaturize(i, ctx, words[i], p1, p2) {
		for label, w := range p.Weights[feat] {
			scores[label] += w
		}
	}
	best, second := math.Inf(-1), math.Inf(-1)
	for _, v := range scores {
		if v > best {
			best, second = v, best
		} else if v > second {
			second = v
		}
	}
	return best-second < 1e-6
}

func refFeaturize(i int, ctx []string, w, p1, p2 string) map[string]float64 {
	feats := make(map[string]float64)
	suf := min(len(w), 3)
	i = min(len(ctx)-2, i+2)
	iminus := min(len(ctx[i-1]), 3)
	iplus := min(len(ctx[i+1]), 3)
	feats = refAdd([]string{"bias"}, feats)
	feats = refAdd([]string{"i suffix", w[len(w)-suf:]}, feats)
	feats = refAdd([]string{"i pref1", string(rune(w[0]))}, feats)
	feats = refAdd([]string{"i-1 tag", p1}, feats)
	feats = refAdd([]string{"i-2 tag", p2}, feats)
	feats = refAdd([]string{"i tag+i-2 tag", p1, p2}, feats)
	feats = refAdd([]string{"i word", ctx[i]}, feats)
	feats = refAdd([]string{"i-1 tag+i word", p1, ctx[i]}, feats)
	feats = refAdd([]string{"i-1 word", ctx[i-1]}, feats)
	feats = refAdd([]string{"i-1 suffix", ctx[i-1][len(ctx[i-1])-iminus:]}, feats)
	feats = refAdd([]string{"i-2 word", ctx[i-2]}, feats)
	feats = refAdd([]string{"i+1 word", ctx[i+1]}, feats)
	feats = refAdd([]string{"i+1 suffix", ctx[i+1][len(ctx[i+1])-iplus:]}, feats)
	feats = refAdd([]string{"i+2 word", ctx[i+2]}, feats)
	return feats
}

func refAdd(args []string, features map[string]float64) map[string]float64 {
	key := strings.Join(args, " ")
	features[key]++
	return features
}

func refNormalize(word string) string {
	if word == "" {
		return word
	}
	first := string(rune(word[0]))
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	} else if _, err := strconv.Atoi(first); err == nil {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// proseSanitizer is the replacement prose makes before it tokenizes.
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// reportedFrom returns, for each of prose's tokens of text, the index of the token whose tag
// prose reports for it. prose's tokenizer caches the tokens of each whitespace-separated field
// and appends the same *Token values for every later occurrence of the field, except the last
// field of the text, which it splits afresh; the tagger then writes each occurrence's tag into
// the shared tokens, so every occurrence reports the tag of the last. It returns nil if the
// fields, split one by one, do not give n tokens.
func reportedFrom(text string, n int) []int {
	clean := proseSanitizer.Replace(text)
	type field struct {
		text     string
		first, n int
	}
	var fields []field
	tok := 0
	for i := 0; i < len(clean); {
		r, size := utf8.DecodeRuneInString(clean[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i
		for j < len(clean) {
			r, size := utf8.DecodeRuneInString(clean[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		words, _, ok := prosetest.Tokens(clean[i:j])
		if !ok {
			return nil
		}
		fields = append(fields, field{clean[i:j], tok, len(words)})
		tok += len(words)
		i = j
	}
	if tok != n {
		return nil
	}
	cached := len(fields)
	if len(fields) > 0 && fields[len(fields)-1].first+fields[len(fields)-1].n == n && !endsInSpace(clean) {
		cached-- // the last field of the text is split afresh
	}
	from := make([]int, n)
	for i := range from {
		from[i] = i
	}
	for a := 0; a < cached; a++ {
		for b := cached - 1; b > a; b-- {
			if fields[b].text == fields[a].text {
				for k := range fields[a].n {
					from[fields[a].first+k] = fields[b].first + k
				}
				break
			}
		}
	}
	return from
}

func endsInSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// compare tags prose's tokens of text with postag and compares them with the tags prose
// reports. prose reports for a repeated field the tags of its last occurrence (reportedFrom);
// ours are read the same way. Where prose's best classes tie for a word, prose picks one in map
// order: from the first such word on, tags may legitimately differ and are not compared. It
// returns the number of words compared and whether a tie cut the sentence, or ok false where
// prose cannot tag text at all.
func compare(tb testing.TB, text string) (n int, tie, ok bool) {
	tb.Helper()
	words, want, ok := prosetest.Tokens(text)
	if !ok {
		return 0, false, false
	}
	got := postag.Tag(words, nil)
	if len(got) != len(words) {
		tb.Fatalf("%q: %d tags for %d words", text, len(got), len(words))
	}
	from := reportedFrom(text, len(words))
	if from == nil {
		tb.Fatalf("%q: prose's tokens do not split into its fields", text)
	}
	cut := len(words)
	for i := range words {
		if got[from[i]] != want[i] {
			// The first word whose best classes tie, in the context of our tags, which are
			// prose's own up to that word.
			for k := range words {
				if proseTie(words, got, k) {
					cut = k
					break
				}
			}
			break
		}
	}
	for i := range words {
		if from[i] < cut && got[from[i]] != want[i] {
			tb.Fatalf("%q: word %d %q tagged %q, prose %q\nwords %q\nprose %q\nours  %q", text, i, words[i], got[from[i]], want[i], words, want, got)
		}
		if from[i] < cut {
			n++
		}
	}
	return n, cut < len(words), true
}

func TestTagSentences(t *testing.T) {
	for _, tc := range []struct{ text, tags string }{
		{"We are sorry that your order arrived late.", "PRP VBP JJ IN PRP$ NN VBD RB ."},
		{"I apologise for the delay; it won't happen again.", "PRP VBP IN DT NN : PRP MD RB VB RB ."},
		{"Mistakes were made.", "NNS VBD VBN ."},
		{"Email me at help@example.com or visit https://example.com/help :-) today", "VB PRP IN NN CC NN NN SYM NN"},
		{"In 1999 - 12 of the 3-day passes - @dana said *T*-1 0 -LRB-", "IN CD - CD IN DT JJ NNS - NN VBD -NONE- -NONE- -LRB-"},
		{"", ""},
	} {
		words, _, _ := prosetest.Tokens(tc.text)
		got := strings.Join(postag.Tag(words, nil), " ")
		if got != tc.tags {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.tags)
		}
		compare(t, tc.text)
	}
}

// TestTagOddWords checks words prose's tokenizer would not make, which Tag must take without
// panicking: empty, invalid UTF-8, bytes of 0x80 and above.
func TestTagOddWords(t *testing.T) {
	words := []string{"", "\xff", "\xc3", "ȺȺȺȺ'm", "é", "-", "", "@"}
	if got := postag.Tag(words, nil); len(got) != len(words) {
		t.Fatalf("got %q", got)
	}
	compare(t, "\xff \xc3 é ÿ Ⱥ ßa ÀÀÀ")
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"We are sorry that your order arrived late.",
		"Mistakes were made, and we regret any inconvenience this may have caused you!",
		"Visit www.example.org or write to a.b@c.de :-) -LRB- *T*-1 0",
		"In 2019, 1,000 +123 -45 units... the re-run (again) 'quoted' \"twice\"",
		"Ünïcödé wörds, ÀB çd and \xff bytes",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return // prose's tokenizer is quadratic in the length of a word
		}
		compare(t, text)
	})
}

// TestTagCorpus compares postag with prose on every sentence of the drafts in the repository and
// of a synthetic corpus.
func TestTagCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("tags every sentence with prose")
	}
	var files []string
	for _, root := range []string{"../../rules/testdata", "../../testdata"} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	type draftFile struct {
		name string
		text []byte
	}
	var drafts []draftFile
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, draftFile{p, b})
	}
	nrepo := len(drafts)
	for _, d := range synth.Corpus(300, 1) {
		drafts = append(drafts, draftFile{d.Name, d.Text})
	}
	var sents, words, ties, fails, docs int
	for k, df := range drafts {
		if k == nrepo {
			t.Logf("repository drafts: %d files, %d sentences, %d words agree, %d sentences cut at a tie, %d prose cannot tag", docs, sents, words, ties, fails)
		}
		d, err := draft.Parse(df.name, df.text, draft.FormatOf(df.name))
		if err != nil {
			continue
		}
		docs++
		for _, s := range d.Sentences() {
			n, tie, ok := compare(t, s.Text)
			sents++
			words += n
			if tie {
				ties++
			}
			if !ok {
				fails++
			}
		}
	}
	t.Logf("all drafts: %d files, %d sentences, %d words agree, %d sentences cut at a tie, %d prose cannot tag", docs, sents, words, ties, fails)
	if sents < 1000 {
		t.Errorf("only %d sentences", sents)
	}
}
