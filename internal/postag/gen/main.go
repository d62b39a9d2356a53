// Command gen writes postag's model file from the tagger model embedded in prose.
//
//	go run ./gen -o perceptron.bin
package main

import (
	"flag"
	"log"
	"os"

	"github.com/apologylint/apologylint/internal/postag/internal/modelgen"
)

func main() {
	out := flag.String("o", "perceptron.bin", "file to write")
	flag.Parse()
	p, err := modelgen.LoadProse()
	if err == nil {
		var b []byte
		if b, err = modelgen.Build(p); err == nil {
			err = os.WriteFile(*out, b, 0o644)
		}
	}
	if err != nil {
		log.SetFlags(0)
		log.Fatalf("gen: %v", err)
	}
}
