// Command punktgen writes the draft package's Punkt training data from the sentence library's
// English asset.
//
//	go run ./punktgen -o punkt.bin
package main

import (
	"flag"
	"log"
	"os"

	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/apologylint/apologylint/internal/draft/internal/punktdata"
)

func main() {
	out := flag.String("o", "punkt.bin", "file to write")
	flag.Parse()
	// The data as the library's English tokenizer holds it: the JSON asset, with the
	// abbreviations that tokenizer adds.
	seg, err := english.NewSentenceTokenizer(nil)
	if err == nil {
		err = os.WriteFile(*out, punktdata.Encode(seg.Storage), 0o644)
	}
	if err != nil {
		log.SetFlags(0)
		log.Fatalf("punktgen: %v", err)
	}
}
