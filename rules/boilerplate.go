package rules

import (
	"fmt"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
)

// Families of boilerplate phrasing. A phrase's Name is its family, which picks the message and
// suggestion; a phrase added under any other name gets the generic advice.
const (
	bpAddress  = "address"  // the reader addressed by praise: "Dear valued customer"
	bpPraise   = "praise"   // praise of the customer or the company
	bpSerious  = "serious"  // "we take your privacy very seriously"
	bpPatience = "patience" // thanks for waiting
	bpHesitate = "hesitate" // "please do not hesitate to contact us"
)

// Word groups the boilerplate phrases share, as pattern groups.
var (
	// bpPeople are the readers a company calls "valued".
	bpPeople = phrase.Alt("customer", "customers", "member", "members", "client", "clients", "guest",
		"guests", "patron", "patrons", "subscriber", "subscribers", "shopper", "shoppers",
		"passenger", "passengers", "user", "users", "patient", "patients",
		"resident", "residents", "supporter", "supporters", "backer", "backers", "player",
		"players", "account holder", "account holders", "policyholder", "policyholders", "tenant",
		"tenants", "diner", "diners", "traveller", "travellers", "traveler", "travelers", "friend",
		"friends", "community")
	bpRegardWords = []string{"business", "custom", "loyalty", "trust", "patronage", "membership",
		"subscription", "partnership", "relationship", "continued support",
		"continued business", "continued custom", "continued loyalty", "continued trust",
		"continued patronage", "continued membership", "ongoing support", "ongoing business",
		"loyal custom"}
	// bpValueDegree is how much a company says it values the reader: "we truly value".
	bpValueDegree = "{<so>|greatly|always|highly|hugely|really do|truly do|do|very much|genuinely do|}"
	// bpRegard is what a company says it values in the reader: "your business".
	bpRegard = phrase.Alt(bpRegardWords...)
	// bpGood is the reader's good a company calls its priority: "your satisfaction".
	bpGood = phrase.Alt("satisfaction", "safety", "security", "privacy", "experience", "comfort",
		"happiness", "wellbeing", "well-being", "care", "trust", "data", "peace of mind", "needs",
		"satisfaction and safety", "safety and satisfaction", "health and safety")
	// bpFirst is how high a priority it is said to be; it may be left out ("our priority").
	bpFirst = phrase.Alt("top", "number one", "number-one", "#1", "utmost", "highest", "first", "main",
		"absolute", "greatest", "primary", "biggest", "foremost", "very top", "")
	// bpExcellence is what a company promises itself to: "exceptional service".
	bpExcellence = phrase.Alt("excellent", "exceptional", "outstanding", "the best", "the very best",
		"first-class", "world-class", "great", "quality", "high-quality", "top-quality",
		"top-notch", "superior", "superb", "unparalleled", "unrivalled", "unrivaled", "five-star",
		"the finest", "the highest", "high standards", "a high standard", "an excellent",
		"an exceptional", "an outstanding", "a great", "a first-class", "a world-class",
		"a five-star", "a seamless", "seamless")
	// bpThanks opens a thanks: "thank you", "thanks again", "thank you, everyone,".
	bpThanks = phrase.Alt("thank you", "thank you all", "thank you both", "thank you again",
		"thank you so much", "thank you very much", "thank you once again", "thank you , everyone ,",
		"thank you , all ,", "thanks", "thanks again", "thanks so much", "thanks very much",
		"thanks once again", "thanks , everyone ,", "thanks , all ,", "many thanks",
		"thanks a million", "thanks a lot", "thanks a bunch", "a big thank you", "a huge thank you",
		"a massive thank you", "huge thanks", "big thanks")
	// bpWaiting is the reader's patience a stock thanks is for.
	bpWaiting = phrase.Alt("patience", "understanding", "patience and understanding",
		"understanding and patience", "patience and cooperation", "cooperation and patience",
		"cooperation and understanding", "understanding and cooperation", "patience and support",
		"continued patience", "continued understanding", "ongoing patience", "kind patience",
		"kind understanding")
	// bpConcern is what a company says it takes seriously: "your privacy".
	bpConcern = phrase.Alt("privacy", "security", "safety", "data", "data protection", "concerns",
		"concern", "complaint", "complaints", "feedback", "wellbeing", "well-being", "trust",
		"information", "personal information", "personal data", "data security",
		"online security", "account security", "privacy and security", "security and privacy",
		"matter", "issue", "issues", "incident", "matters", "concerns like yours",
		"complaints like yours", "matters like this", "issues like this", "details", "card details",
		"payment details", "personal details", "account", "accounts", "account details", "records",
		// A standard the company holds itself to: "we take food safety extremely seriously".
		"food safety", "patient safety", "guest safety", "passenger safety", "child safety",
		"customer safety", "fire safety", "health and safety", "hygiene", "food hygiene", "quality",
		"allergies", "allergens", "allergen safety", "customer service", "customer care")
	// bpQuality is a quality of the company's own it calls its priority: "reliability".
	bpQuality = phrase.Alt("reliability", "security", "safety", "quality", "integrity",
		"availability", "stability", "uptime", "privacy", "protection", "accuracy", "performance",
		"resilience", "excellence", "customer care", "customer service", "data security",
		"data protection", "patient safety", "passenger safety", "guest safety", "food safety")
	// bpSeriously is how seriously: "very seriously", "extremely seriously indeed".
	bpSeriously = "{<so>|most|} seriously {indeed|}"
)

// boilerplatePhrases are the stock customer-service lines, one family per Name. They are data in
// one place so that more can be added from configuration.
var boilerplatePhrases = []phrase.Def{
	// "Dear valued customer", "our valued members", "Dear esteemed client"
	{Name: bpAddress, Pattern: "{valued|esteemed|treasured|cherished} " + bpPeople},
	// "we value your business", "we really appreciate your custom", "we value you as a customer"
	{Name: bpPraise, Pattern: "<we> " + bpValueDegree + " {value|appreciate|treasure|cherish} your " + bpRegard},
	{Name: bpPraise, Pattern: "<we> " + bpValueDegree + " value {you|our customers|our members|each of our customers|every customer|every member} {as a customer|as a member|as a client|as a valued customer|as a valued member|as a loyal customer|as a loyal member|}"},
	// The company as subject: "The Society values your membership", "Brightwatt greatly
	// appreciates your custom", "and remains committed to serving you".
	{Name: bpPraise, Pattern: "{values|appreciates|treasures|cherishes} {greatly|highly|always|truly|} your " + bpRegard},
	{Name: bpPraise, Pattern: "{remain|remains|<be>} {<so>|fully|always|} {committed|dedicated} to {serving|continuing to serve} {you|our customers|our members|its customers|its members}"},
	// "your business means the world to us", "your trust is important to us"
	{Name: bpPraise, Pattern: "{your|customer|customers'} {" + bpRegard + "|satisfaction} {means|<be>} {<so>|} {the world|a lot|everything|so much|a great deal|important|very important} to {us|me}"},
	{Name: bpPraise, Pattern: "{you|our customers|customers} {<be>|mean} {<so>|} {the world|everything|important|very important} to {us|me}"},
	{Name: bpPraise, Pattern: "{you|our customers|customers} <be> at the heart of {everything|all} {we do|that we do}"},
	// "your satisfaction is our top priority", "customer satisfaction is our number one priority"
	{Name: bpPraise, Pattern: "{your|customer|guest|client|patient|passenger|member|our customers'} " + bpGood + " {<be>|will always be|remains|will remain} {always|} {our|my} " + bpFirst + " {priority|concern|focus|goal|aim}"},
	{Name: bpPraise, Pattern: "{your|customer|guest|client|patient|our customers'} " + bpGood + " {<be>|remains} {always|} of {the|} {utmost|paramount|the greatest|great} importance {to us|}"},
	{Name: bpPraise, Pattern: "{you|our customers|customers} {<be>|remain} {always|} our " + bpFirst + " priority"},
	{Name: bpPraise, Pattern: "nothing {<be>|matters} more important to us than your " + bpGood},
	// A quality of the company's own as its priority: "the reliability of our platform is our
	// top priority", "safety is always our number one priority". What the writer is doing about
	// this case is not stock: "restoring your service is our top priority" (see bpDoing).
	{Name: bpPraise, Pattern: bpQuality + " {of {our|your|the|} {_|} {_|}|} {<be>|remains|will always be|has always been|will remain} {always|} {our|my} " + bpFirst + " {priority|concern|focus|goal|aim|commitment}"},
	// "we pride ourselves on", "we take great pride in our service"
	{Name: bpPraise, Pattern: "<we> {<so>|always|} pride {ourselves|myself} on"},
	{Name: bpPraise, Pattern: "<we> {always|} take {great|enormous|real|huge|immense|a lot of|} pride in {our|providing|offering|delivering|giving}"},
	// "at X, we strive to", "we always endeavour to provide exceptional service"
	{Name: bpPraise, Pattern: "<we> {always|constantly|continually|continuously|} strive {to|for}"},
	{Name: bpPraise, Pattern: "<we> {always|} {endeavor|endeavour|aim|work hard|try|seek} to {provide|offer|deliver|give|ensure} {you|our customers|every customer|all our customers|} {with|} " + bpExcellence},
	{Name: bpPraise, Pattern: "<we> {<be>|remain} {<so>|fully|always|} {committed|dedicated} to {providing|offering|delivering|giving|ensuring} {you|our customers|every customer|all our customers|} {with|} " + bpExcellence},
	{Name: bpPraise, Pattern: "<we> {<be>|remain} {<so>|fully|always|} {committed|dedicated} to {excellence|customer satisfaction|your satisfaction|customer service|excellent service|exceptional service|the highest standards}"},
	// "thank you for choosing X", "thanks for shopping with us", "thank you for your business"
	{Name: bpPraise, Pattern: bpThanks + " for {choosing|shopping with|banking with|flying with|travelling with|traveling with|being a customer of|being a member of}"},
	{Name: bpPraise, Pattern: bpThanks + " for being {a|such a|} {valued|loyal|long-standing|longstanding|} {customer|member|client|patron|subscriber}"},
	{Name: bpPraise, Pattern: bpThanks + " for your " + bpRegard},
	{Name: bpPraise, Pattern: "<we> {look forward|are looking forward|'re looking forward} to {continuing to serve|serving} you"},

	// "we take your privacy very seriously", "we take the security of your data extremely seriously"
	{Name: bpSerious, Pattern: "<we> {take|treat|are taking|'re taking} {your|all|customer|customers'|our customers'|the|this|these|any|such|} " + bpConcern + " " + bpSeriously},
	{Name: bpSerious, Pattern: "<we> {take|treat|are taking|'re taking} the {privacy|security|safety|protection|confidentiality} of {your|our customers'|customer|customers'} " + bpConcern + " " + bpSeriously},
	{Name: bpSerious, Pattern: "<we> {take|are taking|'re taking} {this|it|that} " + bpSeriously},
	{Name: bpSerious, Pattern: "<we> {take|treat|are taking|'re taking} the " + bpConcern + " of ... " + bpSeriously},
	{Name: bpSerious, Pattern: "{your|customer|our customers'|all|every|any} " + bpConcern + " <be> {always|} taken {<so>|most|} seriously"},
	// The company as subject: "The Council takes all complaints very seriously", "Tallyflow
	// treats your security seriously".
	{Name: bpSerious, Pattern: "{takes|treats|is taking} {your|all|customer|customers'|our customers'|the|this|these|any|such|every|} " + bpConcern + " " + bpSeriously},
	{Name: bpSerious, Pattern: "{takes|treats|is taking} the {privacy|security|safety|protection|confidentiality} of {your|our customers'|customer|customers'|its customers'} " + bpConcern + " " + bpSeriously},
	{Name: bpSerious, Pattern: "{takes|is taking} {this|it|that} " + bpSeriously},
	{Name: bpSerious, Pattern: "<we> take {our|my} {responsibility|responsibilities|obligations|duty} {to you|to our customers|to protect your data|} {<so>|most|} seriously"},

	// "thank you for your patience (and understanding)", "thank you for bearing with us"
	{Name: bpPatience, Pattern: bpThanks + " for {your|all your|} " + bpWaiting},
	{Name: bpPatience, Pattern: bpThanks + " for {bearing with us|bearing with me|being {so|very|} patient|waiting}"},
	{Name: bpPatience, Pattern: "<we> {<so>|greatly|} {appreciate|value} your " + bpWaiting},
	{Name: bpPatience, Pattern: "{appreciates|values} {greatly|truly|} your " + bpWaiting},
	{Name: bpPatience, Pattern: "your " + bpWaiting + " {<be>|<have> been|will be} {<so>|greatly|much|hugely|} appreciated"},

	// "please do not hesitate to contact us", "don't hesitate to get in touch"
	{Name: bpHesitate, Pattern: "{do not|don't|never|please don't|please do not} hesitate to {contact|call|email|e-mail|phone|ring|write|reach|reach out|get in touch|get back|let|ask|message|drop|speak}"},
	{Name: bpHesitate, Pattern: "{please|} feel free to {contact|reach out|get in touch|get back in touch}"},
}

// bpAdvice is what each family's message and suggestion say to write instead.
var bpAdvice = map[string]struct{ msg, suggestion string }{
	bpAddress: {
		"%q is stock praise; use the reader's name",
		"greet the reader by name: \"Dear Ms Patel,\"; with no name, \"Dear customer,\" is plain",
	},
	bpPraise: {
		"%q is stock praise; say what you did instead",
		"say what you did for this reader: \"we've rebooked your engineer for Tuesday at 9am\"",
	},
	bpSerious: {
		"%q is stock; say what you did to protect them",
		"say what you did to protect their data: \"we reset your password and deleted the log\"",
	},
	bpPatience: {
		"%q is stock; say what the thanks is for",
		"thank the reader for something they did, or say what the wait was for: " +
			"\"thanks for sending the photos of the damage\"",
	},
	bpHesitate: {
		"%q is stock; give the channel itself",
		"give the channel directly: \"reply to this email\" or \"call Sam on 0161 496 0192\"",
	},
	"": {
		"%q is stock; say something about this reader",
		"replace it with something about this reader and this incident",
	},
}

var boilerplate = lint.Rule{
	ID:       "boilerplate",
	Scope:    lint.ScopeSpan,
	Severity: lint.Info,
	Doc: lint.Doc{
		Summary: "stock customer-service line that says nothing",
		Explain: "\"We value your business\", \"we take your privacy very seriously\", \"thank you " +
			"for your patience\" and \"please do not hesitate to contact us\" read as rote: they " +
			"could end any letter to anyone. Say something about this reader and this incident, " +
			"or cut the line.",
		Bad:  "Thank you for your patience. We value your business.",
		Good: "Thank you for sending the photos of the damaged box; they showed us it was our packing.",
	},
	Phrases: boilerplatePhrases,
	Check: func(p *lint.Pass) []lint.Finding {
		d := p.Doc
		r := p.Reading()
		toks := d.Tokens()
		var out []lint.Finding
		for _, m := range p.Matches() {
			si := toks[m.Start].Sentence
			// An apology sentence is judged by the apology rules alone: "We apologise for the
			// inconvenience and thank you for your patience." is a vague apology, nothing more.
			if len(r.Sentences[si].Apologies) > 0 || r.Quoted(m.Start) {
				continue
			}
			if m.Def.Name != bpHesitate && bpDenied(toks, m.Start) || bpPurpose(toks, m.Start) {
				continue
			}
			if bpDoing(toks, m.Start) {
				continue // "restoring the reliability of your service is our top priority"
			}
			if m.End < len(toks) && toks[m.End].Sentence == si && toks[m.End].Norm == "enough" {
				continue // "we did not take your security seriously enough" owns a failing
			}
			advice, ok := bpAdvice[m.Def.Name]
			if !ok {
				advice = bpAdvice[""]
			}
			f := lint.Finding{
				Span:       p.MatchSpan(m),
				Message:    fmt.Sprintf(advice.msg, respQuote(d, m.Start, m.End-1, advice.msg)),
				Suggestion: advice.suggestion,
			}
			if m.Def.Name == bpAddress {
				f.Fix = bpAddressFix(d, m.Start, m.End)
			}
			out = append(out, f)
		}
		return out
	},
}

// bpAddressFix returns the fix of a praising address, tokens [start, end): the praise goes and
// the reader stays, as the suggestion says ("Dear valued customer" -> "Dear customer", "an
// esteemed client" -> "a client"). Only after words that leave a plain noun phrase: in "our most
// valued customers" the "most" would be left stranded.
func bpAddressFix(d *draft.Document, start, end int) *lint.Fix {
	toks := d.Tokens()
	switch toks[start].Norm {
	case "valued", "esteemed", "treasured", "cherished":
	default:
		return nil
	}
	if start > 0 && toks[start-1].Sentence == toks[start].Sentence {
		switch toks[start-1].Norm {
		case "dear", "hi", "hello", "to", "our", "my", "your", "a", "an", "the", "all", "every",
			"each", "these", "those", "for", "of", "with", "and", ",":
		default:
			return nil
		}
	}
	return dropFix(d, start, end, func(i int) bool { return i == start })
}

// bpDenied reports whether a word just before token i, in its clause, denies what follows: "we
// did not take your privacy seriously", "we do not value your custom". A comma ends the clause.
func bpDenied(toks []draft.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].Sentence == toks[i].Sentence; k-- {
		switch toks[k].Norm {
		case "not", "n't", "never", "no", "hardly":
			return true
		case ",", ";", ":", "—", "–", "-":
			return false
		}
	}
	return false
}

// bpDoing reports whether a priority at token i is what the writer is doing about this case,
// an -ing verb just before it: "restoring the reliability of your service is our top priority",
// "getting your safety certificate reissued". Stock lines that open the same way ("ensuring
// your satisfaction is our top priority") stay stock.
func bpDoing(toks []draft.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].Sentence == toks[i].Sentence; k-- {
		n := toks[k].Norm
		if len(n) > 4 && strings.HasSuffix(n, "ing") && !bpStockDoing[n] {
			return true
		}
		if n != "the" && n != "your" && n != "our" {
			return false
		}
	}
	return false
}

// bpStockDoing are -ing verbs that open stock lines.
var bpStockDoing = respSet("ensuring", "maintaining", "providing", "delivering", "guaranteeing",
	"offering", "protecting", "safeguarding")

// bpPurpose reports whether a thanks at token i is the purpose of what the sentence does: "To
// thank you for waiting, we have refunded the delivery charge" gives the reader something, so
// the thanks is not a stock line. "I'd like to thank you for your patience" still is.
func bpPurpose(toks []draft.Token, i int) bool {
	if toks[i].Norm != "thank" || i == 0 || toks[i-1].Norm != "to" || toks[i-1].Sentence != toks[i].Sentence {
		return false
	}
	if i < 2 || toks[i-2].Sentence != toks[i].Sentence {
		return true
	}
	switch toks[i-2].Norm {
	case "want", "wanted", "like", "wish", "wished", "opportunity", "moment", "chance", "just", "also":
		return false
	}
	return true
}
