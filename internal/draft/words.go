package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitWords splits text into the tokens prose/v2's tokenizer makes of it and returns each as
// the byte span it covers in text.
//
// It is prose's iterTokenizer, ported rule for rule, because prose's own costs more than the
// rest of the pipeline together: it returns strings without offsets (so every token had to be
// searched for again in the text), allocates a token, a map entry and a lower-case copy per word,
// and runs a regular expression on every word. The port keeps prose's output token for token
// (FuzzSplitWords checks it against prose itself), because the part-of-speech tagger reads
// prose's tokens and a tag is found by the index of the token it belongs to.
//
// prose first rewrites curly quotes and "&rsquo;" to ASCII; the port reads them as prose would
// and reports spans over the text as written.
func splitWords(text string, out []Span) []Span {
	out, _ = splitCountWords(text, out)
	return out
}

// splitCountWords is splitWords that also counts the words of text: the whitespace-separated
// fields that hold a letter or a digit, so that punctuation left alone by removed markup ("We
// *are*." reads "We  are .") is not a word. A parse counts a document's words here, in the pass
// that already splits its text into fields, rather than in a pass of its own: every field of a
// block lies in one of its sentences, as sentences end only at space.
func splitCountWords(text string, out []Span) ([]Span, int) {
	s, orig := sanitize(text)
	words := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += n
			continue
		}
		// Most fields are a word of ASCII letters and digits, which prose keeps whole: one span,
		// without splitField's tests for marks, contractions and abbreviations.
		// every and some gather the classes of the field's bytes: classAlnum stays in every while
		// they are all ASCII letters and digits (plain), and is in some once one is (a word).
		every, some := classAlnum, uint8(0)
		j := i
		for j < len(s) {
			k := asciiClass[s[j]]
			if k&(classSpace|classHigh) == 0 {
				every &= k
				some |= k
				j++
				continue
			}
			if k&classSpace != 0 {
				break
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			every = 0
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				some |= classAlnum
			}
			j += n
		}
		plain, word := every&classAlnum != 0, some&classAlnum != 0
		if !word && orig != nil {
			// sanitize read "&rsquo;" as "'", dropping letters the text as written holds.
			word = hasLetterOrDigit(text[orig[i]:orig[j]])
		}
		if word {
			words++
		}
		from := len(out)
		switch k := j - 1; {
		case plain:
			out = append(out, Span{i, j})
		case k > i && isProseSuffix[s[k]] && allAlnumASCII(s[i:k]) && !isSpecialWord(s[i:j]):
			// A word and a mark after it ("sorry,", "today."), as most other fields are:
			// splitField would strip the mark, find no contraction (an apostrophe ends the field
			// if it holds one) and keep the word whole, special or not.
			out = append(out, Span{i, k}, Span{k, j})
		default:
			out = splitField(s, i, j, out)
		}
		if orig != nil {
			for k := from; k < len(out); k++ {
				out[k] = Span{orig[out[k].Start], orig[out[k].End]}
			}
		}
		i = j
	}
	return out, words
}

// allAlnumASCII reports whether s is all ASCII letters and digits.
func allAlnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnumASCII(s[i]) {
			return false
		}
	}
	return true
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf && isAlnumASCII(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

// asciiSpace tells the ASCII characters unicode.IsSpace reports as space, so that the common
// byte is tested without a call.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isAlnumASCII reports whether c is an ASCII letter or digit. It is asked of nearly every byte of
// a draft: one lookup costs less than the three range tests.
func isAlnumASCII(c byte) bool { return asciiClass[c]&classAlnum != 0 }

// The classes of asciiClass, as bits: every ASCII letter and digit is classAlnum, and a capital
// classUpper too; the ASCII spaces are classSpace and the bytes of multi-byte characters
// classHigh.
const (
	classAlnum uint8 = 1 << iota
	classUpper
	classSpace
	classHigh
)

// asciiClass gives the classes of every byte, so that one lookup per byte tells where a field
// ends, whether it is a plain ASCII word, and whether it has capitals to lower.
var asciiClass = func() (class [256]uint8) {
	for c := range 256 {
		switch {
		case 'A' <= c && c <= 'Z':
			class[c] = classAlnum | classUpper
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			class[c] = classAlnum
		case c < utf8.RuneSelf && asciiSpace[c]:
			class[c] = classSpace
		case c >= utf8.RuneSelf:
			class[c] = classHigh
		}
	}
	return class
}()

// sanitize returns text with the replacements prose makes before it tokenizes (curly quotes and
// "&rsquo;" to ASCII) and, when it made any, the offset in text of every byte offset of the
// result, one past its end included. Most text has none, and gets no copy.
func sanitize(text string) (string, []int) {
	// Every curly quote starts with byte 0xE2: most text has neither it nor '&', and is scanned
	// once (ContainsAny walks the text once per multi-byte character).
	if strings.IndexByte(text, 0xE2) < 0 && strings.IndexByte(text, '&') < 0 {
		return text, nil
	}
	if !strings.ContainsAny(text, "\u201c\u201d\u2018\u2019") && !strings.Contains(text, "&rsquo;") {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	orig := make([]int, 0, len(text)+1)
	// keep copies text[from:i], which has nothing to replace, as it is.
	keep := func(from, i int) {
		b.WriteString(text[from:i])
		for k := from; k < i; k++ {
			orig = append(orig, k)
		}
	}
	from := 0
	for i := 0; i < len(text); {
		if c := text[i]; c != 0xE2 && c != '&' {
			i++ // neither a curly quote's first byte nor a reference's
			continue
		}
		repl, n := "", 0
		switch {
		case strings.HasPrefix(text[i:], "\u201c"), strings.HasPrefix(text[i:], "\u201d"):
			repl, n = `"`, 3
		case strings.HasPrefix(text[i:], "\u2018"), strings.HasPrefix(text[i:], "\u2019"):
			repl, n = "'", 3
		case strings.HasPrefix(text[i:], "&rsquo;"):
			repl, n = "'", len("&rsquo;")
		default:
			i++
			continue
		}
		keep(from, i)
		b.WriteString(repl)
		orig = append(orig, i)
		i += n
		from = i
	}
	keep(from, len(text))
	return b.String(), append(orig, len(text))
}

// proseSuffixes and proseprefixes are the one-byte marks prose splits off the end and the start
// of a word, in its order.
const (
	proseSuffixes = ",)\"]!;.?:'"
	prosePrefixes = "$(\"["
)

// isProseSuffix and isProsePrefix tell the bytes of proseSuffixes and prosePrefixes by one
// lookup, where a search of the string costs a call for every mark a word sheds.
var isProseSuffix, isProsePrefix = byteSet(proseSuffixes), byteSet(prosePrefixes)

// byteSet returns the set of the bytes of s.
func byteSet(s string) (set [256]bool) {
	for i := 0; i < len(s); i++ {
		set[s[i]] = true
	}
	return set
}

// splitField is prose's doSplit over the word s[start:end] (no space inside): it appends the
// spans of the word's tokens to out.
func splitField(s string, start, end int, out []Span) []Span {
	var suffs []Span // split off the end, in reverse order
	add := func(a, b int) {
		if a < b {
			out = append(out, Span{a, b})
		}
	}
	// prose recounts the word's characters and searches it again at every mark it strips, which
	// is quadratic in a word of many marks ("[[[[…]]]]" a hundred thousand deep). The port keeps
	// the count as it strips, and remembers that a word without a contraction keeps having none
	// as it shrinks, so that every word costs time linear in its length.
	last, n := 0, utf8.RuneCountInString(s[start:end])
	clitic, not := true, true // whether the word may still hold a contraction of each kind
	for start < end {
		tok := s[start:end]
		if n == last {
			break
		}
		if isSpecialWord(tok) {
			add(start, end)
			break
		}
		last = n
		idx := -1
		if len(tok) > 1 && isProsePrefix[tok[0]] {
			add(start, start+1)
			start++
			n--
			continue
		}
		if clitic {
			if idx = contractionIndex(tok, cliticSuffixes); idx < 0 {
				clitic = false
			}
		}
		if idx < 0 && not {
			if idx = contractionIndex(tok, notSuffixes); idx < 0 {
				not = false
			}
		}
		switch {
		case idx > -1:
			add(start, start+idx)
			start += idx
			n = utf8.RuneCountInString(s[start:end])
		case len(tok) > 1 && isProseSuffix[tok[len(tok)-1]]:
			suffs = append(suffs, Span{end - 1, end})
			end--
			n--
		default:
			add(start, end)
		}
	}
	for i := len(suffs) - 1; i >= 0; i-- {
		out = append(out, suffs[i])
	}
	return out
}

var (
	cliticSuffixes = []string{"'ll", "'s", "'re", "'m"}
	notSuffixes    = []string{"n't"}
)

// contractionIndex is prose's hasAnyIndex over the lower-case word: the index of the first of
// subs, in their order, that the word holds and is longer than, or -1.
//
// prose searches a lower-case copy and cuts the word at the index it found there. Where lower
// case changes a letter's length ("Ⱥ" is two bytes, "ⱥ" three) that cuts the word in the middle
// of a character, and past its end prose panics; the port cuts before the same character of the
// word as written instead.
func contractionIndex(tok string, subs []string) int {
	if strings.IndexByte(tok, '\'') < 0 {
		return -1 // every one of subs holds an apostrophe; most words hold none
	}
	lower := tok
	if !isASCII(tok) || hasUpper(tok) {
		lower = strings.ToLower(tok)
	}
	for _, sub := range subs {
		if len(lower) > len(sub) {
			if idx := strings.Index(lower, sub); idx >= 0 {
				if !isASCII(tok) {
					return originalIndex(tok, idx)
				}
				return idx
			}
		}
	}
	return -1
}

// originalIndex returns the byte index in tok of the character that starts at byte idx of
// strings.ToLower(tok).
func originalIndex(tok string, idx int) int {
	at := 0 // bytes of the lower-case copy so far
	for i, r := range tok {
		if at >= idx {
			return i
		}
		at += utf8.RuneLen(unicode.ToLower(r)) // as strings.ToLower maps it
	}
	return len(tok)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isSpecialWord is prose's isSpecial: an emoticon, or an abbreviation it keeps whole ("U.S.",
// "e.g.", "Mr.", "Dec."), as its expression `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$` says.
func isSpecialWord(tok string) bool {
	if len(tok) <= maxEmoticonLen && emoticonEnds[0][tok[0]] && emoticonEnds[1][tok[len(tok)-1]] && proseEmoticons[tok] {
		return true
	}
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	if n := len(tok); n >= 4 && n%2 == 0 && tok[n-1] == '.' {
		dotted := true
		for i := 0; i < n; i += 2 {
			if !isLetter(tok[i]) || tok[i+1] != '.' {
				dotted = false
				break
			}
		}
		if dotted {
			return true
		}
	}
	if n := len(tok); (n == 3 || n == 4) && 'A' <= tok[0] && tok[0] <= 'Z' && tok[n-1] == '.' {
		for i := 1; i < n-1; i++ {
			if tok[i] < 'a' || tok[i] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

// maxEmoticonLen is the byte length of the longest of proseEmoticons: a longer word is none, and
// is not hashed to find out.
const maxEmoticonLen = len("(╯°□°）╯︵┻━┻")

// emoticonEnds tells the first bytes ([0]) and the last bytes ([1]) of proseEmoticons, so that
// most words ("order.", "you,") are not hashed to find out that they are none.
var emoticonEnds = func() (t [2][256]bool) {
	for e := range proseEmoticons {
		t[0][e[0]] = true
		t[1][e[len(e)-1]] = true
	}
	return t
}()

// proseEmoticons are the emoticons prose keeps as one token.
var proseEmoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}
