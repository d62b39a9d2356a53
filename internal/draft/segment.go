package draft

import (
	_ "embed" // punkt.bin
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"

	"github.com/apologylint/apologylint/internal/draft/internal/punktdata"
)

// training is the English Punkt training data that prose's sentence engine (the Punkt tokenizer
// of gopkg.in/neurosnap/sentences) reads, which the port in punkt.go reads too. The library
// decodes it from JSON in every process (~25 ms); punkt.bin holds the same data in a compact
// form, written by ./punktgen, that takes ~1 ms to read. TestPunktDataIsCurrent checks it
// against the library's. It is only read once loaded, so one copy serves every goroutine.
//
//go:generate go run ./punktgen -o punkt.bin
var training = sync.OnceValues(func() (*sentences.Storage, error) {
	return punktdata.Decode(punktBin)
})

//go:embed punkt.bin
var punktBin string

// Prepare loads what parsing needs once per process (the sentence engine's training data),
// which the first parse would otherwise load. A command line calls it on a goroutine of its own
// as it starts, so the work overlaps with reading its configuration and compiling the rules'
// phrases.
func Prepare() { _, _ = training() }

// wrapWidth is the line length from which a line that ends without punctuation is taken to be
// hard-wrapped prose continuing on the next line, rather than a line of its own.
const wrapWidth = 60

func (d *Document) cleanStart(i int) int { return d.sents[i].clean.Start }

// segment splits each block into sentences and each sentence into tokens.
func (d *Document) segment(blocks []block) {
	train, err := training()
	// Sized for typical prose (a token per four bytes, a sentence per 48) so that the slices
	// seldom grow: growing the token slice was most of the bytes a parse allocated. Drafts run
	// 4.5 to 5 bytes a token; a quarter of them outgrew a token per five bytes. Half the labelled
	// drafts run under 52 bytes a sentence, and most synthetic ones under 40.
	st := newStorage(len(d.clean)/4+8, len(d.clean)/48+4, len(blocks))
	sc := d.takeScratch()
	defer d.giveScratch(sc)
	d.toks, d.sents, d.blocks, d.tags = st.toks, st.sents, st.blocks, st.tags
	if err == nil {
		d.punkt.st = train
	}
	for _, b := range blocks {
		d.blocks = append(d.blocks, Block{Kind: b.kind, Span: d.omap.span(b.span), First: len(d.sents)})
		bi := len(d.blocks) - 1
		d.lineBuf = logicalLines(d.clean, b.span, d.lineBuf[:0])
		for _, ln := range d.lineBuf {
			text := d.clean[ln.Start:ln.End]
			if err != nil {
				d.addSentence(bi, ln)
				continue
			}
			if !mayEndSentenceWithin(text) {
				d.addSentence(bi, ln) // what Punkt would make of it, at no cost
				continue
			}
			d.breakBuf = d.punkt.breaks(text, d.breakBuf[:0])
			from := 0
			for _, to := range d.breakBuf {
				d.addSentence(bi, Span{ln.Start + from, ln.Start + to})
				from = to
			}
		}
		d.blocks[bi].End = len(d.sents)
	}
	// A sentence's tags are filled on first use.
	if cap(d.tags) >= len(d.sents) {
		d.tags = d.tags[:len(d.sents)] // released storage, cleared
	} else {
		d.tags = make([][]string, len(d.sents))
	}
}

// mayEndSentenceWithin reports whether a sentence may end inside text, before its last word:
// Punkt only ends a sentence at a word with a full stop, question or exclamation mark, so a line
// with none but at its end ("Hi Dana,", "Best wishes", "Thanks for your patience!") is one
// sentence, and many lines of a letter are such lines.
func mayEndSentenceWithin(text string) bool {
	// The end of the text without its closing space, marks and quotes: " \t.!?\"')]”’".
	end := len(text)
	for end > 0 {
		if c := text[end-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] && strings.IndexByte(".!?\"')]", c) < 0 {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) && r != '”' && r != '’' {
			break
		}
		end -= n
	}
	// Three fast searches cost less than a loop over the bytes: most lines that hold a mark
	// hold a full stop early.
	before := text[:end]
	return strings.IndexByte(before, '.') >= 0 || strings.IndexByte(before, '?') >= 0 || strings.IndexByte(before, '!') >= 0
}

// addSentence trims a clean span, records it as a sentence of block bi and tokenizes it.
func (d *Document) addSentence(bi int, cs Span) {
	for cs.Start < cs.End {
		r, n := utf8.DecodeRuneInString(d.clean[cs.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		cs.Start += n
	}
	for cs.End > cs.Start {
		r, n := utf8.DecodeLastRuneInString(d.clean[:cs.End])
		if !unicode.IsSpace(r) {
			break
		}
		cs.End -= n
	}
	if cs.Start >= cs.End {
		return
	}
	si := len(d.sents)
	d.sents = append(d.sents, Sentence{
		Span:  d.omap.span(cs),
		Text:  d.clean[cs.Start:cs.End],
		Block: bi,
		First: len(d.toks),
		clean: cs,
	})
	d.tokenize(si)
	d.sents[si].End = len(d.toks)
}

// logicalLines splits a block at line breaks that end a line of its own (a greeting, a sign-off,
// a name under it) and keeps together lines that are one hard-wrapped paragraph. It appends the
// lines to out, which a parse reuses from block to block.
func logicalLines(clean string, b Span, out []Span) []Span {
	start := b.Start
	i := b.Start
	// The next '\n' and '\r' at or after i (b.End for none), each searched for again only once
	// i has passed it, so that the block is scanned once for each.
	nextLF, nextCR := -1, -1
	find := func(c byte, from int) int {
		if j := strings.IndexByte(clean[from:b.End], c); j >= 0 {
			return from + j
		}
		return b.End
	}
	for i < b.End {
		if nextLF < i {
			nextLF = find('\n', i)
		}
		if nextCR < i {
			nextCR = find('\r', i)
		}
		if i = min(nextLF, nextCR); i >= b.End {
			break
		}
		c := clean[i]
		lineEnd := i
		next := i + 1
		if c == '\r' && next < b.End && clean[next] == '\n' {
			next++
		}
		if !continues(clean[start:lineEnd], clean[next:b.End]) {
			out = append(out, Span{start, lineEnd})
			start = next
		}
		i = next
	}
	return append(out, Span{start, b.End})
}

// continues reports whether the line after prev is the same sentence wrapped onto a new line.
func continues(prev, rest string) bool {
	prev = strings.TrimRight(prev, " \t")
	rest = strings.TrimLeft(rest, " \t")
	if prev == "" || rest == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLower(first) {
		return true
	}
	if strings.ContainsRune(",;:", last) || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "* ") {
		return false
	}
	return utf8.RuneCountInString(prev) >= wrapWidth
}
