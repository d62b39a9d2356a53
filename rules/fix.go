package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// dropFix returns a fix that deletes some words of the tokens [from, to) of d, each with the
// space after it, keeping the grammar of what is left: an "a" or "an" before the words that go
// (just before from, or inside the range) is changed to suit the word that then follows it ("a
// minor issue" -> "an issue"), and a word that starts a sentence passes its capital on ("Minor
// issues" -> "Issues"). drop says which tokens go.
//
// It returns nil when the deletion is not a safe literal edit: the tokens span two sentences,
// the last one would go, a word to drop holds markup or an entity, the space after it is not
// plain spaces or tabs (markup, a line break), or the article cannot be chosen for sure ("a" or
// "an" before "unusual" depends on how the word is said).
func dropFix(d *draft.Document, from, to int, drop func(i int) bool) *lint.Fix {
	toks := d.Tokens()
	if from < 0 || to > len(toks) || from >= to || drop(to-1) {
		return nil
	}
	si := toks[from].Sentence
	if toks[to-1].Sentence != si {
		return nil
	}
	raw := d.Raw()
	gap := func(i int) string { return string(raw[toks[i].Span.End:toks[i+1].Span.Start]) }
	lo := from
	if from > 0 && toks[from-1].Sentence == si && isArticle(toks[from-1].Norm) && drop(from) {
		lo = from - 1
	}
	// Each token and the gap after it is one piece; the fix replaces the pieces that change.
	type piece struct{ old, new string }
	pieces := make([]piece, 0, to-lo)
	sentenceStart := lo == 0 || toks[lo-1].Sentence != si
	capital := false // the first word went, and it had the sentence's capital
	for i := lo; i < to; i++ {
		t := toks[i]
		word := d.Slice(t.Span)
		var after string
		if i < to-1 {
			after = gap(i)
		}
		if i >= from && drop(i) {
			if word != t.Text || after == "" || strings.Trim(after, " \t") != "" {
				return nil
			}
			if i == lo && sentenceStart {
				r, _ := utf8.DecodeRuneInString(word)
				capital = unicode.IsUpper(r)
			}
			pieces = append(pieces, piece{word + after, ""})
			continue
		}
		text := word
		if isArticle(t.Norm) && i+1 < to && drop(i+1) {
			next := i + 1
			for next < to && drop(next) {
				next++
			}
			art, ok := article(d.Slice(toks[next].Span))
			if !ok {
				return nil
			}
			text = matchCase(art, word)
		}
		if capital {
			r, n := utf8.DecodeRuneInString(text)
			text = string(unicode.ToUpper(r)) + text[n:]
			capital = false
		}
		pieces = append(pieces, piece{word + after, text + after})
	}
	first, last := -1, -1
	for i, p := range pieces {
		if p.old != p.new {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	start := toks[lo+first].Span.Start
	var b strings.Builder
	end := start
	for _, p := range pieces[first : last+1] {
		b.WriteString(p.new)
		end += len(p.old)
	}
	return &lint.Fix{Span: draft.Span{Start: start, End: end}, Text: b.String()}
}

func isArticle(norm string) bool { return norm == "a" || norm == "an" }

// article returns the indefinite article for the word that follows it, "a" or "an", and false
// when the spelling does not settle it: acronyms, numbers, and words whose first sound varies
// ("unusual" but "unique", "herb").
func article(word string) (string, bool) {
	w := strings.ToLower(word)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return "", false
	}
	if len(word) > 1 && strings.ToUpper(word) == word {
		return "", false // an acronym is read letter by letter: "an FAQ", "a UK office"
	}
	for _, p := range []string{"one", "once", "eu", "ewe", "use"} {
		if strings.HasPrefix(w, p) {
			return "a", true
		}
	}
	for _, p := range []string{"hour", "honest", "honor", "honour", "heir"} {
		if strings.HasPrefix(w, p) {
			return "an", true
		}
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o':
		return "an", true
	case 'u', 'x':
		return "", false
	}
	return "a", true
}

// matchCase spells art ("a" or "an") in the case of like, the article it replaces.
func matchCase(art, like string) string {
	switch {
	case len(like) > 1 && strings.ToUpper(like) == like:
		return strings.ToUpper(art)
	case like != "" && like[0] >= 'A' && like[0] <= 'Z':
		return strings.ToUpper(art[:1]) + art[1:]
	}
	return art
}
