package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
)

// The words minimizing builds its phrases from. A word that shrinks ("minor", "small", "only")
// is minimizing only next to a word for the harm or its reach, so "a minor release", "a size
// small" and "you only found out" are left alone.
var (
	// minHarms name the failure itself.
	minHarms = []string{
		"issue", "issues", "problem", "problems", "glitch", "glitches", "hiccup", "hiccups",
		"hiccough", "mix-up", "mix-ups", "mixup", "disruption", "disruptions", "inconvenience",
		"error", "errors", "delay", "delays", "outage", "outages", "incident", "blip", "blips",
		"bug", "bugs", "mistake", "mistakes", "oversight", "slip", "slip-up", "hitch", "snag",
		"setback", "interruption", "interruptions", "fault", "lapse", "misunderstanding",
		"downtime", "breach", "leak", "failure", "mishap", "discrepancy", "miscommunication",
		"wobble", "slowdown", "teething problems", "teething issues", "typo", "inaccuracy",
		"oops", "misstep", "shortfall", "overcharge", "disturbance", "dip", "dips", "stutter",
		"hold-up", "hold-ups", "lag", "drop-off", "breakdown", "breakdowns",
	}
	// minMarks are the physical harm left behind: soot, a scratch, a stain. "A scratch" may be
	// a plain report; "only a light dusting" and "a tiny scratch" shrink it.
	minMarks = []string{
		"dusting", "mark", "marks", "scratch", "scratches", "scuff", "scuffs", "stain", "stains",
		"smudge", "smudges", "dent", "dents", "chip", "chips", "nick", "nicks", "mess", "spill",
		"spillage", "splash", "splashes", "drip", "drips", "graze", "bruise", "crack", "cracks",
		"tear", "rip", "hole", "burn", "scorch mark", "water mark", "watermark", "residue",
		"damage", "wear", "discolouration", "discoloration", "bump", "knock", "swirls",
		"swirl marks", "scrape", "scrapes", "blemish", "blemishes", "scuffing", "scratching",
		// What a treatment leaves on the body: "a little bit of redness", "some slight swelling".
		"redness", "swelling", "soreness", "irritation", "itching", "stinging", "tingling",
		"bruising", "tenderness", "discomfort",
	}
	// minShrinkers are the adjectives that make a harm sound small.
	minShrinkers = []string{
		"minor", "slight", "small", "little", "tiny", "brief", "short", "momentary", "trivial",
		"negligible", "insignificant", "isolated", "minimal", "teeny", "wee", "fleeting",
		"small-scale", "short-lived", "simple", "silly",
	}
	// minKinds may stand between the shrinking adjective and the harm: "a minor technical issue".
	minKinds = []string{
		"technical", "system", "systems", "software", "website", "site", "app", "payment",
		"payments", "billing", "booking", "data", "admin", "administrative", "clerical",
		"delivery", "shipping", "stock", "pricing", "processing", "printing", "labelling",
		"labeling", "scheduling", "communication", "human", "timing", "service", "network",
		"server", "sync", "login", "display", "formatting", "rounding", "configuration",
		"one-off", "packing", "temporary", "logistical", "internal", "operational",
	}
	// minShares are the nouns of reach: "a small number of", "a tiny fraction of".
	minShares = []string{
		"number", "fraction", "percentage", "proportion", "minority", "handful", "subset",
		"portion", "share", "part",
	}
	// minAffected are verbs of reach that "only" shrinks: "only affected".
	minAffected = []string{
		"affected", "impacted", "hit", "lasted", "affects", "impacts", "affect", "impact",
		"lasts", "last", "applied to",
	}
	// minReach are who or what a failure reaches: "only a few customers".
	minReach = []string{
		"you", "customers", "users", "accounts", "orders", "bookings", "people", "households",
		"homes", "members", "subscribers", "clients", "patients", "guests", "passengers",
		"players", "parcels", "deliveries", "payments", "cards", "tickets", "stores", "shops",
		"sites", "schools", "pupils", "students", "records", "files", "emails", "invoices",
		"transactions", "devices", "servers", "readers", "families", "residents", "buyers",
		"backers", "teams", "cases", "instances", "items", "boxes", "flights", "services",
	}
	// minShareOf are more of what a failure reaches, counted as a share: "a fraction of trips".
	minShareOf = append([]string{"trips", "journeys", "rides", "fares", "sessions",
		"appointments", "visits", "shipments", "packages", "vehicles", "properties"}, minReach...)
	// minOff are states that "slightly" or "a little" soften: "arrived slightly late".
	minOff = []string{
		"late", "delayed", "off", "wrong", "behind", "inaccurate", "incorrect", "short",
		"damaged", "overcharged", "out", "miscalculated",
	}
	// minLimitContext are words that show a "limited to" is about the harm's reach: these and
	// every word for the harm itself ("those failures were limited to the overnight window").
	minLimitContext = withWords(append([]string{"failures", "failed", "dropped", "missed",
		"cancelled", "cancellations", "faults", "affects", "impacts"}, minHarms...), map[string]bool{
		"affected": true, "impacted": true, "exposed": true, "accessed": true, "leaked": true,
		"compromised": true, "impact": true, "outage": true, "breach": true, "issue": true,
		"problem": true, "disruption": true, "damage": true, "error": true, "incident": true,
		"downtime": true, "delay": true, "delays": true, "affect": true, "exposure": true,
		"stolen": true, "lost": true, "deleted": true, "visible": true, "disclosed": true,
		"leak": true, "outages": true, "issues": true, "problems": true, "errors": true,
	})
)

// withWords adds ws to the set m and returns it.
func withWords(ws []string, m map[string]bool) map[string]bool {
	for _, w := range ws {
		m[draft.Normalize(w)] = true
	}
	return m
}

// minimizingPhrases are the families of phrasing that shrink the harm.
var minimizingPhrases = []phrase.Def{
	// "just a brief outage", "a small hiccup", "a minor technical issue", "only a typo"
	{Name: "small-harm", Pattern: "{just|only|merely|simply|nothing but|nothing more than|} {a|an|some|} {<so>|relatively|fairly|rather|quite|} " +
		phrase.Alt(minShrinkers...) + " {" + strings.Join(minKinds, "|") + "|_|} " + phrase.Alt(minHarms...)},
	{Name: "small-harm", Pattern: "{just|only|merely|simply|nothing but|nothing more than} {a|an} " + phrase.Alt(minHarms...)},
	{Name: "small-harm", Pattern: "{just|only|merely|} a {little|tiny|} bit of {a|an|} {" + strings.Join(minHarms, "|") + "|trouble|confusion|bother|wait|hold-up|nuisance|pain|headache|noise|mess|dust|redness|swelling|soreness|irritation|itching|stinging|tingling|bruising|tenderness|discomfort}"},
	// Money the reader lost called small: "it's only a small difference on the invoice".
	{Name: "small-harm", Pattern: "{just|only|merely} {a|} {<so>|relatively|fairly|} {small|tiny|slight|minor|little} {difference|amount|sum|discrepancy|shortfall|gap|extra}"},
	// "only a light dusting", "just a little mess", "a tiny scratch", "some superficial marks"
	{Name: "small-mark", Pattern: "{just|only|merely|nothing but|nothing more than} {a|an|some} {<so>|relatively|fairly|rather|quite|} {light|faint|minor|slight|small|little|tiny|teeny|superficial|surface|cosmetic|} " + phrase.Alt(minMarks...)},
	// "just light surface swirls", "only a few faint hairline scratches"
	{Name: "small-mark", Pattern: "{just|only|merely} {<so>|relatively|fairly|rather|quite|} {light|faint|minor|slight|small|little|tiny|teeny|superficial|surface|cosmetic} {surface|superficial|cosmetic|hairline|} " + phrase.Alt(minMarks...)},
	{Name: "small-mark", Pattern: "{a|an|some} {<so>|} {tiny|teeny|superficial|slight|faint|light} {bit of|} " + phrase.Alt(minMarks...)},
	// "only a small number of", "a tiny fraction of", "just a handful of"
	{Name: "small-share", Pattern: "{just|only|merely|} {a|} {<so>|relatively|fairly|} {small|tiny|limited|minute|negligible|minor|modest|minuscule|minimal} " +
		phrase.Alt(minShares...) + " of"},
	// "only a fraction of trips", "just a sliver of our customers": the share alone shrinks, when
	// it is a share of those the failure reached ("only a fraction of a respray" is a price).
	{Name: "small-share", Pattern: "{just|only|merely} {a|} {<so>|relatively|fairly|} {fraction|minority|sliver} of {our|the|your|those|all|} " + phrase.Alt(minShareOf...)},
	{Name: "small-share", Pattern: "a mere {fraction|minority|sliver|handful} of {our|the|your|those|all|} " + phrase.Alt(minShareOf...)},
	{Name: "small-share", Pattern: "{just|only|merely} {a few|a handful of|a couple of|a few of|a couple|some|certain} {our|the|your|those|} " + phrase.Alt(minReach...)},
	{Name: "small-share", Pattern: "{very|relatively|comparatively|so} few {of our|of the|} " + phrase.Alt(minReach...)},
	{Name: "small-share", Pattern: "{affects|affected|affecting|hit|hits|involves|involved|concerns|concerned} {just|only|merely} {a handful|a few|a couple|a small number|a tiny number} of"},
	{Name: "small-share", Pattern: "{a few|a handful of} {of our|of the|our|the|} " + phrase.Alt(minReach...) + " {were|was|have been|had been|} {affected|impacted|hit}"},
	{Name: "small-share", Pattern: "{affected|impacted|hit} {only|just|} {a few|a couple of|a handful of} {of our|our|the|} " + phrase.Alt(minReach...)},
	{Name: "short-time", Pattern: "{for|lasted|lasting|<be>} {only|just|merely} {a few|a couple of|a matter of} {minutes|hours|seconds|moments|days}"},
	{Name: "short-time", Pattern: "{for|lasted|lasting|<be>} {only|just|merely} {a minute or two|an hour or two|a day or two|a moment|a short while|a little while|a short time|a brief period|a brief moment|moments}"},
	// The "only" before the verb: "they were only inside for a short while", "you only had to
	// wait for a few minutes".
	{Name: "short-time", Pattern: "{only|just|merely} {_|} {_|} {_|} for {a few|a couple of|a matter of} {minutes|hours|seconds|moments|days}"},
	{Name: "short-time", Pattern: "{only|just|merely} {_|} {_|} {_|} for {a minute or two|an hour or two|a day or two|a moment|a short while|a little while|a short time|a brief period|a brief moment|moments}"},
	{Name: "small-share", Pattern: "{small|tiny|limited} {group|groups|pocket|pockets} of {our|} {<you>|accounts|orders|bookings|users|customers|households|homes|stores|shops|sites|schools|parcels|deliveries|payments|cards|tickets}"},
	// "only affected", "affected only": checked for an exact figure after it
	{Name: "only-reach", Pattern: "{only|just|merely} " + phrase.Alt(minAffected...)},
	{Name: "only-reach", Pattern: "{affected|impacted|lasted|hit} {only|just|merely}"},
	// What the reader lost, counted down: "so really they only missed the drinks reception".
	// "Just missed" is often "barely" or "a moment ago", so only "only" and "merely".
	{Name: "only-reach", Pattern: "{only|merely} {missed|lost}"},
	// The harm as a small shift in time: "this only pushes your decision back by a few weeks".
	{Name: "dismiss", Pattern: "{only|merely} {pushes|pushed|push|puts|put|sets|set|moves|moved|knocks|knocked} {_|} {_|} {_|} back {by|} {a few|a couple of|a day|a week|a month|a fortnight|one or two|a little|slightly|a bit|a matter of}"},
	// "nothing serious", "no real harm", "not a big deal", "in the grand scheme of things"
	{Name: "dismiss", Pattern: "nothing {<so>|too|that|} {serious|major|significant|dramatic|alarming|worrying|to worry about|big}"},
	// "Nothing sensitive was involved": said of what the failure touched, as the clause's
	// subject. "We store nothing sensitive on the phone" describes the product.
	{Name: "dismiss", Pattern: "^ nothing {sensitive|important|critical|confidential|valuable}"},
	{Name: "dismiss", Pattern: "{,|;|:|—|and|but|so} nothing {sensitive|important|critical|confidential|valuable}"},
	// "the kind of fault that looks a lot worse than it is"
	{Name: "dismiss", Pattern: "{looks|look|looked|sounds|sound|sounded|seems|seem|seemed} {a lot|much|far|way|a good deal|} worse than {it is|it was|it really is|it really was|they are|they were|it actually is|it actually was}"},
	// "the children took it in their stride"
	{Name: "dismiss", Pattern: "{took|take|takes|taken|taking} {it|this|that|things|_|} in {their|his|her} stride"},
	// The loss counted down: "the outage amounted to little more than a late start", "the lost
	// progress amounts to a couple of evenings at most".
	{Name: "dismiss", Pattern: "{amounts|amounted|amounting|came|comes|added up|adds up} to {little|nothing|not much|hardly anything|barely anything|no more than|little more than|nothing more than}"},
	{Name: "short-time", Pattern: "{a couple of|a few|one or two|two or three|a handful of} {_|} {_|} {at most|at the most|at worst|tops}"},
	// One against the whole, after "after all" or "only": "Santorini was, after all, one stop
	// among eleven".
	{Name: "dismiss", Pattern: "after all {,|} {just|only|merely|} {one|a single} _ {_|} {among|out of|in|of}"},
	{Name: "dismiss", Pattern: "{just|only|merely} {one|a single} _ {_|} among"},
	{Name: "dismiss", Pattern: "nothing {to be|} {concerned|worried|alarmed|upset} about"},
	{Name: "dismiss", Pattern: "nothing {for you|for anyone|} to {worry|panic|fret|stress|lose sleep} about"},
	// The harm as a mere matter of waiting or moving: "it's only a matter of a few weeks".
	{Name: "dismiss", Pattern: "<be> {only|just|merely|simply} a matter of {a few|a couple of|one or two|days|weeks|hours|minutes|moving|waiting|rebooking|swapping|changing|pushing}"},
	// What was missed called little: "you didn't miss much", "the only thing anyone really
	// missed was watching live".
	{Name: "dismiss", Pattern: "{did n't|did not|have n't|have not|had n't|had not|wo n't|will not} {really|} miss {much|a lot|a great deal|all that much}"},
	{Name: "dismiss", Pattern: "only thing {_|} {_|} {_|} {really|actually|} {missed|lost}"},
	{Name: "dismiss", Pattern: "{mostly|largely|basically|essentially|relatively|fairly|completely|entirely|totally|perfectly} harmless"},
	// "a relatively short wait", "only a brief wait": a wait is the harm when it is shrunk.
	{Name: "small-harm", Pattern: "{just|only|merely} {a|} {<so>|relatively|fairly|comparatively|} {short|brief|little|quick} {wait|queue}"},
	{Name: "small-harm", Pattern: "{a|} {relatively|fairly|comparatively|reasonably} {short|brief|quick} {wait|queue}"},
	{Name: "dismiss", Pattern: "{no|not a|not such a|not that big a|not too big a|n't a|n't such a|n't that big a|n't too big a} {big|huge|major|massive|real} deal"},
	{Name: "dismiss", Pattern: "{most|majority} ... {n't|not|never} {have|even have|} {noticed|notice|been affected|felt}"},
	// "most of you will only have noticed a short wait"
	{Name: "dismiss", Pattern: "{most|majority} ... {will|'ll|would|may|might} only {have|} {noticed|seen|felt|experienced}"},
	// "the vast majority of guests weren't affected": the harm set against those it missed.
	{Name: "dismiss", Pattern: "{most|majority} ... {were|was|are|is} {n't|not|never} {affected|impacted|disrupted|inconvenienced|touched}"},
	// "to put it in perspective, ...": the framing that sets the harm beside something bigger.
	{Name: "dismiss", Pattern: "{to put|putting|if we put} {it|this|that|things} {in|into} {perspective|proportion}"},
	{Name: "dismiss", Pattern: "not {that|too|very|particularly|terribly|all that|overly} {serious|bad|significant|major|big}"},
	{Name: "dismiss", Pattern: "no {real|serious|major|significant|actual|great} {harm|damage}"},
	{Name: "dismiss", Pattern: "no harm {was|} done"},
	// No real danger: "at no point was anyone in any real danger".
	{Name: "dismiss", Pattern: "{any|no} {real|serious|actual|genuine|significant} {danger|risk} {to|}"},
	// A harm that mended itself: "a temporary inconvenience that sorted itself out".
	{Name: "dismiss", Pattern: "{sorted|resolved|fixed|righted|corrected|cleared} {itself|themselves} {out|up|}"},
	// The harm called normal: "a slight warp is fairly normal on heavyweight vinyl".
	{Name: "dismiss", Pattern: "{a|an|some} {slight|small|minor|little|tiny|bit of|little bit of|tiny bit of} _ {is|are|'s} {fairly|perfectly|quite|completely|entirely|pretty|very|} {normal|common|usual|to be expected|standard|typical}"},
	// The harm called normal by its kind: "redness like this is a very common reaction".
	{Name: "dismiss", Pattern: "_ like {this|that|these|those} {is|are|'s} {a|} {very|fairly|perfectly|quite|pretty|really|completely|entirely|} {common|normal|usual|standard|typical}"},
	// Small in distance: "the mower only wandered a few centimetres past the edge".
	{Name: "small-harm", Pattern: "{only|just|merely} {_|} {_|} {a few|a couple of|a matter of} {centimetres|centimeters|inches|millimetres|millimeters|metres|meters|feet|yards}"},
	{Name: "dismiss", Pattern: "in the {grand|great|wider|bigger|overall|} scheme of things"},
	{Name: "dismiss", Pattern: "{most|majority|many} ... {barely|hardly|scarcely} {even|} {noticed|notice|felt|registered}"},
	// One against the whole: "it is just one date in a 48-page brochure", "this was only one
	// order out of thousands".
	{Name: "dismiss", Pattern: "{it|this|that|which} {<be>} {just|only|merely} {one|a single} _ {_|} {in|out of|among|from}"},
	// The harm compared down: "compared with some of the breakdowns we see, this was a small
	// one". Checked for a word for the harm in the sentence.
	{Name: "small-one", Pattern: "{this|that|it|ours} {<be>} {<so>|relatively|fairly|comparatively|} {a|} {small|minor|little|tiny|modest|mild|short|brief} one"},
	{Name: "dismiss", Pattern: "could {have|'ve} been {much|a lot|far|so much|} worse"},
	{Name: "dismiss", Pattern: "{was|were|is|'s|it was} {all|} {over|fixed|sorted|resolved|back to normal} in no time"},
	{Name: "dismiss", Pattern: "{not|n't} {as|so|that} {serious|bad|big|major} as {it|this|that|they} {sounds|looks|seems|sound|look|seem|might|may|could}"},
	// "slightly late", "a little delayed", "a bit off"
	{Name: "soft-state", Pattern: "{slightly|a little|a bit|a tad|marginally|somewhat|fractionally} " + phrase.Alt(minOff...)},
	// "the impact was limited", "the exposed information was limited to ..."
	{Name: "limited", Pattern: "{impact|damage|harm|effect|effects|exposure|fallout|consequences|" + strings.Join(minHarms, "|") + "} {...|} {<be>|<have> been|<modal> be} {<so>|relatively|fairly|quite|thankfully|mercifully|luckily|fortunately|only|} {limited|minimal|negligible|small|minor|brief|short|short-lived|slight|contained|insignificant|isolated|trivial|tiny|momentary|modest|mild|manageable|superficial|cosmetic|only cosmetic|purely cosmetic|mostly cosmetic}"},
	{Name: "limited", Pattern: "{barely|hardly|scarcely|minimally|marginally|only slightly|only partially|only partly|only mildly|mildly} {affected|impacted|noticeable|disrupted|delayed}"},
	{Name: "limit-to", Pattern: "{<be>|} {<so>|only|thankfully|mercifully|luckily|fortunately|} {limited|isolated|confined|restricted|contained} to"},
	{Name: "limit-to", Pattern: "{only|just} {a|} {limited|restricted} {number|amount|set|group}"},
	// Hardly anyone touched by it: "hardly any of your guests noticed the wait", "barely anyone
	// was affected".
	{Name: "dismiss", Pattern: "{hardly|barely|scarcely} {anyone|anybody|any|a soul|a single} ... {noticed|notice|noticing|affected|impacted|saw|spotted|minded|felt|knew|realised|realized|disrupted}"},
	// Most will not notice: "most people at a prom won't look twice at a trouser hem".
	{Name: "dismiss", Pattern: "{most|majority} {_|} ... {wo|would|will|do|did|does|could|ca} {n't|not|never} {even|} {notice|spot|see|look twice|tell the difference|mind|care|realize|know}"},
	// The harm as a share below a figure: "fewer than 4% of subscribers", "under 2 per cent of
	// orders". An exact share with no such word is a plain count.
	{Name: "share-under", Pattern: "{fewer than|less than|under|below|just|only|merely|a mere|barely|just over|just under|not even|well under} _ {%|per cent|percent|pc} of"},
	{Name: "share-under", Pattern: "{fewer than|less than|under|below|just|only|merely|a mere|barely|just over|just under|not even|well under} _ of"},
	// The unharmed majority set against the harm: "so the vast majority of gardens carried on
	// as normal", "most of it was there".
	{Name: "majority-fine", Pattern: "{vast|overwhelming|great} majority"},
	{Name: "dismiss", Pattern: "most of {it|them} {was|were|is|are} {still|} {there|fine|intact|unaffected|untouched|undamaged|okay|ok|usable|all right|on time}"},
	// One against the whole: "it is one page out of a 96-page score", "it was one slot among
	// the hundreds we sold", "it was three days out of a standing order ...".
	{Name: "base", Pattern: "{it|this|that|which} <be> {just|only|merely|} {one|a single|_} _ {_|} {out of|among}"},
	// "an inch here and there", "the odd scuff here and there"
	{Name: "dismiss", Pattern: "{a|an|the odd} {_|} _ here and there"},
	// "the hold-up was over within minutes"
	{Name: "dismiss", Pattern: "{was|were|'s|is} {all|} {over|fixed|sorted|resolved|back to normal|back up|cleared} {within|in} {minutes|seconds|moments|a few minutes|a minute or two}"},
	// "the practical effect on your crop should be marginal"
	{Name: "limited", Pattern: "{impact|damage|harm|effect|effects|difference|consequences} {...|} {<be>|<have> been|<modal> be} {<so>|relatively|fairly|quite|only|at most|} {marginal|barely noticeable|hardly noticeable|unnoticeable|imperceptible}"},
	// The risk the harm carried, called small after the fact: "the risk to healthy adults was
	// always small". "The risk of a repeat is very small" looks ahead.
	{Name: "limited", Pattern: "{risk|risks|danger|threat|chance} {...|} {was|were|had been|has been|has always been|had always been} {<so>|relatively|fairly|quite|only|always|extremely|} {small|low|minimal|tiny|negligible|slight|remote}"},
	// What was lost called routine: "the lost clips were routine footage of parcels".
	{Name: "dismiss", Pattern: "{lost|deleted|missing|affected|damaged|leaked|exposed|stolen|wiped|erased} {_|} {was|were} {mostly|largely|just|only|simply|merely|} {routine|ordinary|everyday|mundane|unimportant|trivial|unremarkable}"},
	// The harm mended, near enough: "by the time it was cut it looked nearly perfect again".
	{Name: "dismiss", Pattern: "{looked|looks|was|were|seemed|is|are} {nearly|almost|practically|virtually|just about|more or less} {perfect|normal|new|as good as new|good as new|flawless} again"},
	// The harm set against the whole the reader will remember: "most of your guests will
	// remember the day itself rather than the cake".
	{Name: "dismiss", Pattern: "{most|majority|everyone|everybody} ... {will|'ll|would} {remember|recall} ... {rather than|instead of|more than}"},
}

// minMajorityFine are the words that say the majority came through: "carried on as normal".
var minMajorityFine = respSet("normal", "unaffected", "fine", "untouched", "intact", "usual",
	"undisturbed", "unharmed")

var minimizing = lint.Rule{
	ID:       "minimizing",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "makes the harm sound smaller than it was",
		Explain: "Calling a three-hour outage \"a brief hiccup\" or saying it \"only affected a small " +
			"number of customers\" tells the reader their loss does not count. State the harm at " +
			"its real size, with figures, and let the reader judge it.",
		Bad:  "The outage only affected a small number of customers.",
		Good: "The outage stopped card payments for 1,240 customers for three and a half hours.",
	},
	Phrases: minimizingPhrases,
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		d := p.Doc
		r := p.Reading()
		toks := d.Tokens()
		for _, m := range p.Matches() {
			if r.Quoted(m.Start) || minNegated(d, m.Start) {
				continue
			}
			switch m.Def.Name {
			case "only-reach":
				// An exact figure states the reach; it is never minimizing.
				if minFigureAt(d, m.End, toks[m.Start].Sentence) {
					continue
				}
			case "small-harm", "short-time", "small-mark":
				if minProspective(d, m.Start) {
					continue
				}
			case "share-under":
				// "fewer than 4% of subscribers": a figure, a share of those reached.
				if !minShareUnder(toks, m) {
					continue
				}
			case "majority-fine":
				if !minSentenceHas(d, toks[m.Start].Sentence, minMajorityFine) {
					continue
				}
			case "base":
				// "it was three days out of ...": a count before the thing counted.
				if n := toks[m.End-3].Norm; !minIsFigure(n) && n != "one" && n != "single" && !minIsFigure(toks[m.End-4].Norm) && toks[m.End-4].Norm != "single" && toks[m.End-4].Norm != "one" {
					continue
				}
			case "limit-to", "small-one":
				if !minSentenceHas(d, toks[m.Start].Sentence, minLimitContext) && !minDataLimited(toks, m) {
					continue
				}
			}
			span := p.MatchSpan(m)
			out = append(out, lint.Finding{
				Span:       span,
				Message:    fmt.Sprintf("%q plays down the harm", d.Slice(span)),
				Suggestion: "state the harm at its real size: how long, how many, what it cost the reader",
				Fix:        minFix(d, m),
			})
		}
		return out
	},
}

// minFix returns the safe fix of a match, or nil: dropping the words that shrink the harm and
// nothing else. "just a brief outage" becomes "an outage", "a bit of a hiccup" "a hiccup", "down
// for only a few minutes" "down for a few minutes" and "slightly late" "late". Shares, "only
// affected" and dismissals have none: what is left would still play the harm down, or say
// something else.
func minFix(d *draft.Document, m phrase.Match) *lint.Fix {
	toks := d.Tokens()
	drop := map[int]bool{}
	is := func(i int, words ...string) bool {
		return i < m.End && slices.Contains(words, toks[i].Norm)
	}
	switch m.Def.Name {
	case "small-harm":
		i := m.Start
		switch {
		case is(i, "just", "only", "merely", "simply"):
			drop[i] = true
			i++
		case is(i, "nothing") && is(i+1, "but"):
			drop[i], drop[i+1] = true, true
			i += 2
		case is(i, "nothing") && is(i+1, "more") && is(i+2, "than"):
			drop[i], drop[i+1], drop[i+2] = true, true, true
			i += 3
		}
		// "a little bit of a hiccup": the whole measure goes, up to "of".
		for k := i; k+1 < m.End; k++ {
			if is(k, "bit") && is(k+1, "of") {
				for j := i; j <= k+1; j++ {
					drop[j] = true
				}
				return dropFix(d, m.Start, m.End, func(j int) bool { return drop[j] })
			}
		}
		if is(i, "a", "an", "some") {
			i++
		}
		lead := len(drop) > 0
		if is(i, "relatively", "fairly", "rather", "quite") || is(i, phrase.Classes["so"]...) {
			drop[i] = true
			i++
		}
		switch {
		case is(i, minShrinkers...):
			drop[i] = true
		case !lead || len(drop) > 1:
			return nil // "only a typo" loses its "only"; anything else is not this phrase
		}
	case "short-time":
		// "for only a few minutes": only the "only" goes.
		if !is(m.Start+1, "only", "just", "merely") {
			return nil
		}
		drop[m.Start+1] = true
	case "soft-state":
		// "slightly late": the softening goes; "slightly off" or "a bit short" would read
		// differently without it.
		if is(m.End-1, "off", "out", "short") {
			return nil
		}
		for i := m.Start; i < m.End-1; i++ {
			drop[i] = true
		}
	default:
		return nil
	}
	return dropFix(d, m.Start, m.End, func(j int) bool { return drop[j] })
}

// minNegated reports whether the words just before token i, in the same sentence, deny what
// follows: "it was not a minor issue", "far from a small hiccup", "anything but a minor issue".
func minNegated(d *draft.Document, i int) bool {
	prev := func(k int) string {
		toks := d.Tokens()
		if i-k < 0 || toks[i-k].Sentence != toks[i].Sentence {
			return ""
		}
		return toks[i-k].Norm
	}
	switch prev(1) {
	case "not", "n't", "never", "no", "hardly":
		return true
	case "from":
		return prev(2) == "far"
	case "but":
		return prev(2) == "anything"
	case "was", "were", "is", "are", "'s", "'re":
		// A negative subject: "none of these were minor issues for the families", "neither
		// was a small problem".
		for k := 2; k <= 6; k++ {
			switch prev(k) {
			case "none", "neither", "nothing", "nobody", "no-one":
				return true
			case "", ",", ";", ":":
				return false
			}
		}
	}
	return false
}

// minProspective reports whether a modal verb stands shortly before token i in its sentence:
// "there may be a short delay before the credit shows" is about what comes next, not the harm.
func minProspective(d *draft.Document, i int) bool {
	toks := d.Tokens()
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].Sentence == toks[i].Sentence; k-- {
		switch toks[k].Norm {
		case "may", "might", "will", "'ll", "can", "could":
			return true
		}
	}
	return false
}

// minFigureAt reports whether a figure starts at token i of sentence si, perhaps after a word
// that rounds it: "34 pupils", "about 95 minutes".
func minFigureAt(d *draft.Document, i, si int) bool {
	toks := d.Tokens()
	for k := i; k < len(toks) && k <= i+2 && toks[k].Sentence == si; k++ {
		if minIsFigure(toks[k].Norm) {
			return true
		}
		switch toks[k].Norm {
		case "about", "around", "roughly", "approximately", "under", "over", "nearly", "almost",
			"less", "fewer", "more", "than", "exactly", "just":
			continue
		}
		return false
	}
	return false
}

// minIsFigure reports whether a token is a number, written in digits or as a word.
func minIsFigure(norm string) bool {
	if norm == "" {
		return false
	}
	if norm[0] >= '0' && norm[0] <= '9' {
		return true
	}
	switch norm {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen":
		return true
	}
	return false
}

// minSentenceHas reports whether sentence si holds any of the words.
func minSentenceHas(d *draft.Document, si int, words map[string]bool) bool {
	for _, t := range d.SentenceTokens(si) {
		if words[t.Norm] {
			return true
		}
	}
	return false
}

// minShareUnder reports whether a "fewer than"/"under" match holds a figure and, when it has no
// percent sign of its own, the figure ends in one ("4%"), and the share is of those the failure
// reached: "fewer than 4% of subscribers".
func minShareUnder(toks []draft.Token, m phrase.Match) bool {
	fig := -1
	for i := m.Start; i < m.End; i++ {
		if minIsFigure(toks[i].Norm) {
			fig = i
			break
		}
	}
	if fig < 0 {
		return false
	}
	n := toks[fig].Norm
	if toks[m.End-1].Norm == "of" && toks[m.End-2].Norm == n && !strings.HasSuffix(n, "%") {
		return false
	}
	for i := m.End; i < len(toks) && i <= m.End+2 && toks[i].Sentence == toks[m.Start].Sentence; i++ {
		if minShareOfSet[toks[i].Norm] {
			return true
		}
	}
	return false
}

var minShareOfSet = withWords(minShareOf, map[string]bool{})

// minDataLimited reports whether a "limited to" is said in the past of the data a failure sent
// or showed: "the data was limited to command names and run times". "Your plan's data is
// limited to 5GB" describes the plan.
func minDataLimited(toks []draft.Token, m phrase.Match) bool {
	if m.Start == 0 || toks[m.Start-1].Sentence != toks[m.Start].Sentence {
		return false
	}
	switch toks[m.Start].Norm {
	case "was", "were":
	default:
		return false
	}
	switch toks[m.Start-1].Norm {
	case "data", "information", "info", "details", "records", "footage", "content", "fields":
		return true
	}
	return false
}
