package draft

import (
	"bytes"
	"reflect"
	"sync"
	"testing"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/apologylint/apologylint/internal/draft/internal/punktdata"
)

// segmenter is the sentence library's own English tokenizer, the reference the port in
// punkt.go is checked against. Building it decodes the library's JSON (~25 ms), once per test
// process.
var segmenter = sync.OnceValues(func() (*sentences.DefaultSentenceTokenizer, error) {
	return english.NewSentenceTokenizer(nil)
})

// TestPunktDataIsCurrent checks that punkt.bin is what ./punktgen writes from the library's
// data today, and that reading it gives the library's data back. If the library's data
// changes, run "go generate ./internal/draft".
func TestPunktDataIsCurrent(t *testing.T) {
	seg, err := segmenter()
	if err != nil {
		t.Fatal(err)
	}
	lib := seg.Storage
	if !bytes.Equal(punktdata.Encode(lib), []byte(punktBin)) {
		t.Fatal("punkt.bin is out of date: run go generate ./internal/draft")
	}
	got, err := training()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, lib) {
		t.Fatal("punkt.bin reads back different from the library's data")
	}
}

// TestPunktDataRejectsDamage checks that a cut or padded file is an error, not a panic or a
// silently short table.
func TestPunktDataRejectsDamage(t *testing.T) {
	for _, data := range []string{punktBin[:len(punktBin)/2], punktBin + "x", "", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"} {
		if _, err := punktdata.Decode(data); err == nil {
			t.Errorf("Decode of %d damaged bytes: no error", len(data))
		}
	}
}

func BenchmarkPunktData(b *testing.B) {
	b.Run("compact", func(b *testing.B) {
		for b.Loop() {
			if _, err := punktdata.Decode(punktBin); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("library-json", func(b *testing.B) {
		for b.Loop() {
			if _, err := english.NewSentenceTokenizer(nil); err != nil {
				b.Fatal(err)
			}
		}
	})
}
