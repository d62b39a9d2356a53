package lsp

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/draft"
)

// BenchmarkCheck measures one re-lint of a 2 KB draft after an edit, without the protocol
// around it: applying the edit, parsing, linting and converting the findings to diagnostics.
func BenchmarkCheck(b *testing.B) {
	text, err := os.ReadFile("testdata/reply-2k.md")
	if err != nil {
		b.Fatal(err)
	}
	s := New(strings.NewReader(""), io.Discard, Options{NewResolver: func() Resolver { return fuzzResolver{} }})
	buf := newBuffer(text)
	at := buf.offset(position{Line: 17, Character: 12}, draft.UTF16)
	s.check(snapshot{path: "/d/reply.md", buf: buf}, draft.UTF16) // warm: the draft's sentences are tagged once
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := range b.N {
		next := buf.edit(at, at, "quickly ")
		if i%2 == 1 {
			next = buf.edit(at, at+len("quickly "), "")
		}
		if res := s.check(snapshot{path: "/d/reply.md", version: int32(i), buf: next}, draft.UTF16); len(res.diags) == 0 {
			b.Fatal("no diagnostics")
		}
		buf = next
	}
}
