package draft

import "sync"

// A parse's largest allocations are its token and sentence slices: a token is 64 bytes and
// drafts run a token per five bytes, so the tokens alone were half of all a lint allocated, and
// the garbage collector ran for them. A caller done with a document hands the slices back with
// Release, and a later parse reuses them.

// storage is the reusable part of a document.
type storage struct {
	toks   []Token
	sents  []Sentence
	blocks []Block
	tags   [][]string
}

// storages holds released storage for the next parses, on any goroutine.
var storages sync.Pool // of *storage

// maxPooledTokens bounds the storage kept for reuse: a draft of several megabytes has slices of
// hundreds of megabytes, which a pool would keep alive for no draft that needs them.
const maxPooledTokens = 1 << 16

// newStorage returns empty slices with room for at least toks tokens, sents sentences and
// blocks blocks, released ones where they are large enough.
func newStorage(toks, sents, blocks int) storage {
	var st storage
	if p, ok := storages.Get().(*storage); ok {
		st = *p
	}
	if cap(st.toks) < toks {
		st.toks = make([]Token, 0, toks)
	}
	if cap(st.sents) < sents {
		st.sents = make([]Sentence, 0, sents)
	}
	if cap(st.blocks) < blocks {
		st.blocks = make([]Block, 0, blocks)
	}
	return st
}

// Release hands the document's tokens, sentences and blocks back for later parses to reuse. The
// document must not be used after; what it returned before (findings, spans, strings) stays
// valid, as it never points into the released storage.
func (d *Document) Release() {
	if d.toks == nil || cap(d.toks) > maxPooledTokens {
		d.toks, d.sents, d.blocks, d.tags = nil, nil, nil, nil
		return
	}
	// Cleared, so that pooled slices keep no document's text alive.
	clear(d.toks)
	clear(d.sents)
	clear(d.blocks)
	clear(d.tags)
	storages.Put(&storage{d.toks[:0], d.sents[:0], d.blocks[:0], d.tags[:0]})
	d.toks, d.sents, d.blocks, d.tags = nil, nil, nil, nil
}

// parseScratch is what a parse uses only while it segments: splitWords' spans, Punkt's words,
// the sentence ends it found in a line and a block's logical lines. It is taken from a pool at the start of segment and put
// back at its end, so a run over many drafts grows these once per goroutine, not once per draft.
type parseScratch struct {
	words     []Span
	breaks    []int
	punktToks []punktToken
	lines     []Span
}

var scratches = sync.Pool{New: func() any { return new(parseScratch) }}

// takeScratch lends d the scratch buffers of a parse.
func (d *Document) takeScratch() *parseScratch {
	sc := scratches.Get().(*parseScratch)
	d.wordBuf, d.breakBuf, d.punkt.toks, d.lineBuf = sc.words, sc.breaks, sc.punktToks, sc.lines
	return sc
}

// giveScratch returns them, cleared of the document's words.
func (d *Document) giveScratch(sc *parseScratch) {
	if max(cap(d.wordBuf), cap(d.breakBuf), cap(d.punkt.toks), cap(d.lineBuf)) > maxPooledTokens {
		// A line of megabytes: not worth keeping.
		d.wordBuf, d.breakBuf, d.punkt.toks, d.lineBuf = nil, nil, nil, nil
		return
	}
	clear(d.punkt.toks[:cap(d.punkt.toks)])
	sc.words, sc.breaks, sc.punktToks, sc.lines = d.wordBuf[:0], d.breakBuf[:0], d.punkt.toks[:0], d.lineBuf[:0]
	d.wordBuf, d.breakBuf, d.punkt.toks, d.lineBuf = nil, nil, nil, nil
	scratches.Put(sc)
}
