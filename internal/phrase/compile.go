package phrase

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
)

// gapWidth is how many tokens "..." may skip.
const gapWidth = 4

// item is one element of a parsed pattern.
type item struct {
	word  string   // a word, "_", "..."; with a trailing "*" a prefix; with a leading "!" a negation
	class string   // <class>
	alts  [][]item // {a|b}
}

// parse reads a pattern into a sequence of items.
func parse(p string) ([]item, error) {
	items, rest, err := parseSeq(p, false)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, fmt.Errorf("unexpected %q", rest)
	}
	return items, nil
}

// parseSeq reads items until the end of p, or, inside braces, until "|" or "}".
func parseSeq(p string, inGroup bool) ([]item, string, error) {
	var items []item
	for {
		p = strings.TrimLeft(p, " ")
		if p == "" {
			if inGroup {
				return nil, "", errors.New("unclosed {")
			}
			return items, "", nil
		}
		switch p[0] {
		case '|', '}':
			if !inGroup {
				return nil, "", fmt.Errorf("unexpected %q", p[0])
			}
			return items, p, nil
		case '{':
			var alts [][]item
			rest := p[1:]
			for {
				seq, r, err := parseSeq(rest, true)
				if err != nil {
					return nil, "", err
				}
				alts = append(alts, seq)
				if r[0] == '}' {
					rest = r[1:]
					break
				}
				rest = r[1:]
			}
			items = append(items, item{alts: alts})
			p = rest
		default:
			end := strings.IndexAny(p, " {|}")
			if end < 0 {
				end = len(p)
			}
			w := p[:end]
			p = p[end:]
			neg := strings.HasPrefix(w, "!")
			name := strings.TrimPrefix(w, "!")
			if strings.HasPrefix(name, "<") {
				if !strings.HasSuffix(name, ">") || len(name) < 3 {
					return nil, "", fmt.Errorf("bad class %q", w)
				}
				it := item{class: name[1 : len(name)-1]}
				if neg {
					it.word = "!"
				}
				items = append(items, it)
				continue
			}
			if neg || name == "_" || name == "..." || strings.HasSuffix(name, "*") {
				items = append(items, item{word: w})
				continue
			}
			// A plain word may be several tokens once split as the tokenizer splits text; a
			// word of ASCII letters alone is always one, and most words are such.
			if asciiLetters(name) {
				items = append(items, item{word: name})
				continue
			}
			for _, part := range draft.SplitWord(name) {
				items = append(items, item{word: part})
			}
		}
	}
}

// asciiLetters reports whether w is a non-empty run of ASCII letters.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

type compiler struct {
	set     *Set
	classes map[string]map[string]bool
	sorted  map[string][]string // each class's words in order, sorted once
}

func (c *compiler) add(st state) int {
	c.set.states = append(c.set.states, st)
	return len(c.set.states) - 1
}

// seq compiles items so that matching them leads to next, and returns the entry state.
func (c *compiler) seq(items []item, next int) (int, error) {
	for i := len(items) - 1; i >= 0; i-- {
		var err error
		next, err = c.item(items[i], next)
		if err != nil {
			return 0, err
		}
	}
	return next, nil
}

func (c *compiler) item(it item, next int) (int, error) {
	switch {
	case it.alts != nil:
		return c.group(it.alts, next)
	case it.class != "":
		cls, ok := c.classes[it.class]
		if !ok {
			return 0, fmt.Errorf("unknown class <%s>", it.class)
		}
		kind := testClass
		if it.word == "!" {
			kind = testNotClass
		}
		return c.add(state{kind: kind, class: cls, classWords: c.sortedClass(it.class, cls), className: it.class, out: next, out2: -1}), nil
	case it.word == "_":
		return c.add(state{kind: testAny, out: next, out2: -1}), nil
	case it.word == "...":
		for range gapWidth {
			tok := c.add(state{kind: testAny, out: next, out2: -1})
			next = c.add(state{kind: testSplit, out: tok, out2: next})
		}
		return next, nil
	case strings.HasPrefix(it.word, "!"):
		w := it.word[1:]
		if w == "" {
			return 0, errors.New("empty negation")
		}
		return c.add(state{kind: testNotWord, word: draft.Normalize(w), out: next, out2: -1}), nil
	case strings.HasSuffix(it.word, "*") && len(it.word) > 1:
		return c.add(state{kind: testPrefix, word: draft.Normalize(strings.TrimSuffix(it.word, "*")), out: next, out2: -1}), nil
	default:
		return c.add(state{kind: testWord, word: draft.Normalize(it.word), out: next, out2: -1}), nil
	}
}

// group compiles a group of alternatives so that matching any of them leads to next. The
// alternatives that open with a word or a class share one dispatch state, which looks the token
// up once and goes on to the rest of every alternative that opens with it. Groups of many words
// are most of the patterns ("{refund|credit|voucher|...}", "{holiday season|bank holiday|...}"),
// and as separate branches each alternative cost a thread of the automaton at every token a
// match might go on from; as one dispatch they cost one.
func (c *compiler) group(alts [][]item, next int) (int, error) {
	var arms []dispatchArm
	armOf := map[string]int{} // word -> its arm in arms
	var branches []int
	for _, alt := range alts {
		if len(alt) > 0 {
			if words, ok, err := c.openingWords(alt[0]); err != nil {
				return 0, err
			} else if ok {
				rest, err := c.seq(alt[1:], next)
				if err != nil {
					return 0, err
				}
				for _, w := range words {
					k, ok := armOf[w]
					if !ok {
						k = len(arms)
						armOf[w] = k
						arms = append(arms, dispatchArm{word: w})
					}
					if !slices.Contains(arms[k].outs, rest) {
						arms[k].outs = append(arms[k].outs, rest)
					}
				}
				continue
			}
		}
		e, err := c.seq(alt, next)
		if err != nil {
			return 0, err
		}
		branches = append(branches, e)
	}
	if len(arms) > 0 {
		byWord := func(a, b dispatchArm) int { return strings.Compare(a.word, b.word) }
		if !slices.IsSortedFunc(arms, byWord) { // a class's words come sorted
			slices.SortFunc(arms, byWord)
		}
		branches = append(branches, c.add(state{kind: testDispatch, arms: arms, out: -1, out2: -1}))
	}
	entry := branches[len(branches)-1]
	for i := len(branches) - 2; i >= 0; i-- {
		entry = c.add(state{kind: testSplit, out: branches[i], out2: entry})
	}
	return entry, nil
}

// openingWords returns the words an item matches when it matches exactly a word or a word of a
// class; ok is false for anything else (a wildcard, a gap, a prefix, a negation, a group).
func (c *compiler) openingWords(it item) (words []string, ok bool, err error) {
	switch {
	case it.alts != nil:
		return nil, false, nil
	case it.class != "":
		if it.word == "!" {
			return nil, false, nil
		}
		cls, found := c.classes[it.class]
		if !found {
			return nil, false, fmt.Errorf("unknown class <%s>", it.class)
		}
		return c.sortedClass(it.class, cls), true, nil
	case it.word == "" || it.word == "_" || it.word == "..." || strings.HasPrefix(it.word, "!") ||
		strings.HasSuffix(it.word, "*") && len(it.word) > 1:
		return nil, false, nil
	default:
		return []string{draft.Normalize(it.word)}, true, nil
	}
}

// sortedClass returns the words of a class in order, sorted once per class.
func (c *compiler) sortedClass(name string, cls map[string]bool) []string {
	words, ok := c.sorted[name]
	if !ok {
		words = slices.Sorted(maps.Keys(cls))
		c.sorted[name] = words
	}
	return words
}

// Alt writes words as one pattern group of alternatives, "{a|b|c}", so that a rule can keep a
// word list as data and use it in several patterns.
func Alt(words ...string) string { return "{" + strings.Join(words, "|") + "}" }
