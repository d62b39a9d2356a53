package rules

import (
	"strings"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
)

// The names of blame-shift's phrase families.
const (
	bsAgent       = "agent"        // an outside party as the doer: "our courier, SwiftDrop, lost"
	bsPassive     = "passive"      // an outside party as the agent of a passive: "caused by our processor"
	bsIndividual  = "individual"   // one employee: "one of our drivers left", "an employee deleted"
	bsDescribed   = "described"    // one employee described as the weak link: "a new intern"
	bsAttribution = "attribution"  // the fault said to be theirs: "down to them", "their responsibility"
	bsCustomer    = "customer"     // the reader: "you should have used", "customers who failed to"
	bsInstruction = "instruction"  // the reader pointed to the instructions: "as it says on the box"
	bsOutsourced  = "outsourced"   // whoever does the work for the writer: "the factory that packs the kits for us"
	bsApposed     = "apposed"      // a party named in apposition: "our printers, Harcourt Litho, put"
	bsTheirPeople = "their-people" // a named party's people or system: "the touring company ... their operator failed"
	bsMaker       = "maker"        // the maker of what the writer uses: "the maker of our tinting machine"
	bsReaderCause = "reader-cause" // the reader's act said to be why it went wrong: "you measured ..., and that is why"
	bsPossessed   = "possessed"    // a named or other party's own people or things: "the Red Lion's quizmaster added"
	bsAgentOf     = "agent-of"     // a passive's agent that belongs to another: "by a script run by Fjordstore"
)

// The words blame-shift builds its phrases from.
var (
	bsDets = "{our|the|a|an|their|its|one of our|one of the}"
	// bsPeopleAdj describe one employee as the weak link.
	bsPeopleAdj = []string{
		"rogue", "disgruntled", "careless", "negligent", "incompetent", "sloppy", "inexperienced",
		"junior", "new", "newly hired", "recently hired", "temporary", "temp", "trainee",
		"seasonal", "agency", "single", "lone", "former", "part-time", "relief", "stand-in",
		"locum", "young", "overworked", "distracted", "individual", "freelance", "outside",
		"external", "contract",
	}
	bsPeoplePlural = []string{
		"employees", "staff", "interns", "drivers", "agents", "engineers", "technicians",
		"team members", "colleagues", "moderators", "developers", "volunteers", "cashiers",
		"servers", "waiters", "packers", "pickers", "trainees", "temps", "managers",
		"staff members", "chefs", "cooks", "bakers", "designers", "receptionists", "advisors",
		"advisers", "representatives", "reps", "pharmacists", "workers", "contractors",
		"freelancers", "editors",
	}
	// bsReaders are the reader and the customers the writer speaks of.
	bsReaders = []string{
		"you", "customers", "users", "clients", "guests", "members", "players", "passengers",
		"buyers", "shoppers", "subscribers", "residents", "tenants", "parents", "patients",
		"backers", "owners", "diners", "people", "some customers", "some users", "some of you",
		"those customers", "those users", "those of you", "many of you", "a few customers",
	}
	// bsHosts are the places and organisers a service is delivered at, whose own people the
	// failure may be put on: "the venue's staff unplugged it".
	bsHosts  = "{venue|venues|hotel|hall|airport|station|stadium|arena|church|school|council|building|site|campsite|marina|client|organiser|organisers|organizer|organizers|promoter|promoters|landlord|caterer|caterers|restaurant|bank}"
	bsFaults = "{fault|responsibility|error|mistake|doing|negligence|failure|oversight|carelessness}"
)

// blameShiftPhrases are the families of phrasing that put the failure on someone other than
// the writer's organisation. Most name the doer only; Check then looks at what the doer did.
var blameShiftPhrases = append([]phrase.Def{
	// An outside party, with up to two words of description, as a doer; Check wants a verb of
	// failure after it (or its name and a relative pronoun).
	{Name: bsAgent, Pattern: bsDets + " " + phrase.Alt(respParties...)},
	{Name: bsAgent, Pattern: bsDets + " _ " + phrase.Alt(respParties...)},
	{Name: bsAgent, Pattern: bsDets + " _ _ " + phrase.Alt(respParties...)},
	{Name: bsAgent, Pattern: "{they|the|our} {must|may|might|probably|clearly|evidently|apparently|obviously} {have|'ve} {damaged|lost|dropped|broken|mishandled|mixed|crushed|mislabeled|mislabelled|misrouted|misplaced|opened|tampered|left|sent|messed}"},
	// The people of a host, as doers: "the venue's staff unplugged it at 9pm".
	{Name: bsAgent, Pattern: "{the|a|their} {_|} " + bsHosts + " 's {_|} {_|} {staff|team|people|crew|security|stewards|handlers|porters|cleaners|workers|employees|managers|electricians|drivers|" + strings.Join(respPeople, "|") + "}"},
	// An outside party as the agent of a passive; Check wants a participle of failure before.
	{Name: bsPassive, Pattern: "by " + bsDets + " " + phrase.Alt(respParties...)},
	{Name: bsPassive, Pattern: "by " + bsDets + " _ " + phrase.Alt(respParties...)},
	{Name: bsPassive, Pattern: "by " + bsDets + " _ _ " + phrase.Alt(respParties...)},
	// One person singled out.
	{Name: bsDescribed, Pattern: "{a|an|one|the} " + phrase.Alt(bsPeopleAdj...) + " " + phrase.Alt(respPeople...)},
	{Name: bsIndividual, Pattern: "{an|one} {employee|intern|staffer|trainee|temp}"},
	{Name: bsIndividual, Pattern: "{a|one} {member|members} of {our|the} {_|} {team|staff|crew}"},
	{Name: bsIndividual, Pattern: "one of {our|the} {_|} " + phrase.Alt(bsPeoplePlural...)},
	// The fault said outright to be someone else's.
	{Name: bsAttribution, Pattern: "down to {them|him|her}"},
	{Name: bsAttribution, Pattern: "down to {the|our} {_|} " + phrase.Alt(respParties...)},
	// The fault put on a thing another party made or ran: "the delays were largely down to the
	// new ticketing app supplied by GateWise".
	{Name: bsAttribution, Pattern: "{was|were|is|are|'s} {largely|mostly|mainly|entirely|partly|all|} down to {the|a|an|their} {_|} {_|} {_|} {supplied|provided|made|built|run|operated|developed|installed|managed} by"},
	{Name: bsAttribution, Pattern: "{that|this|it|which} {one|} {is|was|'s} {entirely|squarely|all|firmly|solely|wholly|} on {them|him|her}"},
	{Name: bsAttribution, Pattern: "{is|was|'s} {entirely|squarely|all|firmly|solely|wholly|} on {the|our} {_|} " + phrase.Alt(respParties...)},
	{Name: bsAttribution, Pattern: "{lies|lay|rests|rested|sits|sat} {entirely|squarely|firmly|solely|wholly|} with {them|him|her|the|their}"},
	// Where the fault began: "so the mistake really started with them".
	{Name: bsAttribution, Pattern: "{mistake|fault|error|problem|blame|trouble|mix-up} {really|actually|all|} {started|began|starts|begins|originated|stemmed} {with|at} {them|him|her|their}"},
	// A colleague said to know the fault is theirs: "which she knows she shouldn't have done".
	{Name: bsAttribution, Pattern: "{he|she|they} {knows|knew|know|admits|admitted|admit|accepts|accepted|realises|realised|realizes|realized} {he|she|they} {should n't|should not|ought not to|must not|must n't} {have|'ve}"},
	{Name: bsAttribution, Pattern: "{their|his|her} {own|} " + bsFaults},
	{Name: bsAttribution, Pattern: "{the|our} {_|} " + phrase.Alt(respParties...) + " 's " + bsFaults},
	{Name: bsAttribution, Pattern: "{fault|faults|error|errors|problem|problems|issue|issues|mistake|mistakes|glitch|outage|negligence|failure} on {their|its} {side|end|part}"},
	{Name: bsAttribution, Pattern: "{fault|faults|error|errors|problem|problems|issue|issues|mistake|mistakes|glitch|outage|negligence|failure} on the {_|} " + phrase.Alt(respParties...) + " 's {side|end|part}"},
	{Name: bsAttribution, Pattern: "{fault|blame|mistake|error|responsibility} {was|is|lay|lies} {entirely|solely|wholly|all|} {theirs|his|hers}"},
	{Name: bsAttribution, Pattern: "{fault|blame|mistake|error|responsibility} {was|is|lay|lies} {entirely|solely|wholly|all|} {the|our} {_|} " + phrase.Alt(respParties...) + " 's"},
	{Name: bsAttribution, Pattern: "{came|comes|stemmed|originated|arose|resulted} from " + bsDets + " {_|} {_|} " + phrase.Alt(respParties...)},
	// The cause placed at a party: "the root cause was a failure at our DNS provider".
	{Name: bsAttribution, Pattern: "{cause|root cause|source|origin|trigger} {was|is|lay|lies} {a|an|the|} {_|} {failure|fault|error|outage|problem|issue|bug|change|mistake|incident|breakdown} {at|in|with|by|on|from|inside} " + bsDets + " {_|} {_|} " + phrase.Alt(respParties...)},
	{Name: bsAttribution, Pattern: "{came|comes|stemmed|originated|arose|resulted} from {a|an|one} " + phrase.Alt(bsPeopleAdj...) + " " + phrase.Alt(respPeople...)},
	{Name: bsAttribution, Pattern: "{they|he|she} {were|was|are|is} {solely|entirely|fully|wholly|} {responsible|to blame|at fault|liable}"},
	{Name: bsAttribution, Pattern: "{the|our} {_|} " + phrase.Alt(respParties...) + " {was|were|is|are} {solely|entirely|fully|wholly|} {responsible|to blame|at fault|liable}"},
	{Name: bsAttribution, Pattern: "{they|he|she} {have|has|'ve|'s} {accepted|admitted|acknowledged} {full|} {responsibility|the blame|liability|fault}"},
	{Name: bsAttribution, Pattern: "{their|its} {_|} {packers|staff|driver|drivers|team|employees|workers|engineers|technicians|system|systems|software|warehouse|depot|people|courier|handlers|machine|machines|van|vans} {must|may|might} {have|'ve} {damaged|lost|dropped|broken|mishandled|mixed|crushed|mislabeled|mislabelled|misrouted|misplaced|opened|tampered|left|sent|messed|been|}"},
	{Name: bsAttribution, Pattern: "their {_|} {workmanship|work|packing|handling|service|system|systems|software|staff|driver|drivers|packers|team|equipment|installation|process|processes|checks|quality control} {was|were|is|are|has been|had been} {very|} {poor|faulty|substandard|shoddy|careless|sloppy|bad|negligent|inadequate|at fault|to blame|responsible|below standard|unacceptable}"},
	// The mistake placed in someone else's work, away from the writer's: "the mistake was in
	// that list rather than anything our studio did", "the error was in their data", "the fault
	// lay at the depot, not at our end".
	{Name: bsAttribution, Pattern: "{rather than|and not|not|instead of} {anything|something|any mistake|a mistake|an error|any error|any fault} {that|} {we|i|our _|our _ _|my _|my _ _|anyone here|anyone at _|anyone on our _} {did|had done|'d done|made|caused|got wrong}"},
	{Name: bsAttribution, Pattern: "{rather than|and not|not} {with|on|at|in|from} {us|me|our|my} {_|} {end|side|team|part|staff|studio|shop|office|people|work|checks|records|system|systems|volunteers}"},
	{Name: bsAttribution, Pattern: "{mistake|mistakes|error|errors|fault|problem|typo|typos|mix-up|inaccuracy|inaccuracies} {was|were|lay|lies|is|are|came|crept in} {in|from} {their|his|her|the _ 's|the _ _ 's} {_|} {_|} {list|lists|data|file|files|spreadsheet|information|records|paperwork|instructions|artwork|details|brief|copy|form|forms|feed|figures|database|records|register|order|orders}"},
	// The fault given to a named other: "the problem was entirely the fault of TixHub",
	// "it was the doing of the booking site". "The fault of our own checks" is owned.
	{Name: bsAttribution, Pattern: "{is|was|'s|were|are|lay|lies|rests|rested} {entirely|solely|wholly|squarely|all|completely|largely|mostly|} the {fault|doing} of !<our>"},
	// The reader.
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " {should|ought to} {n't|not|} {have|'ve}"},
	// With a word between: "you really should have said so", "customers simply should have".
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " {really|just|simply|honestly|probably|surely|clearly|obviously|also|perhaps|then|always} {should|ought to} {n't|not|} {have|'ve}"},
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " {were|are|was} {supposed|meant|required|expected} to"},
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " {who|that|} {failed|neglected|forgot|omitted|chose not|refused} to"},
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " who {did not|did n't|never|had not|had n't|have not|have n't}"},
	// "members who had never set up two-step sign-in"
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " who {had|'d|have|'ve} {still|} never"},
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " {did not|did n't|never}"},
	{Name: bsCustomer, Pattern: "if {only|} {you|customers|users|clients|guests|members|they} {had|'d} {only|}"},
	{Name: bsCustomer, Pattern: "had {you|customers|users|clients|guests|members} {only|}"},
	{Name: bsCustomer, Pattern: "{your|the customer's|customers'} {own|} {fault|responsibility|negligence|carelessness}"},
	{Name: bsCustomer, Pattern: "{user|customer|operator} error"},
	// The instructions the reader is said to have ignored: "these need storing upright, as it
	// says on the box", "as clearly stated in our terms". Checked for a duty in the sentence.
	{Name: bsInstruction, Pattern: "as {it|we|this|that|} {says|said|states|stated|explains|explained|is stated|was stated|is printed|was printed|is written|is explained|was explained|is shown|shows|showed|mentioned|is mentioned|noted|is noted|clearly states|clearly stated|clearly says|is clearly stated|is clearly printed} {clearly|} {on|in} {the|our|your} {box|packaging|pack|label|instructions|manual|leaflet|website|terms|terms and conditions|confirmation|confirmation email|booking confirmation|email|ticket|receipt|guide|care card|care label|insert|listing|product page|small print}"},
	// The same advice turned against the reader after "although" or "but": "sorry the rolls
	// didn't match, although our website does recommend buying every roll from one batch".
	{Name: bsInstruction, Pattern: "{but|however|though|although} {,|} {our|the} " + bsAdvisers + " {does|do|did|clearly|always|} {recommend|recommends|recommended|advise|advises|advised|ask|asks|asked|warn|warns|warned|insist|insists|suggest|suggests|suggested}"},
	// The same advice added after what the reader did, stressed: "The photo you uploaded was
	// under 1,000 pixels wide, and our site does warn customers".
	{Name: bsInstruction, Pattern: "{and|,} {our|the} " + bsAdvisers + " {does|do|did|clearly} {recommend|recommends|advise|advises|ask|asks|warn|warns|insist|insists|suggest|suggests|tell|tells|say|says|state|states}"},
	// The reader's own entry, said to be wrong: "you put 14 Elm Close on the form instead of
	// 41", "you gave us your old address", "customers who typed the wrong code".
	{Name: bsCustomer, Pattern: phrase.Alt(bsReaders...) + " {who|that|} {also|} " + phrase.Alt(bsEntryVerbs...)},
	{Name: bsCustomer, Pattern: "it {was|is|'s|had been|has always been} {up to you|your responsibility|your job|on you|for you} to"},
	// The same duty given to the readers by name: "it is the responsibility of parents to read
	// it before the cut-off".
	{Name: bsCustomer, Pattern: "it {was|is|'s|had been|has always been|remains} the {sole|} responsibility of {the customer|the buyer|the guest|the client|the member|the user|the passenger|the parent|the tenant|" + strings.Join(bsReaders, "|") + "} to"},
	{Name: bsCustomer, Pattern: "{error|mistake|fault|negligence|oversight|misunderstanding|carelessness} on your {part|side|end}"},
	// The reader's own setting named as the cause: "you had left data roaming switched on".
	{Name: bsCustomer, Pattern: "{you|customers|users|members} {had|'d|} {left|kept} {_|} {_|} {_|} {switched on|turned on|switched off|turned off|enabled|disabled}"},
	// What the reader's booking lacked: "the address on the booking did not have the house
	// number".
	{Name: bsAttribution, Pattern: "{address|postcode|details|information|number|house number|name|date|email|phone number|instructions|reference} {on|in|from} {the|your} {booking|order|form|application|booking form|order form|request} {did not|did n't|was missing|were missing|had no|lacked|was wrong|was incorrect|were wrong|were incorrect|was incomplete|were incomplete}"},
	// The cause placed at the reader's property: "the water had been backing up from your
	// gutters".
	{Name: bsAttribution, Pattern: "{backing up|backed up|leaking|leaked|seeping|seeped|getting in|got in|coming in|came in|overflowing|overflowed|dripping|dripped|originated|originating} {in|from|through|out of|via} your"},
	// Someone else's act set against the writer's people: "the flag was raised by Invigil8's
	// software, not by anyone on our assessment team".
	{Name: bsAttribution, Pattern: "not by {us|me|anyone|anybody|any of us|our _|our _ _|one of our _|a member of our _}"},
	// A party's failings as a habit: "their model has a habit of mistaking poor lighting",
	// "their system is known for dropping orders".
	{Name: bsOutsourced, Pattern: "their {_|} {_|} {has|have|had} a {habit|tendency} {of|to}"},
	{Name: bsOutsourced, Pattern: "their {_|} {_|} {tends|tend|tended} to"},
	{Name: bsOutsourced, Pattern: "their {_|} {_|} {is|are|was|were} {known|notorious} {for|to}"},
	// A party that held things up: "their finance department, who sat on the invoice".
	{Name: bsAttribution, Pattern: "{who|they|he|she} {sat on|held on to|hung on to|held onto|sat upon} {the|our|your|it|them|that|this}"},
	// Whoever does the work for the writer, with a failure after: "the factory that packs the
	// kits for us has been leaving them out".
	{Name: bsOutsourced, Pattern: "{that|who|which} {packs|packed|makes|made|prints|printed|ships|shipped|bakes|baked|builds|built|assembles|assembled|produces|produced|supplies|supplied|delivers|delivered|handles|handled|hosts|hosted|processes|processed|manufactures|manufactured|bottles|bottled|sews|roasts|roasted|fills|filled|packages|packaged|runs|ran} {_|} {_|} {_|} {_|} for us"},
	// The work handed to a party by a passive, its failure after: "the car park is run on our
	// behalf by ParkRight Solutions, whose new camera system failed to read the list".
	{Name: bsOutsourced, Pattern: "{run|operated|managed|handled|hosted|supplied|provided|staffed|done|delivered|printed|made} {for us|on our behalf|on my behalf|for me} by"},
	// Any work done for the writer, in a clause set off by commas, before the doer's verb:
	// "LinkBus, who run the shuttle for us, sent one minibus instead of three", "Ridgeway
	// Travel, who hold the contract for our coach trips, double-booked the coach".
	{Name: bsOutsourced, Pattern: ", {who|which} _ {_|} {_|} {_|} {_|} {for us|for our|on our behalf} {_|} {_|} {_|} ,"},
	// An outside business by its trade, with a word that says which: "the transfer firm",
	// "the touring company", "a haulage outfit". "Our" leaves it the writer's own.
	{Name: bsAgent, Pattern: "{the|a|an} _ {_|} " + phrase.Alt(bsOrgNouns...)},
	// The maker or supplier of something the writer uses: "the maker of our tinting machine".
	{Name: bsMaker, Pattern: "{the|a|an} {maker|makers|manufacturer|manufacturers|supplier|suppliers|company|firm|people} {of|behind|who make|that makes|that make|who makes|who supply|that supply|that supplies|who supplies} {our|my}"},
	// A party named in apposition: "our ticketing platform, TixTent,", "Our printers, Harcourt
	// Litho,". Check wants a capitalised name and a verb of failure after it.
	{Name: bsApposed, Pattern: "{our|my|the} {_|} {_|} _ ,"},
	// A named party's people or system as the doer: "the touring company, Northlight Opera, and
	// their operator failed to bring a backup". Check wants the party earlier in the sentence.
	{Name: bsTheirPeople, Pattern: "{their|its} {_|} {operator|operators|driver|drivers|staff|team|engineer|engineers|technician|technicians|loader|loaders|packers|warehouse|depot|hub|branch|plant|sorting office|system|systems|software|update|crew|people|handlers|courier|rider|riders|agent|agents|management|manager|managers|organisers|organizers}"},
	// The reader's act given as the reason: "You measured Conor over his jumper, which our guide
	// warns against, and that is why the sizes came out wrong".
	{Name: bsReaderCause, Pattern: "{that|which|this} {is|'s|was} {almost always|nearly always|always|usually|often|normally|generally|typically|most likely|probably|exactly|precisely|} {why|how}"},
	{Name: bsReaderCause, Pattern: "{that|which} meant"},
	// A party's own people or things as the doer: "the Red Lion's quizmaster added up round
	// four twice", "another pub's quizmaster". Check wants a capitalised name or "another"
	// before the "'s", and a failure after the one or two words it owns.
	{Name: bsPossessed, Pattern: "{the|another} {_|} {_|} _ 's"},
	// The agent of a passive that is another's: "deleted by a clean-up script run by
	// Fjordstore", "wasn't activated by the shop that sold it". Check wants the passive before.
	{Name: bsAgentOf, Pattern: "by {a|an|the} {_|} {_|} _ {run|operated|written|managed|maintained|owned|hosted|controlled} by !<our>"},
	{Name: bsAgentOf, Pattern: "by {a|an|the} {_|} _ {that|who|which} {sold|supplied|issued|made|built|fitted|installed|printed|shipped|hosts|runs|supplies|issues|sells} {it|them|you|the _|your _|this|that}"},
	// The fix said to be theirs, so the fault was: "the banks have since fixed their side".
	{Name: bsAttribution, Pattern: "{they|the _|the _ _} {have|has|had|'ve} {since|now|already|} {fixed|resolved|sorted|corrected|repaired|patched} {their|its} {side|end|problem|problems|issue|issues|fault|faults|bug|bugs|error|errors|system|systems|software|feed|feeds}"},
}, respDisclaimPhrases...)

// bsOrgNouns are the trades of an outside business, a party after "the _": "the transfer firm".
var bsOrgNouns = []string{"firm", "company", "outfit", "operator", "platform", "mill", "factory",
	"printers", "printworks", "lab", "laboratory", "hauliers", "maker", "makers", "works", "yard",
	"bureau", "agency", "contractors", "people", "centre", "center"}

var bsOrgNounSet = respSet(bsOrgNouns...)

// bsOrgSet holds bsOrgNouns and respParties, for a party named earlier in a sentence.
var bsOrgSet = respSet(append(append([]string{}, bsOrgNouns...), respParties...)...)

// bsOwnOrg are the words a writer calls their own organisation by: "our shop, Fill Good, ...".
var bsOwnOrg = respSet(append([]string{"whole", "entire", "same", "parent", "own", "other", "next",
	"new", "booking", "website", "app", "online", "main"}, exOrgs...)...)

// bsHires are the verbs of a clause that says the writer uses a party: "the haulier we use for
// the Leeds run, Pennine Freight, loaded".
var bsHires = respSet("use", "used", "hire", "hired", "work", "worked", "chose", "booked",
	"contract", "contracted", "employ", "employed", "rely", "relied", "partner", "engaged",
	"appointed", "pay", "paid", "sent", "had")

// bsLapses are the second verbs that say the same doer slipped: "switched off the captcha and
// forgot to turn it back on". Acts that may be the fix ("and deleted it") are left out.
var bsLapses = respSet("forgot", "failed", "neglected", "lost", "missed", "ignored", "overlooked",
	"mislaid", "dropped", "broke", "botched", "left")

// bsThrough are the words before a party's name that say the writer works through it: "our
// returns go through Parcelpoint", "we use Boxwise".
var bsThrough = respSet("through", "via", "with", "use", "used", "uses", "using", "hired",
	"chose", "from")

// bsOutFail are the acts in progress that a party doing the work is blamed for: "has been
// leaving them out".
var bsOutFail = respSet("leaving", "forgetting", "missing", "skipping", "dropping", "losing",
	"mixing", "mislabelling", "mislabeling", "sending", "ignoring", "cutting", "mistaking",
	"misreading", "crashing", "failing", "breaking", "flagging", "rejecting", "damaging")

// bsStrongAdj make "a rogue employee" blame on its own, whatever the employee did.
var bsStrongAdj = respSet("rogue", "disgruntled", "careless", "negligent", "incompetent", "sloppy")

// bsFailVerbs are what a doer is blamed for.
var bsFailVerbs = respSet("lost", "damaged", "broke", "broken", "dropped", "misrouted",
	"misdelivered", "misplaced", "mishandled", "mislabeled", "mislabelled", "mixed", "failed",
	"forgot", "forgotten", "missed", "delayed", "canceled", "crashed", "leaked", "spilled",
	"spilt", "overbooked", "overcharged", "double-charged", "messed", "botched", "neglected",
	"refused", "never", "ruined", "destroyed", "crushed", "smashed", "contaminated", "misread",
	"misunderstood", "mistook", "overlooked", "ignored", "misprinted", "mis-sent", "tampered",
	"abandoned", "stole", "stolen", "deleted", "wiped", "corrupted", "published", "posted",
	"scheduled", "leaked", "exposed", "ran", "went", "closed", "shut", "unplugged",
	"disconnected", "mislaid", "blocked", "double-booked", "oversold", "overfilled",
	"undercharged", "short-changed", "scrambled", "garbled", "jammed", "overwrote",
	"overwritten")

// bsDuty are the words that make what a text says the reader's duty: "these need storing".
var bsDuty = respSet("need", "needs", "must", "should", "required", "requires", "meant",
	"supposed", "ought", "recommend", "recommended", "advise", "advised")

// bsAdvisers are where the reader was given advice beforehand: "our website", "the label".
const bsAdvisers = "{website|site|product page|listing|instructions|guide|guidance|label|care label|packaging|description|faq|booking terms|terms|policy|leaflet|manual}"

// bsProblems are what a doer "had": "PayGrid had a fault on their side".
var bsProblems = respSet("fault", "outage", "problem", "problems", "issue", "issues", "glitch",
	"error", "errors", "breakdown", "bug", "failure", "incident", "delay", "delays", "mix-up",
	"mixup", "accident", "crash", "leak", "shortage", "strike", "breach", "meltdown", "backlog")

// bsIrregularPast are past forms that do not end in -ed.
var bsIrregularPast = respSet("sent", "gave", "given", "took", "taken", "made", "brought", "put",
	"left", "sold", "built", "wrote", "written", "told", "got", "came", "kept", "held", "set",
	"let", "cut", "read", "paid", "found", "chose", "drove", "threw", "tore", "spent", "fed",
	"led", "fell", "froze", "did", "done", "hung", "stuck", "dealt", "rang", "bought", "forgot",
	"went", "ran", "began", "chose", "chosen", "broken", "forgotten", "stolen", "torn", "thrown",
	"shown", "begun", "run", "dropped", "won", "wore", "broke", "lost", "meant", "sat", "stood",
	"said", "thought", "understood", "spoke", "spoken", "sought", "knew", "drawn", "drew")

// bsWrong are words that say an ordinary act ("delivered", "served", "scheduled") went wrong.
var bsWrong = respSet("wrong", "wrongly", "incorrect", "incorrectly", "faulty", "broken",
	"damaged", "cold", "late", "poor", "poorly", "defective", "spoiled", "spoilt", "accident",
	"accidentally", "mistake", "mistakenly", "error", "erroneously", "fault", "without", "instead",
	"never", "too", "expired", "missing", "lost", "contaminated", "unsafe", "leak", "leaked",
	"leaking", "failed", "bad", "badly", "careless", "carelessly", "sloppy", "crushed", "smashed",
	"soaked", "melted", "torn", "rotten", "stale", "undercooked", "burnt", "out-of-date",
	"misprinted", "twice", "unlabelled", "unlabeled", "unsealed", "unannounced", "cracked",
	"ran", "flooded", "mistakes", "errors", "problem", "problems", "scrambled", "corrupted",
	"garbled", "wiped", "deleted", "double-booked", "overbooked", "oversold")

// bsReceipt are verbs after "you should have" that say what the reader was owed, not what the
// reader failed to do: "you should have received a refund by now".
var bsReceipt = respSet("received", "receive", "got", "get", "gotten", "been", "be", "heard",
	"hear", "seen", "see", "had", "have", "found", "arrived", "come", "enjoyed", "experienced",
	"expected", "waited", "wait", "paid", "needed", "need", "to", "known", "like", "prefer",
	"rather", "any", "a", "an", "the", "no", "questions", "already", "now", "by", "your", "our")

// bsSkip are words that may come between a doer and its verb.
var bsSkip = respSet("then", "also", "apparently", "unfortunately", "somehow", "clearly",
	"evidently", "obviously", "just", "simply", "already", "reportedly", "originally",
	"themselves", "itself", "again", "later", "eventually", "initially", "unexpectedly",
	"suddenly", "accidentally", "mistakenly", "wrongly", "carelessly", "seemingly")

var blameShift = lint.Rule{
	ID:       "blame-shift",
	Scope:    lint.ScopeSpan,
	Severity: lint.Error,
	Doc: lint.Doc{
		Summary: "puts the failure on someone else",
		Explain: "Naming a courier, supplier, partner, a single employee or the reader as the " +
			"one at fault tells the reader the failure was not yours. They chose you, not your " +
			"courier or your intern. Say what your organisation did or failed to check, and own it.",
		Bad:  "Our courier, SwiftDrop, lost the parcel at their depot, so this one is down to them.",
		Good: "We chose SwiftDrop and we didn't check on your parcel when it stopped moving. That is on us.",
	},
	Phrases: blameShiftPhrases,
	Check: func(p *lint.Pass) []lint.Finding {
		ms := p.Matches()
		d := p.Doc
		toks := d.Tokens()
		r := p.Reading()
		var cs []respFinding
		for _, m := range ms {
			if m.Def.Name == respDisclaim || r.Quoted(m.Start) || respNegated(d, m.Start) && !bsDutyUndone(d, m) {
				continue
			}
			si := toks[m.Start].Sentence
			first, last, ok := bsBlames(d, m)
			if !ok {
				continue
			}
			// Saying outright that the fault is theirs is not taken back by owning something
			// in the next paragraph; naming them as the doer is, by owning it next to it.
			if m.Def.Name == bsAttribution {
				if r.OwnedInParagraph(d, si) {
					continue
				}
			} else if r.OwnedNear(d, si) {
				continue
			}
			cs = append(cs, respFinding{first: first, last: last, msg: bsMessage(m.Def.Name), hint: bsHint(m.Def.Name)})
		}
		return respFindings(d, cs)
	},
}

// bsBlames reports whether match m puts the failure on someone, and the tokens that show it.
func bsBlames(d *draft.Document, m phrase.Match) (first, last int, ok bool) {
	toks := d.Tokens()
	sent := d.Sentences()[toks[m.Start].Sentence]
	last = m.End - 1
	switch m.Def.Name {
	case bsAgent:
		if bsSpeculation(toks, m) {
			return m.Start, last, true
		}
		if !bsFillersOK(toks, m) || bsOrgNounSet[toks[m.End-1].Norm] && bsOwnOrg[toks[m.Start+1].Norm] {
			return 0, 0, false
		}
		end, ok := bsDoerFailed(toks, m.End, sent.End)
		if !ok {
			return 0, 0, false
		}
		return m.Start, end, true
	case bsPassive:
		if !bsFillersOK(toks, phrase.Match{Def: m.Def, Start: m.Start + 1, End: m.End}) {
			return 0, 0, false
		}
		if m.Start-1 < sent.First {
			return 0, 0, false
		}
		if v, ok := bsPassiveFailed(toks, m.Start-1, sent); ok {
			return v, last, true
		}
		return 0, 0, false
	case bsIndividual, bsDescribed:
		for i := m.Start; i < m.End; i++ {
			if bsStrongAdj[toks[i].Norm] {
				return m.Start, last, true
			}
		}
		if m.Start-2 >= sent.First && toks[m.Start-1].Norm == "by" {
			// "was sent by a junior accountant": a described employee as the agent of a past
			// act is singled out; a plain "a member of our team" must have done something wrong.
			described := m.Def.Name == bsDescribed
			if v, ok := bsPassiveFailed(toks, m.Start-2, sent); ok {
				return v, last, true
			}
			if described && bsPastPassive(toks, m.Start-2, sent) {
				return m.Start - 2, last, true
			}
		}
		end, ok := bsDoerFailed(toks, m.End, sent.End)
		if !ok {
			return 0, 0, false
		}
		return m.Start, end, true
	case bsCustomer:
		return bsCustomerBlamed(d, m, sent)
	case bsApposed:
		return bsApposedBlamed(d, m, sent)
	case bsMaker:
		// The verb follows the thing made, a word or three on: "the maker of our tinting
		// machine pushed an update that scrambled ...".
		for j := m.End + 1; j < sent.End && j <= m.End+3; j++ {
			if bsPast(toks[j].Norm) || bsFailed(toks[j].Norm) {
				if end, ok := bsDoerFailed(toks, j, sent.End); ok {
					return m.Start, end, true
				}
				break
			}
		}
		return 0, 0, false
	case bsTheirPeople:
		// "their operator failed", when a party is named before it in the sentence; not
		// "customers and their drivers".
		named := false
		for i := sent.First; i < m.Start; i++ {
			if bsOrgSet[toks[i].Norm] {
				named = true
				break
			}
		}
		// "Our returns go through Parcelpoint, and their Leeds hub sat on ...": a capitalised
		// name the writer says they work through or with, earlier in the sentence.
		for i := sent.First + 1; !named && i < m.Start; i++ {
			named = bsCapital(toks[i].Text) && bsThrough[toks[i-1].Norm]
		}
		// "Their management pulled out" opening a sentence speaks of the party the sentence
		// before named: "the Kōra Collective set".
		if si := toks[m.Start].Sentence; !named && m.Start == sent.First && si > 0 {
			named = bsNamedIn(d, si-1)
		}
		if !named {
			return 0, 0, false
		}
		end, ok := bsDoerFailed(toks, m.End, sent.End)
		if !ok {
			return 0, 0, false
		}
		return m.Start, end, true
	case bsReaderCause:
		return bsReaderCaused(toks, m, sent)
	case bsPossessed:
		return bsPossessedBlamed(d, m, sent)
	case bsAgentOf:
		if m.Start-1 < sent.First {
			return 0, 0, false
		}
		if v, ok := bsPassiveFailed(toks, m.Start-1, sent); ok {
			return v, last, true
		}
		return 0, 0, false
	case bsOutsourced:
		// "the factory that packs the kits for us has been leaving them out", "their model has a
		// habit of mistaking poor lighting"; not "the bakery that makes our bread for us has sent
		// a new batch", "their team has a habit of answering quickly".
		first := m.Start
		if toks[first].Norm == "," {
			first++ // ", who run the shuttle for us," quotes from "who"
		}
		for k := m.End; k < sent.End && k < m.End+8; k++ {
			if n := toks[k].Norm; bsFailVerbs[n] || bsWrong[n] || bsOutFail[n] || bsFailed(n) {
				return first, k, true
			}
		}
		return 0, 0, false
	case bsInstruction:
		// "these need storing upright, as it says on the box"; not "we sent the 24-pack, as it
		// says on your receipt".
		switch toks[m.Start].Norm {
		case "but", "however", "though", "although", "and", ",":
			return m.Start, last, true // the advice verb is in the match: "although our website does recommend"
		}
		for i := sent.First; i < m.Start; i++ {
			if bsDuty[toks[i].Norm] {
				return m.Start, last, true
			}
		}
		return 0, 0, false
	case ExtraPhrase:
		// A party the configuration names ("our courier"): blamed as the agent of a failed
		// passive ("lost by our courier") or as the doer of a failure ("our courier lost").
		if m.Start-2 >= sent.First && toks[m.Start-1].Norm == "by" {
			if v, ok := bsPassiveFailed(toks, m.Start-2, sent); ok {
				return v, last, true
			}
			return 0, 0, false
		}
		end, ok := bsDoerFailed(toks, m.End, sent.End)
		if !ok {
			return 0, 0, false
		}
		return m.Start, end, true
	}
	return m.Start, last, true
}

// bsSpeculation reports whether m is the guess "they must have damaged".
func bsSpeculation(toks []draft.Token, m phrase.Match) bool {
	n := toks[m.Start+1].Norm
	return n == "must" || n == "may" || n == "might" || n == "probably" || n == "clearly" ||
		n == "evidently" || n == "apparently" || n == "obviously"
}

// bsFillersOK reports whether the words between the determiner and the party in m describe the
// party ("our plumbing contractor") rather than run across a phrase boundary ("the box to our
// courier").
func bsFillersOK(toks []draft.Token, m phrase.Match) bool {
	for i := m.Start + 1; i < m.End-1; i++ {
		n := toks[i].Norm
		if bsFillerStop[n] || !bsWordy(n) {
			return false
		}
	}
	return true
}

var bsFillerStop = respSet("the", "a", "an", "to", "of", "for", "from", "with", "by", "and", "or",
	"our", "your", "their", "his", "her", "its", "in", "on", "at", "was", "is", "are", "were",
	"we", "you", "they", "this", "that", "not", "n't", "but", "as", "so", "if", "when")

// bsWordy reports whether a token holds a letter.
func bsWordy(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}

// bsDoerFailed looks at what follows a doer, from token k to the end of the sentence, and
// reports whether it says the doer failed: a verb of failure ("lost", "didn't let us know"), a
// problem they had ("had a fault"), or an ordinary act with a word that says it went wrong
// ("served the main course cold"). It returns the last token of the verb.
func bsDoerFailed(toks []draft.Token, k, end int) (int, bool) {
	// The party carried on by a pronoun into the next clause: "is covered by an agency cleaner,
	// and she simply stopped turning up".
	if k+2 < end && toks[k].Norm == "," && toks[k+1].Norm == "and" {
		switch toks[k+2].Norm {
		case "he", "she", "they":
			k += 3
		}
	}
	// An appositive name: "our courier, SwiftDrop, lost".
	if k < end && toks[k].Norm == "," {
		closeAt := -1
		for j := k + 1; j < end && j <= k+7; j++ {
			if toks[j].Norm == "," {
				closeAt = j
				break
			}
		}
		if closeAt < 0 {
			return 0, false
		}
		k = closeAt + 1
	}
	// "the haulier we use for the Leeds run, Pennine Freight, loaded": the clause that says the
	// writer uses the party runs to a comma, and a name may follow it.
	if k+1 < end && (toks[k].Norm == "we" || toks[k].Norm == "i") && bsHires[toks[k+1].Norm] {
		j := k + 2
		for j < end && j <= k+10 && toks[j].Norm != "," {
			j++
		}
		if j >= end || toks[j].Norm != "," {
			return 0, false
		}
		k = j + 1
		if n := bsNameEnd(toks, k, end); n > k && n < end && toks[n].Norm == "," {
			k = n + 1
		}
	}
	if k < end && (toks[k].Norm == "which" || toks[k].Norm == "who" || toks[k].Norm == "that") {
		k++
		// "the transfer firm that moves luggage between our hotels took your cases": a verb in
		// the present starts the relative clause; the doer's own verb is the first in the past.
		if k < end && !bsPast(toks[k].Norm) && strings.HasSuffix(toks[k].Norm, "s") {
			for j := k + 1; j < end && j <= k+8; j++ {
				n := toks[j].Norm
				if n == "," || n == ";" || n == "and" || n == "but" {
					break
				}
				if bsPast(n) || bsFailed(n) {
					k = j
					break
				}
			}
		}
	}
	for n := 0; n < 2 && k < end && bsSkip[toks[k].Norm]; n++ {
		k++
	}
	if k >= end {
		return 0, false
	}
	at := func(i int) string {
		if i < end {
			return toks[i].Norm
		}
		return ""
	}
	v := at(k)
	switch v {
	case "did", "could", "would":
		if n := at(k + 1); n == "n't" || n == "not" || n == "never" {
			return k + 1, true
		}
		return 0, false
	case "was", "were":
		switch at(k + 1) {
		case "unable", "late", "slow", "responsible", "negligent", "careless", "down", "offline",
			"unavailable", "overwhelmed", "closed":
			return k + 1, true
		case "at", "to":
			if n := at(k + 2); n == "fault" || n == "blame" {
				return k + 2, true
			}
		}
		return 0, false
	case "had", "has", "have", "'d", "'s", "'ve":
		if n := at(k + 1); n == "no" || n == "not" || n == "n't" || n == "never" {
			return 0, false // "had no problem"
		}
		if bsFailVerbs[at(k+1)] {
			return k + 1, true
		}
		for j := k + 1; j <= k+3 && j < end; j++ {
			if bsProblems[toks[j].Norm] {
				return j, true
			}
		}
		return 0, false
	case "made":
		for j := k + 1; j <= k+3 && j < end; j++ {
			if n := toks[j].Norm; n == "mistake" || n == "mistakes" || n == "error" || n == "errors" || n == "mess" {
				return j, true
			}
		}
	}
	if bsFailed(v) {
		return k, true
	}
	// Holding the work up: "their Leeds hub sat on a whole week of returns".
	if (v == "sat" || v == "held" || v == "hung") && at(k+1) == "on" {
		return k + 1, true
	}
	// Withdrawing: "pulled out at 6pm", "backed out the day before".
	if (v == "pulled" || v == "backed" || v == "walked" || v == "bailed") && at(k+1) == "out" {
		return k + 1, true
	}
	// Giving up the work: "stopped turning up", "stopped answering our calls".
	if v == "stopped" && k+1 < end && strings.HasSuffix(at(k+1), "ing") {
		return k + 1, true
	}
	// Carrying on past a limit: "kept selling after the venue's 900 places had gone".
	if (v == "kept" || v == "carried" || v == "went") && k+1 < end && strings.HasSuffix(at(k+1), "ing") {
		for j := k + 2; j < end && j <= k+5; j++ {
			if n := toks[j].Norm; n == "after" || n == "beyond" || n == "past" || n == "despite" {
				return k + 1, true
			}
		}
	}
	// A wrong word after the doer's act blames them, unless the act found or cleared the wrong:
	// "one of our moderators spotted the spam and deleted it".
	if bsPast(v) && !bsCaughtIt[v] && bsWrongAfter(toks, k+1, end) {
		return k, true
	}
	// The same doer's second verb, a failure: "switched off the captcha to test something and
	// forgot to turn it back on". The clause must run on to it with no new subject.
	if bsPast(v) {
		for j := k + 1; j < end && j <= k+12; j++ {
			n := toks[j].Norm
			if n == "," || n == ";" || n == "but" || n == "which" || n == "who" || n == "so" {
				break
			}
			if n == "and" && j+1 < end {
				if w := toks[j+1].Norm; bsLapses[w] || strings.HasPrefix(w, "mis") && bsFailed(w) {
					return j + 1, true
				}
				if (toks[j+1].Norm == "did" || toks[j+1].Norm == "never") && j+2 < end && (toks[j+2].Norm == "n't" || toks[j+2].Norm == "not" || bsPast(toks[j+2].Norm)) {
					return j + 1, true
				}
				break
			}
		}
	}
	return 0, false
}

// bsCaughtIt are acts that find or clear a wrong, which a wrong word after them names: "spotted
// the spam", "caught the error", "flagged the duplicate charge".
var bsCaughtIt = respSet("spotted", "noticed", "caught", "found", "flagged", "reported", "fixed",
	"repaired", "removed", "cleared", "blocked", "stopped", "alerted", "warned", "raised",
	"corrected", "resolved", "sorted", "refunded", "replaced", "rescued", "helped", "traced",
	"investigated", "escalated")

// bsFailed reports whether a verb says that something went wrong: "lost", "misconfigured".
func bsFailed(v string) bool {
	return bsFailVerbs[v] || (strings.HasPrefix(v, "mis") && strings.HasSuffix(v, "ed") && len(v) > 6)
}

// bsPast reports whether a word reads as a verb in the past tense.
func bsPast(w string) bool {
	return bsIrregularPast[w] || (len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"))
}

// bsWrongAfter reports whether a token from k to end says that something went wrong.
func bsWrongAfter(toks []draft.Token, k, end int) bool {
	for i := k; i < end; i++ {
		if bsWrong[toks[i].Norm] {
			return true
		}
	}
	return false
}

// bsPassiveFailed reports whether token i, before "by", ends the participle of a past passive
// that reports a failure ("was caused by", "were let down by", "were packed by ... wrongly"),
// and where the participle starts. A future or present passive ("will be collected by our
// courier") is the remedy or a habit.
func bsPassiveFailed(toks []draft.Token, i int, sent draft.Sentence) (int, bool) {
	letDown := false
	// A phrasal verb: "was let down by", "was rolled out by".
	if bsParticles[toks[i].Norm] && i-1 >= sent.First {
		letDown = toks[i].Norm == "down" && toks[i-1].Norm == "let"
		i--
	}
	v := toks[i].Norm
	if !bsPastPassive(toks, i, sent) {
		return 0, false
	}
	switch {
	case letDown, bsFailed(v):
		return i, true
	case bsDuties[v] && (i-1 >= sent.First && isNegator(toks[i-1].Norm) || i-2 >= sent.First && isNegator(toks[i-2].Norm)):
		return i, true // "wasn't activated by the shop", "was never checked by"
	case v == "caused" || v == "triggered" || v == "introduced" || v == "created" || v == "started":
		return i, true
	}
	return i, bsWrongAfter(toks, sent.First, sent.End)
}

// bsParticles end phrasal verbs: "sent out by", "set up by".
var bsParticles = respSet("out", "up", "over", "off", "down", "in", "back", "through")

// bsPastPassive reports whether token i is a participle in the past, not in a future or
// present passive ("will be collected by our courier", "is packed by our partner").
func bsPastPassive(toks []draft.Token, i int, sent draft.Sentence) bool {
	for j := i - 1; j >= sent.First && j >= i-3; j-- {
		switch toks[j].Norm {
		case "will", "'ll", "would", "can", "could", "shall", "should", "may", "might", "must",
			"is", "are", "am", "'m", "'re", "be", "being":
			return false
		}
	}
	return bsPast(toks[i].Norm)
}

// bsCustomerBlamed checks a phrase that turns on the reader. What follows "you should have",
// "customers who did not" or "if you had" must be something the reader did or failed to do, not
// something owed to them ("you should have received a refund by now"); "if you had" must be a
// counterfactual ("if you had read the leaflet, you would have known"), not a case ("if you had
// booked through the app, your refund went to your wallet").
func bsCustomerBlamed(d *draft.Document, m phrase.Match, sent draft.Sentence) (first, last int, ok bool) {
	toks := d.Tokens()
	last = m.End - 1
	if m.Start > sent.First && toks[m.Start].Norm != "if" {
		switch toks[m.Start-1].Norm {
		case "if", "whether", "unless", "when", "case":
			return 0, 0, false // "if you forgot to ..." asks, it does not accuse
		}
	}
	next := func(i int) (int, string) {
		for i < sent.End && (toks[i].Norm == "only" || toks[i].Norm == "yet" || toks[i].Norm == "even") {
			i++
		}
		if i >= sent.End {
			return i, ""
		}
		return i, toks[i].Norm
	}
	if bsEntryVerbSet[toks[last].Norm] || last > m.Start && bsEntryVerbSet[toks[last-1].Norm+" "+toks[last].Norm] {
		// "you put 14 Elm Close on the form instead of 41"; not "you gave us a call"
		if _, ok := bsEntryBlamed(toks, m.End, sent.End, bsWriting[toks[last].Norm]); !ok {
			return 0, 0, false
		}
		return m.Start, last, true
	}
	switch toks[last].Norm {
	case "have", "'ve": // "you should have used"
		v, n := next(last + 1)
		if n == "been" {
			if _, b := next(v + 1); bsCareless[b] {
				return m.Start, v + 1, true
			}
			return 0, 0, false
		}
		if bsReceipt[n] || !bsPast(n) && !bsFailVerbs[n] {
			return 0, 0, false
		}
		return m.Start, v, true
	case "to": // "customers who failed to update", "you were supposed to bring"
		v, n := next(last + 1)
		if n == "" || bsReceipt[n] || !bsWordy(n) {
			return 0, 0, false
		}
		return m.Start, v, true
	case "not", "n't", "never": // "customers who did not read", "you never told us"
		v, n := next(last + 1)
		if !bsDuties[n] {
			return 0, 0, false
		}
		return m.Start, v, true
	case "had", "'d", "only", "you", "customers", "users", "clients", "guests", "members", "they":
		// "if you had read", "had you checked"
		v, n := next(last + 1)
		// The counterfactual may follow ("if you had read the leaflet, you would have known")
		// or come first ("it would have helped if you had marked the ash").
		cf := bsCounterfactual(toks, v+1, sent.End) || toks[m.Start].Norm == "if" && bsCounterfactual(toks, sent.First, m.Start)
		if n == "been" || bsReceipt[n] || !bsPast(n) && !bsFailVerbs[n] || !cf {
			return 0, 0, false
		}
		return m.Start, v, true
	}
	return m.Start, last, true
}

// bsCounterfactual reports whether tokens from i to end hold the main clause of a counterfactual:
// "would have", "could not have", "wouldn't have".
func bsCounterfactual(toks []draft.Token, i, end int) bool {
	for ; i < end; i++ {
		switch toks[i].Norm {
		case "would", "could", "might", "'d":
			for j := i + 1; j < end && j <= i+3; j++ {
				if n := toks[j].Norm; n == "have" || n == "'ve" {
					return true
				}
			}
		}
	}
	return false
}

// bsEntryVerbs are what a reader fills in, picks or hands over; bsCustomerBlamed wants a word
// after them that says it was wrong.
var bsEntryVerbs = []string{"entered", "typed", "put", "gave", "wrote", "selected", "ticked",
	"clicked", "listed", "supplied", "provided", "filled in", "used", "spelled", "spelt",
	"input", "inputted", "keyed", "uploaded", "chose", "picked", "registered", "sent us",
	"told us", "quoted"}

var bsEntryVerbSet = respSet(bsEntryVerbs...)

// bsWriting are the entry verbs of writing something down, after which "instead of" says it was
// a slip ("you typed 14 instead of 41"); after a choice it may be only a preference ("you chose
// Friday instead of Saturday").
var bsWriting = respSet("entered", "typed", "put", "wrote", "in", "spelled", "spelt", "input",
	"inputted", "keyed")

// bsEntryWrong are the words that make a reader's entry the fault: "the wrong date", "your old
// address".
var bsEntryWrong = respSet("wrong", "incorrect", "incorrectly", "old", "outdated",
	"out-of-date", "misspelled", "misspelt", "mistyped", "typo", "expired", "invalid", "previous")

// bsEntryBlamed reports whether the clause after a reader's entry, from token k, says the entry
// was wrong, and returns the token that says so. writing says the entry was written down.
func bsEntryBlamed(toks []draft.Token, k, end int, writing bool) (int, bool) {
	for i := k; i < end && i < k+12; i++ {
		n := toks[i].Norm
		if bsEntryWrong[n] || writing && n == "instead" {
			return i, true
		}
		if respClauseEnd[n] {
			return 0, false
		}
	}
	return 0, false
}

// bsCareless are what "you should have been" is followed by when it blames: "more careful".
var bsCareless = respSet("more", "careful", "aware", "clearer", "paying", "reading", "checking")

// bsDuties are what a reader is blamed for not doing: "you never told us", "customers who did
// not update the app".
var bsDuties = respSet("read", "follow", "followed", "check", "checked", "update", "updated",
	"register", "registered", "tell", "told", "inform", "informed", "notify", "notified", "let",
	"confirm", "confirmed", "install", "installed", "back", "backed", "save", "saved", "keep",
	"kept", "use", "used", "answer", "answered", "respond", "responded", "reply", "replied",
	"collect", "collected", "pick", "picked", "contact", "contacted", "call", "called", "provide",
	"provided", "enter", "entered", "lock", "locked", "return", "returned", "cancel", "canceled",
	"change", "changed", "reset", "enable", "enabled", "activate", "activated", "verify",
	"verified", "upgrade", "upgraded", "renew", "renewed", "pay", "paid", "mention", "mentioned",
	"attach", "attached", "include", "included", "comply", "complied", "bother", "bothered",
	"listen", "listened", "wait", "waited", "turn", "turned", "switch", "switched", "descale",
	"descaled", "clean", "cleaned", "charge", "charged", "store", "stored", "give", "gave",
	"set", "sign", "signed", "opt", "opted")

// bsMessage returns the message format for a family: %q stands for the words found.
func bsMessage(name string) string {
	switch name {
	case bsCustomer, bsInstruction, bsReaderCause:
		return "%q blames the reader for the failure"
	case bsIndividual, bsDescribed:
		return "%q pins the failure on one person"
	}
	return "%q puts the failure on someone else"
}

func bsHint(name string) string {
	switch name {
	case bsCustomer, bsInstruction, bsReaderCause:
		return "drop the blame and say what you will do for the reader"
	case bsIndividual, bsDescribed:
		return "own it as the organisation: say what your process let through"
	}
	return "own the choice: you picked the partner and answer for what it does in your name"
}

// bsNameEnd returns the end of a capitalised name that starts at token k ("Pennine Freight",
// "Harcourt Litho", "Whiskers & Whisks"), or k when no name starts there.
func bsNameEnd(toks []draft.Token, k, end int) int {
	i := k
	for ; i < end && i < k+5; i++ {
		t := toks[i].Text
		if t == "" {
			break
		}
		if c := t[0]; c >= 'A' && c <= 'Z' || (i > k && (t == "&" || t == "and" || t == "of")) {
			continue
		}
		break
	}
	return i
}

// bsApposedBlamed checks a noun phrase set off by a comma: a capitalised name must follow it and
// close with a comma ("our printers, Harcourt Litho, put the wrong sheet in"), the phrase must
// not be the writer's own organisation ("our shop, Fill Good,") nor the name one that signs the
// draft, and a verb of failure must follow the name.
func bsApposedBlamed(d *draft.Document, m phrase.Match, sent draft.Sentence) (first, last int, ok bool) {
	toks := d.Tokens()
	comma := m.End - 1
	head := toks[comma-1].Norm
	if !bsWordy(head) || !bsFillersOK(toks, phrase.Match{Def: m.Def, Start: m.Start, End: comma}) {
		return 0, 0, false
	}
	if toks[m.Start].Norm != "the" {
		for i := m.Start + 1; i < comma; i++ {
			if bsOwnOrg[toks[i].Norm] || respPeopleSet[toks[i].Norm] {
				return 0, 0, false
			}
		}
	}
	n := bsNameEnd(toks, comma+1, sent.End)
	if n == comma+1 || n >= sent.End || toks[n].Norm != "," {
		return 0, 0, false
	}
	// The name must not sign the draft: "our bakery, Crumb & Co, ..." is the writer.
	blocks := d.Blocks()
	sents := d.Sentences()
	if len(blocks) > 0 {
		lb := blocks[len(blocks)-1]
		for si := lb.First; si < lb.End; si++ {
			for i := sents[si].First; i < sents[si].End; i++ {
				if toks[i].Norm == toks[comma+1].Norm && i != comma+1 {
					return 0, 0, false
				}
			}
		}
	}
	end, ok := bsDoerFailed(toks, n+1, sent.End)
	if !ok {
		return 0, 0, false
	}
	return m.Start, end, true
}

// bsReaderCaused checks "that is why" or "which meant" in a sentence that opens with the
// reader's own past act ("You measured Conor over his school jumper ..."): a word after it must
// say something went wrong, with no "we" or "I" between to take the act back.
func bsReaderCaused(toks []draft.Token, m phrase.Match, sent draft.Sentence) (first, last int, ok bool) {
	you := bsReaderClause(toks, m.Start, sent.First)
	if you < 0 || you+1 >= m.Start {
		return 0, 0, false
	}
	if v := toks[you+1].Norm; bsReceipt[v] || !bsPast(v) || v == "were" {
		return 0, 0, false
	}
	for i := m.End; i < sent.End && i < m.End+10; i++ {
		n := toks[i].Norm
		if n == "we" || n == "i" || n == "our" {
			return 0, 0, false
		}
		if bsWrong[n] || bsGoWrong[n] {
			return you, i, true
		}
	}
	return 0, 0, false
}

// bsReaderClause returns the "you" that opens the clause before token at, or -1: the
// sentence's first word ("You measured Conor over his jumper, which ...") or, within a
// clause's reach before at, a "you" after a word that opens a clause ("it looks as though you
// left them in their bags, which is almost always why ...").
func bsReaderClause(toks []draft.Token, at, first int) int {
	if toks[first].Norm == "you" {
		return first
	}
	for k := at - 1; k > first && k >= at-25; k-- {
		if toks[k].Norm != "you" {
			continue
		}
		switch toks[k-1].Norm {
		case "though", "if", "like", "that", ",", "and":
			return k
		}
		return -1
	}
	return -1
}

// bsGoWrong are the words after "which is why" that say how things went wrong when the
// reader's act caused it: "which is almost always why bare-root plants fail".
var bsGoWrong = respSet("fail", "fails", "die", "dies", "died", "break", "breaks", "crack",
	"cracks", "warp", "warps", "warped", "rot", "rots", "rotted", "wilt", "wilts", "wilted",
	"leak", "leaks", "split", "splits", "shrink", "shrinks", "shrank", "fade", "faded", "fades",
	"stopped", "stops", "went")

// respPeopleSet holds the one-word names of an organisation's people: "our driver, Sam, ..." is
// one employee, which bsIndividual judges, not a party.
var respPeopleSet = respSet(respPeople...)

// bsNamedIn reports whether sentence si names an outside party: a party's trade ("the
// courier") or a capitalised name inside it ("the Kōra Collective set").
func bsNamedIn(d *draft.Document, si int) bool {
	toks := d.Tokens()
	s := d.Sentences()[si]
	for i := s.First; i < s.End && i < s.First+40; i++ {
		if bsOrgSet[toks[i].Norm] {
			return true
		}
		if i > s.First && toks[i].Norm != "i" && bsCapital(toks[i].Text) && !bsCapital(toks[i-1].Text) && toks[i-1].Norm != "." {
			return true
		}
	}
	return false
}

// bsCapital reports whether a token's text starts with a capital letter.
func bsCapital(t string) bool {
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// bsPossessedBlamed checks "the Red Lion's" or "another pub's": the owner must be a
// capitalised name that does not sign the draft (after "the") or any party after "another",
// and what it owns, a word or two on, must be the doer of a failure.
func bsPossessedBlamed(d *draft.Document, m phrase.Match, sent draft.Sentence) (first, last int, ok bool) {
	toks := d.Tokens()
	s := m.End - 1 // the "'s"
	for i := m.Start + 1; i < s; i++ {
		n := toks[i].Norm
		if bsFillerStop[n] || !bsWordy(n) {
			return 0, 0, false
		}
		if toks[m.Start].Norm == "the" && (!bsCapital(toks[i].Text) || bsSigned(d, n)) {
			return 0, 0, false
		}
	}
	for k := m.End + 1; k <= m.End+2 && k < sent.End; k++ {
		if n := toks[k-1].Norm; bsFillerStop[n] || !bsWordy(n) {
			break
		}
		if end, ok := bsDoerFailed(toks, k, sent.End); ok {
			return m.Start, end, true
		}
	}
	return 0, 0, false
}

// bsSigned reports whether word w stands in the draft's last paragraph, its signature: "the
// Kingsmere League's volunteers" are the writer's own when "Kingsmere" signs.
func bsSigned(d *draft.Document, w string) bool {
	blocks := d.Blocks()
	if len(blocks) == 0 {
		return false
	}
	toks := d.Tokens()
	sents := d.Sentences()
	lb := blocks[len(blocks)-1]
	for si := lb.First; si < lb.End; si++ {
		for i := sents[si].First; i < sents[si].End; i++ {
			if toks[i].Norm == w {
				return true
			}
		}
	}
	return false
}

// bsDutyUndone reports whether the negation before an agent-of match belongs to its passive, a
// duty the agent did not do ("the card wasn't activated by the shop that sold it"), rather than
// to the agent ("not by a script run by our host").
func bsDutyUndone(d *draft.Document, m phrase.Match) bool {
	toks := d.Tokens()
	first := d.Sentences()[toks[m.Start].Sentence].First
	if m.Def.Name != bsAgentOf || m.Start-2 < first {
		return false
	}
	return bsDuties[toks[m.Start-1].Norm]
}
