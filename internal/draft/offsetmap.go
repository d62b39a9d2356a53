package draft

import "sort"

// offsetMap maps byte offsets in the clean text (what rules read) back to byte offsets in raw
// (the file as stored). The clean text is built from pieces, each either copied byte for byte
// from raw or a replacement (a decoded entity, a tag turned into a space or line break). Inside a
// copied piece the mapping is linear; a replaced piece maps as a whole to the raw bytes it stands
// for, so a span never starts or ends inside an entity.
type offsetMap struct {
	pieces []piece
}

type piece struct {
	clean, raw       int // where the piece starts in each text
	cleanLen, rawLen int
	copied           bool
}

// add appends a piece. Adjacent copied pieces that continue each other are merged, so a plain
// text file has one piece and lookups stay cheap.
func (m *offsetMap) add(clean, raw, cleanLen, rawLen int, copied bool) {
	if cleanLen == 0 && rawLen == 0 {
		return
	}
	if n := len(m.pieces); n > 0 && copied {
		p := &m.pieces[n-1]
		if p.copied && p.clean+p.cleanLen == clean && p.raw+p.rawLen == raw {
			p.cleanLen += cleanLen
			p.rawLen += rawLen
			return
		}
	}
	m.pieces = append(m.pieces, piece{clean, raw, cleanLen, rawLen, copied})
}

// find returns the index of the piece holding clean offset c, or -1.
func (m *offsetMap) find(c int) int {
	i := sort.Search(len(m.pieces), func(i int) bool { return m.pieces[i].clean+m.pieces[i].cleanLen > c })
	if i == len(m.pieces) || m.pieces[i].clean > c {
		return -1
	}
	return i
}

// findNear is find for offsets met in increasing order: it tries the piece at *hint and the
// next one before searching, and leaves the piece found in *hint. Tokens are mapped in the order
// of the text, so the search is seldom needed.
func (m *offsetMap) findNear(c int, hint *int) int {
	for i := *hint; i < len(m.pieces) && i <= *hint+1; i++ {
		if p := &m.pieces[i]; p.clean <= c && c < p.clean+p.cleanLen {
			*hint = i
			return i
		}
	}
	i := m.find(c)
	if i >= 0 {
		*hint = i
	}
	return i
}

// start maps a clean offset that begins a span.
func (m *offsetMap) start(c int) int { return m.startIn(c, m.find(c)) }

// startIn is start with the piece that holds c already found (i, or -1 for none).
func (m *offsetMap) startIn(c, i int) int {
	if i < 0 {
		return m.fallback(c)
	}
	p := m.pieces[i]
	if p.copied {
		return p.raw + (c - p.clean)
	}
	return p.raw
}

// end maps a clean offset that ends a span (exclusive): it is placed after the raw bytes of the
// last clean byte the span covers.
func (m *offsetMap) end(c int) int {
	if c == 0 {
		return m.start(0)
	}
	return m.endIn(c, m.find(c-1))
}

// endIn is end with the piece that holds c-1 already found (i, or -1 for none).
func (m *offsetMap) endIn(c, i int) int {
	if i < 0 {
		return m.fallback(c)
	}
	p := m.pieces[i]
	if p.copied {
		return p.raw + (c - p.clean)
	}
	return p.raw + p.rawLen
}

// fallback handles offsets past the last piece: they map to the end of the last piece.
func (m *offsetMap) fallback(c int) int {
	if len(m.pieces) == 0 {
		return 0
	}
	last := m.pieces[len(m.pieces)-1]
	if c >= last.clean+last.cleanLen {
		return last.raw + last.rawLen
	}
	return m.pieces[0].raw
}

// span maps a clean span to a raw span.
func (m *offsetMap) span(s Span) Span {
	return orderSpan(m.start(s.Start), m.end(s.End))
}

// spanNear is span for spans met in increasing order, with findNear's hint.
func (m *offsetMap) spanNear(s Span, hint *int) Span {
	// Most spans fall inside the copied piece of the span before: a plain-text file is one piece.
	if h := *hint; h < len(m.pieces) && s.Start < s.End {
		if p := &m.pieces[h]; p.copied && p.clean <= s.Start && s.End <= p.clean+p.cleanLen {
			return Span{p.raw + (s.Start - p.clean), p.raw + (s.End - p.clean)}
		}
	}
	start := m.startIn(s.Start, m.findNear(s.Start, hint))
	end := m.start(0)
	if s.End > 0 {
		end = m.endIn(s.End, m.findNear(s.End-1, hint))
	}
	return orderSpan(start, end)
}

func orderSpan(start, end int) Span {
	if end < start {
		end = start
	}
	return Span{start, end}
}
