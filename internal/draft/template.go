package draft

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// templateExts are the extensions of template files. The extension before one of them gives the
// format of the text around the slots: "reply.md.tmpl" is Markdown, "reply.tmpl" plain text.
var templateExts = map[string]bool{
	".tmpl": true, ".hbs": true, ".liquid": true, ".j2": true, ".mustache": true,
}

// IsTemplatePath reports whether a file name's extension marks a template: .tmpl, .hbs,
// .liquid, .j2 or .mustache. A configuration may say otherwise for any file.
func IsTemplatePath(path string) bool {
	return templateExts[strings.ToLower(filepath.Ext(path))]
}

// SlotKind says what a piece of template syntax does.
type SlotKind int

// Slot kinds.
const (
	ValueSlot   SlotKind = iota // a value filled in per message: "{{ customer_name }}", "[Order Number]"
	TagSlot                     // logic: "{% if vip %}", "{{#each items}}", "{{/each}}", "{{> footer}}"
	CommentSlot                 // a template comment: "{{! note }}", "{# note #}", "{% comment %}"
)

// SlotRole says whose detail a value slot holds, which is what tells a personalised template
// from one that says the same to everyone.
type SlotRole int

// Slot roles. Tags and comments have RoleNone.
const (
	RoleNone     SlotRole = iota
	RoleReader            // the reader: their name ("{{ first_name }}", "[Customer Name]")
	RoleSender            // the same for every reader: the agent's name, the signature, the company
	RoleIncident          // what happened to this reader: an order, a date, an amount, a product
)

// Slot is one piece of template syntax in a template's prose.
type Slot struct {
	Kind SlotKind
	Span Span // in raw
	// Name is a value's expression as written ("customer.first_name", "Order Number"), or a
	// tag's word ("if", "#each", "/each", "endif"); empty for comments.
	Name string
	Role SlotRole
	// StandIn is what a value slot reads as in the prose: a word of the slot's role that the
	// tokenizer takes for a proper noun, a number or a date. Tags and comments read as space.
	StandIn string
	// Problem says why the slot is malformed ("no closing \"}}\"", "empty slot"); empty when
	// it is well formed.
	Problem string
}

// IsTemplate reports whether the document was read as a template.
func (d *Document) IsTemplate() bool { return d.template }

// Slots returns a template's placeholder syntax in order: values, tags and comments, malformed
// ones included. It is nil for a document not read as a template.
func (d *Document) Slots() []Slot { return d.slots }

// tslot is a slot found in the clean text, before its span is mapped to raw.
type tslot struct {
	Slot
	clean Span
}

// templatize finds the template syntax in the clean text of ex, blanks tags and comments, puts
// a stand-in in place of every value, and splits blocks again where a blanked tag left a blank
// line. It returns the new text, the slots with raw spans and the directives held in template
// comments.
func templatize(ex extracted) (extracted, []Slot, []Directive) {
	sc := scanner{clean: ex.clean, le: found{k: -1}}
	sc.scan()
	var (
		slots []Slot
		dirs  []Directive
		edits []edit
	)
	for _, ts := range sc.slots {
		ts.Span = ex.omap.span(ts.clean)
		slots = append(slots, ts.Slot)
		if ts.Kind == CommentSlot {
			body := string(ex.clean[ts.clean.Start:ts.clean.End])
			body = strings.TrimLeft(body, "{!#%-")
			body = strings.TrimRight(body, "}!#%-")
			if dir, ok := prefixedDirective(body, directivePrefix); ok {
				dir.Span = ts.Span
				dirs = append(dirs, dir)
			}
		}
		if ts.StandIn == "" {
			blank(ex.clean, ts.clean)
			continue
		}
		edits = append(edits, edit{ts.clean, ts.StandIn})
	}
	ex = substitute(ex, snapEdits(ex.omap, edits))
	return ex, slots, dirs
}

// blank overwrites clean[s] with spaces, keeping line breaks.
func blank(clean []byte, s Span) {
	for i := s.Start; i < s.End; i++ {
		if clean[i] != '\n' && clean[i] != '\r' {
			clean[i] = ' '
		}
	}
}

// edit replaces a span of clean text.
type edit struct {
	span Span
	text string
}

// snapEdits widens each edit so it neither starts nor ends inside a replaced piece of the map (a
// decoded entity), and drops an edit that then overlaps the one before.
func snapEdits(m offsetMap, edits []edit) []edit {
	out := edits[:0]
	prevEnd := 0
	for _, e := range edits {
		if k := m.find(e.span.Start); k >= 0 && !m.pieces[k].copied {
			e.span.Start = m.pieces[k].clean
		}
		if k := m.find(e.span.End - 1); k >= 0 && !m.pieces[k].copied {
			e.span.End = m.pieces[k].clean + m.pieces[k].cleanLen
		}
		if e.span.Start < prevEnd || e.span.Start >= e.span.End {
			continue
		}
		out = append(out, e)
		prevEnd = e.span.End
	}
	return out
}

// substitute rebuilds ex with each edit's span replaced by its text. The offset map is composed
// through the old one, so the new text still maps to raw, and each edit maps as a whole to the
// raw bytes of the span it replaced. Blocks are moved along and split again at blank lines.
func substitute(ex extracted, edits []edit) extracted {
	var b builder
	old := ex.omap
	copyClean := func(from, to int) {
		for from < to {
			k := old.find(from)
			if k < 0 {
				b.out.omap.add(len(b.out.clean), old.start(from), 1, 0, false)
				b.out.clean = append(b.out.clean, ex.clean[from])
				from++
				continue
			}
			p := old.pieces[k]
			end := min(to, p.clean+p.cleanLen)
			if p.copied {
				b.out.omap.add(len(b.out.clean), p.raw+(from-p.clean), end-from, end-from, true)
			} else {
				b.out.omap.add(len(b.out.clean), p.raw, end-from, p.rawLen, false)
			}
			b.out.clean = append(b.out.clean, ex.clean[from:end]...)
			from = end
		}
	}
	pos := 0
	for _, e := range edits {
		copyClean(pos, e.span.Start)
		rs := old.span(e.span)
		b.out.omap.add(len(b.out.clean), rs.Start, len(e.text), rs.Len(), false)
		b.out.clean = append(b.out.clean, e.text...)
		pos = e.span.End
	}
	copyClean(pos, len(ex.clean))
	for _, bl := range ex.blocks {
		s := Span{shift(edits, bl.span.Start, false), shift(edits, bl.span.End, true)}
		b.out.blocks = append(b.out.blocks, paragraphs(b.out.clean, s.Start, s.End, bl.kind)...)
	}
	b.out.directives = ex.directives
	b.out.comments = ex.comments
	return b.out
}

// shift moves an offset of the old clean text to the new one. An offset inside an edit moves to
// the edit's start, or its end when it ends a span.
func shift(edits []edit, off int, end bool) int {
	delta := 0
	for _, e := range edits {
		switch {
		case e.span.End <= off:
			delta += len(e.text) - e.span.Len()
		case e.span.Start < off:
			if end {
				return e.span.Start + delta + len(e.text)
			}
			return e.span.Start + delta
		default:
			return off + delta
		}
	}
	return off + delta
}

// scanner finds template syntax in clean text, left to right.
type scanner struct {
	clean []byte
	slots []tslot
	// open blocks, by syntax: "{{#if}}" ... "{{/if}}" and "{% if %}" ... "{% endif %}"
	hbs, liquid []tslot
	at          map[Span]int // index of the slot at a clean span
	nextAt      map[string]found
	le          found
}

func (sc *scanner) scan() {
	c := sc.clean
	for i := 0; i < len(c); {
		n := 0
		switch c[i] {
		case '{':
			n = sc.brace(i)
		case '$':
			if i+1 < len(c) && c[i+1] == '{' {
				n = sc.dollar(i)
			}
		case '[':
			n = sc.bracket(i)
		case '<':
			n = sc.angle(i)
		case '%':
			n = sc.percent(i)
		case '}':
			if bytes.HasPrefix(c[i:], []byte("}}")) {
				n = sc.malformed(i, i+2, "", `closes no slot`)
			}
		}
		if n > i {
			i = n
		} else {
			i++
		}
	}
	for _, open := range sc.hbs {
		sc.add(open.withProblem(fmt.Sprintf("never closed with \"{{/%s}}\"", strings.TrimLeft(open.Name, "#^"))))
	}
	for _, open := range sc.liquid {
		sc.add(open.withProblem(fmt.Sprintf("never closed with \"{%% end%s %%}\"", open.Name)))
	}
	sortSlots(sc.slots)
}

func (t tslot) withProblem(p string) tslot {
	t.Problem = p
	return t
}

// add records a slot, or gives a problem to a slot already recorded at the same place.
func (sc *scanner) add(t tslot) {
	if i, ok := sc.at[t.clean]; ok {
		sc.slots[i].Problem = t.Problem
		return
	}
	sc.record(t)
}

// record appends a slot.
func (sc *scanner) record(t tslot) {
	if sc.at == nil {
		sc.at = map[Span]int{}
	}
	sc.at[t.clean] = len(sc.slots)
	sc.slots = append(sc.slots, t)
}

// sortSlots orders slots by position; they are found in order except the unclosed blocks.
func sortSlots(s []tslot) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].clean.Start < s[j-1].clean.Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// lineEnd returns the offset of the line break at or after i, or the end of the text. The
// scanner moves forward, so the last answer serves until i passes it.
func (sc *scanner) lineEnd(i int) int {
	if sc.le.k >= i && sc.le.from <= i {
		return sc.le.k
	}
	k := i
	for k < len(sc.clean) && sc.clean[k] != '\n' && sc.clean[k] != '\r' {
		k++
	}
	sc.le = found{i, k}
	return k
}

// indexLine returns the offset of sep in the rest of the line from i, or -1.
func (sc *scanner) indexLine(i int, sep string) int {
	k := sc.next(i, sep)
	if k < 0 || k+len(sep) > sc.lineEnd(i) {
		return -1
	}
	return k
}

// found is a cached search: the first match at or after from is at k (-1 for none).
type found struct{ from, k int }

// next returns the offset of the first sep at or after from, or -1. Searches mostly move
// forward, so each answer is kept until from passes it: many unclosed slots do not each search
// the rest of the text.
func (sc *scanner) next(from int, sep string) int {
	if sc.nextAt == nil {
		sc.nextAt = map[string]found{}
	}
	if f, ok := sc.nextAt[sep]; ok && f.from <= from && (f.k < 0 || f.k >= from) {
		return f.k
	}
	k := bytes.Index(sc.clean[from:], []byte(sep))
	if k >= 0 {
		k += from
	}
	sc.nextAt[sep] = found{from, k}
	return k
}

// value records a value slot over clean[start:end] with expression expr, and returns end.
func (sc *scanner) value(start, end int, expr, problem string) int {
	role, standIn := classify(expr, func() bool { return sc.signOffBefore(start) })
	sc.record(tslot{Slot: Slot{
		Kind: ValueSlot, Name: expr, Role: role, StandIn: standIn, Problem: problem,
	}, clean: Span{start, end}})
	return end
}

// malformed records a slot that cannot be read over clean[start:end]. A name, when one can be
// read, still gets a stand-in so the prose around it reads on.
func (sc *scanner) malformed(start, end int, name, problem string) int {
	if name != "" {
		return sc.value(start, end, name, problem)
	}
	sc.record(tslot{Slot: Slot{Kind: ValueSlot, Problem: problem}, clean: Span{start, end}})
	return end
}

func (sc *scanner) tag(start, end int, name string) tslot {
	t := tslot{Slot: Slot{Kind: TagSlot, Name: name}, clean: Span{start, end}}
	sc.record(t)
	return t
}

func (sc *scanner) comment(start, end int) int {
	sc.record(tslot{Slot: Slot{Kind: CommentSlot}, clean: Span{start, end}})
	return end
}

// brace reads what starts with "{" at i and returns where it ends, or i when it is no slot.
func (sc *scanner) brace(i int) int {
	c := sc.clean
	rest := c[i:]
	switch {
	case bytes.HasPrefix(rest, []byte("{{!--")):
		return sc.closeComment(i, "--}}")
	case bytes.HasPrefix(rest, []byte("{{!")):
		return sc.closeComment(i, "}}")
	case bytes.HasPrefix(rest, []byte("{#")):
		return sc.closeComment(i, "#}")
	case bytes.HasPrefix(rest, []byte("{%")):
		return sc.liquidTag(i)
	case bytes.HasPrefix(rest, []byte("{{{")):
		k := sc.indexLine(i+3, "}}}")
		if k < 0 {
			return sc.unclosed(i, 3, "}}}")
		}
		inner := trimMarkers(string(c[i+3 : k]))
		if inner == "" {
			return sc.malformed(i, k+3, "", "empty slot")
		}
		return sc.value(i, k+3, inner, "")
	case bytes.HasPrefix(rest, []byte("{{")):
		return sc.handlebars(i)
	}
	return sc.single(i)
}

// closeComment reads a template comment from i to the first close, over any number of lines.
func (sc *scanner) closeComment(i int, closing string) int {
	k := sc.next(i+2, closing)
	if k < 0 {
		return sc.malformed(i, sc.lineEnd(i), "", fmt.Sprintf("comment with no closing %q", closing))
	}
	return sc.comment(i, k+len(closing))
}

// unclosed records a slot opened at i (the opener is n bytes) that its line never closes. It
// runs to the first single "}" on the line when there is one ("{{ name }"), or else to the end
// of the name after the opener ("{{ name").
func (sc *scanner) unclosed(i, n int, closing string) int {
	le := sc.lineEnd(i)
	if k := sc.indexLine(i+n, "}"); k >= 0 {
		if o := sc.next(i+n, "{"); o < 0 || o > k {
			return sc.malformed(i, k+1, trimMarkers(string(sc.clean[i+n:k])), fmt.Sprintf("no closing %q", closing))
		}
	}
	j := i + n
	for j < le && sc.clean[j] == ' ' {
		j++
	}
	k := j
	for k < le && isNameByte(sc.clean[k]) {
		k++
	}
	return sc.malformed(i, max(k, i+n), string(sc.clean[j:k]), fmt.Sprintf("no closing %q", closing))
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9' || isASCIILetter(c)
}

// trimMarkers trims space and the whitespace-control markers of Liquid, Jinja and Handlebars
// ("{{- name -}}", "{{~name~}}").
func trimMarkers(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "-~"))
}

// handlebars reads "{{ ... }}": a value, a block opener or closer, a partial or an else.
func (sc *scanner) handlebars(i int) int {
	c := sc.clean
	k := sc.indexLine(i+2, "}}")
	if k < 0 {
		return sc.unclosed(i, 2, "}}")
	}
	inner := string(c[i+2 : k])
	if j := strings.IndexAny(inner, "{}"); j >= 0 {
		if inner[j] == '}' {
			// "{{ name } ... }}": the first slot closes with one brace.
			end := i + 2 + j + 1
			return sc.malformed(i, end, trimMarkers(inner[:j]), `closed with "}" instead of "}}"`)
		}
		return sc.unclosed(i, 2, "}}")
	}
	end := k + 2
	if end < len(c) && c[end] == '}' {
		return sc.malformed(i, end+1, trimMarkers(inner), `closed with "}}}" after "{{"`)
	}
	expr := trimMarkers(inner)
	if expr == "" {
		return sc.malformed(i, end, "", "empty slot")
	}
	word := firstWord(expr[1:])
	switch expr[0] {
	case '#', '^':
		if expr == "^" {
			sc.tag(i, end, "else")
			return end
		}
		if word == "" {
			return sc.malformed(i, end, "", "block with no name")
		}
		sc.hbs = append(sc.hbs, sc.tag(i, end, expr[:1]+word))
		return end
	case '/':
		t := sc.tag(i, end, "/"+word)
		for j := len(sc.hbs) - 1; j >= 0; j-- {
			if strings.TrimLeft(sc.hbs[j].Name, "#^") == word {
				for _, open := range sc.hbs[j+1:] {
					sc.add(open.withProblem(fmt.Sprintf("never closed with \"{{/%s}}\"", strings.TrimLeft(open.Name, "#^"))))
				}
				sc.hbs = sc.hbs[:j]
				return end
			}
		}
		sc.add(t.withProblem("closes no open block"))
		return end
	case '>':
		sc.tag(i, end, ">"+word)
		return end
	case '&':
		return sc.value(i, end, strings.TrimSpace(expr[1:]), "")
	}
	if firstWord(expr) == "else" {
		sc.tag(i, end, "else")
		return end
	}
	return sc.value(i, end, expr, "")
}

// firstWord returns the first run of letters, digits and "_.-" in s, after space.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && isNameByte(s[k]) {
		k++
	}
	return s[:k]
}

// liquidBlocks are the Liquid and Jinja tags that open a block closed by "end" and their name.
var liquidBlocks = map[string]bool{
	"if": true, "unless": true, "for": true, "case": true, "capture": true, "raw": true,
	"tablerow": true, "block": true, "macro": true, "call": true, "filter": true, "with": true,
	"trans": true, "autoescape": true,
}

var endComment = regexp.MustCompile(`\{%-?\s*endcomment\s*-?%\}`)

// liquidTag reads "{% ... %}": a tag, which may open or close a block, or a comment block.
func (sc *scanner) liquidTag(i int) int {
	c := sc.clean
	k := sc.indexLine(i+2, "%}")
	if k < 0 {
		return sc.malformed(i, i+2, "", `no closing "%}"`)
	}
	end := k + 2
	inner := trimMarkers(string(c[i+2 : k]))
	if inner == "" {
		return sc.malformed(i, end, "", "empty tag")
	}
	word := firstWord(inner)
	switch {
	case word == "comment":
		var m []int
		if sc.next(end, "endcomment") >= 0 {
			m = endComment.FindIndex(c[end:])
		}
		if m == nil {
			return sc.malformed(i, end, "", `comment never closed with "{% endcomment %}"`)
		}
		return sc.comment(i, end+m[1])
	case liquidBlocks[word]:
		sc.liquid = append(sc.liquid, sc.tag(i, end, word))
	case strings.HasPrefix(word, "end") && liquidBlocks[word[3:]]:
		t := sc.tag(i, end, word)
		name := word[3:]
		for j := len(sc.liquid) - 1; j >= 0; j-- {
			if sc.liquid[j].Name == name {
				for _, open := range sc.liquid[j+1:] {
					sc.add(open.withProblem(fmt.Sprintf("never closed with \"{%% end%s %%}\"", open.Name)))
				}
				sc.liquid = sc.liquid[:j]
				return end
			}
		}
		sc.add(t.withProblem("closes no open block"))
	default:
		sc.tag(i, end, word)
	}
	return end
}

// single reads "{name}", "{ }" and an unclosed "{name".
func (sc *scanner) single(i int) int {
	c := sc.clean
	le := sc.lineEnd(i)
	j := i + 1
	for j < le && c[j] == ' ' {
		j++
	}
	start := j
	if j < le && (c[j] == '_' || isASCIILetter(c[j])) {
		for j < le && isNameByte(c[j]) {
			j++
		}
	}
	name := string(c[start:j])
	for j < le && c[j] == ' ' {
		j++
	}
	switch {
	case j < le && c[j] == '}':
		end := j + 1
		if name == "" {
			return sc.malformed(i, end, "", "empty slot")
		}
		if end < le && c[end] == '}' {
			return sc.malformed(i, end+1, name, `closed with "}}" after "{"`)
		}
		return sc.value(i, end, name, "")
	case name != "" && sc.indexLine(j, "}") < 0 && (j == le || c[j] != ' '):
		return sc.malformed(i, start+len(name), name, `no closing "}"`)
	}
	return i
}

// dollar reads "${name}".
func (sc *scanner) dollar(i int) int {
	k := sc.indexLine(i+2, "}")
	if k < 0 {
		return sc.unclosed(i, 2, "}")
	}
	inner := strings.TrimSpace(string(sc.clean[i+2 : k]))
	switch {
	case inner == "":
		return sc.malformed(i, k+1, "", "empty slot")
	case strings.Contains(inner, "{"):
		return sc.unclosed(i, 2, "}")
	}
	return sc.value(i, k+1, inner, "")
}

// percent reads "%NAME%", and a "%}" that closes no tag.
func (sc *scanner) percent(i int) int {
	c := sc.clean
	if i+1 < len(c) && c[i+1] == '}' {
		return sc.malformed(i, i+2, "", "closes no tag")
	}
	j := i + 1
	if j < len(c) && (c[j] == '_' || isASCIILetter(c[j])) {
		for j < len(c) && (c[j] == '_' || isASCIILetter(c[j]) || c[j] >= '0' && c[j] <= '9') {
			j++
		}
	}
	if j-i-1 < 2 || j >= len(c) || c[j] != '%' {
		return i
	}
	return sc.value(i, j+1, string(c[i+1:j]), "")
}

// bracket reads "[Customer Name]": square brackets around the name of a kind of value.
func (sc *scanner) bracket(i int) int {
	c := sc.clean
	k := boundedIndex(c, i+1, sc.lineEnd(i), 41, ']')
	if k < 0 || bytes.IndexByte(c[i+1:k], '[') >= 0 {
		return i
	}
	if k+1 < len(c) && (c[k+1] == '(' || c[k+1] == '[') || i > 0 && c[i-1] == '!' {
		return i // a link or an image written out
	}
	inner := strings.TrimSpace(string(c[i+1 : k]))
	if !isSlotName(inner, false) {
		return i
	}
	return sc.value(i, k+1, inner, "")
}

// angle reads "<NAME>", "<first name>" and "<<Name>>".
func (sc *scanner) angle(i int) int {
	c := sc.clean
	if bytes.HasPrefix(c[i:], []byte("<<")) {
		k := boundedIndex(c, i+2, sc.lineEnd(i), 42, '>')
		if k < 0 || k+1 >= len(c) || c[k+1] != '>' {
			return i
		}
		inner := strings.TrimSpace(string(c[i+2 : k]))
		if inner == "" || strings.ContainsAny(inner, "<>") {
			return i
		}
		return sc.value(i, k+2, inner, "")
	}
	k := boundedIndex(c, i+1, sc.lineEnd(i), 41, '>')
	if k < 0 {
		return i
	}
	inner := string(c[i+1 : k])
	if inner == "" || inner[0] != '_' && !isASCIILetter(inner[0]) {
		return i
	}
	for _, r := range inner {
		if r != '_' && r != ' ' && (r >= utf8.RuneSelf || !isNameByte(byte(r)) || r == '.' || r == '-') {
			return i
		}
	}
	if htmlElements[strings.ToLower(firstWord(inner))] {
		return i
	}
	if !isSlotName(inner, true) {
		return i
	}
	return sc.value(i, k+1, strings.TrimSpace(inner), "")
}

// boundedIndex returns the offset of the first b in c[from:end], looking at most n bytes ahead,
// or -1.
func boundedIndex(c []byte, from, end, n int, b byte) int {
	end = min(end, from+n)
	if from > end {
		return -1
	}
	if k := bytes.IndexByte(c[from:end], b); k >= 0 {
		return from + k
	}
	return -1
}

// signOffBefore reports whether the text before clean offset at is a sign-off: "Best, " on the
// same line, or nothing on the line and a sign-off alone on the line before ("Best,\n{{ name }}").
// A name there is the writer's, not the reader's.
func (sc *scanner) signOffBefore(at int) bool {
	c := sc.clean
	// lineBefore returns the text from the start of the line holding end-1 to end, or false
	// when it is longer than any sign-off.
	lineBefore := func(end int) (string, int, bool) {
		start := end
		for start > 0 && c[start-1] != '\n' && c[start-1] != '\r' {
			if end-start > maxSignOff {
				return "", 0, false
			}
			start--
		}
		return strings.TrimSpace(string(c[start:end])), start, true
	}
	before, ls, ok := lineBefore(at)
	switch {
	case !ok:
		return false
	case before != "":
		return isSignOff(before)
	}
	end := ls
	for end > 0 && isSpaceByte(c[end-1]) {
		end--
	}
	if end == 0 {
		return false
	}
	line, _, ok := lineBefore(end)
	return ok && isSignOff(line)
}

// maxSignOff is longer than any sign-off in signOffs.
const maxSignOff = 24

var signOffs = map[string]bool{
	"best": true, "best wishes": true, "regards": true, "kind regards": true, "warm regards": true,
	"best regards": true, "many thanks": true, "thanks": true, "thank you": true, "sincerely": true,
	"yours sincerely": true, "yours": true, "yours truly": true, "cheers": true, "warmly": true,
	"all the best": true, "with apologies": true, "take care": true, "thanks again": true,
	"speak soon": true, "warm wishes": true, "with thanks": true, "respectfully": true,
}

func isSignOff(s string) bool {
	s = strings.ToLower(strings.TrimRight(s, ",.!-— "))
	return signOffs[s]
}

// Words that tell what a value slot holds, by the words of its name ("customer_first_name" is
// "customer", "first", "name").
var (
	senderWords = wordSet(`agent agents signature sender signoff sig rep representative advisor
		adviser staff employee support team company brand business shop organisation organization
		org author helpdesk`)
	readerWords = wordSet(`name names first firstname fname last lastname lname surname full
		customer recipient user username client guest patient member reader person salutation
		title greeting`)
	emailWords  = wordSet(`email mail e-mail`)
	phoneWords  = wordSet(`phone tel telephone mobile cell`)
	urlWords    = wordSet(`url link website site href web`)
	amountWords = wordSet(`amount price total refund credit fee fees cost charge sum balance
		discount compensation value payment paid owed money gbp usd eur`)
	dateWords = wordSet(`date dates time day days month year deadline eta when week weeks hour
		hours minutes duration period weekday`)
	numberWords = wordSet(`number num no nr id ref reference code count quantity qty invoice
		ticket case tracking order orders booking reservation confirmation sku pnr seat room
		account`)
	incidentWords = wordSet(`parcel package delivery shipment item items product products plan
		subscription voucher coupon flight appointment issue incident problem error outage service
		address location city destination store device model event venue course class`)
	// slotNameWords make bracketed text a slot: "[Customer Name]", "[order number]".
	slotNameWords = wordSet(`insert placeholder your tbc tbd xx xxx`)
	// asideWords make bracketed text an aside: "[sic]", "[name withheld]", "[URGENT]".
	asideWords = wordSet(`sic edited edit redacted withheld omitted removed deleted emphasis
		translated paraphrased inaudible laughs sighs updated update external urgent important
		reminder resolved closed spoiler photo image video attached fyi changed added original`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// slotWords splits a slot's expression into lower-case words at punctuation, space and the humps
// of camel case, leaving out quoted strings and what follows a filter bar: "customer.firstName |
// default: 'there'" is "customer", "first", "name".
func slotWords(expr string) []string {
	if i := strings.IndexByte(expr, '|'); i >= 0 {
		expr = expr[:i]
	}
	var out []string
	for _, f := range strings.FieldsFunc(expr, func(r rune) bool { return !unicode.IsLetter(r) }) {
		rs := []rune(f)
		start := 0
		for i := 1; i < len(rs); i++ {
			if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
				out = append(out, strings.ToLower(string(rs[start:i])))
				start = i
			}
		}
		out = append(out, strings.ToLower(string(rs[start:])))
	}
	return out
}

// Stand-ins: words of each kind of value that the tokenizer reads as a name, a number or a date,
// and that no rule takes for a phrase. Each is one token, so that tokens never overlap: all the
// tokens of a stand-in would map to the same raw span, the whole slot.
const (
	standInReader  = "Alex"
	standInSender  = "Sam"
	standInThing   = "Acme"
	standInNumber  = "1042"
	standInDate    = "Monday"
	standInAmount  = "£20"
	standInEmail   = "help@example.com"
	standInPhone   = "02079460000"
	standInURL     = "example.com"
	standInCompany = "Acme"
)

// classify gives a value slot its role and stand-in from the words of its expression. Whose
// detail it is comes first (the agent's, the reader's, the incident's); what kind of value it is
// picks the stand-in. A name right after a sign-off is the writer's.
func classify(expr string, afterSignOff func() bool) (SlotRole, string) {
	words := slotWords(expr)
	has := func(set map[string]bool) bool {
		for _, w := range words {
			if set[w] {
				return true
			}
		}
		return false
	}
	shape := func() string {
		switch {
		case has(emailWords):
			return standInEmail
		case has(phoneWords):
			return standInPhone
		case has(urlWords):
			return standInURL
		case has(amountWords):
			return standInAmount
		case has(dateWords):
			return standInDate
		case has(numberWords):
			return standInNumber
		}
		return ""
	}
	joined := strings.Join(words, " ")
	switch {
	case joined == "your name" || joined == "yourname" || joined == "my name" || joined == "your full name":
		return RoleSender, standInSender
	case has(senderWords):
		if s := shape(); s != "" {
			return RoleSender, s
		}
		if has(wordSet("company brand business shop organisation organization org team support helpdesk")) {
			return RoleSender, standInCompany
		}
		return RoleSender, standInSender
	case has(incidentWords) || shape() != "":
		if s := shape(); s != "" {
			return RoleIncident, s
		}
		return RoleIncident, standInThing
	case has(readerWords):
		if afterSignOff() {
			return RoleSender, standInSender
		}
		return RoleReader, standInReader
	case afterSignOff():
		return RoleSender, standInSender
	}
	return RoleIncident, standInThing
}

// isSlotName reports whether bracketed text names a kind of value: a slot word ("[Customer
// Name]", "[order number]"), a variable ("[first_name]") or, in capitals or several capitalised
// words, a label ("<AGENT>", "[Delivery Window]"). Footnotes, task boxes and asides are not.
func isSlotName(inner string, angle bool) bool {
	if inner == "" || strings.ContainsAny(inner, "0123456789#@/:^") {
		return false
	}
	words := slotWords(inner)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	named := strings.Contains(inner, "_")
	for _, w := range words {
		if asideWords[w] {
			return false
		}
		if senderWords[w] || readerWords[w] || incidentWords[w] || emailWords[w] || phoneWords[w] ||
			urlWords[w] || amountWords[w] || dateWords[w] || numberWords[w] || slotNameWords[w] {
			named = true
		}
	}
	if named {
		return true
	}
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, inner)
	if angle {
		return utf8.RuneCountInString(letters) >= 2 && strings.ToUpper(letters) == letters
	}
	if len(words) < 2 {
		return false
	}
	for _, f := range strings.Fields(inner) {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
