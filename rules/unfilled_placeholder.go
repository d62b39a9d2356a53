package rules

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
)

// placeholderRE finds template slots in the prose. Placeholder syntax is not words, so this is a
// regular expression and not a phrase family. Alternatives are tried in order at each position,
// so "{{name}}" is one slot and not a "{name}" inside braces. Square and angle brackets are
// matched loosely and judged by placeholderAt.
var placeholderRE = regexp.MustCompile(strings.Join([]string{
	`\{\{[^{}\n]{1,40}\}\}`,                                   // {{ customer_name }}
	`\$\{[^{}\n]{1,40}\}`,                                     // ${name}
	`\{%-?[^{}%\n]{1,60}-?%\}`,                                // {% if refund_due %}, {% endif %}
	`\{ ?[A-Za-z_][A-Za-z0-9_.\-]{0,39} ?\}`,                  // {first_name}
	`<<[^<>\n]{1,40}>>`,                                       // <<FirstName>>
	`\\?\[[^\[\]\n]{1,40}?\\?\]`,                              // [Customer Name], judged
	`<[A-Za-z_][A-Za-z0-9_ ]{0,38}>`,                          // <NAME>, <AGENT NAME>, <first name>, judged
	`\((?i:insert|enter) [^()\n]{1,30}\)`,                     // (insert name)
	`\((?i:your (?:full |first |last )?(?:name|signature))\)`, // (your name)
	`%[A-Za-z_][A-Za-z0-9_]{0,39}%`,                           // %NAME%
	`\$[A-Z][A-Z0-9_]*[A-Z0-9]\b`,                             // $NAME
	`\$[a-z]+(?:_[a-z0-9]+)+\b`,                               // $first_name
	`\bX{1,4}(?:[/.:\-]X{1,4}){1,2}\b`,                        // XX/XX, XX/XX/XXXX, XX:XX
	`[£$€] ?X{2,}(?:[.,]X{2})?\b`,                             // £XX.XX
	`#X{3,}\b`,                                                // order #XXXX
	`\bX{3,}\b`,                                               // XXX
	`\b(?:DD|MM)[/.\-](?:MM|DD)(?:[/.\-]YY(?:YY)?)?\b`,        // DD/MM/YYYY
	`\bTODO\b`, `\bFIXME\b`, `\bTBD\b`, `(?i:\btodo):`,
	`\bINSERT(?:[ _][A-Z]+)+\b`,             // INSERT DATE
	`(?i:\binsert(?:\s+\w+){1,3}\s+here\b)`, // insert name here
	`_{3,}`,                                 // Hi ____,
	// A bare upper-case name after a greeting: "Hi NAME,". The greeting is trimmed off.
	`\b(?:Hi|Hello|Dear|Hey) (?:NAME|FIRST_?NAME|FIRSTNAME|CUSTOMER(?:_NAME| NAME)?)\b`,
}, "|"))

var placeholderDollarRE = regexp.MustCompile(`\$[A-Za-z{]`)

// maySlot reports whether a line of prose may hold a slot: most lines of most drafts hold none
// of the characters a slot needs, and the test costs far less than placeholderRE. Every match of
// placeholderRE holds one of these, which the one pass looks for where its first byte stands:
// "{", "<", "[", "%", "XX", "X/X", "X.X", "X:X", "X-X" (at a word start), "DD", "MM", "TODO",
// "TBD", "FIXME", "INSERT", "___", "NAME", "CUSTOMER"; in any case, as the expression's
// case-blind parts match them, "todo:" (looked for at its colon, since "o" is common), "nsert",
// "(your" and "(enter"; and the "$name" forms, which placeholderDollarRE finds cheaply.
// Case-blind matching also reads "ſ" as "s" ("inſert"): its lead byte 0xC5 is taken as a
// trigger.
func maySlot(line string) bool {
	dollar := false
	for i := 0; i < len(line); i++ {
		if !slotTriggerStart[line[i]] {
			continue // most bytes: skip them with a look-up rather than the switch below
		}
		rest := line[i:]
		switch line[i] {
		case '{', '<', '[', '%':
			return true
		case '$':
			dollar = true
		case 'X':
			if len(rest) > 1 && rest[1] == 'X' || isLoneXSlot(line, i) {
				return true
			}
		case 'D':
			if strings.HasPrefix(rest, "DD") {
				return true
			}
		case 'M':
			if strings.HasPrefix(rest, "MM") {
				return true
			}
		case 'T':
			if strings.HasPrefix(rest, "TODO") || strings.HasPrefix(rest, "TBD") {
				return true
			}
		case ':':
			if i >= 3 && strings.EqualFold(line[i-3:i], "odo") {
				return true
			}
		case 'F':
			if strings.HasPrefix(rest, "FIXME") {
				return true
			}
		case 'I':
			if strings.HasPrefix(rest, "INSERT") {
				return true
			}
		case 'n':
			if len(rest) >= 5 && isNsert(rest[:5]) {
				return true
			}
		case '_':
			if strings.HasPrefix(rest, "___") {
				return true
			}
		case '(':
			if len(rest) >= 5 && strings.EqualFold(rest[:5], "(your") || len(rest) >= 6 && strings.EqualFold(rest[:6], "(enter") {
				return true
			}
		case 'N':
			if strings.HasPrefix(rest, "NAME") || len(rest) >= 5 && isNsert(rest[:5]) {
				return true
			}
		case 0xC5: // "ſ" (C5 BF), which the case-blind parts read as "s"; not "ń" or "ś"
			if len(rest) > 1 && rest[1] == 0xBF {
				return true
			}
		case 'C':
			if strings.HasPrefix(rest, "CUSTOMER") {
				return true
			}
		}
	}
	return dollar && placeholderDollarRE.MatchString(line)
}

// isLoneXSlot reports whether the "X" at i of line starts a slot such as "X/X" or "X:XX", as
// `\bX{1,4}(?:[/.:\-]X{1,4}){1,2}\b` finds them: a separator and an "X" after it, and a word
// boundary before it. A run of two or more "X"s is let through at its first, so the run that
// matters here is the lone "X" at i. Reference numbers ("JX-159358") are turned away, which
// spares the expression, costly on a whole line, the lines that quote them.
func isLoneXSlot(line string, i int) bool {
	return i+2 < len(line) && strings.IndexByte("/.:-", line[i+1]) >= 0 && line[i+2] == 'X' &&
		(i == 0 || !isASCIIWordByte(line[i-1]))
}

// isASCIIWordByte reports whether c is a word character to the expressions' \b: [0-9A-Za-z_].
func isASCIIWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}

// isNsert reports whether the five bytes w are "nsert" in any case. It is
// strings.EqualFold(w, "nsert") behind a test of the second byte: "n" is among the commonest
// letters and "ns" is rare. Five bytes equal the five letters under folding only if each is
// ASCII ("ſ", which folds to "s", takes two bytes), so the second is "s" or "S" whenever
// EqualFold holds, and the test turns away nothing EqualFold would accept.
func isNsert(w string) bool {
	return w[1]|0x20 == 's' && strings.EqualFold(w, "nsert")
}

// slotTriggerStart marks the bytes maySlot looks at: those in its switch.
var slotTriggerStart = func() (t [256]bool) {
	for _, c := range []byte("{<[%$XDMT:FIn_(NC\xc5") {
		t[c] = true
	}
	return t
}()

// placeholderGreetingRE is the greeting before a bare upper-case name, trimmed off the slot.
var placeholderGreetingRE = regexp.MustCompile(`^(?:Hi|Hello|Dear|Hey) `)

// placeholderHTMLTags are tag names, which angle brackets around one word may be. Words that are
// also common slot names ("address", "time", "title") are left out.
var placeholderHTMLTags = map[string]bool{
	"a": true, "b": true, "i": true, "u": true, "p": true, "q": true, "s": true, "br": true,
	"hr": true, "em": true, "div": true, "span": true, "img": true, "table": true, "td": true,
	"tr": true, "th": true, "ul": true, "ol": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "strong": true, "center": true, "font": true, "sup": true,
	"sub": true, "pre": true, "del": true, "ins": true, "small": true, "big": true, "body": true,
	"html": true, "head": true, "abbr": true, "kbd": true, "details": true, "summary": true,
	"tbody": true, "thead": true, "link": true, "meta": true, "style": true, "script": true,
	"section": true, "article": true, "header": true, "footer": true, "nav": true, "main": true,
	"button": true, "input": true, "form": true, "select": true, "option": true,
	"blockquote": true, "cite": true, "figure": true, "picture": true, "source": true, "video": true,
	"audio": true, "iframe": true, "svg": true, "tt": true, "dl": true, "dt": true, "dd": true,
}

// placeholderSlotWords are words that name what a slot stands for: "[Customer Name]",
// "[order number]", "[Amount]". Words that are also common labels of buttons and menus
// ("[Account]", "[Settings]") are left out.
var placeholderSlotWords = map[string]bool{
	"digits": true, "digit": true,
	"name": true, "names": true, "date": true, "dates": true, "time": true, "number": true,
	"amount": true, "address": true, "email": true, "phone": true, "company": true,
	"product": true, "customer": true, "agent": true, "city": true, "location": true,
	"store": true, "branch": true, "reference": true, "ref": true, "id": true, "price": true,
	"total": true, "signature": true, "first": true, "surname": true, "insert": true,
	"recipient": true, "sender": true, "link": true, "url": true, "value": true,
	"percentage": true, "discount": true, "day": true, "month": true, "year": true,
	"placeholder": true, "tbc": true, "tbd": true, "department": true, "role": true, "sum": true,
	"fee": true, "cost": true, "postcode": true, "zip": true, "venue": true, "invoice": true,
	"client": true, "patient": true, "guest": true, "username": true, "manager": true,
	"representative": true, "rep": true, "deadline": true, "figure": true, "xx": true, "xxx": true,
}

// placeholderAsideWords mark a bracketed aside that is no slot: "[sic]", "[edited]", "[name
// withheld]", a subject tag "[URGENT]", an attachment "[photo]".
var placeholderAsideWords = map[string]bool{
	"sic": true, "edited": true, "edit": true, "redacted": true, "withheld": true, "omitted": true,
	"removed": true, "deleted": true, "emphasis": true, "translated": true, "paraphrased": true,
	"inaudible": true, "laughs": true, "sighs": true, "updated": true, "update": true,
	"external": true, "urgent": true, "important": true, "reminder": true, "resolved": true,
	"closed": true, "spoiler": true, "photo": true, "image": true, "video": true, "attached": true,
	"fyi": true, "changed": true, "added": true, "original": true,
}

var unfilledPlaceholder = lint.Rule{
	ID:       "unfilled-placeholder",
	Scope:    lint.ScopeSpan,
	Severity: lint.Error,
	Doc: lint.Doc{
		Summary: "template slot left unfilled",
		Explain: "A draft that still says \"Hi [Customer Name]\" or \"TODO: confirm amount\" tells the " +
			"reader they got a form letter nobody read. Fill in every slot, or remove it, " +
			"before sending.",
		Bad:  "Hi {first_name}, we've refunded {refund_amount} to your card.",
		Good: "Hi Sam, we've refunded £24.99 to your card.",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		d := p.Doc
		if d.IsTemplate() {
			return nil // a template's slots are there to be filled: malformed-placeholder checks them
		}
		var slots []draft.Span
		for _, s := range d.FindLines(placeholderRE, maySlot) {
			if s, ok := placeholderAt(d, s); ok {
				slots = append(slots, s)
			}
		}
		// One finding per line, on its first slot: the line is what needs filling in, and
		// the message counts the others.
		var out []lint.Finding
		for i := 0; i < len(slots); {
			line := d.Position(slots[i].Start).Line
			j := i + 1
			for j < len(slots) && d.Position(slots[j].Start).Line == line {
				j++
			}
			msg := fmt.Sprintf("%q is a template slot left unfilled", d.Slice(slots[i]))
			if n := j - i - 1; n == 1 {
				msg = fmt.Sprintf("%q and 1 more template slot left unfilled", d.Slice(slots[i]))
			} else if n > 1 {
				msg = fmt.Sprintf("%q and %d more template slots left unfilled", d.Slice(slots[i]), n)
			}
			out = append(out, lint.Finding{
				Span:       slots[i],
				Message:    msg,
				Suggestion: "fill in the slot with the reader's details, or remove it",
			})
			i = j
		}
		return out
	},
}

// placeholderAt judges a match of placeholderRE and returns the slot's span. Most alternatives
// are placeholder syntax by their shape; square and angle brackets must hold a slot's name.
func placeholderAt(d *draft.Document, s draft.Span) (draft.Span, bool) {
	text := d.Slice(s)
	raw := d.Raw()
	switch {
	case strings.HasPrefix(text, "<<"):
		return s, true
	case strings.HasPrefix(text, "<") || strings.HasPrefix(text, "&lt;"):
		inner := strings.TrimPrefix(strings.TrimPrefix(text, "<"), "&lt;")
		inner = strings.TrimSuffix(strings.TrimSuffix(inner, ">"), "&gt;")
		return s, placeholderAngle(inner)
	case strings.HasPrefix(text, "[") || strings.HasPrefix(text, `\[`):
		// A link written out in plain text, "[help centre](https://...)", or a reference link.
		if s.End < len(raw) && (raw[s.End] == '(' || raw[s.End] == '[') {
			return s, false
		}
		if s.Start > 0 && raw[s.Start-1] == '!' {
			return s, false // an image
		}
		return s, placeholderBracket(strings.Trim(text, `\[]`))
	}
	if strings.HasPrefix(text, "___") {
		// A line of underscores alone is a divider; a blank to fill in stands among words.
		line, _ := d.Line(d.Position(s.Start).Line)
		return s, strings.Trim(line, "_ \t") != ""
	}
	if g := placeholderGreetingRE.FindString(text); g != "" {
		// "Hi NAME": the slot is the name, not the greeting.
		return draft.Span{Start: s.Start + len(g), End: s.End}, true
	}
	return s, true
}

// placeholderAngle reports whether the text between angle brackets is a slot: a name in capitals
// ("NAME", "AGENT NAME") or a name placeholderBracket accepts ("first name"), and no HTML tag.
func placeholderAngle(inner string) bool {
	inner = strings.TrimSpace(inner)
	first, _, _ := strings.Cut(inner, " ")
	if placeholderHTMLTags[strings.ToLower(first)] {
		return false
	}
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, inner)
	if len(letters) >= 2 && strings.ToUpper(letters) == letters {
		return true
	}
	return placeholderBracket(inner)
}

// placeholderBracket reports whether the text between square brackets is a slot: it names a kind
// of value ("Customer Name", "order number", "FirstName"), is written like a variable
// ("first_name"), or holds a marker ("TODO: add amount"). Footnotes ("1", "^1"), task boxes
// ("x") and editorial asides ("sic", "edited") are not.
func placeholderBracket(inner string) bool {
	inner = strings.TrimSpace(inner)
	if inner == "" || strings.HasPrefix(inner, "^") {
		return false
	}
	if placeholderRE.MatchString(inner) {
		return true
	}
	words := placeholderWords(inner)
	if strings.ContainsAny(inner, "0123456789#@/:") && !namesSlot(words) {
		return false // "[1]", "[2024/25]": a number, unless it sits in a slot's name ("[Last 4 Digits]")
	}
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	named := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if placeholderAsideWords[lw] {
			return false
		}
		if strings.Contains(lw, "_") || placeholderSlotWords[lw] || placeholderSlotWords[strings.TrimSuffix(lw, "s")] {
			named = true
		}
	}
	if named {
		return true
	}
	// Several capitalised words are a slot too: "[Delivery Window]". One alone may be a button
	// or a tag ("[Settings]", "[URGENT]").
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// namesSlot reports whether one of words names a kind of value a slot holds.
func namesSlot(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if placeholderSlotWords[lw] || placeholderSlotWords[strings.TrimSuffix(lw, "s")] {
			return true
		}
	}
	return false
}

// placeholderWords splits a slot's text into words at spaces, punctuation and the humps of
// camel case: "FirstName" is "First" and "Name".
func placeholderWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '_' }) {
		rs := []rune(f)
		start := 0
		for i := 1; i < len(rs); i++ {
			if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
				out = append(out, string(rs[start:i]))
				start = i
			}
		}
		out = append(out, string(rs[start:]))
	}
	return out
}
