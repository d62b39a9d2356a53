package rules

import (
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
)

// The names of excuse's phrase families. The first three present the failure as something
// nobody could have helped; the others name a circumstance (demand, staffing, size, the season,
// a new system) as the reason; "but" is an apology turned into a justification.
const (
	exControl      = "control"
	exCircumstance = "circumstance"
	exUnavoidable  = "unavoidable"
	exDemand       = "demand"
	exStaffing     = "staffing"
	exSmall        = "small"
	exSeason       = "season"
	exNew          = "new"
	exBut          = "but"
	exOthers       = "others"
	exCause        = "cause"
	exAge          = "age"
	exTruth        = "general-truth"
)

// The words excuse builds its phrases from.
var (
	// exCauses are what "due to" and "beyond our control" are said of.
	exCauses = []string{
		"circumstances", "events", "factors", "reasons", "forces", "conditions", "issues",
		"problems", "difficulties", "delays", "matters", "pressures",
	}
	// exSeasons are circumstances of the calendar, the weather and the world that a failure
	// is put down to.
	exSeasons = []string{
		"holidays", "holiday", "holiday season", "holiday period", "festive season",
		"festive period", "christmas", "christmas period", "christmas rush", "easter", "summer",
		"summer holidays", "school holidays", "bank holiday", "bank holiday weekend", "new year",
		"half term", "half-term", "weather", "bad weather", "storm", "snow", "ice", "heatwave", "gale", "gales", "high winds", "wind",
		"heat", "flooding", "floods", "fog", "strike", "strikes", "rail strike", "pandemic",
		"lockdown", "roadworks", "traffic", "rush", "sale", "launch", "move", "peak season",
		"busy season", "busy period", "peak period", "high season", "peak time", "time of year", "timing", "deadline",
		"deadlines", "workload", "volume of orders", "sheer volume", "illness", "sickness",
		"black friday", "cyber monday", "january sales", "summer sale", "christmas sale",
	}
	// exOrgs are what a small team calls itself.
	exOrgs = []string{
		"team", "business", "company", "studio", "shop", "charity", "start-up", "startup",
		"operation", "outfit", "organization", "firm", "crew", "group", "store", "restaurant",
		"bakery", "cafe", "café", "brand", "nonprofit", "non-profit", "practice", "family business",
		"family firm", "club", "venue", "theatre", "theater", "label", "agency", "retailer",
		"brewery", "workshop", "department", "office", "clinic", "school", "publisher",
		"committee", "board", "society", "association", "co-op", "cooperative", "collective",
		"partnership", "network", "project", "volunteer group", "parish council",
	}
	// exOrgsPlural are the many others a writer compares themselves to.
	exOrgsPlural = []string{
		"businesses", "companies", "firms", "start-ups", "startups", "shops", "restaurants",
		"retailers", "brands", "airlines", "teams", "studios", "manufacturers", "makers",
		"sellers", "charities", "bakeries", "venues", "operators", "carriers", "others",
		"organizations", "stores", "suppliers", "independents",
	}
	exSmallAdj = []string{
		"small", "tiny", "little", "young", "independent", "family-run", "family", "volunteer-run",
		"volunteer", "one-person", "two-person", "three-person", "growing", "new", "local",
		"very",
	}
	// exBusyStates are how a team describes being stretched.
	exBusyStates = []string{
		"short-staffed", "understaffed", "under-staffed", "short-handed", "shorthanded",
		"short staffed", "short handed", "short of staff", "short of people", "short of hands",
		"stretched", "overstretched", "stretched thin", "overwhelmed", "swamped", "inundated",
		"snowed under", "flat out", "overloaded", "busy", "busier than usual", "busier than ever",
		"busier than expected", "rushed off our feet", "run off our feet", "at capacity",
		"at full capacity", "over capacity", "under pressure", "under a lot of pressure",
		"under huge pressure", "down a person", "down two people", "a person down",
		"a few people down", "several people down",
	}
	// exCauseAdj describe a cause as nobody's doing, one or two at a time: "an unforeseen
	// technical issue", "some unexpected system problems".
	exCauseAdjWords = "unforeseen|unforeseeable|unexpected|unavoidable|unanticipated|sudden|rare|" +
		"technical|operational|logistical|external|computer|system|software|IT|network|server|" +
		"third-party|systems|power|connectivity|temporary|brief|isolated|intermittent|major"
	exCauseAdj = "{" + exCauseAdjWords + "}"
	exMadeHard = "{made|makes|make|has made|had made} {it|things|everything|life} {<so>|extra|particularly|a lot|much|even|a little|a bit|} {hard|harder|difficult|more difficult|tricky|trickier|challenging|impossible|tough|tougher|complicated}"
	// exScarce are what a repair or an order waits on.
	exScarce = "{parts|spares|spare parts|components|materials|supplies|ingredients|replacements|replacement parts|panels|tiles|chips}"
	// exScarcePeople are the workers a writer says cannot be found.
	exScarcePeople = "{staff|drivers|engineers|technicians|instructors|fitters|chefs|cooks|cleaners|nurses|carers|teachers|tutors|coaches|pilots|mechanics|electricians|plumbers|builders|workers|people|volunteers|guides|riders|couriers|installers|tradespeople|tradesmen}"
	// exAdvisers and exAdvises are the advice given to the reader beforehand: "our website does
	// recommend", "the instructions advise".
	exAdvisers = "{website|site|product page|listing|instructions|guide|guidance|label|care label|packaging|description|faq|booking terms|terms|policy|leaflet|manual}"
	exAdvises  = "{recommend|recommends|recommended|advise|advises|advised|ask|asks|asked|warn|warns|warned|tell|tells|told|suggest|suggests|suggested|insist|insists}"
	exDegree   = "{severely|badly|very|so|seriously|really|completely|totally|extremely|incredibly|simply|just|a bit|slightly|rather|quite|a little|hugely|massively|}"
)

// excusePhrases are the families of phrasing that explain a failure away.
var excusePhrases = append([]phrase.Def{
	// Out of anyone's hands: "due to circumstances beyond our control".
	{Name: exControl, Pattern: "{due to|owing to|because of|as a result of|through|} {unforeseen|unforeseeable|unexpected|exceptional|unusual|external|extraordinary|unavoidable|} " + phrase.Alt(exCauses...) + " {beyond|outside|outside of|out of} {our|my|anyone's|all} control"},
	{Name: exControl, Pattern: "{beyond|outside|outside of|out of} {our|my|anyone's} {control|power|hands}"},
	{Name: exControl, Pattern: "{unforeseen|unforeseeable|unavoidable|extenuating} circumstances"},
	{Name: exCircumstance, Pattern: "{due to|owing to|because of|as a result of|caused by} {some|a|an|} " + exCauseAdj + " {" + exCauseAdjWords + "|} " + phrase.Alt(append(exCauses, "glitch", "glitches", "hiccup", "hiccups", "error", "errors", "fault", "faults", "issue", "problem", "difficulty", "failure")...)},
	{Name: exCircumstance, Pattern: "{due to|owing to|because of|caused by} {a|an|the|some|} {huge|big|large|massive|sudden|unexpected|growing|} {backlog|surge|spike|influx}"},
	{Name: exCircumstance, Pattern: "technical {difficulties|reasons}"},
	{Name: exControl, Pattern: "{an act of god|force majeure}"},
	// Nature blamed: "gusts like that are a force of nature".
	{Name: exControl, Pattern: "<be> {a|an|simply a|just a} {genuine|real|pure|} {force|act} of nature"},
	// Helpless before something bigger: "we were at the mercy of an industry-wide problem".
	{Name: exControl, Pattern: "{<be>|left|leaves|leaving|put|puts} {us|me|everyone|customers|} {entirely|completely|totally|wholly|simply|very much|} at the mercy of"},
	// Unavoidable: "a slight delay was unavoidable", "these things happen".
	{Name: exUnavoidable, Pattern: "<be> {simply|completely|totally|entirely|sadly|unfortunately|just|largely|} {unavoidable|inevitable|unpreventable|unforeseeable|impossible to avoid|impossible to prevent|impossible to foresee|impossible to predict}"},
	{Name: exUnavoidable, Pattern: "{could|can|ca} {not|n't} {have been|be} {avoided|prevented|foreseen|predicted|helped}"},
	// "some returns were inevitably pushed back", "Inevitably, a few orders slipped".
	{Name: exUnavoidable, Pattern: "{<be>|got|} {inevitably|unavoidably} {delayed|late|slower|slow|affected|held up|pushed back|put back|disrupted|cancelled|postponed|missed|behind|bumped|deprioritized|hit|left|dropped|short|slipped|fell behind|took longer|ran late|ran over|suffered|had to wait|had to be}"},
	{Name: exUnavoidable, Pattern: "^ {inevitably|unavoidably} ,"},
	{Name: exUnavoidable, Pattern: "{cannot|couldn't} {have been|be} {avoided|prevented|foreseen|predicted|helped}"},
	{Name: exUnavoidable, Pattern: "{there was|there 's|there is|we had|we have|i had|had} {honestly|really|simply|just|realistically|genuinely|truly|literally|actually|} no way {to|of|we could|anyone could|anybody could|for us to|for anyone to} {know|have known|knowing|predict|predicting|foresee|foreseeing|prevent|preventing|avoid|avoiding|tell|telling|stop|stopping|catch|catching|have caught|spot|spotting|detect|detecting|have seen it coming|have seen this coming|have seen that coming|see it coming|see this coming|have foreseen|have predicted|have prevented|have avoided|have spotted}"},
	// "there was really no safe way for us to reach you": no way for the writer to do it at all.
	{Name: exUnavoidable, Pattern: "{there was|there 's|there is|there were} {honestly|really|simply|just|realistically|genuinely|truly|literally|actually|} no {safe|other|real|practical|possible|sensible|} way for {us|me|anyone|anybody|our _} to"},
	// Nowhere to turn and nothing else to do: "there was simply nowhere to move your group",
	// "cancelling was the only option left".
	{Name: exUnavoidable, Pattern: "{there was|there 's|there is|there were|we had|i had} {honestly|really|simply|just|realistically|genuinely|truly|literally|} nowhere {else {for|to}|for {us|me|anyone|anybody|them|it}|to {move|put|take|send|hold|run|fit|go|turn|move _}}"},
	{Name: exUnavoidable, Pattern: "{was|is|'s|were|seemed|felt like} {really|simply|genuinely|realistically|honestly|} the only {option|choice|alternative|course} {left|open to us|open to me|available to us|we had|i had}"},
	// A limit on what the writer can fit in: "there's only so much checking we can fit in".
	{Name: exUnavoidable, Pattern: "{there was|there 's|there is} only so much {_|} {_|} {we|i|anyone|one|a team} {can|could}"},
	{Name: exUnavoidable, Pattern: "{can|could} only {do|check|manage|handle|fit in|achieve|cope with|protect|keep} so much"},
	// Others' acts put beyond the writer's reach: "we can't control what other retailers do".
	{Name: exControl, Pattern: "{we|i} {can|ca|could} {not|n't|never} {control|dictate|govern} {what|how|whether|when|who}"},
	// Everyone in the trade in the same position: "like every repairer in the country, we're
	// waiting in the same queue".
	{Name: exOthers, Pattern: "like {every|all|most|many|so many|any} {other|} _ {in the _|in our _|} {,|} {we|i} {<be>|'re|'m|<have>|'ve|had|were|are}"},
	{Name: exUnavoidable, Pattern: "{these|such} things {happen|can happen|do happen|will happen}"},
	// The failure as part of the trade itself: "engine trouble is part and parcel of running
	// boats", "that's the thing with sauce made from real fruit".
	{Name: exUnavoidable, Pattern: "{part and parcel of|par for the course|an occupational hazard|comes with the territory|goes with the territory|came with the territory}"},
	{Name: exUnavoidable, Pattern: "{that|this|such} {is|'s} {just|simply|always|} the {nature|thing|trouble|risk} {with|of} {_|} {_|} {made|that|which|like|when|:|,}"},
	// What the tools or the work do of themselves: "memory cards do sometimes fail without any
	// warning", "the odd check is always going to slip through", "a mistake was bound to happen".
	{Name: exUnavoidable, Pattern: "{do|does|can} {sometimes|occasionally} {fail|break|break down|go wrong|malfunction|crash|die|stop working|get lost|go missing|get damaged|slip through|get missed}"},
	{Name: exUnavoidable, Pattern: "{fail|fails|failed|break|breaks|broke|crash|crashes|crashed|malfunction|malfunctions|malfunctioned|die|dies|died} without {any|} warning"},
	{Name: exUnavoidable, Pattern: "{always going|bound|sure|certain} to {slip|slip through|happen|go wrong|fall through|get missed|be missed|creep in|occur|fail|stretch|strain|overwhelm|test|be tight|be hard|be difficult|be a struggle|be a challenge|cause problems|cause delays|be tricky|catch us out|catch someone out}"},
	{Name: exUnavoidable, Pattern: "{always going|bound} to {knock|throw|disrupt|delay|hold up|set back|push back|slow|slow down|upset|trip} {_|} {_|} {_|} {off|out|up|back|down|behind|late}"},
	// A craft said to defy precision: "measuring sash windows is never an exact science".
	{Name: exUnavoidable, Pattern: "{is|'s|was|are|were|be} {never|not|hardly|rarely|far from|not always|not exactly|no} an exact science"},
	{Name: exUnavoidable, Pattern: "{happen|happens|can happen|do happen} {sometimes|occasionally|from time to time|to the best of us|to everyone|in any business|in every business}"},
	{Name: exUnavoidable, Pattern: "{we|i} {did|tried|were doing|was doing} {our|my} {very|} {best|utmost}"},
	{Name: exUnavoidable, Pattern: "{we|i} {do|are doing|'re doing|'m doing|am doing} {our|my} {very|} {best|utmost} {,|} {but|however}"},
	{Name: exUnavoidable, Pattern: "{we|i} {did|tried} {everything|all|all that} {we|i} {could|can}"},
	{Name: exUnavoidable, Pattern: "{we|i} {can|ca|could} {not|n't} always"},
	{Name: exUnavoidable, Pattern: "{we|i} cannot always"},
	{Name: exUnavoidable, Pattern: "{we|i} {<be>} {only|just|all} human"},
	{Name: exUnavoidable, Pattern: "{nobody|no one|no-one} {is|'s} perfect"},
	{Name: exUnavoidable, Pattern: "{mistakes|errors|accidents} {happen|do happen|will happen|can happen}"},
	{Name: exUnavoidable, Pattern: "{our|my} hands {were|are|have been} tied"},
	// "which left my hands tied", "the rules tie our hands"
	{Name: exUnavoidable, Pattern: "{left|leave|leaves|leaving|had|have} {our|my|us with our|me with my} hands tied"},
	{Name: exUnavoidable, Pattern: "{tied|tie|ties} {our|my} hands"},
	// A mistake anyone would have made: "it was an easy mistake for anyone to make", "an
	// understandable slip that anybody could make".
	{Name: exUnavoidable, Pattern: "{a|an} {easy|understandable|natural|common|honest|simple|innocent} {mistake|error|slip|slip-up|mix-up} {for anyone|for anybody|anyone could|anybody could|that anyone could|that anybody could|any of us could|to make}"},
	{Name: exUnavoidable, Pattern: "a perfect storm"},
	// Nobody could have coped, and anyone would have struggled: "no network could have stayed
	// fully standing", "no amount of planning would have prevented it", "any other charity
	// would have struggled", "it could have happened to anyone".
	{Name: exUnavoidable, Pattern: "{nobody|no-one|no {_|} {_|} {_|} {in the world|on earth|anywhere|alive|}} {could|would|can|ca} {have|'ve} {coped|withstood|survived|stayed|remained|kept up|kept going|held up|held out|stood up|handled|managed|done any better|done better|done more|done anything|done any more|prevented|avoided|foreseen|predicted|anticipated|stopped|seen it coming|seen this coming|seen that coming|kept|covered|filled|caught|spotted}"},
	{Name: exUnavoidable, Pattern: "{anyone|anybody|everyone|any {other|} {_|} {_|}} {would|could|might} {have|'ve} {struggled|failed|buckled|collapsed|gone down|come down|been overwhelmed|been caught out|been caught short|been hit|done the same|made the same mistake|made the same call|had the same problem|found it hard|found it difficult}"},
	{Name: exUnavoidable, Pattern: "{could|would|might|can} {have|'ve|} {happened|happen} to {anyone|anybody|everyone|any {other|} _}"},
	// "anyone in our position would have done the same"
	{Name: exUnavoidable, Pattern: "{anyone|anybody|any {other|} _} {in our position|in our shoes|in our place|in the same position|in that position|in our situation} {would|could|might} {have|'ve} {done the same|done likewise|made the same call|made the same decision|made the same mistake|struggled|been caught out}"},
	// Demand: "unprecedented demand", "more orders than expected".
	{Name: exDemand, Pattern: "{due to|owing to|because of|thanks to|given|} {the|an|} {unprecedented|unexpected|unusually high|exceptionally high|overwhelming|extraordinary|exceptional|record|record-breaking|higher than expected|higher-than-expected|huge|massive|enormous|sudden|extremely high|very high|high|heavy|unusual|increased|unanticipated|phenomenal|incredible|unbelievable|sheer} {demand|volumes|volume|call volumes|order volumes|levels of demand|number of orders|number of calls|number of requests|numbers of orders|numbers of calls|surge|influx}"},
	{Name: exDemand, Pattern: "{due to|owing to|because of|thanks to|given|} {the|an|} {unprecedented|unexpected|overwhelming|extraordinary|phenomenal} {interest|traffic|response|numbers}"},
	{Name: exDemand, Pattern: "demand {far|} {exceeded|outstripped|outpaced|surpassed|was higher than|was greater than|was far higher than}"},
	{Name: exDemand, Pattern: "{more|many more|far more} {orders|bookings|calls|requests|enquiries|inquiries|customers|visitors|emails|messages} than {expected|anticipated|usual|normal|ever|we expected|we anticipated|we had planned for|we could handle}"},
	{Name: exDemand, Pattern: "{could|can|ca} {not|n't} keep up"},
	{Name: exDemand, Pattern: "{under|were under|was under|came under|been under} {real|a lot of|huge|enormous|great|intense|immense|serious|heavy|severe|extreme|time|real time|} pressure"},
	{Name: exDemand, Pattern: "{working|worked|were working|was working|been working} {flat out|around the clock|all hours|at full stretch|at capacity|non-stop|nonstop}"},
	{Name: exDemand, Pattern: "{run|rushed|ran|been run} off {our|my|their} feet"},
	{Name: exDemand, Pattern: "{stretched|stretched thin|stretched to the limit|at breaking point|at full stretch|over capacity|at capacity}"},
	{Name: exDemand, Pattern: "{unable|struggled|struggling} to keep up"},
	// More work than hands: "more parcels to pack than people to pack them", "more calls than
	// staff to answer them".
	{Name: exDemand, Pattern: "more _ {_|} {_|} than {there were|we had|} {people|staff|hands|volunteers|drivers|engineers|workers|packers|pickers|bodies|helpers|staff members|crew|agents|cooks|chefs|riders}"},
	{Name: exDemand, Pattern: "with {so|this|that} many {orders|bookings|calls|requests|enquiries|inquiries|customers|people|guests|visitors|emails|messages|tickets}"},
	{Name: exDemand, Pattern: "{overwhelmed|swamped|inundated|flooded} {with|by} {orders|calls|requests|demand|enquiries|inquiries|bookings|emails|messages|tickets}"},
	// Staffing and supply: "we were short-staffed", "the global chip shortage".
	{Name: exStaffing, Pattern: "{short-staffed|understaffed|under-staffed|short-handed|shorthanded|short staffed|short handed|short of staff|short of people|short of hands|down on staff}"},
	// Short of the people who do the work: "we were very short of drivers that week".
	{Name: exStaffing, Pattern: "{short|down|light} {of|on} {drivers|engineers|technicians|chefs|cooks|servers|waiters|staff members|crew|crews|instructors|fitters|packers|pickers|cleaners|nurses|carers|agents|volunteers|couriers|riders|stylists|teachers|tutors|guides|coaches|pilots}"},
	{Name: exStaffing, Pattern: "{staff|staffing|driver|engineer|labor|worker|workforce|crew} {shortage|shortages|shortfall|shortfalls|absence|absences|sickness|illness}"},
	{Name: exStaffing, Pattern: "{not|n't|no} enough {hands|staff|people|drivers|engineers|technicians|staff members|workers|crew|chefs|cooks|servers|agents|capacity|resources} {to|on|in|available|that|}"},
	{Name: exStaffing, Pattern: "{<we>|team|staff|kitchen|store|shop|office|warehouse|restaurant|crew|everyone|engineers|drivers|agents} {<be>|<have> been|<have> all been|found ourselves|were all|are all} " + exDegree + " " + phrase.Alt(exBusyStates...)},
	{Name: exStaffing, Pattern: "{our|my|the} {_|} " + phrase.Alt(respPeople...) + " {was|were|had been|'d been|fell|went|called in|phoned in} {off|} {ill|sick|unwell|off sick|off ill|on sick leave|in hospital}"},
	// Anyone on the writer's side away, with or without a verb: "with three of our preparers
	// out sick", "my assistant was on leave", "half our team off with flu".
	{Name: exStaffing, Pattern: "{our|my} _ {_|} {_|} {was|were|is|are|had been|'d been|have been|has been|went|fell|called in|phoned in|} {off|out|home|away|laid up|} {sick|ill|unwell|poorly|on sick leave|on leave|on annual leave|on holiday|on vacation|in hospital|with flu|with the flu|with covid|with a virus|with a bug|down with}"},
	{Name: exStaffing, Pattern: "{staff|team|people|colleagues|crew|members of staff|of us|of the team|drivers|engineers|technicians|agents|chefs} {were|was|} {off|out|home} {sick|ill|unwell|poorly}"},
	{Name: exStaffing, Pattern: "no {cover|replacement|stand-in|one else|other staff|staff|one} {was|were|could be} {available|free|found}"},
	// "there was no one free to take his jobs"
	{Name: exStaffing, Pattern: "{there was|there were|there 's|there is|we had} no {cover|replacement|stand-in|one else|one|other staff|staff} {available|free} to"},
	// A fraction of the usual staff: "with half the usual staff", "on a skeleton crew", "we
	// run entirely on volunteers".
	{Name: exStaffing, Pattern: "{with|on|running|working with|down to|at} {only|just|barely|} {half|half of|a third of|a quarter of|a fraction of|two-thirds of} {the|our|my|} {usual|normal|regular|full|} {staff|team|crew|workforce|drivers|volunteers|headcount|staffing|strength|capacity|people}"},
	{Name: exStaffing, Pattern: "{half|half of|a third of|a quarter of|a fraction of|two-thirds of} {the|our|my} {usual|normal|regular} {_|} {staff|team|crew|workforce|drivers|volunteers|headcount|staffing|numbers|strength|people}"},
	{Name: exStaffing, Pattern: "skeleton {crew|staff|team|staffing|workforce|shift}"},
	{Name: exStaffing, Pattern: "{reduced|minimal|minimum|low} {staffing|staff levels|staffing levels}"},
	{Name: exStaffing, Pattern: "{run|runs|rely|relies|depend|depends|operate|operates|staffed|manned} {entirely|solely|wholly|completely|only|purely|mostly|largely|almost entirely|} {on|by} {volunteers|unpaid volunteers|volunteer help|volunteer staff|a handful of volunteers|a small band of volunteers|a few volunteers|goodwill}"},
	{Name: exStaffing, Pattern: "{we|i} {<be>} {all|only|just|entirely|} {unpaid|} volunteers"},
	{Name: exStaffing, Pattern: "{global|worldwide|industry-wide|national|nationwide|international|ongoing|chip|parts|component|semiconductor|supply|fuel|paper|labor|stock|material|materials|shipping|container|ingredient} {shortage|shortages|crisis}"},
	// What the repair needs, said to be scarce: "spare parts for lifts of this age are very hard
	// to find at the moment", "replacement panels were in short supply".
	{Name: exStaffing, Pattern: exScarce + " {for ...|} {are|were|is|was|have been|has been|remain|remained} {very|extremely|incredibly|really|so|notoriously|increasingly|} {hard|difficult|impossible|tricky|slow} to {find|source|get|get hold of|obtain|come by}"},
	{Name: exStaffing, Pattern: exScarce + " {for ...|} {are|were|is|was|have been|has been|remain|remained} {in short supply|scarce|hard to come by}"},
	// Whatever the thing, said to be scarce by a verb that only a scarce thing takes: "gold
	// wire braid has been almost impossible to get hold of this year".
	{Name: exStaffing, Pattern: "{are|were|is|was|have been|has been|remain|remained} {almost|nearly|virtually|all but|very|extremely|incredibly|really|so|notoriously|increasingly|} {hard|difficult|impossible|tricky} to {source|get hold of|come by|obtain}"},
	// The people the work needs, said to be scarce: "instructors qualified to teach direct access
	// are like gold dust", "agency staff are hard to hold on to".
	{Name: exStaffing, Pattern: exScarcePeople + " {_|} {_|} {_|} {_|} {are|were|have been|remain|remained} {very|extremely|incredibly|really|so|notoriously|increasingly|} {hard|difficult|impossible|tricky} to {find|get|hold on to|hold onto|keep|recruit|hire|retain|come by|replace}"},
	{Name: exStaffing, Pattern: exScarcePeople + " {_|} {_|} {_|} {_|} {_|} {are|were|have been|remain|remained} {like gold dust|in short supply|scarce|few and far between|thin on the ground}"},
	// "staffing has been a real challenge this month", "recruitment remains a struggle"
	{Name: exStaffing, Pattern: "{staffing|recruitment|recruiting|hiring|retention} {has been|have been|remains|remained|continues to be} {a|an|} {real|huge|big|constant|ongoing|major|serious|} {challenge|struggle|problem|issue|nightmare|headache}"},
	{Name: exStaffing, Pattern: "supply {chain|chains} {issues|problems|disruption|disruptions|delays|constraints|challenges|difficulties|troubles}"},
	{Name: exStaffing, Pattern: "{<we>|team|business|company|shop|store|orders|deliveries|production|supplies|industry} {<be>|<have> been|got} {hit|hampered|held up|caught out|blindsided|badly hit} {hard|badly|heavily|severely|} by"},
	// Size: "as a small team we ...", "we're a studio of nine people".
	{Name: exSmall, Pattern: "as {a|an|just a|only a} " + phrase.Alt(exSmallAdj...) + " {" + strings.Join(exSmallAdj, "|") + "|} " + phrase.Alt(exOrgs...)},
	{Name: exSmall, Pattern: "{we|i} {<be>} {only|just|still|} {a|an} " + phrase.Alt(exSmallAdj...) + " {" + strings.Join(exSmallAdj, "|") + "|} " + phrase.Alt(exOrgs...)},
	{Name: exSmall, Pattern: "{we|i} {<be>} {only|just|} {a|an} " + phrase.Alt(exOrgs...) + " of {only|just|} _ {people|staff|volunteers|employees|person|full-time staff|staff members}"},
	{Name: exSmall, Pattern: "there {are|were|'re} {only|just} _ of us"},
	// "With only two of us running the portal, ..."
	{Name: exSmall, Pattern: "with {only|just} {the|} _ of us"},
	{Name: exSmall, Pattern: "as {a|an} " + phrase.Alt(exOrgs...) + " of {only|just|} _ {people|staff|volunteers|employees|members|full-time staff|part-timers|parents|students}"},
	{Name: exSmall, Pattern: "like {so|} many {other|} {_|} " + phrase.Alt(exOrgsPlural...)},
	{Name: exSmall, Pattern: "like {every|any|most|all} other " + phrase.Alt(exOrgs...)},
	// "a supplier of our size", "any business of our size"
	{Name: exSmall, Pattern: "{a|an|any} {_|} {_|} of {our|my} size"},
	// Others no better: "several other lines were caught out in the same way", "every camp in
	// the desert has this problem", "we were not the only ones". Check drops those that count
	// readers ("several other customers were caught out").
	{Name: exOthers, Pattern: "{several|many|most|plenty of|lots of|a number of|a few|some} {other|} {_|} {_|} {were|was|got|had been|have been|'ve been} {caught out|in the same boat|in the same position|in the same situation}"},
	{Name: exOthers, Pattern: "{every|all|most|any} {other|} _ {_|} {_|} {_|} {_|} {has|have|had|gets|get|faces|face} {this|the same|that|these|similar} {problem|problems|issue|issues|trouble|troubles|challenge|challenges}"},
	{Name: exOthers, Pattern: "{we|i} {were|was|are|am|'re|'m} {not|n't|by no means|far from} the only {one|ones|_}"},
	// The trouble said to be the whole trade's: "a challenge facing the whole sector".
	{Name: exOthers, Pattern: "{facing|affecting|hitting|plaguing|across} the {whole|entire|wider} {sector|industry|trade|profession}"},
	// The season: "the holidays made it hard", "January is our busiest month".
	{Name: exSeason, Pattern: "{the|this|that|our|a|an|} " + phrase.Alt(exSeasons...) + " " + exMadeHard},
	{Name: exSeason, Pattern: "{the|this|that|our|a|an} _ " + phrase.Alt(exSeasons...) + " " + exMadeHard},
	{Name: exSeason, Pattern: "{the|this|that|our|a|an|} " + phrase.Alt(exSeasons...) + " {meant|means} {that|}"},
	{Name: exSeason, Pattern: "{the|this|that|our|a|an} _ " + phrase.Alt(exSeasons...) + " {meant|means} {that|}"},
	{Name: exSeason, Pattern: "the {wettest|hottest|coldest|snowiest|windiest|stormiest|driest|worst|busiest|warmest} " + phrase.Alt(exSeasons...) + " {on record|in years|in decades|for years|ever|} {meant|means|made|left}"},
	// The record weather as the setting: "with the wettest October on record, the paths ...".
	{Name: exSeason, Pattern: "{with|after|given|during|in} the {wettest|hottest|coldest|snowiest|windiest|stormiest|driest|worst|busiest|warmest} {_|} {on record|in years|in decades|for years|in living memory|anyone can remember}"},
	// "we were let down by the weather", "caught out by the snow"
	{Name: exSeason, Pattern: "{let down|caught out|beaten|defeated|hampered|scuppered|thwarted} by {the|a|an|this|that|} {_|} " + phrase.Alt(exSeasons...)},
	// "December is a very busy time for us"
	{Name: exSeason, Pattern: "<be> {always|usually|traditionally|} {a|an} {very|really|particularly|incredibly|extremely|exceptionally|} {busy|hectic|crazy|demanding|frantic|chaotic} {time|period|season|week|month|weekend|few weeks} {for us|for the team|for our team|for everyone here|here}"},
	{Name: exSeason, Pattern: "{held up|delayed|stuck|caught|slowed down|slowed} {for|} ... {by|in} {traffic|roadworks|road works|a crash|an accident|the weather|a storm|snow|floods|flooding|a strike|strikes|a queue|queues|diversions|a diversion|closures|a closure}"},
	{Name: exSeason, Pattern: "{with|because of|due to} the {storm|snow|floods|flooding|ice|fog|gales|strike|strikes|heat|heatwave} {closing|shutting|blocking|cancelling|delaying|stopping|grounding}"},
	{Name: exSeason, Pattern: "{due to|owing to|because of|thanks to|caused by} {the|a|an|this|that|} {_|} " + phrase.Alt(exSeasons...)},
	{Name: exSeason, Pattern: "<be> {always|usually|traditionally|} {our|the} {busiest|peak|craziest|most hectic|most demanding} {time|week|weeks|month|months|day|days|weekend|season|period|night|nights|shift|time of year}"},
	{Name: exSeason, Pattern: "<be> {always|usually|traditionally|} {our|the} {busiest|craziest|most hectic|most demanding} {time|week|weeks|month|months|day|days|weekend|season|period|stretch|part|} {of|in} {the|our|my} {year|calendar|season}"},
	{Name: exSeason, Pattern: "{our|the} {busiest|craziest|most hectic|most demanding} {time|week|weeks|month|months|day|days|weekend|season|period|night|shift|stretch|part} of {the|our|my} {year|calendar|season}"},
	{Name: exSeason, Pattern: "{landing|falling|coming|hitting|arriving|go back|goes back|going back|went back|break up|breaks up|broke up} {in|on|within} the same {week|day|month|weekend|fortnight}"},
	// The day itself blamed: "it was a crazy Saturday", "that was a manic week".
	{Name: exSeason, Pattern: "{it|that|this} {was|'s|had been|has been} {a|an} {really|very|completely|absolutely|totally|} {crazy|hectic|mad|manic|chaotic|frantic|insane|mental|crazy busy} {day|week|weekend|night|morning|afternoon|evening|month|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday|few days|few weeks|time|period|season}"},
	// Circumstances that wrecked the plan: "by then my whole day had gone to pot", "the
	// breakdown threw our whole schedule out".
	{Name: exCircumstance, Pattern: "{my|our|the} {whole|entire|} {day|schedule|diary|week|rota|timetable|plans|morning|afternoon} {went|had gone|has gone|'d gone|'s gone|got|was|were} {to pot|out the window|out of the window|haywire|sideways|up in the air|to pieces|off track|pear-shaped}"},
	{Name: exCircumstance, Pattern: "{threw|thrown|knocked|put} {my|our|the} {whole|entire|} {day|schedule|diary|week|rota|timetable|plans} {out|off|off course|off track|into chaos|into disarray}"},
	// Something new: "the new booking software is still bedding in".
	{Name: exNew, Pattern: "still {bedding in|settling in|being bedded in|getting used to|adjusting to|finding our feet|finding its feet|learning the ropes|ironing out|getting to grips with|in its early days|in beta}"},
	{Name: exNew, Pattern: "{bedding|bedded} in"},
	{Name: exNew, Pattern: "{teething|growing} {problems|issues|troubles|pains}"},
	{Name: exNew, Pattern: "{steep|big|sharp|real} learning curve"},
	{Name: exNew, Pattern: "{getting|get|got} used to {a|the|our} new"},
	// "the new route planner is still taking some getting used to", "it needs time to bed in"
	{Name: exNew, Pattern: "{taking|takes|took|take} {some|a while|a bit of|a little|a lot of|a fair bit of|time|} getting used to"},
	{Name: exNew, Pattern: "{taking|takes|took|needs|needed|need} {time|some time|a while|a little time} to {bed in|get used to}"},
	{Name: exNew, Pattern: "{is|was|are|were} {brand|very|fairly|relatively|quite|still|} new to {us|me|the team|our team}"},
	// A clause that gives a circumstance as the cause, ahead of the failure: "What with the
	// market crowd ...", "With the terminal roadworks closing the lane, every shuttle had to
	// loop round", "and with the half-term rush nobody had time", "Since Sunday afternoons sell
	// out within minutes, our booking page can sometimes ...", "Between the concerts and my
	// mother's operation, the closing date slipped past me". Check wants a word for a
	// circumstance in the clause and a word for the failure after it.
	{Name: exCause, Pattern: "what with"},
	// The age of the place or the kit: "the theatre is 120 years old, and its wiring has never
	// liked modern equipment".
	{Name: exAge, Pattern: "{is|are|was|were|'s} {over|more than|nearly|almost|well over|} _ years old"},
	{Name: exCause, Pattern: "^ {with|since|between|because|as} !<we>"},
	{Name: exCause, Pattern: "{and|but|so} {with|since|because} !<we>"},
	{Name: exCause, Pattern: "because {of|} {the|a|an|all|its|their|some|it|there|this|that} "},
	// A general truth given as the cause: "Leaks like this happen every month, since glass
	// vials and postal sorting machines don't mix well". Check wants a bare plural subject and
	// a verb in the present that says it cannot go right.
	{Name: exTruth, Pattern: "^ {since|because} !<we>"},
	{Name: exTruth, Pattern: ", {since|because} !<we>"},
	// No choice, no catching up, nobody can tell: "so on the day there was little choice",
	// "so there was no catching up", "in ways nobody can predict".
	{Name: exUnavoidable, Pattern: "there {was|is|'s|were} {simply|really|just|} {little|no|not much|not a lot of|no other} {choice|option|options|alternative|alternatives}"},
	{Name: exUnavoidable, Pattern: "there {was|is|'s} {simply|really|just|} no _ {up|round|around|it|that|this}"},
	{Name: exUnavoidable, Pattern: "{nobody|no one|no-one} {can|could} {really|ever|} {predict|foresee|anticipate|tell|know|spot|see} {in advance|from|beforehand|until|when|whether|how|which|}"},
	// Things with a will of their own: "cars of that age have a mind of their own", "an
	// engine can overheat without warning", "rugs of that age are always a gamble".
	{Name: exUnavoidable, Pattern: "a mind of {its|their} own"},
	{Name: exUnavoidable, Pattern: "{is|are|was|were|'s|'re} {always|often|never anything but|} {a|something of a|a bit of a} gamble"},
	{Name: exUnavoidable, Pattern: "{can|could|may|might|will|do|does} {_|} {_|} without {any|} warning"},
	// "I'm sorry ..., but ...": a justification or a turn on the reader after an apology.
	{Name: exBut, Pattern: "{but|however|though|although} {,|} {unfortunately|sadly|regrettably|as you know|as you'll appreciate|as you will appreciate|as you can imagine|as you may know|as you may appreciate|as explained|as stated|as mentioned|as noted|to be fair|in fairness|in our defense|in our defence|honestly|frankly|the reality is|the truth is|at the end of the day|realistically|due to|owing to|because|since|given|with}"},
	{Name: exBut, Pattern: "{but|however} {,|} {this|that|it|there} {is|was|were|are|'s|happens|happened|can happen|does happen}"},
	{Name: exBut, Pattern: "{but|however} {,|} {these|such} things"},
	// The product's own needs, put after the apology: "sorry the cartridge leaked, but these
	// need storing upright".
	{Name: exBut, Pattern: "{but|however|though|although} {,|} {these|those|they|it} {need|needs|must|should|have to|has to|require|requires|are meant to|is meant to|are designed to|is designed to}"},
	// The same needs said of the things at large, stressed: "sorry the bridge snapped, but
	// bridges on student instruments do need checking every few weeks".
	{Name: exBut, Pattern: "{but|however|though|although} {,|} _ {_|} {_|} {_|} {do|does} {need|needs|require|requires|have to|has to}"},
	// The nature of the thing itself, put after the apology: "sorry your juniper lost so many
	// needles, but junipers are often stressed by repotting".
	{Name: exBut, Pattern: "{but|however|though|although} {,|} _ {_|} {are|is} {often|usually|naturally|commonly|generally|notoriously|easily|known to be|always} {stressed|sensitive|prone|fragile|delicate|susceptible|temperamental|unpredictable|upset|affected}"},
	{Name: exBut, Pattern: "{but|however} {,|} {our|the} {policy|terms|warranty|guarantee|rules|terms and conditions|contract|agreement|system|guidelines|procedure}"},
	// The advice the reader is said to have passed over, put after the apology: "sorry the new
	// rolls didn't match, although our website does recommend buying every roll from one batch".
	{Name: exBut, Pattern: "{but|however|though|although} {,|} {our|the} " + exAdvisers + " {does|do|did|clearly|always|} " + exAdvises},
	{Name: exBut, Pattern: "{but|however} {,|} {you|customers|users|guests|clients|members|passengers|buyers|shoppers|patients|tenants} {should|ought|must|need|needed|failed|forgot|neglected|chose|did not|did n't|were supposed|were meant|were told|were warned|were informed|were advised|agreed|accepted|ignored|missed}"},
	{Name: exBut, Pattern: "{but|however} {,|} you"},
	{Name: exBut, Pattern: "{but|however} {,|} {we|i} {were|was|are|'re|am|'m|had|'d|have been|'ve been|did|tried|could n't|could not|ca n't|cannot|can not|can only|could only|only|simply|just|rely|relied|followed|acted|depend|depended|had no|have no|are not|'re not|were not|was not|were n't|was n't}"},
	{Name: exBut, Pattern: "{but|however} {,|} {our|the|a|an} {_|} {_|} " + phrase.Alt(respParties...)},
}, respDisclaimPhrases...)

// exButSkip are the words after "but we are" that start to put things right, not to justify:
// "but we are refunding", "but we're now ...".
var exButSkip = respSet("now", "here", "happy", "glad", "committed", "determined", "pleased",
	"keen", "able", "going", "also", "working", "looking", "taking", "doing",
	"sending", "putting", "making", "fixing", "refunding", "changing", "reviewing", "investigating",
	"offering", "giving", "sorry", "grateful", "thankful", "learning")

// exStrong are the families that deny the failure could have been helped. Only ownership in
// the same paragraph takes them back: they stay an excuse next to a paragraph that owns
// something else ("there was very little we could do about the chip shortage." / "But the
// silence was a choice we made.").
var exStrong = map[string]bool{exControl: true, exUnavoidable: true, respDisclaim: true}

var excuse = lint.Rule{
	ID:       "excuse",
	Scope:    lint.ScopeSpan,
	Severity: lint.Warning,
	Doc: lint.Doc{
		Summary: "explains the failure away instead of owning it",
		Explain: "Putting the failure down to circumstances (\"unprecedented demand\", \"we were " +
			"short-staffed\", \"beyond our control\") or following the apology with \"but\" tells " +
			"the reader it was not really your doing, which takes the apology back. Name the " +
			"cause as something you decided or missed, and own it.",
		Bad:  "Due to unprecedented demand, a slight delay on some orders was unavoidable.",
		Good: "We sold more pairs than our warehouse could pack, and we didn't warn you your order would be late.",
	},
	Phrases: excusePhrases,
	Check: func(p *lint.Pass) []lint.Finding {
		ms := p.Matches()
		r := p.Reading()
		toks := p.Doc.Tokens()
		var cs []respFinding
		for _, m := range ms {
			if r.Quoted(m.Start) {
				continue
			}
			si := toks[m.Start].Sentence
			name := m.Def.Name
			switch {
			case name == exBut:
				if !exAfterApology(p.Doc, r, m) || r.OwnedNear(p.Doc, si) || exPutsRight(p.Doc, r, m) {
					continue
				}
			case exStrong[name]:
				if r.OwnedInParagraph(p.Doc, si) || respNegated(p.Doc, m.Start) || exHumble(toks, m) || exOwnAct(p.Doc, m) {
					continue
				}
			case name == exOthers && exCountsReaders(toks, m):
				continue
			case name == exAge:
				if !exAgeExcuses(p.Doc, r, m) || r.OwnedNear(p.Doc, si) || respNegated(p.Doc, m.Start) {
					continue
				}
			case name == exTruth:
				// Said as a law of things, it is taken back only by owning in its paragraph.
				last, ok := exTruthGiven(p.Doc, r, m)
				if !ok || r.OwnedInParagraph(p.Doc, si) {
					continue
				}
				cs = append(cs, respFinding{first: m.End - 2, last: last, msg: exMessage(exUnavoidable), hint: exHint(exUnavoidable)})
				continue
			case name == exCause:
				last, ok := exCauseAttached(p.Doc, r, m)
				if !ok || r.OwnedNear(p.Doc, si) || respNegated(p.Doc, m.Start) {
					continue
				}
				cs = append(cs, respFinding{first: m.Start, last: last, msg: exMessage(name), hint: exHint(name)})
				continue
			default:
				if r.OwnedNear(p.Doc, si) || respNegated(p.Doc, m.Start) || exForReader(toks, m) || exOnlyDescribes(p.Doc, m) {
					continue
				}
			}
			cs = append(cs, respFinding{first: m.Start, last: m.End - 1, msg: exMessage(name), hint: exHint(name)})
		}
		return respFindings(p.Doc, cs)
	},
}

// exAfterApology reports whether the "but" of m turns an apology: an apology of the writer's
// earlier in the sentence ("I'm sorry your screen cracked, but you should have ..."), or in the
// sentence before when this one opens with "But" or "However".
func exAfterApology(d *draft.Document, r *reading.Reading, m phrase.Match) bool {
	toks := d.Tokens()
	si := toks[m.Start].Sentence
	if m.End < len(toks) {
		// "but we are now refunding": the writer moves on to the remedy.
		if w := toks[m.End-1].Norm; (w == "are" || w == "'re" || w == "am" || w == "'m") && (exButSkip[toks[m.End].Norm] || strings.HasSuffix(toks[m.End].Norm, "ing")) {
			return false
		}
	}
	if toks[m.End-1].Norm == "you" {
		// "but you rang outside our opening hours": the reader's own act, not what they got.
		if m.End >= len(toks) || toks[m.End].Sentence != si {
			return false
		}
		n := toks[m.End].Norm
		if n == "had" || n == "'d" {
			// "but you had already cancelled", not "but you had every right to be upset"
			if m.End+1 >= len(toks) || toks[m.End+1].Sentence != si {
				return false
			}
			n = toks[m.End+1].Norm
			if (n == "already" || n == "just" || n == "previously") && m.End+2 < len(toks) {
				n = toks[m.End+2].Norm
			}
		}
		if bsReceipt[n] || !bsPast(n) {
			return false
		}
	}
	sents := d.Sentences()
	prev := -1
	if m.Start == sents[si].First && si > 0 && sents[si-1].Block == sents[si].Block {
		prev = si - 1
	}
	// Only the two sentences are read, through the reading's index by sentence: a scan of every
	// apology for every "but" grew with the square of a long document.
	for _, id := range r.Sentences[si].Apologies {
		if a := r.Apologies[id]; a.Kind != reading.Reported && a.Tok < m.Start {
			return true
		}
	}
	if prev >= 0 {
		for _, id := range r.Sentences[prev].Apologies {
			if r.Apologies[id].Kind != reading.Reported {
				return true
			}
		}
	}
	return false
}

// exCountsReaders reports whether the others a match names are readers, whose share of the
// harm it reports rather than excuses: "several other customers were caught out", "every
// order from that week had the same problem".
func exCountsReaders(toks []draft.Token, m phrase.Match) bool {
	for i := m.Start; i < m.End; i++ {
		if exReaders[toks[i].Norm] || exReaderThings[toks[i].Norm] {
			return true
		}
	}
	return false
}

var exReaderThings = respSet("customer", "guest", "user", "member", "client", "passenger",
	"patient", "order", "orders", "booking", "bookings", "account", "accounts", "item", "items",
	"parcel", "parcels", "ticket", "tickets", "you", "subscribers", "subscriber", "buyers",
	"tenants", "households", "homes", "parents", "pupils", "students", "players", "readers")

// exHumble reports whether a disclaimer admits that nothing can undo the harm, which is
// humility, not an excuse: "there is nothing we can do to undo the stress this caused".
func exHumble(toks []draft.Token, m phrase.Match) bool {
	if m.Def.Name != respDisclaim {
		return false
	}
	si := toks[m.Start].Sentence
	for i := m.End; i < len(toks) && i < m.End+5 && toks[i].Sentence == si; i++ {
		switch toks[i].Norm {
		case "undo", "erase", "reverse", "amends", "compensate", "repay":
			return true
		case "up", "back":
			if p := toks[i-1].Norm; p == "make" || p == "give" || p == "take" || p == "makes" {
				return true
			}
		}
	}
	return false
}

// exForReader reports whether the hardship a match names falls on the reader, which describes
// the harm rather than excusing it: "the holidays made it hard for you to reach us".
func exForReader(toks []draft.Token, m phrase.Match) bool {
	if m.End+1 >= len(toks) || toks[m.End].Norm != "for" || toks[m.End].Sentence != toks[m.Start].Sentence {
		return false
	}
	return exReaders[toks[m.End+1].Norm]
}

var exReaders = respSet("you", "your", "customers", "guests", "users", "members", "clients",
	"passengers", "patients", "people", "anyone", "everyone", "many", "some", "families", "residents")

// exOnlyDescribes reports whether a team's size is only described ("we are a small team, and I
// read every message myself") rather than offered as the reason it could not cope. "As a small
// team", "we're only a tiny team" and "there are just three of us" make the excuse themselves;
// a plain "we are a small team" must go on to a limit in the same sentence.
func exOnlyDescribes(d *draft.Document, m phrase.Match) bool {
	toks := d.Tokens()
	if m.Def.Name != exSmall {
		return false
	}
	if n := toks[m.Start].Norm; n != "we" && n != "i" {
		return false
	}
	for i := m.Start; i < m.End; i++ {
		if n := toks[i].Norm; n == "only" || n == "just" {
			return false
		}
	}
	end := d.Sentences()[toks[m.Start].Sentence].End
	for i := m.End; i < end; i++ {
		if exLimits[toks[i].Norm] {
			return false
		}
	}
	return true
}

// exLimits are words that turn a team's size into the reason for a failure.
var exLimits = respSet("not", "n't", "cannot", "sometimes", "limited", "rely", "relied", "struggle",
	"struggled", "struggling", "stretched", "enough", "few", "fewer", "hard", "difficult", "can't",
	"unable", "occasionally", "slip", "slipped", "behind", "miss", "missed", "wait", "delays",
	"learning", // "we're a tiny two-person business ... so we're still learning"
	// "we're a volunteer project and most of us were away, so nobody was watching"
	"nobody", "no-one", "away", "forgot", "overlooked", "unnoticed",
	"juggling", "overwhelmed", "busy")

// exPutsRight reports whether what follows the "but" of m is a remedy, a prevention step or a
// way to reach someone: "sorry for the wait, but your refund is on its way".
func exPutsRight(d *draft.Document, r *reading.Reading, m phrase.Match) bool {
	si := d.Tokens()[m.Start].Sentence
	from := d.Tokens()[m.Start].Span.Start
	for _, evs := range [][]reading.Evidence{r.Remedies, r.Preventions, r.Contacts} {
		for _, ev := range evs {
			if ev.Sentence == si && ev.Span.Start >= from {
				return true
			}
		}
	}
	return false
}

// exMessage returns the message format for a family: %q stands for the words found.
func exMessage(name string) string {
	switch name {
	case exControl, exUnavoidable, respDisclaim:
		return "%q presents the failure as unavoidable"
	case exBut:
		return "%q turns the apology into an excuse"
	case exSmall:
		return "%q excuses the failure by the team's size"
	case exOthers:
		return "%q excuses the failure as everyone's problem"
	}
	return "%q blames circumstances for the failure"
}

func exHint(name string) string {
	switch name {
	case exBut:
		return "end the apology at the failure, then say what you will do about it, with no \"but\""
	case exControl, exUnavoidable, respDisclaim:
		return "say what was in your hands: what you could have done, and what you will do now"
	}
	return "name the cause as your own decision: 'we didn't plan for that many orders'"
}

// exCircumstances are the words of a circumstance a failure is put down to: the crowd, the
// season, the weather, the staff on hand, a system, the supply.
var exCircumstances = respSet(append([]string{
	"rush", "busy", "busiest", "demand", "sell", "sold", "sells", "queue", "queues", "volume",
	"surge", "crowd", "crowds", "market", "footfall", "popular", "bookings", "orders",
	"staff", "staffing", "volunteers", "whoever", "sick", "ill", "illness", "absence", "leave",
	"hands", "rota", "rain", "snow", "icy", "frost", "storm", "storms", "winds", "hot", "wet",
	"floods", "gales", "concerts", "operation", "hospital", "funeral", "exam", "term",
	"end-of-term", "weekend", "bank", "season", "deadline", "customs", "roadworks", "strike",
	"system", "systems", "software", "update", "server", "servers", "outage", "internet",
	"power", "network", "supplier", "suppliers", "deliveries", "shortage", "parts", "pallet",
	"drums", "shipment", "shipments", "backlog", "closure", "closing", "board"}, exSeasons...)...)

// exFailWords say, after a cause clause, that something went wrong or could not be done.
var exFailWords = respSet("not", "n't", "cannot", "nobody", "no", "never", "sometimes",
	"occasionally", "wrong", "late", "later", "delayed", "behind", "slipped", "slip", "missed",
	"miss", "chaos", "lost", "forgot", "overlooked", "unable", "struggled", "wait",
	"waited", "waiting", "longer", "short", "fell", "stuck", "hard", "difficult", "impossible")

// exCauseAttached reports whether a cause clause names a circumstance and is attached to a
// failure: a word for a circumstance in the clause, and a word for the failure after it
// ("nobody had time", "had to wait", "slipped past me"). "What with" is always such a clause.
// A sentence that puts things right or prevents a repeat ("With the new check in place, this
// cannot happen again") is left alone, and so is a clause of dates ("Between 2 and 4 May, a
// change we made ...") or one whose subject is the writer ("Since we moved the sheet online").
// It returns the last token of the finding: the circumstance.
func exCauseAttached(d *draft.Document, r *reading.Reading, m phrase.Match) (int, bool) {
	toks := d.Tokens()
	si := toks[m.Start].Sentence
	if toks[m.Start].Norm == "what" {
		return m.End - 1, true
	}
	if s := r.Sentences[si]; s.Remedy || len(s.Apologies) > 0 || s.Prevention && !exStepNotTaken(d, r, si) {
		return 0, false
	}
	end := d.Sentences()[si].End
	// The conjunction opens the clause; the first word of the clause may not be the writer.
	k := m.Start
	for k < m.End && toks[k].Norm != "with" && toks[k].Norm != "since" && toks[k].Norm != "between" && toks[k].Norm != "because" && toks[k].Norm != "as" {
		k++
	}
	conj := toks[k].Norm
	if conj == "as" {
		// "As of this week", "As a thank-you", "As you know": not a cause.
		switch toks[k+1].Norm {
		case "the", "our", "a", "an":
		default:
			return 0, false
		}
	}
	circ := -1
	for i := k + 1; i < end && i <= k+12; i++ {
		n := toks[i].Norm
		if n == "we" || n == "i" || n == "our" && conj != "with" && conj != "between" {
			return 0, false
		}
		if minIsFigure(n) && conj == "between" {
			return 0, false
		}
		if exCircumstances[n] {
			circ = i
			break
		}
		if n == "," || n == ";" {
			break
		}
	}
	if circ < 0 {
		return 0, false
	}
	// The failure follows the circumstance: in the main clause, or in a "because" clause's own
	// sentence before it ("the van was late because of the snow"). A main clause about the
	// reader tells the harm: "With two tired children and the rain, you waited an hour".
	for i := circ + 1; i < end; i++ {
		n := toks[i].Norm
		if n == "," && i+1 < end && (toks[i+1].Norm == "you" || toks[i+1].Norm == "your") {
			return 0, false
		}
		if exFailWords[n] || n == "had" && i+1 < end && toks[i+1].Norm == "to" {
			return circ, true
		}
	}
	if conj == "because" {
		for i := d.Sentences()[si].First; i < k; i++ {
			if exFailWords[toks[i].Norm] {
				return circ, true
			}
		}
	}
	return 0, false
}

// exOwnAct reports whether an unavoidability phrase is about what the writer did: "we closed
// the road without warning" is the harm, told by its doer, not an excuse.
func exOwnAct(d *draft.Document, m phrase.Match) bool {
	toks := d.Tokens()
	if toks[m.End-1].Norm != "warning" {
		return false
	}
	first := d.Sentences()[toks[m.Start].Sentence].First
	for i := m.Start - 1; i >= first && i >= m.Start-8; i-- {
		n := toks[i].Norm
		if n == "we" || n == "i" || n == "you" {
			return true
		}
		if respClauseEnd[n] {
			return false
		}
	}
	return false
}

// exAgeExcuses reports whether an age ("120 years old") is given as the reason for a failure: a
// figure, then a word for the failure later in the sentence, in a sentence that neither
// apologises nor puts things right ("the boiler is 20 years old, so we have replaced it").
func exAgeExcuses(d *draft.Document, r *reading.Reading, m phrase.Match) bool {
	toks := d.Tokens()
	if !minIsFigure(toks[m.End-3].Norm) {
		return false
	}
	si := toks[m.Start].Sentence
	if s := r.Sentences[si]; s.Remedy || s.Prevention || len(s.Apologies) > 0 {
		return false
	}
	for i := m.End; i < d.Sentences()[si].End; i++ {
		if exFailWords[toks[i].Norm] {
			return true
		}
	}
	return false
}

// exStepNotTaken reports whether the step a sentence is read to name is one nobody took: the
// subject before it is "nobody" or "no one" ("with two opticians on leave nobody did the second
// check"), which tells the failure, not a prevention.
func exStepNotTaken(d *draft.Document, r *reading.Reading, si int) bool {
	if !r.Sentences[si].Prevention {
		return false // most sentences: no need to look through the document's preventions
	}
	toks := d.Tokens()
	for _, ev := range r.Preventions {
		if ev.Sentence != si {
			continue
		}
		for i := d.Sentences()[si].First; i < len(toks) && toks[i].Span.Start < ev.Span.Start; i++ {
			if n := toks[i].Norm; n == "nobody" || n == "no-one" || n == "no" && i+1 < len(toks) && toks[i+1].Norm == "one" {
				return true
			}
		}
		return false
	}
	return false
}

// exTruthGiven reports whether a "since" or "because" clause states a general truth as the
// cause of a failure: its subject a bare noun ("glass vials and postal sorting machines", not
// "the courier" nor "Monday"), its verb a present tense that denies ("don't mix", "can't
// take"), and a word for the failure elsewhere in the sentence ("leaks like this happen"). A
// sentence that apologises, puts things right or prevents a repeat is left alone: "we have
// refunded you, since parcels like yours don't qualify for the guarantee". It returns the
// last token of the finding: the denial.
func exTruthGiven(d *draft.Document, r *reading.Reading, m phrase.Match) (int, bool) {
	toks := d.Tokens()
	si := toks[m.Start].Sentence
	if s := r.Sentences[si]; s.Remedy || s.Prevention || len(s.Apologies) > 0 {
		return 0, false
	}
	sent := d.Sentences()[si]
	k := m.End - 1 // the clause's first word
	if t := toks[k].Text; t == "" || exTruthNotBare[toks[k].Norm] || t[0] >= 'A' && t[0] <= 'Z' || minIsFigure(toks[k].Norm) {
		return 0, false
	}
	denial, end := -1, sent.End
	for i := k + 1; i < sent.End && i <= k+10; i++ {
		n := toks[i].Norm
		if n == "," || n == ";" || n == ":" {
			end = i
			break
		}
		if denial >= 0 {
			continue
		}
		switch n {
		case "did", "was", "were", "had", "'d", "we", "i", "our", "my":
			return 0, false // a past event or the writer's own: a cause clause, judged as such
		case "do", "does", "can", "ca", "will", "wo":
			if i+1 < sent.End && (toks[i+1].Norm == "n't" || toks[i+1].Norm == "not") {
				denial = i + 1
			}
		case "cannot", "never", "rarely", "seldom":
			denial = i
		}
	}
	if denial < 0 {
		return 0, false
	}
	for i := sent.First; i < sent.End; i++ {
		if i >= m.Start && i < end {
			continue
		}
		if exTruthFail[toks[i].Norm] {
			return denial, true
		}
	}
	return 0, false
}

// exTruthNotBare are the words that make a clause's subject particular, not a general truth:
// determiners, pronouns and "there".
var exTruthNotBare = respSet("the", "a", "an", "this", "that", "these", "those", "our", "your",
	"their", "its", "his", "her", "my", "it", "they", "you", "he", "she", "there", "then", "now",
	"last", "early", "before", "after", "each", "every", "all", "some", "no", "nobody", "one")

// exTruthFail are the words of the main clause that say the failure happens: "leaks like this
// happen", "boxes break".
var exTruthFail = respSet("happen", "happens", "leak", "leaks", "leaked", "break", "breaks",
	"broke", "fail", "fails", "failed", "damaged", "broken", "cracked", "lost", "spill", "spills",
	"wrong", "late", "delayed", "missed", "slip", "slipped", "mistakes", "errors")
