// Package diff writes the unified diff between two versions of a text, line by line, as
// diff -u and git diff do, so that patch and git apply can read it.
package diff

import (
	"fmt"
	"strings"
)

// Context is the number of unchanged lines shown around each change.
const Context = 3

// Unified returns the unified diff that turns a into b, headed "--- aName" and "+++ bName", with
// Context lines of context around each change; "" when a and b are equal. Lines end at "\n" (a
// "\r" before it belongs to the line), and a last line without one is marked "\ No newline at
// end of file". The edit script is a shortest one (Myers' algorithm in linear space).
func Unified(aName, bName string, a, b []byte) string {
	if string(a) == string(b) {
		return ""
	}
	al, bl := splitLines(string(a)), splitLines(string(b))
	ops := script(al, bl)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", aName, bName)
	for _, h := range hunks(ops) {
		writeHunk(&out, ops[h.from:h.to])
	}
	return out.String()
}

// splitLines splits s after each "\n"; the last line has none when s does not end with one.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n') + 1
		if i == 0 {
			i = len(s)
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// kind says what an edit does to a line.
type kind byte

const (
	keep   kind = ' '
	remove kind = '-'
	insert kind = '+'
)

// op is one line of the edit script: a line of a kept or deleted, or a line of b inserted. ai and
// bi are the 0-based numbers of the line in a and b, or of the next line there when the op has
// no line on that side.
type op struct {
	kind   kind
	line   string
	ai, bi int
}

// script returns the edit script that turns a into b: for each line, in order, whether it is
// kept, deleted from a or inserted from b. Deletions come before insertions within a change.
func script(a, b []string) []op {
	// Lines are compared as numbers: equal lines share one.
	ids := map[string]int{}
	intern := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	m := myers{a: intern(a), b: intern(b)}
	m.deleted = make([]bool, len(a))
	m.inserted = make([]bool, len(b))
	m.compare(0, len(a), 0, len(b))

	var ops []op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && m.deleted[i]:
			ops = append(ops, op{remove, a[i], i, j})
			i++
		case j < len(b) && m.inserted[j]:
			ops = append(ops, op{insert, b[j], i, j})
			j++
		default:
			ops = append(ops, op{keep, a[i], i, j})
			i++
			j++
		}
	}
	return ops
}

// myers finds a shortest edit script between a and b, marking the lines of a it deletes and the
// lines of b it inserts; every other line is kept, matched in order.
type myers struct {
	a, b              []int
	deleted, inserted []bool
}

// compare marks the edits between a[aLo:aHi] and b[bLo:bHi]: it splits the two at the middle of
// a shortest edit path and recurses on each side, which needs space linear in their length.
func (m *myers) compare(aLo, aHi, bLo, bHi int) {
	for aLo < aHi && bLo < bHi && m.a[aLo] == m.b[bLo] {
		aLo, bLo = aLo+1, bLo+1
	}
	for aLo < aHi && bLo < bHi && m.a[aHi-1] == m.b[bHi-1] {
		aHi, bHi = aHi-1, bHi-1
	}
	switch {
	case aLo == aHi:
		for j := bLo; j < bHi; j++ {
			m.inserted[j] = true
		}
		return
	case bLo == bHi:
		for i := aLo; i < aHi; i++ {
			m.deleted[i] = true
		}
		return
	}
	x1, y1, x2, y2, ok := m.middle(aLo, aHi, bLo, bHi)
	if !ok || (x1 == aHi && y1 == bHi) || (x2 == aLo && y2 == bLo) {
		// Cannot happen: with the common ends trimmed and both sides non-empty, a shortest path
		// has two or more edits and its middle snake leaves some on each side. Should it happen
		// anyway, replacing the whole box is still a correct script, and never a loop.
		for i := aLo; i < aHi; i++ {
			m.deleted[i] = true
		}
		for j := bLo; j < bHi; j++ {
			m.inserted[j] = true
		}
		return
	}
	m.compare(aLo, x1, bLo, y1)
	m.compare(x2, aHi, y2, bHi)
}

// middle returns the middle snake of a shortest edit path from (aLo, bLo) to (aHi, bHi): the
// path runs through (x1, y1) and (x2, y2), with only kept lines between them (none when the
// two points are one). It searches from both ends at once, as in section 4b of Myers' "An O(ND)
// Difference Algorithm and Its Variations" (1986).
func (m *myers) middle(aLo, aHi, bLo, bHi int) (x1, y1, x2, y2 int, ok bool) {
	n, k := aHi-aLo, bHi-bLo
	delta := n - k
	odd := delta%2 != 0
	limit := (n + k + 1) / 2
	off := limit + 1
	// vf[d+off] is the furthest x reached forward on diagonal d (x - y relative to the top
	// left); vb[c+off] the smallest x reached backward on diagonal c, measured from the bottom
	// right, so that both are indexed from 0.
	vf := make([]int, 2*limit+3)
	vb := make([]int, 2*limit+3)
	vf[1+off] = 0
	vb[1+off] = 0
	for d := 0; d <= limit; d++ {
		for diag := -d; diag <= d; diag += 2 {
			var x int
			if diag == -d || (diag != d && vf[diag-1+off] < vf[diag+1+off]) {
				x = vf[diag+1+off]
			} else {
				x = vf[diag-1+off] + 1
			}
			y := x - diag
			sx, sy := x, y
			for x < n && y < k && m.a[aLo+x] == m.b[bLo+y] {
				x, y = x+1, y+1
			}
			vf[diag+off] = x
			// The backward search on the same diagonal, measured from the other corner.
			if c := delta - diag; odd && c >= -(d-1) && c <= d-1 && x+vb[c+off] >= n {
				return aLo + sx, bLo + sy, aLo + x, bLo + y, true
			}
		}
		for c := -d; c <= d; c += 2 {
			var x int // distance from the right edge
			if c == -d || (c != d && vb[c-1+off] < vb[c+1+off]) {
				x = vb[c+1+off]
			} else {
				x = vb[c-1+off] + 1
			}
			y := x - c
			sx, sy := x, y
			for x < n && y < k && m.a[aHi-1-x] == m.b[bHi-1-y] {
				x, y = x+1, y+1
			}
			vb[c+off] = x
			if diag := delta - c; !odd && diag >= -d && diag <= d && x+vf[diag+off] >= n {
				return aHi - x, bHi - y, aHi - sx, bHi - sy, true
			}
		}
	}
	return 0, 0, 0, 0, false // cannot happen: a path of at most n+k edits always exists
}

// hunk is a range of ops printed together: changes less than 2*Context kept lines apart, with
// up to Context kept lines around them.
type hunk struct{ from, to int }

func hunks(ops []op) []hunk {
	var out []hunk
	for i := 0; i < len(ops); {
		if ops[i].kind == keep {
			i++
			continue
		}
		from := max(i-Context, 0)
		if len(out) > 0 {
			from = max(from, out[len(out)-1].to)
		}
		// Extend over changes and over runs of kept lines short enough to join two changes.
		end := i
		for end < len(ops) {
			for end < len(ops) && ops[end].kind != keep {
				end++
			}
			run := end
			for run < len(ops) && ops[run].kind == keep {
				run++
			}
			if run == len(ops) || run-end > 2*Context {
				break
			}
			end = run
		}
		out = append(out, hunk{from, min(end+Context, len(ops))})
		i = end
	}
	return out
}

// writeHunk writes one hunk: its header and its lines.
func writeHunk(out *strings.Builder, ops []op) {
	var na, nb int
	for _, o := range ops {
		if o.kind != insert {
			na++
		}
		if o.kind != remove {
			nb++
		}
	}
	fmt.Fprintf(out, "@@ -%s +%s @@\n", lineRange(ops[0].ai, na), lineRange(ops[0].bi, nb))
	for _, o := range ops {
		out.WriteByte(byte(o.kind))
		out.WriteString(o.line)
		if !strings.HasSuffix(o.line, "\n") {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// lineRange writes a hunk's range of lines, from the 0-based first line and the count, as diff
// -u does: "5" for one line, "5,3" for three, and for none the number of the line before ("4,0").
func lineRange(first, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", first)
	case 1:
		return fmt.Sprintf("%d", first+1)
	}
	return fmt.Sprintf("%d,%d", first+1, n)
}
