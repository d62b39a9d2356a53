package draft

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(p)
	d, err := Parse(p, raw, FormatOf(p))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range d.Sentences() {
		pos := d.Position(s.Span.Start)
		fmt.Printf("%d:%d b%d %q\n   ", pos.Line, pos.Column, s.Block, s.Text)
		for _, tk := range d.SentenceTokens(i) {
			fmt.Printf("%s|", tk.Norm)
			if d.Slice(tk.Span) != tk.Text && tk.Text != "\n" {
				fmt.Printf("!!%q!=%q ", d.Slice(tk.Span), tk.Text)
			}
		}
		fmt.Println()
	}
	fmt.Println("words", d.Words())
}
