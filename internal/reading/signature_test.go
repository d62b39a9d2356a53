package reading

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
)

// body is three sentences of a letter, so that the signature below it is judged.
const body = "We're sorry we sent your order to your old address.\n" +
	"A replacement went out by express this morning.\n" +
	"Checkout now asks you to confirm the address whenever it has changed.\n\n"

func TestSignature(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		format draft.Format
		judged bool
		signer string // the raw text of the signer's line; empty when unsigned
		who    string // the name read from it
		// signOff is the line that signs in place of a person, where the test checks it.
		signOff string
	}{
		{name: "first name", src: "Hi Ana,\n\n" + body + "Thanks,\nFinnegan\n", judged: true, signer: "Finnegan", who: "Finnegan"},
		{name: "name then company", src: "Hi Ana,\n\n" + body + "Best,\nTom\nHarbour & Hill\n", judged: true, signer: "Tom", who: "Tom"},
		{name: "closing and name on one line", src: "Hi Ana,\n\n" + body + "Cheers, Tom\n", judged: true, signer: "Cheers, Tom", who: "Tom"},
		{name: "closing and team on one line", src: "Hi Ana,\n\n" + body + "Thanks, The Support Team\n", judged: true},
		{name: "four-word name", src: "Hola Ana,\n\n" + body + "Un saludo,\nJosé Luis García Márquez\n", judged: true, signer: "José Luis García Márquez", who: "José Luis García Márquez"},
		{name: "particles", src: "Hi Ana,\n\n" + body + "Best,\nMary-Kate van der Berg\n", judged: true, signer: "Mary-Kate van der Berg", who: "Mary-Kate van der Berg"},
		{name: "title with a period", src: "Hi Ana,\n\n" + body + "Yours sincerely,\nDr. Sarah O'Neill\n", judged: true, signer: "Dr. Sarah O'Neill", who: "Dr. Sarah O'Neill"},
		{name: "Vietnamese name", src: "Hi Ana,\n\n" + body + "Best,\nNguyễn Văn An\n", judged: true, signer: "Nguyễn Văn An", who: "Nguyễn Văn An"},
		{name: "no closing", src: body + "Arjun\n", judged: true, signer: "Arjun", who: "Arjun"},
		{name: "pronouns", src: "Hi Ana,\n\n" + body + "Best,\nTom Reed (he/him)\n", judged: true, signer: "Tom Reed (he/him)", who: "Tom Reed"},
		{name: "bars", src: "Hi Ana,\n\n" + body + "Best,\nDana Okafor | Head of Support | Tallyboard\n", judged: true, signer: "Dana Okafor | Head of Support | Tallyboard", who: "Dana Okafor"},
		{name: "name at company", src: "Hi Ana,\n\n" + body + "Ollie @ Sockwise\n", judged: true, signer: "Ollie @ Sockwise", who: "Ollie"},
		{name: "name bar company", src: "Hi Ana,\n\n" + body + "Cheers,\nOllie | Sockwise\n", judged: true, signer: "Ollie | Sockwise", who: "Ollie"},
		{name: "name comma company", src: "Hi Ana,\n\n" + body + "Thanks,\nOllie, Sockwise\n", judged: true, signer: "Ollie, Sockwise", who: "Ollie"},
		{name: "team at company", src: "Hi Ana,\n\n" + body + "Thanks,\nThe Team @ Sockwise\n", judged: true},
		{name: "handle under the name", src: "Hi Ana,\n\n" + body + "Thanks,\nOllie\n@sockwise\n", judged: true, signer: "Ollie", who: "Ollie"},
		{name: "prose before the name", src: "Hi Ana,\n\n" + body + "See you Saturday\nTom\n", judged: true, signer: "Tom", who: "Tom"},
		{name: "mail footer", src: "Hi Ana,\n\n" + body + "Thanks,\nTom\n\nSent from my phone\n", judged: true, signer: "Tom", who: "Tom"},
		{name: "team and mail footer", src: "Hi Ana,\n\n" + body + "Thanks,\nThe Team\n\nSent from my phone\n", judged: true},
		{name: "company with ampersand", src: "Hi Ana,\n\n" + body + "Best,\nHarbour & Hill\n", judged: true, signOff: "Harbour & Hill"},
		{name: "company named in a domain", src: "Hi Ana,\n\n" + body + "Write to help@flintlock.io.\n\nCheers,\nFlintlock\n", judged: true},
		{name: "company named in the body", src: "Hi Ana,\n\nThank you for shopping at Corran Hall.\n" + body + "Best wishes,\nCorran Hall\n", judged: true},
		{name: "company after a person's self-introduction", src: "Hi Ana, Bex here.\n\n" + body + "Bex\n", judged: true, signer: "Bex", who: "Bex"},
		{name: "company named once in the body", src: "Hi Ana,\n\nThanks for shopping with Flintlock.\n" + body + "Cheers,\nFlintlock\n", judged: true, signOff: "Flintlock"},
		{name: "colleague named in the body", src: "Hi Ana,\n\n" + body + "Lou or Rafa will be at the desk to help.\n\n— Lou, Backbeat Studios\n", judged: true, signer: "— Lou, Backbeat Studios", who: "Lou"},
		{name: "department then company", src: "Hi Ana,\n\n" + body + "Regards,\nBilling Department\nOrchard Telecom\n", judged: true, signOff: "Billing Department"},
		{name: "role line before the name", src: "Hi Ana,\n\n" + body + "Founder, Tallyboard\nDana Okafor\n", judged: true, signer: "Dana Okafor", who: "Dana Okafor"},
		{name: "contact lines after the name", src: "Hi Ana,\n\n" + body + "Best,\nHamid Rezaei\n+44 20 7946 0999\nwww.gridly.io\n", judged: true, signer: "Hamid Rezaei", who: "Hamid Rezaei"},
		{name: "no sign-off", src: "Hi Ana,\n\n" + body + "Questions: help@gridly.io\n", judged: true},
		{name: "closing only", src: "Hi Ana,\n\n" + body + "Thanks!\n", judged: true},
		{name: "CRLF", src: "Hi Ana,\r\n\r\nSorry we lost your parcel.\r\nWe have refunded you.\r\nWe now track every parcel.\r\n\r\nBest,\r\nÉlodie Marchand\r\n", judged: true, signer: "Élodie Marchand", who: "Élodie Marchand"},
		{name: "surname used as a word, with a role", src: "Hi Ana,\n\nWe charged you the wrong price.\n" + body + "Best,\nTom Price, Store Manager\n", judged: true, signer: "Tom Price, Store Manager", who: "Tom Price"},
		{name: "surname used as a word, role below", src: "Hi Ana,\n\nWe charged you the wrong price.\n" + body + "Best,\nTom Price\nStore Manager\n", judged: true, signer: "Tom Price", who: "Tom Price"},
		{name: "company named for its goods", src: "Hi Ana,\n\nYour sofa order was late.\n" + body + "Best,\nHaven Sofas\n", judged: true},
		{name: "name after the last sentence", src: body + "Text me if Saturday's no good. Sam\n", judged: true, signer: "Text me if Saturday's no good. Sam", who: "Sam"},
		{name: "name after a dash", src: body + "Email help@snackpoint.co.uk. – Ellie, SnackPoint Support\n", judged: true, signer: "Email help@snackpoint.co.uk. – Ellie, SnackPoint Support", who: "Ellie"},
		{name: "team after a dash", src: body + "Email help@snackpoint.co.uk. – The SnackPoint Team\n", judged: true},
		{name: "two sentences and a name", src: "Sorry I missed your lesson, Ravi. Text me to rebook. Kasia\n", judged: false},
		{name: "credit union", src: "Dear Member,\n\n" + body + "Harbour Credit Union\n", judged: true},
		{name: "postscript", src: "Hi Ana,\n\n" + body + "Best,\nTom\n\nP.S. The spare buttons are in the side pocket.\n", judged: true, signer: "Tom", who: "Tom"},
		{name: "two-sentence reply", src: "@ana Sorry we sent it to your old address! A new one is on its way.\nThe Shop\n"},
		{name: "slot signature", src: "Hi Ana,\n\n" + body + "Thanks,\n{{agent_name}}\nThe Shop\n"},
		{name: "slot in words", src: "Hi Ana,\n\n" + body + "Yours,\n(insert name)\n"},
		{name: "slot in the greeting only", src: "Hi [Customer Name],\n\n" + body + "Thanks,\nThe Shop\n", judged: true},
		{name: "empty", src: "  \n"},
		{name: "markdown status page", format: draft.Markdown, src: "# Outage\n\n" + body + "Questions? Email support@gridly.io.\n"},
		{name: "markdown post with a greeting", format: draft.Markdown, src: "# Outage\n\nHi everyone,\n\n" + body + "Questions? Email support@gridly.io.\n", judged: true},
		{name: "markdown page with a team sign-off", format: draft.Markdown, src: "# Outage\n\n" + body + "— The Gridly team\n", judged: true},
		{name: "html br", format: draft.HTML, src: "<p>Hi Ana,</p><p>" + body + "</p><p>Kind regards,<br>Ngozi Eze<br>Gridly</p>", judged: true, signer: "Ngozi Eze", who: "Ngozi Eze"},
		{name: "html entity in a team", format: draft.HTML, src: "<p>Hi Ana,</p><p>" + body + "</p><p>Love,<br>The Rook &amp; Pawn crew</p>", judged: true, signOff: "The Rook & Pawn crew"},
		{name: "html slot", format: draft.HTML, src: "<p>Hi Ana,</p><p>" + body + "</p><p>Best,<br>&lt;AGENT NAME&gt;<br>Gridly</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := draft.Parse("t", []byte(tt.src), tt.format)
			if err != nil {
				t.Fatal(err)
			}
			r := &Reading{}
			got := r.Signature(d)
			if got.Judged != tt.judged {
				t.Fatalf("Judged = %v, want %v (%+v)", got.Judged, tt.judged, got)
			}
			if got.Signed != (tt.signer != "") {
				t.Fatalf("Signed = %v, want %v (name %q)", got.Signed, tt.signer != "", got.Name)
			}
			if line := d.Slice(got.Line); line != tt.signer || got.Name != tt.who {
				t.Errorf("signer %q, name %q; want %q, %q", line, got.Name, tt.signer, tt.who)
			}
			if tt.signOff != "" && got.SignOff != tt.signOff {
				t.Errorf("SignOff = %q, want %q", got.SignOff, tt.signOff)
			}
			if got.Signed && got.SignOff != "" {
				t.Errorf("SignOff = %q for a signed document, want none", got.SignOff)
			}
			if again := r.Signature(d); again != got {
				t.Errorf("second Signature = %+v, want %+v", again, got)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	for _, in := range []string{"", " ", "Kind regards,", "Tom  Price", " Tom", "Tom ", "a\tb", "a\u00a0 b", "Zoë Ng", "a\nb", "x",
		"we’re sorry — truly", "a\u2003b", "a \u2003b", "a\u3000", "\u00a0a", "a\xffb", "a\xff b", "a\u0085b", "é  é", "Zoë\tNg"} {
		if got, want := collapseSpace(in), strings.Join(strings.Fields(in), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzCollapseSpace checks collapseSpace against what it stands for on arbitrary text.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"Kind regards,", "we’re sorry — truly", "a\u2003b", "a\xff b", "Tom  Price"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := collapseSpace(in), strings.Join(strings.Fields(in), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	})
}

// FuzzLowerASCII checks lowerASCII against strings.ToLower.
func FuzzLowerASCII(f *testing.F) {
	for _, s := range []string{"", "Tom", "PRICE", "Zoë", "İstanbul", "a\xffB", "MRCVS", "O'Neill-Smith",
		strings.Repeat("Ab", 16), strings.Repeat("Ab", 17)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var buf [maxLowered]byte
		got, ok := lowerASCII(&buf, w)
		if !ok {
			if len(w) <= maxLowered && !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
				t.Errorf("lowerASCII(%q) declines a short ASCII word", w)
			}
			return
		}
		if want := strings.ToLower(w); string(got) != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", w, got, want)
		}
	})
}
