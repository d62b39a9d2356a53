package rules

import (
	"fmt"
	"strings"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
)

// The words self-focus builds its phrases from. Each list is one slot of a family below.
var (
	// sfFeelWords follow "I feel" / "we felt": the writer describing their own state.
	sfFeelWords = []string{
		"terrible", "awful", "horrible", "dreadful", "sick", "bad", "wretched", "guilty", "gutted",
		"devastated", "heartbroken", "mortified", "embarrassed", "ashamed", "miserable", "crushed",
		"shattered", "distraught", "physically sick", "sick to my stomach", "sick to our stomachs",
		"sad", "so sad",
	}
	// sfStateWords follow "I am" / "we were" / "the team is": states that are about the writer
	// and not the reader ("sorry" and "disappointed" are left to the apology rules).
	sfStateWords = []string{
		"devastated", "heartbroken", "gutted", "mortified", "embarrassed", "ashamed", "distraught",
		"crushed", "shattered", "exhausted", "miserable", "beside myself", "beside ourselves",
		"sick about", "sick over", "in tears", "worn out", "running on empty", "at breaking point",
		"reeling", "wrecked", "broken-hearted", "stressed", "stressed out", "frazzled", "upset",
		"sad", "saddened", "heartsick", "sick at heart",
	}
	// sfHardWords describe a time that was hard on the writer.
	sfHardWords = []string{
		"hard", "difficult", "tough", "exhausting", "stressful", "rough", "trying", "challenging",
		"draining", "painful", "horrible", "awful", "terrible", "brutal", "gruelling", "grueling",
		"emotional", "hectic", "sleepless", "upsetting", "distressing", "heartbreaking", "long",
		"nightmare", "miserable",
	}
	// sfPeriods are spans of time a writer calls hard.
	sfPeriods = []string{
		"week", "weeks", "month", "months", "year", "day", "days", "fortnight", "weekend", "time",
		"period", "stretch", "few days", "few weeks", "few months", "couple of weeks", "night", "nights",
	}
	// sfWriters are the writer and the writer's people, as the object of "for" or "on".
	sfWriters = []string{
		"us", "me", "all of us", "both of us", "everyone at", "everyone here", "everybody at",
		"everybody here", "everyone on our team", "everyone in our team", "our team", "the team",
		"our whole team", "the whole team", "our staff", "our family", "my family", "ourselves",
		"myself", "us all", "the business", "our business", "my business", "our small team",
	}
	// sfSuperlatives open "the worst week of my life" and "one of the hardest days I can
	// remember".
	sfSuperlatives = []string{
		"worst", "hardest", "toughest", "darkest", "most difficult", "most stressful", "most painful",
		"most embarrassing", "lowest",
	}
	// sfPeriodsPlural follow a superlative: "the worst week", "one of the hardest days".
	sfPeriodsPlural = []string{
		"week", "weeks", "day", "days", "month", "months", "year", "years", "fortnight", "time",
		"times", "moment", "moments", "point", "night", "nights", "stretch", "period", "spell",
	}
)

// selfFocusPhrases are the families of phrasing that turn the message to the writer: their
// feelings ("we feel terrible"), their hard time ("a hard week for us"), their lost sleep, their
// rumination and the toll it took on them. Empathy with the reader ("I know how frightening that
// night must have been for your family", "I would feel the same") names the reader or is
// hypothetical, and matches none of them.
var selfFocusPhrases = []phrase.Def{
	{Name: "feel", Pattern: "<we> {<have> been|<be>|<be> all|<be> both|<be> still|<be> all still|<be> both still|all|both|still|} {feel|feeling|felt} {<so>|absolutely|just|honestly|} {<so>|} " + phrase.Alt(sfFeelWords...)},
	{Name: "feel", Pattern: "<we> {<have>|} {spent|spend|spending} ... {feeling|worrying|agonising|agonizing|fretting} {<so>|} {" + strings.Join(sfFeelWords, "|") + "|about this|about it|over this|over it}"},
	{Name: "state", Pattern: "<we> {<be>|<have> been|<have> all been|<be> all|<be> both|<be> still|<have> felt} {<so>|absolutely|personally|honestly|just|} {<so>|} " + phrase.Alt(sfStateWords...)},
	{Name: "state", Pattern: "{team|staff|crew|everyone|everybody|all of us|we all|us all|family} {here|} {<be>|<have> been|<be> all|feel|feels|felt} {<so>|absolutely|} {<so>|} " + phrase.Alt(sfStateWords...)},
	{Name: "hurt", Pattern: "{pains|pained|saddens|saddened|haunts|haunted} <us>"},
	{Name: "hurt", Pattern: "{breaks|broke|broken} {my heart|our hearts}"},
	{Name: "hurt", Pattern: "{it|this|that|which} {hurts|hurt|kills|guts|upsets|upset|gutted|devastated|crushed|tears} {<us>|me up|us up}"},
	{Name: "hurt", Pattern: "<have> {<so>|} {hurt|pained|saddened|haunted|gutted|devastated|crushed|upset|shaken} <us>"},
	{Name: "hurt", Pattern: "{my|our} {heart|hearts} {sank|sinks|broke|breaks|is broken|are broken|has broken|dropped}"},
	{Name: "hard-time", Pattern: phrase.Alt(sfHardWords...) + " " + phrase.Alt(sfPeriods...) + " {{for|on} " + phrase.Alt(sfWriters...) + "|here}"},
	{Name: "hard-time", Pattern: "{been|was|is|'s|were|are} {<so>|} {" + strings.Join(sfHardWords, "|") + "|a nightmare|a struggle|an ordeal} {on|for} " + phrase.Alt(sfWriters...)},
	{Name: "hard-time", Pattern: "{a nightmare|a struggle|an ordeal|a rough ride} for " + phrase.Alt(sfWriters...)},
	{Name: "hard-time", Pattern: "<we> {<have>|<be>|} {had|having} {a|such a|} {<so>|} " + phrase.Alt(sfHardWords...) + " " + phrase.Alt(sfPeriods...)},
	{Name: "hard-time", Pattern: phrase.Alt(sfSuperlatives...) + " " + phrase.Alt(sfPeriodsPlural...) + " {of|in} {my|our} {life|lives|career|careers|working life|time}"},
	{Name: "hard-time", Pattern: phrase.Alt(sfSuperlatives...) + " " + phrase.Alt(sfPeriodsPlural...) + " <we> {can|could|'ve|have|'d|had|ever}"},
	{Name: "sleep", Pattern: "<we> {<have>|<have> n't|<have> not|<be>|} {barely|hardly|scarcely|not|n't|never|really not} {slept|eaten|sleeping|eating}"},
	{Name: "sleep", Pattern: "<we> {did|could|can|have|'ve} {n't|not} {sleep|slept|eat|eaten|stop thinking|stopped thinking}"},
	{Name: "sleep", Pattern: "<we> {barely|hardly|scarcely} {slept|ate|sleep|eat}"},
	{Name: "sleep", Pattern: "<we> {<have>|<have> been|<be>|} {lost|losing} {so much|a lot of|many nights'|nights of|} sleep"},
	{Name: "sleep", Pattern: "{sleepless|restless} {night|nights}"},
	{Name: "sleep", Pattern: "running on ... sleep"},
	{Name: "sleep", Pattern: "{kept|keeping|keeps|keep} <us> {up|awake} at night"},
	{Name: "dwell", Pattern: "beating {myself|ourselves} up"},
	{Name: "dwell", Pattern: "{kicking|kick|kicked} {myself|ourselves}"},
	{Name: "dwell", Pattern: "{angry|furious|cross|frustrated|upset|disgusted|disappointed} {with|at|in} {myself|ourselves}"},
	{Name: "state", Pattern: "sorry and {<so>|} " + phrase.Alt(sfStateWords...)},
	{Name: "state", Pattern: "<we> <have> {honestly|really|truly|just|personally|absolutely|genuinely|all|both} been {<so>|} " + phrase.Alt(sfStateWords...)},
	{Name: "dwell", Pattern: "<we> {<have>|'ve|could|can|ca} {n't|not|hardly|barely|scarcely} {been able to|} face"},
	{Name: "hard-time", Pattern: "{<have>|<be>|did|does|} {n't|not} {been|} {easy|fun} {for|on} {any of us|" + strings.Join(sfWriters, "|") + "} {either|}"},
	{Name: "state", Pattern: "<we> {<have>|<be>|} {cried|wept|crying|weeping}"},
	{Name: "dwell", Pattern: "{weighing|weighed|weighs|weigh} {heavily|} on {<us>|my mind|our minds|my conscience|our conscience}"},
	{Name: "dwell", Pattern: "going over {it|this|that|what happened} {again|} in {my|our} {head|heads|mind|minds}"},
	{Name: "dwell", Pattern: "<we> {keep|kept} going over {it|this|that|what happened}"},
	{Name: "dwell", Pattern: "{ca|can|could} {n't|not} stop {thinking|crying|worrying}"},
	{Name: "toll", Pattern: "{taken|took|take|takes|taking} {a|its|their|} {real|heavy|huge|big|terrible|serious|} toll on {<us>|everyone|all of us|our team|the team|myself|ourselves}"},
	{Name: "toll", Pattern: "{take|takes|took|taken|taking} {it|a lot} out of {<us>}"},
	{Name: "toll", Pattern: "{shaken|shook|shake|shakes|knocked|dented|rocked|hit} {our|my} {confidence|morale|pride}"},
}

var selfFocus = lint.Rule{
	ID:       "self-focus",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "turns the message to the writer's own feelings",
		Explain: "An apology is about what happened to the reader. Lines about how terrible the " +
			"writer feels, how hard their week has been or how little they have slept ask the " +
			"reader for sympathy instead, and read as a plea to be forgiven quickly. Keep the " +
			"focus on the reader's loss and on what you are doing about it.",
		Bad:  "Honestly, this has been a hard week for us, and we feel terrible.",
		Good: "We know you lost a morning's work because of our outage, and we have refunded this month.",
	},
	Phrases: selfFocusPhrases,
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		r := p.Reading()
		toks := p.Doc.Tokens()
		for _, m := range p.Matches() {
			if r.Quoted(m.Start) {
				continue
			}
			// "it was hard for us to reach you" and "we had a hard time finding it" are about a
			// task, not the writer's hard time.
			if m.Def.Name == "hard-time" && m.End < len(toks) && toks[m.End].Sentence == toks[m.Start].Sentence &&
				(toks[m.End].Norm == "to" || strings.HasSuffix(toks[m.End].Norm, "ing")) {
				continue
			}
			// "we were sad to hear your parcel was lost" sympathises with the news, like "sorry to
			// hear"; "the whole team is sad about it" is about the writer.
			if (m.Def.Name == "state" || m.Def.Name == "feel") && m.End < len(toks) && toks[m.End].Norm == "to" &&
				toks[m.End].Sentence == toks[m.Start].Sentence && sadWord(toks[m.End-1].Norm) {
				continue
			}
			span := p.MatchSpan(m)
			out = append(out, lint.Finding{
				Span:       span,
				Message:    fmt.Sprintf("%q is about the writer, not the reader", p.Doc.Slice(span)),
				Suggestion: "cut it, or say what the reader went through and what you are doing about it",
			})
		}
		return out
	},
}

// sadWord reports whether w is sadness, which before "to hear" or "to learn" is sympathy.
func sadWord(w string) bool { return w == "sad" || w == "saddened" }
