package reading

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
)

// Signature is the reading of who signs a document: a letter, e-mail or statement is signed
// when a named person signs off at its end ("Kind regards, Tom"; "— Priya, Head of Support";
// "Mo from Pocketly"). A team, department or company alone does not sign ("The Pipewell Team",
// "Kestrel Pay"), and neither does a text with no sign-off at all.
type Signature struct {
	// Judged is false when the document is not something a person signs: a reply of one or two
	// sentences; a Markdown or HTML status update, incident summary or FAQ that opens with no
	// greeting and ends with no sign-off; a template whose signature is a slot ("[Agent Name]").
	Judged bool
	// Signed is true when a named person signs a judged document.
	Signed bool
	// Line is the signer's line ("— Priya, Head of Support"); zero when no person signs.
	Line draft.Span
	// Name is the signer's name as written on that line ("Priya"); empty when no person signs.
	Name string
	// SignOff is the line that signs in place of a person, as the reader sees it ("The Pipewell
	// Team"), when an unsigned document has one; empty otherwise.
	SignOff string
}

// minSignedSentences is the body length, in sentences, from which a text is a letter or a
// statement that someone should sign, rather than a short reply.
const minSignedSentences = 3

// Signature reads who signs d, once; later calls return the first answer.
func (r *Reading) Signature(d *draft.Document) Signature {
	if r.signature == nil {
		s := readSignature(d, r.noAddressLines)
		r.signature = &s
	}
	return *r.signature
}

// textLine is one line of the document's prose as a reader sees it: a line of a plain-text file,
// or the text between <br>s and block ends in HTML.
type textLine struct {
	span    draft.Span // raw span, trimmed of space
	block   int
	first   int // index of the first sentence that starts on the line
	end     int // index just past the last sentence on the line
	heading bool
	piece   int // index in lineSet.pieces of the line's first piece; the rest follow it
}

// linePiece is the part of a sentence's Text that stands on a line: bytes from to to of
// sentence s.
type linePiece struct{ s, from, to int }

// lineSet is the document's prose split into lines. A line's text is joined on first use: a
// signature is read from the last few lines, the greeting and, now and then, the body, and
// joining every line of every document was the costliest part of reading it.
type lineSet struct {
	d      *draft.Document
	lines  []textLine // no pointers in them, so that the garbage collector need not scan them
	pieces []linePiece
	texts  []string // per line, its text once read ("" before: no line's text is empty)
	// noAddresses is set when no line may hold an e-mail or web address, and so no domain name.
	noAddresses bool
}

// text returns line i's clean text, runs of space read as one.
func (ls *lineSet) text(i int) string {
	if len(ls.texts) < len(ls.lines) {
		// Every text past len(ls.texts) is "": release clears them all.
		ls.texts = slices.Grow(ls.texts, len(ls.lines))[:len(ls.lines)]
	}
	if ls.texts[i] == "" {
		ln := &ls.lines[i]
		end := len(ls.pieces)
		if i+1 < len(ls.lines) {
			end = ls.lines[i+1].piece
		}
		sents := ls.d.Sentences()
		if end-ln.piece == 1 {
			p := ls.pieces[ln.piece]
			ls.texts[i] = collapseSpace(sents[p.s].Text[p.from:p.to])
		} else {
			words := make([]string, 0, end-ln.piece)
			for _, p := range ls.pieces[ln.piece:end] {
				words = append(words, collapseSpace(sents[p.s].Text[p.from:p.to]))
			}
			ls.texts[i] = strings.Join(words, " ")
		}
	}
	return ls.texts[i]
}

// piecesMayHoldDomain reports whether a piece of line i passes mayHoldDomainName. The line's text
// passes it only if a piece does: it is the pieces with runs of space read as one, which neither
// makes nor breaks an "@", a "://" or a "www.".
func (ls *lineSet) piecesMayHoldDomain(i int) bool {
	end := len(ls.pieces)
	if i+1 < len(ls.lines) {
		end = ls.lines[i+1].piece
	}
	sents := ls.d.Sentences()
	for _, p := range ls.pieces[ls.lines[i].piece:end] {
		if mayHoldDomainName(sents[p.s].Text[p.from:p.to]) {
			return true
		}
	}
	return false
}

// lineSets keeps lineSets between documents: a signature is read once per document and its
// lines are let go once it is, and allocating them afresh for every document cost as much as
// filling them.
var lineSets = sync.Pool{New: func() any { return new(lineSet) }}

// maxPooledLines bounds the lineSets kept for reuse, so that one huge document does not hold its
// lines' memory for good.
const maxPooledLines = 1 << 12

// release hands ls back for reuse: nothing may use it after. What the signature keeps of it
// (the signer's name) are strings of their own.
func (ls *lineSet) release() {
	if cap(ls.lines) > maxPooledLines || cap(ls.pieces) > maxPooledLines {
		return
	}
	clear(ls.texts[:cap(ls.texts)])
	*ls = lineSet{lines: ls.lines[:0], pieces: ls.pieces[:0], texts: ls.texts[:0]}
	lineSets.Put(ls)
}

// textLines splits the document's sentences into lines. A sentence may hold several lines (a
// name and a lower-case role under it read as one sentence), and several sentences may share one.
// The caller releases the lineSet when done with it.
func textLines(d *draft.Document) *lineSet {
	ls := lineSets.Get().(*lineSet)
	ls.d = d
	raw := d.Raw()
	blocks := d.Blocks()
	for i, s := range d.Sentences() {
		j := -1 // index of the line among the sentence's non-empty ones
		for from := 0; from < len(s.Text); {
			to := lineEnd(s.Text, from)
			line := s.Text[from:to]
			lineStart := from
			from = to + 1
			if line == "" {
				continue
			}
			j++
			if isBlank(line) {
				continue // collapses to nothing
			}
			// A sentence on one line, as most are, is its own span: SentenceSpan would map the
			// same clean span to raw again.
			sp := s.Span
			if lineStart > 0 || to < len(s.Text) {
				sp = d.SentenceSpan(i, lineStart, to)
			}
			sp = trimSpan(raw, sp)
			piece := linePiece{i, lineStart, to}
			if j == 0 && len(ls.lines) > 0 { // the sentence may go on the line the last one ended
				prev := &ls.lines[len(ls.lines)-1]
				if prev.block == s.Block && sameLine(raw, prev.span.End, sp.Start) {
					ls.pieces = append(ls.pieces, piece)
					prev.span.End = sp.End
					prev.end = i + 1
					continue
				}
			}
			ls.lines = append(ls.lines, textLine{
				span: sp, block: s.Block, first: i, end: i + 1,
				heading: blocks[s.Block].Kind == draft.Heading,
				piece:   len(ls.pieces),
			})
			ls.pieces = append(ls.pieces, piece)
		}
	}
	return ls
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, c := range s {
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				return true
			}
		} else if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// isBlank reports whether s holds nothing but space, as strings.Fields reads it: what
// collapseSpace turns into "".
func isBlank(s string) bool {
	for i, c := range s {
		if c < utf8.RuneSelf {
			if !isSpaceByte(s[i]) {
				return false
			}
		} else if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

// collapseSpace returns s with runs of space read as one and space at either end dropped. Most
// lines already read so, and are returned as they are, with no copy.
func collapseSpace(s string) string {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || !singleSpaced(s) {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// singleSpaced reports whether the only space in s, as strings.Fields reads it, is single ' '
// bytes, none of them last: then s, if it does not open with one, is what collapseSpace makes
// of it. A character past ASCII is decoded and tested, as Fields does, rather than sending the
// line the slow way: most lines with one hold a curly quote or a dash, not a space. An invalid
// byte decodes to utf8.RuneError, which Fields too reads as no space.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); {
		switch spaceClass[s[i]] {
		case plainByte:
			i++
		case spaceByte:
			if i+1 == len(s) || s[i+1] == ' ' {
				return false
			}
			i++
		case otherSpaceByte:
			return false
		default: // beyondASCII
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n
		}
	}
	return true
}

// The classes of byte singleSpaced tells apart, by one look-up per byte: most are plainByte.
const (
	plainByte      = iota
	spaceByte      // ' '
	otherSpaceByte // the other ASCII space: '\t', '\n', '\v', '\f', '\r'
	beyondASCII    // a byte of a character past ASCII
)

// spaceClass is the class of each byte; it is never written after it is built.
var spaceClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ':
			t[c] = spaceByte
		case isSpaceByte(byte(c)):
			t[c] = otherSpaceByte
		case c >= utf8.RuneSelf:
			t[c] = beyondASCII
		}
	}
	return t
}()

// lineEnd returns the index of the first line break in s at or after from, or len(s). It is
// indexFrom for "\n" alone, which a sentence of one line (most are) asks for once.
func lineEnd(s string, from int) int {
	if i := strings.IndexByte(s[from:], '\n'); i >= 0 {
		return from + i
	}
	return len(s)
}

// indexFrom returns the index of the first of chars in s at or after from, or len(s).
func indexFrom(s string, from int, chars string) int {
	if i := strings.IndexAny(s[from:], chars); i >= 0 {
		return from + i
	}
	return len(s)
}

// sameLine reports whether nothing between raw offsets a and b breaks the line.
func sameLine(raw []byte, a, b int) bool {
	if a > b || b > len(raw) {
		return false
	}
	for i, c := range raw[a:b] {
		switch c {
		case '\n', '\r':
			return false
		case '<': // "<br", in any case
			if rest := raw[a+i+1 : b]; len(rest) >= 2 && rest[0]|0x20 == 'b' && rest[1]|0x20 == 'r' {
				return false
			}
		}
	}
	return true
}

// trimSpan narrows s to leave out space at either end.
func trimSpan(raw []byte, s draft.Span) draft.Span {
	for s.Start < s.End && isSpaceByte(raw[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(raw[s.End-1]) {
		s.End--
	}
	return s
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// maxSignOffLines bounds how far up from the end a sign-off reaches: a closing, a name, a role,
// a company and a contact line or two.
const maxSignOffLines = 6

// readSignature reads who signs d. noAddressLines is Reading.noAddressLines: true when no line
// of d may hold an e-mail or web address.
func readSignature(d *draft.Document, noAddressLines bool) Signature {
	ls := textLines(d)
	defer ls.release()
	ls.noAddresses = noAddressLines
	lines := ls.lines
	if len(lines) == 0 {
		return Signature{}
	}
	greeting := greetingLine(ls)

	// A chat reply or a text message may sign at the end of its last line of prose: "Text me if
	// Saturday's no good. Sam".
	inline := -1 // that line
	var inlineName string
	inlineOwn := false // whether the name is a sentence of its own
	if last := len(lines) - 1; last != greeting && !lines[last].heading {
		if tail, own, ok := inlineSignOff(ls, last); ok {
			head := signOffHead(tail)
			if name, ok := personName(tail, head, orgText(ls, last, greeting), hasRole(tail, head), false); ok {
				inline, inlineName, inlineOwn = last, name, own
			}
		}
	}

	// Walk up from the last line over the lines a sign-off is made of, to a closing ("Best,"),
	// a heading, the greeting, or a line of body text.
	start := len(lines) // first line of the sign-off, closing included
	// signers are the lines that may name the signer, found from the last up and put in order
	// below; there are at most maxSignOffLines.
	var signerLines [maxSignOffLines]int
	signers := signerLines[:0]
	closing := false
	for i := len(lines) - 1; inline < 0 && i >= 0 && len(lines)-i <= maxSignOffLines; i-- {
		if i == greeting || lines[i].heading {
			break
		}
		text := ls.text(i)
		if mayOpenPostscript(text) && postscriptRE.MatchString(text) && len(signers) == 0 {
			continue // a postscript under the signature
		}
		if isClosing(text, i == len(lines)-1) {
			start, closing = i, true
			break
		}
		if !isSignOffLine(text) {
			break
		}
		start = i
		if !isContactLine(text) {
			signers = append(signers, i)
		}
		if mayOpenWithClosing(text) && closingLeadRE.MatchString(text) {
			closing = true // "Cheers, Tom": the closing and the name share a line
			break
		}
	}
	slices.Reverse(signers)
	if len(signers) == 0 && !closing {
		// No sign-off: trailing contact lines are part of the body.
		start = len(lines)
	}

	body := 0
	sents := d.Sentences()
	for i, ln := range lines[:start] {
		if i == greeting || ln.heading {
			continue
		}
		from := ln.first
		if i > 0 && lines[i-1].end > from {
			from = lines[i-1].end // sentences shared with the line above count once
		}
		for k := from; k < ln.end; k++ {
			if hasWord(sents[k].Text) {
				body++ // an emoji after "Sorry about that!" is no sentence of its own
			}
		}
	}
	if inlineOwn {
		body-- // the signer's name is no sentence of the body
	}
	if body < minSignedSentences {
		return Signature{}
	}
	if inline >= 0 {
		return Signature{Judged: true, Signed: true, Line: lines[inline].span, Name: inlineName}
	}
	if d.Format() != draft.Text && !opensWithGreeting(ls) && !closing && len(signers) == 0 {
		return Signature{} // a status page or incident summary: nobody signs those
	}

	// The signer's name comes first in a sign-off; what follows it is a role, a company or an
	// address ("Customer Accounts Team" then "Brightwatt Energy"). Only a job title ("Founder,
	// Tallyboard") or a line of prose ("See you Saturday") may come before the name.
	o := orgText(ls, start, greeting)
	for k, i := range signers {
		ln := ls.text(i)
		if mayHoldSlot(ln) && slotRE.MatchString(ln) {
			return Signature{} // a template: the signer is filled in when it is sent
		}
		head := signOffHead(ln)
		titled := hasRole(ln, head) || (k+1 < len(signers) && isRoleLine(ls.text(signers[k+1])))
		// Two names joined ("Ana & Luka") sign as people when a line of their business
		// follows them; alone, they are as likely a firm's ("Harbour & Hill").
		if name, ok := personName(ln, head, o, titled, k+1 < len(signers)); ok {
			return Signature{Judged: true, Signed: true, Line: lines[i].span, Name: name}
		}
		if strings.IndexByte(ln, '(') >= 0 {
			if name, ok := parenNames(ln, o); ok {
				return Signature{Judged: true, Signed: true, Line: lines[i].span, Name: name}
			}
		}
		if !isRoleLine(ln) && !isProseLine(ln, head) {
			return Signature{Judged: true, SignOff: strings.TrimLeft(ln, "—–-~*•· ")}
		}
	}
	return Signature{Judged: true}
}

// inlineSignOff returns the words that sign line i, the last, at the end of its prose: a name
// that is a sentence of its own after the others on the line ("Text me if Saturday's no good.
// Sam"), or a name after a dash that follows a sentence's end ("email help@snackpoint.co.uk.
// – Ellie, SnackPoint Support"). own says which. A chat reply or a text message is signed so.
func inlineSignOff(ls *lineSet, i int) (tail string, own, ok bool) {
	end := len(ls.pieces)
	if i+1 < len(ls.lines) {
		end = ls.lines[i+1].piece
	}
	p := ls.pieces[end-1]
	text := ls.d.Sentences()[p.s].Text
	if end-ls.lines[i].piece > 1 && p.from == 0 && p.to == len(text) {
		t := collapseSpace(text)
		if r, _ := utf8.DecodeLastRuneInString(t); r != '.' && r != '!' && r != '?' && words(t) <= 6 &&
			isSignOffLine(t) && !isContactLine(t) {
			return t, true, true
		}
	}
	t := collapseSpace(text[p.from:p.to])
	for _, dash := range [...]string{" – ", " — ", " - "} {
		k := strings.LastIndex(t, dash)
		if k <= 0 || !strings.ContainsRune(".!?)", rune(t[k-1])) {
			continue
		}
		if tail := t[k+len(dash):]; words(tail) <= 6 && isSignOffLine(tail) && !isContactLine(tail) {
			return tail, false, true
		}
	}
	return "", false, false
}

// greetingRE matches the words that open a greeting: "Hi Marcus,", "Dear Ms Kowalski,", "To
// everyone who uses Tallyboard,".
var greetingRE = regexp.MustCompile(`(?i)^(?:hi|hiya|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|morning|howdy|hallo|bonjour|hola|to (?:all|everyone|every|each|the|our|my))\b`)

// mayGreet reports whether text may open with a greeting word as greetingRE finds it: each
// opens with "h", "d", "g", "m", "b" or "t" in either case, and none of these letters has a
// third case that (?i) would match, as "k" and "s" have (see hasPrefixFold).
func mayGreet(text string) bool {
	return text != "" && strings.IndexByte("hdgmbt", text[0]|0x20) >= 0
}

// greetingLine returns the index of the greeting: the first line that is not a heading, when it
// is short and opens with a greeting word or ends with a comma. It returns -1 for none.
func greetingLine(ls *lineSet) int {
	for i, ln := range ls.lines {
		if ln.heading {
			continue
		}
		text := ls.text(i)
		if words(text) > 15 || strings.ContainsAny(text, ".?") {
			return -1
		}
		if mayGreet(text) && greetingRE.MatchString(text) || strings.HasSuffix(text, ",") {
			return i
		}
		return -1
	}
	return -1
}

// opensWithGreeting reports whether the first line that is not a heading greets the reader,
// alone ("Hi everyone,") or with more after it ("Hi everyone, Sasha here.").
func opensWithGreeting(ls *lineSet) bool {
	for i, ln := range ls.lines {
		if !ln.heading {
			text := ls.text(i)
			return mayGreet(text) && greetingRE.MatchString(text)
		}
	}
	return false
}

// postscriptRE matches the start of a postscript: "P.S.", "PS:".
var postscriptRE = regexp.MustCompile(`^(?:P\.\s?S\.|PS\b|Ps\b|p\.s\.)`)

// mayOpenPostscript reports whether text may open with a postscript as postscriptRE finds it:
// every alternative opens with "P" or "p", and the expression ignores no case.
func mayOpenPostscript(text string) bool { return text != "" && text[0]|0x20 == 'p' }

// words counts the words of s as strings.Fields splits them, without making the slice.
func words(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// closings are the stock valedictions, which end a letter with or without a comma.
const closings = `(?:thanks|thank you|many thanks|cheers|best|best wishes|all the best|regards|kind regards|` +
	`warm regards|warm wishes|warmly|love|much love|talk soon|speak soon|see you soon|take care|` +
	`happy [\p{L}-]+|yours|yours truly|sincerely|ta|bye|ciao)(?: again| all| everyone)?`

// closingRE matches a stock valediction on a line of its own: "Thanks!", "Cheers", "Talk soon",
// "Happy painting!".
var closingRE = regexp.MustCompile(`(?i)^` + closings + `[!.,]?$`)

// closingLeadRE matches a valediction that shares its line with the name: "Cheers, Tom".
var closingLeadRE = regexp.MustCompile(`(?i)^` + closings + `\s*[,!.—–-]+\s*`)

// closingStarts are what a line must open with, in any case, to open with one of closings:
// the first word of each alternative, cut to what no other alternative starts with ("ta" holds
// "take care" and "talk soon").
var closingStarts = []string{"thank", "many", "cheers", "best", "all", "regards", "kind", "warm",
	"love", "much", "speak", "see", "happy", "yours", "sincerely", "ta", "bye", "ciao"}

// mayOpenWithClosing reports whether text may open with a stock valediction, as closingRE and
// closingLeadRE need: it opens, in any case, with one of closingStarts. Most sign-off lines are
// names ("— Priya") and fail the test, which costs far less than either expression.
func mayOpenWithClosing(text string) bool {
	if text == "" || !closingFirstBytes[text[0]] {
		return false
	}
	for _, w := range closingStarts {
		if hasPrefixFold(text, w) {
			return true
		}
	}
	return false
}

// closingFirstBytes are the bytes a line that passes mayOpenWithClosing may open with: the first
// letters of closingStarts in either case, and the first bytes of the Kelvin sign and the long s.
var closingFirstBytes = func() (t [256]bool) {
	for _, w := range closingStarts {
		t[w[0]] = true
		t[w[0]-'a'+'A'] = true
	}
	t["\u212a"[0]], t["\u017f"[0]] = true, true
	return t
}()

// hasPrefixFold reports whether s opens with lower, a lower-case ASCII word, in any case as
// (?i) reads it: under simple case folding, "k" also matches the Kelvin sign "\u212a" and "s"
// the long s "\u017f"; every other ASCII letter has only its two cases.
func hasPrefixFold(s, lower string) bool {
	j := 0
	for i := 0; i < len(lower); i++ {
		switch c := lower[i]; {
		case j < len(s) && (s[j] == c || s[j]|0x20 == c):
			j++
		case c == 'k' && strings.HasPrefix(s[j:], "\u212a"):
			j += len("\u212a")
		case c == 's' && strings.HasPrefix(s[j:], "\u017f"):
			j += len("\u017f")
		default:
			return false
		}
	}
	return true
}

// hasPrefixFoldASCII reports whether s opens with lower, a lower-case ASCII word, in any case.
func hasPrefixFoldASCII(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for i := 0; i < len(lower); i++ {
		if c := s[i]; c != lower[i] && c|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// stockClosings are the alternatives of closings, in lower case, but "happy [\p{L}-]+".
var stockClosings = func() map[string]bool {
	m := map[string]bool{}
	for w := range wordSet(`thanks thank_you many_thanks cheers best best_wishes all_the_best regards
		kind_regards warm_regards warm_wishes warmly love much_love talk_soon speak_soon
		see_you_soon take_care yours yours_truly sincerely ta bye ciao`) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}()

// isStockClosing reports whether closingRE matches text. An ASCII line is matched by hand: it is
// a stock closing, or "happy" and a word, with " again", " all" or " everyone" after it or not,
// and one "!", "." or "," at the end or not. A line with other characters, which case folding
// may match ("\u212a" for "k"), is left to the expression.
func isStockClosing(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return closingRE.MatchString(text)
		}
	}
	t := text
	if t != "" && strings.IndexByte("!.,", t[len(t)-1]) >= 0 {
		t = t[:len(t)-1]
	}
	var buf [maxLowered]byte
	if b, ok := lowerASCII(&buf, t); ok {
		t = string(b) // not kept: made without allocating
	} else {
		t = strings.ToLower(t)
	}
	if isClosingCore(t) {
		return true
	}
	for _, sfx := range []string{" again", " all", " everyone"} {
		if core, ok := strings.CutSuffix(t, sfx); ok && isClosingCore(core) {
			return true
		}
	}
	return false
}

// isClosingCore reports whether t, lower-case ASCII, is one of closings.
func isClosingCore(t string) bool {
	if stockClosings[t] {
		return true
	}
	w, ok := strings.CutPrefix(t, "happy ")
	if !ok || w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// isClosing reports whether a line is a valediction: a short line that ends with a comma
// ("Kind regards,", "Sorry again for ruining your Friday,") or a stock closing on its own
// ("Cheers!"). The last line of a text is a closing only in the stock form, since a comma there
// ends nothing.
func isClosing(text string, last bool) bool {
	if mayOpenWithClosing(text) && isStockClosing(text) {
		return true
	}
	return !last && strings.HasSuffix(text, ",") && words(text) <= 8
}

var abbrevEndRE = regexp.MustCompile(`(?:^|\s)(?:(?:\p{Lu}\.)+|Co\.|Ltd\.|Inc\.|Jr\.|Sr\.|Corp\.|Bros\.|Esq\.)$`)

// isSignOffLine reports whether a line can be part of a sign-off: short and not a sentence. A
// final period after an initial or "Co." does not end a sentence.
func isSignOffLine(text string) bool {
	if words(text) > 10 || strings.Contains(text, "?") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, `"'’”)]`))
	switch last {
	case '!', ':', ';':
		return false
	case '.':
		return abbrevEndRE.MatchString(text)
	}
	return true
}

var contactRE = regexp.MustCompile(`(?i)@|https?://|www\.|\b[\w-]+\.(?:com|org|net|io|co|uk|app|dev|gov|edu|info|biz|ie|de|fr)\b|\d[\d ()+.-]{5,}\d`)

// isContactLine reports whether a sign-off line gives contact details rather than a name.
// Every match of contactRE holds "@", ":" (a scheme), "." (www. or a domain) or a digit (a
// number): most sign-off lines hold none, and skip the expression. An "@" with space on either
// side joins a name to a company ("Ollie @ Sockwise"); it is no address or handle.
func isContactLine(text string) bool {
	if !strings.ContainsAny(text, "@:.0123456789") {
		return false
	}
	if strings.Contains(text, " @ ") {
		text = strings.ReplaceAll(text, " @ ", " at ")
	}
	return contactRE.MatchString(text)
}

// slotRE matches a template slot where a name belongs: "[Agent Name]", "<AGENT NAME>",
// "{agent_name}", "{{agent}}", "%NAME%", "INSERT NAME".
var slotRE = regexp.MustCompile(`\[[^\]]*\]|\{[^}]*\}|<[^>]*>|%[A-Za-z_]+%|(?i:\binsert\b)|\bTODO\b|\bX{2,}\b`)

// mayHoldSlot reports whether text may hold a match of slotRE: every match holds "[", "{", "<",
// "%", "TODO", "XX" or "insert" in any case. Under (?i) "s" also matches the long s "\u017f",
// so a line with one is left to the expression; no other letter of "insert" has a case outside
// ASCII, so other characters outside it (a dash before a name, an accent) do not matter.
func mayHoldSlot(text string) bool {
	if strings.ContainsAny(text, "[{<%") || strings.Contains(text, "TODO") || strings.Contains(text, "XX") ||
		strings.Contains(text, "\u017f") {
		return true
	}
	for i := 0; i < len(text); i++ {
		if text[i]|0x20 == 'i' && hasPrefixFoldASCII(text[i+1:], "nsert") {
			return true
		}
	}
	return false
}

// orgs holds what the text says about the organisation, to tell its name from a person's: the
// body's words and the domains of its addresses.
type orgs struct {
	lines           *lineSet
	start, greeting int

	body     string // the text above the sign-off, greeting left out: see text
	bodyRead bool

	// Worked out on first use: most sign-offs are settled before they are needed, and the
	// expressions behind them are the costliest part of reading a signature.
	domains     []string
	domainsRead bool
}

// addressRE matches whole e-mail addresses and web addresses, so that no part of one reads as
// a word.
var addressRE = regexp.MustCompile(`(?i)[\w.+-]*@[\w.-]+|https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|uk|app|dev|gov|edu|info|biz|ie|de|fr)\b\S*`)

var domainRE = regexp.MustCompile(`(?i)(?:@|https?://|www\.)([\w.-]+\.[a-z]{2,})`)

// mayHoldDomainName reports whether text may hold a match of domainRE, each of which holds an
// "@", a "://" or a "www." in any case ("w" has no other case under (?i)).
func mayHoldDomainName(text string) bool {
	if strings.IndexByte(text, '@') >= 0 || strings.Contains(text, "://") {
		return true
	}
	for i := strings.IndexByte(text, '.'); i >= 0; i = indexByteFrom(text, '.', i+1) {
		if afterWWW(text, i) {
			return true
		}
	}
	return false
}

// orgText gathers the text above the sign-off (the greeting, which names the reader, left out)
// and the domain names anywhere in the document.
// The text is joined on first use: most sign-offs are settled without it.
func orgText(lines *lineSet, start, greeting int) *orgs {
	return &orgs{lines: lines, start: start, greeting: greeting}
}

// text returns the text above the sign-off, one line of the document per line.
func (o *orgs) text() string {
	if !o.bodyRead {
		o.bodyRead = true
		var b strings.Builder
		size := 0
		for i := range o.start {
			if i != o.greeting {
				size += len(o.lines.text(i)) + 1
			}
		}
		b.Grow(size) // a long document's body grew by copies as large as itself
		for i := range o.start {
			if i != o.greeting {
				b.WriteString(o.lines.text(i))
				b.WriteString("\n")
			}
		}
		o.body = b.String()
	}
	return o.body
}

// hasWord reports whether the body holds w as a whole word, a run of letters, outside e-mail and
// web addresses. It searches for w itself rather than building the body's set of words: it is
// asked about a word or two per document, and the set cost a map entry for every word.
func (o *orgs) hasWord(w string) bool {
	if !o.inBody(w) {
		return false
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	body := o.text()
	for from := 0; from < len(body); {
		i := strings.Index(body[from:], w)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(w)
		from = i + 1
		if before, _ := utf8.DecodeLastRuneInString(body[:i]); i > 0 && unicode.IsLetter(before) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(body[end:]); end < len(body) && unicode.IsLetter(after) {
			continue
		}
		// The body's lines are words joined by single spaces, and an address never spans one.
		fieldStart := strings.LastIndexAny(body[:i], " \n") + 1
		field := body[fieldStart:indexFrom(body, end, " \n")]
		if !mayHoldAddress(field) {
			return true
		}
		plain := contactRE.ReplaceAllString(addressRE.ReplaceAllString(field, " "), " ")
		if slices.Contains(strings.FieldsFunc(plain, notLetter), w) {
			return true
		}
	}
	return false
}

// inBody reports whether w, a word with no space in it, stands in the text above the sign-off
// (text), without joining it: that text is made of the lines' pieces with runs of space read as
// one, which leaves every run of other characters as it was, so w stands in it only if it stands
// in a piece. Most signers' names stand nowhere above the sign-off. Once that text is built,
// one search of it costs less than one of each piece.
func (o *orgs) inBody(w string) bool {
	if o.bodyRead {
		return strings.Contains(o.body, w)
	}
	ls := o.lines
	end := len(ls.pieces)
	if o.start < len(ls.lines) {
		end = ls.lines[o.start].piece
	}
	from := 0 // the greeting's pieces, which the body leaves out, are [skip, from)
	skip := end
	if o.greeting >= 0 && o.greeting < o.start {
		skip, from = ls.lines[o.greeting].piece, ls.lines[o.greeting+1].piece
	}
	sents := ls.d.Sentences()
	for k, p := range ls.pieces[:end] {
		if k >= skip && k < from {
			continue
		}
		if strings.Contains(sents[p.s].Text[p.from:p.to], w) {
			return true
		}
	}
	return false
}

// wordOccurrences returns wordOccurrences(o.text(), phrase), where first, the first word of
// phrase, has no space in it: none when no sentence holds first.
func (o *orgs) wordOccurrences(phrase, first string) [][2]int {
	if !o.inBody(first) {
		return nil
	}
	return wordOccurrences(o.text(), phrase)
}

// mayHoldAddress reports whether text may hold an e-mail or web address or a domain name, as
// addressRE, contactRE and domainRE find them: the test is cheap, the expressions are not.
func mayHoldAddress(text string) bool {
	return strings.IndexByte(text, '@') >= 0 || strings.Contains(text, "://") || mayHoldDomain(text)
}

// domainNames returns the domain names of the addresses anywhere in the document, in lower case.
func (o *orgs) domainNames() []string {
	if !o.domainsRead {
		o.domainsRead = true
		if o.lines.noAddresses {
			return nil
		}
		for i := range o.lines.lines {
			// Testing the pieces spares joining every line, and the expression.
			if !o.lines.piecesMayHoldDomain(i) {
				continue
			}
			for _, m := range domainRE.FindAllStringSubmatch(o.lines.text(i), -1) {
				o.domains = append(o.domains, strings.ToLower(m[1]))
			}
		}
	}
	return o.domains
}

// headSplitRE finds where the name on a sign-off line ends and a role, team or company begins:
// "Priya, Head of Support", "Mo from Pocketly", "Ollie @ Sockwise", "Greta & the Hearth
// Bakehouse crew".
var headSplitRE = regexp.MustCompile(`(?i)\s*(?:,|\||\(|\s[-–—@]\s|\s(?:from|at|for|on behalf of)\s|\s(?:&|and|\+)\s(?:the\s|team\b|co\b))`)

// personName reports whether a sign-off line is signed by a named person, and returns the name.
// A name is one to four capitalised words, with titles ("Mrs", "Dr") and initials ("E.") around
// them (or, when pair is set, two such names joined by "and" or "&"), that are neither
// organisation nor role words nor the name of the organisation the text talks about. A name with a job title after it (titled: "Tom Price, Store Manager") is a
// person's even when its words appear in the text ("the price"). head is the line's
// signOffHead, read once for personName, hasRole and isProseLine.
func personName(text, head string, o *orgs, titled, pair bool) (string, bool) {
	var words, keyWords [7]string // more than six words name no one
	ws := words[:0]
	for w := range strings.FieldsSeq(head) {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 && w != "&" {
			continue // an emoji or a stray mark after the name
		}
		if len(ws) == len(words) {
			return "", false
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 || len(ws) > 6 || opensSentFrom(text) {
		return "", false
	}
	// Kisses after two joined names ("Jess & Amy x"), or love before them on the same line
	// ("Love, Jess & Amy"), sign as people: a firm sends neither.
	if n := len(ws); n > 3 && isKisses(strings.ToLower(ws[n-1])) ||
		hasPrefixFoldASCII(text, "love,") || hasPrefixFoldASCII(text, "with love,") || hasPrefixFoldASCII(text, "lots of love,") {
		pair = true
	}
	names := 0
	var buf [maxLowered]byte
	key := keyWords[:0] // the words that would name an organisation, for the body and domain checks
	for i, w := range ws {
		var lw string
		if b, ok := lowerASCII(&buf, strings.Trim(w, ".,")); ok {
			lw = string(b) // not kept: made without allocating
		} else {
			lw = strings.ToLower(strings.Trim(w, ".,"))
		}
		switch {
		case names > 0 && (isKisses(lw) || isPostnominal(w)):
			// "Bea x", "Amal Haddad MRCVS", "Ruth Amadi PhD": kisses or letters after a name.
		case i == 0 && addressRoles[lw] && len(ws) > 1 && isNameWord(ws[1]):
			// A role used as a form of address before a name: "Coach Brianna Tate".
		case orgWords[lw] || roleWords[lw]:
			return "", false
		case titles[lw]:
			if i == len(ws)-1 {
				return "", false // "Mrs" alone names nobody
			}
		case isInitials(w):
			key = append(key, w)
		case particles[lw] && i > 0 && i < len(ws)-1:
		case pair && (lw == "and" || lw == "&") && names > 0 && i < len(ws)-1 && isNameWord(ws[i+1]):
			// Two people who sign together: "Aylin and Burak", "Ana & Luka". The joining word
			// stays in the key, so a firm the body names ("Hale & Moss") is still a firm.
			key = append(key, w)
		case isNameWord(w):
			names++
			key = append(key, w)
		default:
			return "", false
		}
	}
	if names > 4 || (names == 0 && len(key) == 0) {
		return "", false
	}
	if !titled && o.namesOrg(key) {
		return "", false
	}
	return head, true
}

// isKisses reports whether lw, in lower case, is the kisses that may follow a first name: "x",
// "xx", "xxx".
func isKisses(lw string) bool {
	return len(lw) <= 4 && strings.Trim(lw, "x") == ""
}

// isPostnominal reports whether w is letters after a name: a degree or a membership, written
// in capitals ("MRCVS", "RN", "MBE") or with a capital at each end ("PhD", "BVSc").
func isPostnominal(w string) bool {
	w = strings.Trim(w, ".,")
	if len(w) < 2 || len(w) > 7 {
		return false
	}
	caps := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return caps >= 2 && w[0] <= 'Z' && w[len(w)-1] <= 'Z'
}

// parenNames returns the people named in brackets after a team on a sign-off line, "the admin
// team (Pix, Marlowe, Juno)", when every part between the brackets, split at commas, "and" and
// "&", is a person's name.
func parenNames(text string, o *orgs) (string, bool) {
	open := strings.IndexByte(text, '(')
	end := strings.LastIndexByte(text, ')')
	if open < 0 || end < open {
		return "", false
	}
	inner := text[open+1 : end]
	parts := strings.FieldsFunc(inner, func(r rune) bool { return r == ',' || r == '&' || r == '/' })
	var names []string
	for _, p := range parts {
		for _, q := range strings.Split(p, " and ") {
			q = strings.TrimSpace(q)
			if q == "" {
				continue
			}
			name, ok := personName(q, q, o, false, false)
			if !ok || !hasNameWord(q) {
				return "", false
			}
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return "", false
	}
	return strings.Join(names, ", "), true
}

// hasNameWord reports whether s holds a word written like a name, not only initials: "Pix",
// not "UK".
func hasNameWord(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if isNameWord(w) {
			return true
		}
	}
	return false
}

// signOffHead returns the part of a sign-off line that may be a name: without a closing before
// it ("Cheers, Tom"), a dash, or a role, team or company after it ("Priya, Head of Support").
func signOffHead(text string) string {
	if mayOpenWithClosing(text) {
		text = closingLeadRE.ReplaceAllString(text, "")
	}
	text = strings.TrimLeft(text, "—–-~*•· \t")
	if mayHeadSplit(text) {
		if loc := headSplitRE.FindStringIndex(text); loc != nil {
			text = text[:loc[0]]
		}
	}
	return strings.TrimSpace(strings.TrimRight(text, ",;:!"))
}

// mayHeadSplit reports whether text may hold a match of headSplitRE: ",", "|", "(", or a space
// (\s: tab, newline, form feed, carriage return or space) followed by a dash, "&", "+", "@" or the
// first letter of "from", "at", "for" or "on", in either case. Most names ("Tom Price") hold
// none of these, and the test costs far less than the expression, which tries every position.
func mayHeadSplit(text string) bool {
	if strings.ContainsAny(text, ",|(") {
		return true
	}
	for i := 0; i+1 < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\n', '\f', '\r':
			switch c := text[i+1]; {
			case c == '-' || c == '&' || c == '+' || c == '@' || c == 0xe2: // 0xe2 opens "–" and "—"
				return true
			case c|0x20 == 'f' || c|0x20 == 'a' || c|0x20 == 'o':
				return true
			}
		}
	}
	return false
}

// isProseLine reports whether a short line at the end is prose rather than part of a signature:
// it holds a lower-case word that is no particle, role or organisation word ("See you
// Saturday", "Stay warm"), or it is a mail program's footer ("Sent from my phone"). head is the
// line's signOffHead.
func isProseLine(text, head string) bool {
	if opensSentFrom(text) {
		return true
	}
	for w := range strings.FieldsSeq(head) {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if unicode.IsLower(r) && !particles[lw] && !orgWords[lw] && !roleWords[lw] {
			return true
		}
	}
	return false
}

var sentFromRE = regexp.MustCompile(`(?i)^sent from\b`)

// opensSentFrom reports whether sentFromRE matches text; the test before it spares the
// expression on lines that do not open with "sent from" in any case.
func opensSentFrom(text string) bool {
	return hasPrefixFold(text, "sent from") && sentFromRE.MatchString(text)
}

// hasRole reports whether a job title follows the name on a sign-off line: "Priya, Head of
// Support". head is the line's signOffHead.
func hasRole(text, head string) bool {
	i := strings.Index(text, head)
	if i < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(text[i+len(head):], func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if roleWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// maxLowered is how long a word lowerASCII lowers in place may be: longer than most words, and
// short enough that a string made of the result and kept in a function is made on its stack.
const maxLowered = 32

// lowerASCII returns w in lower case, as strings.ToLower does, written into buf, when w is ASCII
// and fits (ok); otherwise the caller lowers w with ToLower. A word of a sign-off is lowered only
// to be looked up, and ToLower allocates for every word with a capital, as most of them have.
func lowerASCII(buf *[maxLowered]byte, w string) (lower []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// isRoleLine reports whether a sign-off line begins with a job title and no name: "Founder,
// Tallyboard", "Head of Support".
func isRoleLine(text string) bool {
	head := strings.TrimLeft(text, "—–-~*•· \t")
	if i := strings.IndexAny(head, ",|("); i >= 0 {
		head = head[:i]
	}
	role := false
	var buf [maxLowered]byte
	for w := range strings.FieldsSeq(head) {
		var lw string
		if b, ok := lowerASCII(&buf, w); ok {
			lw = string(b) // not kept: made without allocating
		} else {
			lw = strings.ToLower(w)
		}
		switch {
		case roleWords[lw]:
			role = true
		case lw == "of" || lw == "and" || lw == "&" || lw == "the":
		case !isNameWord(w):
			return false
		}
	}
	return role
}

// namesOrg reports whether words that look like a name are the organisation's: the same words
// appear in the body ("tickets for Corran Hall"), or joined up in a domain ("corranhall.org").
// A single word in the body counts only where a business is meant ("shopping with Flintlock"),
// since the writer may name a colleague ("Lou or Rafa will help you") and sign as one of them.
// A writer who names themselves in the body ("I'm Leo", "Sasha here") is still a person.
func (o *orgs) namesOrg(key []string) bool {
	if len(key) == 0 {
		return false
	}
	phrase := strings.Join(key, " ")
	for _, loc := range o.wordOccurrences(phrase, key[0]) {
		body := o.text()
		before := strings.ToLower(body[max(0, loc[0]-14) : loc[0]+1])
		after := strings.ToLower(body[loc[1]-1 : min(len(body), loc[1]+6)])
		if selfIntroRE.MatchString(before) || strings.HasPrefix(strings.TrimLeft(after, " ,"), "here") {
			continue
		}
		if len(key) > 1 || businessRE.MatchString(before) {
			return true
		}
	}
	for _, w := range key[1:] {
		if o.commonWord(w) {
			return true
		}
	}
	// The name joined up in a domain, whole or its first words with a generic word after
	// them: "Bramble Hill Campsite" writes from bramblehillcamping.co.uk.
	if len(o.domainNames()) == 0 {
		return false // spares joining the words below, to find them in no domain
	}
	for n := len(key); n >= 2 || n == len(key); n-- {
		joined := strings.ToLower(strings.Join(key[:n], ""))
		joined = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, joined)
		if utf8.RuneCountInString(joined) < 5 {
			break
		}
		for _, dom := range o.domainNames() {
			if strings.Contains(dom, joined) {
				return true
			}
		}
		if n == 1 {
			break
		}
	}
	return false
}

// wordOccurrences returns where phrase stands in text as whole words, each as [start, end] with
// one character of context on either side where there is one, as a regexp with boundaries
// around the phrase would give.
func wordOccurrences(text, phrase string) [][2]int {
	var out [][2]int
	isWordRune := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			break
		}
		start, end := from+i, from+i+len(phrase)
		from = start + 1
		before, bn := utf8.DecodeLastRuneInString(text[:start])
		after, an := utf8.DecodeRuneInString(text[end:])
		if bn > 0 && isWordRune(before) || an > 0 && isWordRune(after) {
			continue
		}
		out = append(out, [2]int{start - bn, end + an})
	}
	return out
}

// commonWord reports whether the body uses w, in lower case, as an ordinary word: "Haven
// Sofas" signs a letter about "your sofa order", and "Lumen Photo Lab" one about "photo
// prints", while a surname is seldom a word of the text. Only words after the first are asked
// about, since a first name may be a word too ("Will"). Addresses are left out, where a
// surname may well appear ("c.lindqvist@...").
func (o *orgs) commonWord(w string) bool {
	if !o.mayHoldLowered(w) {
		return false
	}
	lw := strings.ToLower(w)
	if lw == w || len(lw) < 3 {
		return false
	}
	// Every form holds the shortest: when the body does not, it holds none of them.
	if !o.inBody(strings.TrimSuffix(lw, "s")) {
		return false
	}
	forms := []string{lw, lw + "s"}
	if strings.HasSuffix(lw, "s") {
		forms = append(forms, strings.TrimSuffix(lw, "s"))
	}
	return slices.ContainsFunc(forms, o.hasWord)
}

// mayHoldLowered is commonWord's first tests on w lowered in a buffer, which most words fail,
// so that only the few that pass are lowered with strings.ToLower: false when w is its own
// lower case, is shorter than three bytes, or lowered, with one final "s" cut, stands nowhere in
// the body.
func (o *orgs) mayHoldLowered(w string) bool {
	var buf [maxLowered]byte
	b, ok := lowerASCII(&buf, w)
	if !ok {
		return true // commonWord's own tests decide
	}
	lw := string(b) // not kept: made without allocating
	return lw != w && len(lw) >= 3 && o.inBody(strings.TrimSuffix(lw, "s"))
}

// businessRE matches the words before a single-word name that make it a business's: "shopping
// with Flintlock", "everyone at Tuftie".
var businessRE = regexp.MustCompile(`\b(?:at|choosing|using|joining|the|(?:shopping|ordering|buying|banking|flying|travelling|staying) (?:with|from|at))\s+\S?$`)

var selfIntroRE = regexp.MustCompile(`(?:i'm|i’m|i am|name is|this is|it's|it’s)\s*\S?$`)

// isInitials matches initials: "E.", "J.R.", "JM": one to three capitals each followed by a
// period, or two or three capitals. It is initialsRE written out, since it is asked of most
// words of most sign-offs and the expression cost more than the rest of the test.
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 3*(utf8.UTFMax+1) {
		return false
	}
	caps, dots := 0, 0
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		caps++
		i += n
		if i < len(w) && w[i] == '.' {
			dots++
			i++
		}
	}
	if dots == 0 {
		return caps == 2 || caps == 3
	}
	return dots == caps && caps <= 3
}

// initialsRE is what isInitials tests for.
var initialsRE = regexp.MustCompile(`^(?:\p{Lu}\.){1,3}$|^\p{Lu}{2,3}$`)

// isNameWord reports whether w is written like a name: a capital, then lower-case letters, with
// hyphens and apostrophes joining parts that may start upper case again ("Anne-Marie",
// "O'Brien", "McKenzie"). Camel case inside a word ("PureVita") marks a brand.
func isNameWord(w string) bool {
	w = strings.TrimRight(w, ".")
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	lower := 0
	for i := 1; i < len(rs); i++ {
		c := rs[i]
		switch {
		case unicode.IsLower(c):
			lower++
		case unicode.IsUpper(c):
			prev := rs[i-1]
			if prev == '-' || prev == '\'' || prev == '’' {
				continue
			}
			if p := string(rs[:i]); p == "Mc" || p == "Mac" || p == "De" || p == "Di" || p == "La" || p == "Le" {
				continue
			}
			return false
		case c == '-' || c == '\'' || c == '’':
		case unicode.IsMark(c):
		default:
			return false
		}
	}
	return lower > 0
}

// titles go before a name.
var titles = wordSet("mr mrs ms miss mx dr prof sir dame lady lord rev revd fr cllr capt")

// particles join the parts of a name: "Ana de Souza", "Jan van Dijk".
var particles = wordSet("de da das dos del della di du van von der den la le bin ibn al el ter y e af zu")

// orgWords mark a team, department or company rather than a person ("The Pipewell Team",
// "Customer Accounts Team", "Kestrel Pay"): words for a group of people, company forms,
// departments, and the kinds of business and place that name a firm. Words that are as often
// surnames ("Hall", "Wood") are left out: the body and domain checks find those firms.
var orgWords = wordSet(`
the our your us we everyone everybody all friends folks family
team teams crew staff support care customer customers service services department dept desk
office relations accounts billing experience management operations helpdesk hq
ltd limited inc llc plc gmbh co company corp group partners agency trust society club
foundation association council authority ministry university college school academy
bank insurance finance pay payments broadband mobile telecom telecoms energy water utilities
rail railway railways airways airlines ferries travel logistics delivery couriers hosting
software systems solutions labs app apps network media press games books audio
shop store stores market boutique outlet supplies studio studios gallery theatre cinema
cinemas hotel hostel inn pub bar bistro brasserie cafe café restaurant kitchen bakery
bakehouse brewery roasters deli catering foods beverages farm dairy stables kennels
union credit cooperative co-op federation league institute museum library trading enterprises
holdings associates auctioneers solicitors accountants architects surveyors opticians builders
clinic surgery practice pharmacy dental veterinary vets hospital health
realty lettings estates properties homes home housing heating plumbing repair repairs
motors garage removals cleaning storage hire rentals tours events printing design digital
consulting marketing lab photography sports fitness gym salon spa florist
centre center street road avenue square
committee board trustees volunteers organisers organizers collective
firewood fuel fuels logs timber joinery glazing windows windscreens roofing flooring carpets
blinds curtains furniture interiors nursery nurseries plants trees fencing scaffolding tyres
tiles candles crafts gifts toys puzzles fabrics textiles yarns framing tints tinting cycles
wines ciders cheeses butchers grocers greengrocers fishmongers jewellers tailors upholstery
kitchens bathrooms locksmiths electrical electricians plumbers roofers glaziers decorators
cleaners transport haulage coaches taxis cabs cars vans boats marine pets grooming cattery
orchard orchards vineyard vineyards greenhouses`)

// roleWords are job titles, which follow a name but are not one: "Founder, Tallyboard".
var roleWords = wordSet(`founder co-founder cofounder ceo cto coo cfo director manager head lead
officer chief president owner host editor principal headteacher maintainer engineer
representative rep agent advisor adviser assistant coordinator supervisor specialist secretary
chair chairman chairwoman chairperson consultant executive administrator admin moderator
captain coach`)

// addressRoles are roles that also go before a name as a form of address: "Coach Tate".
var addressRoles = wordSet("coach captain")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
