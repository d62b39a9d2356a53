package reading

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apologylint/apologylint/internal/draft"
	"github.com/apologylint/apologylint/internal/phrase"
)

// The names of the reading's phrase families.
const (
	famOwn        = "own"
	famRemedy     = "remedy"
	famPrevention = "prevention"
	famContact    = "contact"
	famNowVerb    = "now-verb"
	famPromise    = "prevention-promise"
	famStep       = "prevention-step"
	famPractice   = "practice"
	famRemedyAct  = "remedy-act"
	famOffer      = "remedy-offer"
	famApology    = "apology-word"
)

func defs(name string, patterns ...string) []phrase.Def {
	out := make([]phrase.Def, len(patterns))
	for i, p := range patterns {
		out[i] = phrase.Def{Owner: Owner, Name: name, Pattern: p}
	}
	return out
}

// Phrases are the reading's own patterns, compiled into the engine's one automaton.
var Phrases = concat(
	// The words isApologyWord may take for an apology: the automaton, which reads every token
	// anyway, finds them, so that readApologies need not read every token again.
	defs(famApology, "{sorry|apologiz*|apology|apologies|regret|regrets|regretted|regretting|forgive}"),
	// Taking responsibility: a cause named next to one of these is explained, not excused.
	defs(famOwn,
		"{that|this|it|which|the outage|the failure|the mistake|the error|the delay} {is|was|'s} {all|entirely|squarely|} on {us|me}",
		"{is|was|'s|are|were} {entirely|fully|wholly|} {our|my} {responsibility|fault|job|mistake|error|failure|call|decision|doing}",
		"{our|my} {responsibility|fault|mistake|error|failure|call|decision}",
		"{responsibility|the blame|the fault} {is|lies|rests|sits} {with|} {us|me|ours|mine}",
		"{we|i} {take|accept|own|bear} {full|complete|total|} {responsibility|the blame|accountability|ownership}",
		"{we|i} {got|get} {it|this|that} wrong",
		"{we|i} {were|was} wrong",
		"{that|this|it} was wrong",
		"{we|i} {should|could|ought} {still|really|also|at least|} {have|to have|'ve}",
		"a {decision|choice|call|mistake} {we|i} made",
		"{was|is} the wrong {call|decision|choice}",
		"{error|mistake|fault|failure|failing} on {our|my} {part|side}",
		"{we|i} {chose|decided|made a choice|made the decision|made the call}",
		"a choice {we|i} made",
		"{was|is} {mine|ours}",
		"not {an|any|} excuse",
		"{is|was|'s} no excuse",
		"n't {an|any} excuse",
		"no excuses",
		"{we|i} {own|owned} {it|this|that|the mistake|the failure|the decision}",
		"{we|i} {did|do} not {check|test|verify|plan|prepare|catch|notice}",
		"{we|i} did n't {check|test|verify|plan|prepare|catch|notice}",
		"{we|i} {failed|neglected}",
		"our {job|duty} to",
		"{was|is} our {job|duty}",
		"not {theirs|the courier 's|the vendor 's|the supplier 's|the contractor 's|their fault}",
	),
	// Putting things right for the reader. A negation just before cancels a match (see readMatches).
	defs(famRemedy,
		"{refund*|reimburs*|compensat*|credited|rebook*|re-book*|reship*|re-ship*|re-sent|resend|waive*|reinstat*|unbann*}",
		"{replac*|restor*|revers*|recover*|withdr*|recalled|recalling|repaired|repairing|corrected|correcting|fix|fixes|fixed|fixing|patched|patching|redo|redid|redone|re-do|reopen*|re-run*|rerun*|re-ran|reran|re-process*|reprocess*|re-issu*|reissu*|re-deliver*|redeliver*|re-send*|re-upload*}",
		"make up for",
		"{taken|took|take|taking} {it|them|the _|the _ _|that|this|those|these} {off|down}",
		// Money off what the reader pays: "I've knocked 20% off the invoice", "we'll take £120 off
		// this month's rent", "30% off your next order".
		"{knock|knocked|knocking|knocks|take|taken|took|taking|takes} ... off {the|your|this|next|this month 's|next month 's|} {_|} {invoice|bill|price|fee|fees|rent|total|charge|cost|balance|order|booking|subscription}",
		"{%|percent|per cent} off {your|the|this|next|any}",
		"{held|hold|holding} back the",
		"{broadcast|published|issued|printed|posted|ran|sent|made} {a|an} {correction|retraction|clarification|erratum|corrected version}",
		"{re-*|reprint*|re-print*|re-record*|re-edit*|rerecord*}",
		"{give|giving|gave|given|pay|paying|paid|send|sending|sent} {you|it|them|} back",
		// The shortfall made good: "our treasurer has now paid the difference into your account".
		"{pay|paying|paid|pays|made up|make up|making up} the {difference|shortfall}",
		// Money on its way back: "your deposit has gone back onto your card", "you'll get your
		// £60 back", "the fee went back to your account".
		"{gone|going|went|go|goes|put|paid|sent|transferred|moved|returned|credited} back {to|onto|into|on|in} your",
		"{get|getting|gets|got|have|receive|receiving|see} {your|the|all your|all of your|every penny of your} {_|} {_|} back",
		"{give|giving|gave|given} you {a|an|the|your} {full|partial|free|} {refund|credit|voucher|replacement|discount|upgrade}",
		"in the post",
		"{use|redeem|apply|enter} {the|this|your} {code|coupon}",
		"{you|you 'll} {can|may|will} {keep} {it|them|the|both|this}",
		"{added|given|transferred|paid|put|sent|credited|refunded|returned|deposited|wired|released} ... {to|into|in|onto|on} your {account|balance|card|wallet|bank|original|payment|credit|debit}",
		// A payment made to the reader, in the passive: "a payment of £6,240 was sent to you".
		"{payment|payments|settlement|cheque|check|bank transfer|reimbursement|sum} {of|for} ... {was|were|has been|have been|'s been|is being|are being|will be|'ll be} {sent|made|paid|issued|transferred|wired|released|approved}",
		// The claim or request that was refused, now granted: "your claim has now been approved
		// in full", "we will pay it in full".
		"{claim|appeal|request|refund request|application} {has|have|'s|was|is} {now|also|} {been|} {approved|accepted|granted|settled|upheld|honoured|honored}",
		"{paid|pay|paying|settled|settle|settling|approved|covered|cover|covering|honoured|honored|reimbursed|reimburse|refunded|refund} {it|them|this|that|the _|your _|the _ _|your _ _|} in full",
		// Compensation by its purpose: "£75 in recognition of the delay", "as a token of our apology".
		"in recognition of {the|your|this|that|our|all the|any} {delay|delays|inconvenience|trouble|distress|wait|disruption|time|frustration|hassle|error|mistake|stress|problems|upset}",
		"{token|gesture|sign} of {our|my} {apology|apologies|regret|goodwill}",
		"{will|'ll|has|have|is|are} {be|been|being} {returned|refunded|credited|reimbursed|restored|reversed|replaced|waived|cancel*|paid|sent|released|removed|corrected|fixed|rebooked|reinstated|withdrawn|deleted|collected|delivered|redelivered|re-sent}",
		"{your|a} {replacement|rescheduled} {one|appointment|booking|order|box|parcel|item|date|slot|session|table|flight|room|ticket|tickets|delivery}",
		"your new {appointment|booking|date|slot|session|table|flight|room|ticket|tickets|delivery date}",
		"{a|the|full|partial|account|store|your} credit",
		// A place or a new date offered to those who lost out: "all affected supporters will be
		// offered tickets from the reserved allocation".
		"{be|been|being} offered {a|an|the|free|} {_|} {ticket|tickets|seat|seats|place|places|replacement|replacements|slot|slots|room|rooms|table|tables|date|dates|booking|bookings|session|sessions|voucher|vouchers}",
		"{voucher|vouchers|discount|gift card|goodwill gesture|goodwill payment|free of charge|at no cost|at no charge|no charge|for free|on the house|on us|free}",
		// The cost of putting it right kept from the reader: "double the lines at no extra cost
		// to anyone", "moved to a larger room at no additional charge".
		"at no {extra|additional|further} {cost|charge}",
		// A second one found for whoever lost out: "so both families will now get one", "you'll
		// still receive yours".
		"{will|'ll} {now|still|also|} {get|receive} {one|one each|theirs|yours|their own|your own}",
		// A price or a date kept open for those who lost out: "we have extended the early-bird
		// price to everyone who registers by Sunday", "we've extended your trial by a month".
		"{extend|extended|extending|extends} {the|your|our} {_|} {_|} {_|} {price|prices|discount|deadline|offer|rate|trial|window|cut-off|cutoff|closing date|subscription|membership}",
		"{roll*|rolled} {it|this|that|the change|the update|everything|} back",
		"{undo|undid|undone|reverted|revert}",
	),
	// Acts that put things right, or are the very wrong apologised for ("we cancelled your
	// trail ride"), or only send news ("we'll send you an update"): readMatches tells which.
	defs(famRemedyAct,
		"{we|i|team} {will|'ll|are|'re|am|'m|have|'ve|has|is|can} {now|already|also|} {send*|sent|deliver*|post*|ship*|dispatch*|collect|collected|collecting|rush*|courier*|pay|paid|cover*|book*|arrang*|upgrad*|cancel*|lift*|release*|delete*|remove*|clean*|pull*|take down|taken down|move*|fix*|schedul*|reschedul*|re-schedul*|rearrang*|re-arrang*|switch*|fit|fitted|fitting|swap*|exchang*}",
		"{went|goes|go|gone|going} out to you",
		// What was missed, brought to the reader: "I'll bring your reserved books to your door".
		"{we|i|team} {will|'ll|are|'re|am|'m|can} {now|also|personally|} {bring|bringing|drop|dropping} {your|the|them|it} {_|} {_|} {to|round|over|off|by}",
		"{have|has|'ve} {now|also|} been {paid|refunded|sent|restored|removed|deleted|corrected|fixed|reversed|released|credited|replaced|reinstated|cancel*|waived|withdrawn|rebooked}",
		"{we|i} {sent|posted|shipped|delivered|dispatched|couriered|booked|arranged|paid|covered|released|removed|deleted|lifted|upgraded|cancel*|moved|collected|rushed|switched|withdrew|unpublished|retracted|took down|rescheduled|rearranged|fitted|swapped|exchanged} {you|your|a|the|it|them|out|back|new|another|replacement|down|that|this}",
	),
	// A new slot offered for the service that failed: "Rhi can do the full sleeve session on 14
	// June", "we can fit you in on Thursday", "I can come on Thursday at 10am". readMatches
	// drops the reader's own ("you can come back next week" invites, it does not put right).
	defs(famOffer,
		"{can|could|will|'ll|'d be happy to|would be happy to|'re happy to|are happy to|am happy to|'m happy to} {fit|squeeze|book} you {in|} {on|at|this|next|tomorrow|first thing|instead|before|any}",
		"{can|could|will|'ll|'d be happy to|would be happy to|'re happy to|are happy to|am happy to|'m happy to} {do|redo|finish|complete} {the|your|a|it|that|this} {_|} {_|} {_|} {on|at|this|next|tomorrow|first thing|instead|free|for free}",
		"{can|could|will|'ll|'d be happy to|would be happy to|'re happy to|are happy to|am happy to|'m happy to} come {back|round|over|out|} {on|at|this|next|tomorrow|first thing|instead}",
		// A day offered for the visit that was missed: "I can do Thursday at 8 instead".
		"{can|could} {do|manage|make} {monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the weekend|first thing} {_|} {_|} {_|} {_|} instead",
	),
	defs(famRemedy,
		"{a|the|your|new} {fix|patch|replacement|hotfix}",
		"{is|are|'s|'re} {now|already|} on {its|their|the} way",
		"{will|'ll|should} {be|arrive} with you {on|by|tomorrow|within|in|this|next|before|first}",
		"{attached is|is attached|find attached|enclosed}",
		"{prepaid|free|pre-paid} return",
		"{is|are} {now|} back",
		// A new one made or brought in place of what was spoiled: "I'll drop a new one round on
		// Saturday", "we'll make you a fresh batch", "we're remaking all three".
		"{drop|dropping|bring|bringing|brought|send|sending|sent|post|posting|deliver|delivering|order|ordering|get|getting|fit|fitting} {you|} {a|an} {new|fresh|brand new|brand-new} {one|ones|set|pair|copy|batch|_}",
		"{make|making|made|bake|baking|baked|sew|sewing|print|printing|build|building|cut|cutting} you {a|an} {new|fresh|brand new|brand-new|second|another}",
		"{remake|remaking|remade|re-make|re-making|re-made|refit|refitting|refitted|re-fit|re-fitting|reinstall|reinstalling|reinstalled|re-install|re-installed|re-hang|rehang|rehanging|rehung|recut|re-cut}",
		// The work done again, written without a hyphen: "I've restitched a new set", "we will
		// repaint the hall", "we regrouted the shower".
		"{restitch*|resew*|resewn|repaint*|reglaz*|regrout*|reupholster*|reengrav*|reembroider*|rewash*|reclean*|relabel*|repack*|rebak*|rewir*|retil*|replant*|reseal*|reframe*|remount*|retun*|respray*|rehem*|recolour*|recolor*|redye*|redyed|rebind*}",
		"{at|to} our {own|} {cost|expense}",
		// A place kept for the reader: "everyone who was turned away now has a reserved place".
		"{now has|now have|will get|'ll get|will have|'ll have|now hold|now holds|gets|get} a {reserved|guaranteed|confirmed} {place|seat|spot|slot|space|table|ticket|pitch|berth}",
		// The charge for the failed service waived: "we will not charge for any of Megan's
		// lessons", "we won't be billing you for today", "I haven't charged you for it".
		"{will|'ll|wo|shall|are|'re|am|'m|have|'ve|has} {not|n't|never} {be|} {charge|charging|charged|bill|billing|billed|invoice|invoicing|invoiced} {you|} {for|anything|a penny|a thing}",
		// A named fee dropped: "with no call-out charge", "without any cancellation fee".
		"{with|without} {no|any} {extra|additional|call-out|callout|cancellation|rebooking|re-booking} {charge|fee|cost}",
		// What the reader owes, made smaller: "we have reduced the charges by half", "I've halved
		// your bill", "we have reduced the invoice by £180", "we will lower your rent". Done or
		// promised by the writer, not offered ("you can reduce the fee by booking online"), and
		// a price or a cost only with the amount it comes to ("reduced the price to £40"), since
		// "we have cut the price of our packages" is a sale for everyone.
		"{reduced|reducing|lowered|lowering|cut|cutting|halved|halving|adjusted|adjusting|discounted|discounting|brought down|bringing down} {your|this|that|these|those|this month 's|next month 's} {_|} {charge|charges|bill|invoice|fee|fees|price|rent|balance|cost|costs|total|amount|premium|quote}",
		"{reduced|reducing|lowered|lowering|cut|cutting|halved|halving|adjusted|adjusting|discounted|discounting|brought down|bringing down} the {_|} {charge|charges|bill|invoice|fee|fees|rent|balance|total|amount|premium|quote}",
		"{reduced|reducing|lowered|lowering|cut|cutting|halved|halving|adjusted|adjusting|discounted|discounting|brought down|bringing down} the {_|} {price|cost|costs} {by|to|down}",
		"{we|i} {will|'ll|shall|are going to|'re going to|am going to|'m going to} {reduce|lower|cut|halve|adjust|discount|bring down} {the|your|this|that|these|those} {_|} {charge|charges|bill|invoice|fee|fees|rent|balance|total|amount|premium|quote}",
		"{written|wrote|writing} off {the|your|this|that|these|those|any} {_|} {charge|charges|bill|invoice|fee|fees|balance|debt|amount|arrears}",
		// A hold on the reader lifted: "cleared the flag and released your mark", "we have
		// lifted the suspension", "unlocked your account".
		"{cleared|clearing|lifted|lifting|released|releasing|unlocked|unlocking|unfrozen|unfroze|unblocked|unblocking} {the|your} {_|} {flag|flags|hold|block|suspension|ban|restriction|restrictions|freeze|mark|marks|result|results|grade|grades|funds|account|payment|payments|certificate}",
		// Money handed back in the plainest words: "we return you 1,200 dirhams".
		"{return|returning|returned|returns} you {the|your|a|an|all|every|_}",
		// What was published put right: "I've added a clear disclosure label to the top of
		// all six posts", "we put a correction at the foot of the article".
		"{added|put|placed|pinned|attached} ... ... {label|labels|note|notes|disclosure|disclosures|disclaimer|disclaimers|correction|corrections|clarification|clarifications} {to|on|at|above|under} {the top of|the start of|the foot of|the bottom of|the end of|} {all|every|each|both|the|those|these|that|this|my|our} {_|} {_|} {post|posts|article|articles|page|pages|video|videos|listing|listings|episode|episodes|review|reviews|recipe|recipes|story|stories}",
		// What the reader was given now sits with them: "everyone who played now has the crown
		// in their mailbox".
		"{now|already} {has|have} ... ... {in|into} {your|their} {mailbox|mailboxes|inbox|inboxes|account|accounts|wallet|wallets|inventory|inventories|balance|balances|library|libraries}",
		// A credit set against what the reader pays: "a £30 credit on its next bill", "we will
		// credit the four missed evenings on this month's invoice". "We credit every top-up to
		// your account within a day" is how things run, not what is done for the reader.
		"{a|an} {_|} {_|} credit {on|to|against|towards|off} {your|its|their|his|her|the|this|next|this month 's|next month 's} {next|} {_|} {bill|bills|invoice|invoices|statement|statements|account|accounts|balance|renewal}",
		"{will|'ll|shall|would|'d|to} {also|now|} credit {the|your|those|these|that|this|all|every|each|a|an|£*|$*|€*} ... {on|to|against|towards|off} {your|its|their|his|her|the|this|next|this month 's|next month 's} {next|} {_|} {bill|bills|invoice|invoices|statement|statements|account|accounts|balance|renewal}",
	),
	// Against a repeat: a step or a commitment, concrete or not (vague-prevention judges which).
	// "now" or "always" before a verb in the present tense: a standing practice ("our crews now
	// wrap every leg"). Confirmed with the tagger in readMatches.
	defs(famNowVerb, "{now|always} {also|always|} _"),
	// A commitment against a repeat that is neither a promise nor a step: "from now on",
	// "going forward, refunds will be processed within 14 days".
	defs(famPrevention,
		"{from now on|going forward|moving forward|in future|in the future|from today|from this week|from next week|from now|for the future|from here on|from this point on|from this point forward|from this point onwards|henceforth}",
		// Anchored to a time to come: "from this month", "starting next week", "as of the next
		// billing cycle", "from the March pay run onwards".
		"{from|starting|beginning|as of|effective} {this|next|the next|the coming|the following|the start of this|the start of next|the start of the next|the beginning of next} {_|} {week|month|quarter|year|term|season|cycle|billing cycle|pay run|payroll|payroll run|release|update|version|order|orders|delivery|shift|semester|issue|batch|box|statement|invoice|booking|bookings|event|show|round|fortnight|weekend|school year|financial year|tax year|intake|delivery run|collection}",
		"{starting|beginning} {today|tomorrow|immediately|now|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday}",
		"{from|starting with|beginning with|starting from} ... {onwards|onward}",
		"^ {from|since|starting|as of|beginning} ... ,",
		"{will|'ll|must|now} {always|never|no longer}",
		"{no longer|never again}",
		// What is done for every case to come: "for every future loan, our registrar will
		// supervise", "for next bookings, the system will not accept ...".
		"^ for {all|every|each|any|} {future|next|upcoming|later} !reference",
		"^ {next time|next year|next season} ,",
	),
	// Promises that name no step of their own: "we will do better", "lessons will be learned",
	// "we're taking steps to make sure this doesn't happen again". They count as prevention;
	// vague-prevention asks for the step.
	defs(famPromise,
		"{happen*|occur*|recur*|repeat*|go wrong} again",
		"{never|not|n't|cannot|no longer|nobody|no one|no} {happen*|occur*|recur*|be repeated|repeat*}",
		"{a repeat|a recurrence|recurrence|this from happening|it from happening|this happening|that happening}",
		"{to prevent|to avoid|to stop|preventing|prevent|avoid|stop} {this|it|that|a repeat|a recurrence|such|similar|the same|any|future|further|mistakes|errors|problems|this kind|anything|another}",
		"{make|making} sure ... {never|again|always|no}",
		"{lessons|lesson} {will be|have been|'ve been|are being|} learned",
		// In the present only as the aim: "to make sure lessons are learned". "The first
		// lessons are learned by ear" describes a course.
		"{sure|ensure|ensuring|so} {that|} {the|any|all|those|these|} {lessons|lesson} {are|is|get} learned",
		"learn* {from|the lessons|lessons}",
		"learn* {a lot|a great deal|so much|much|plenty} from",
		"{get|getting} {it|this|things} right {next time|in future|in the future|from now on|going forward}",
		"{make|making} {some|further|more|real|} improvements",
		"{do|doing|be} better",
		// More care, with no step for it: "we'll be more careful with migrations in future".
		"{be|being} {much|far|a lot|a little|even|} more {careful|vigilant|attentive|diligent|thorough|rigorous|mindful}",
		"{take|taking} {more|greater|extra|much more|even more} care",
		"{pay|paying} {more|closer|greater|extra} attention",
		"{taking|take|taken|took} {steps|action|measures}",
		"{put|putting|are putting|have put|'ve put} ... in place",
		"{review*|examin*|audit*|look* at|looking into|investigat*|tighten*|strengthen*|improv*|overhaul*|revisit*|rethink*} ... {process|processes|procedure|procedures|policy|policies|practices|systems|how we|controls|safeguards|approach|ways of working}",
		"{taking|take} a {hard|close|long|careful} look",
		// "we are looking closely at how we handle jobs like yours"
		"{look*} {closely|carefully|hard|again|properly|seriously|in detail} at {how|our|the way|what|the way}",
		// "we'll be tightening things up on our side"
		"{tighten*} {things|everything|it all|matters|procedures|processes} up",
		"{tighten*} up {on|our|the|how}",
		// "committed to making our licensing more resilient"
		"{make|making} {our|the|it|this|things|everything} {_|} {_|} more {resilient|robust|reliable|secure|stable|dependable|careful|consistent|rigorous|thorough}",
		"{regain|rebuild|earn back|win back|restore} your trust",
		"{work|working} hard to",
		"{improve|improving} {our|the|how}",
		"{committed|commitment} to {making sure|ensuring|preventing|improving|doing better|learning|getting this right|putting this right}",
		"{additional|further|new|extra} {measures|steps|safeguards|improvements|changes|procedures}",
		// "so that nothing of this sort recurs", "we're putting our processes under the
		// microscope", "we'll keep raising the bar".
		"{nothing|none|no _} {like this|like it|of this sort|of the sort|of this kind|of that kind|of the kind|similar|} {recurs|recur|will recur|can recur|ever recurs}",
		"{process|processes|procedures|systems|practices|checks|controls|approach|operation|operations|service|policies|workflow|workflows|everything|ourselves} under the microscope",
		"{raise|raising|raised|keep raising|continue raising|continue to raise|lift|lifting} {the bar|our game|our standards}",
	),
	// Concrete steps: a new check, test, tool, rule or change.
	defs(famStep,
		"{now|always|every time|each time|whenever|automatically|before every|before each|before any} {also|always|} {<present>}",
		"{every|each|all} ... must",
		"so ... {can't|cannot|can no longer|can never} !happen*",
		// What a change does from now on: "we have moved the payment run to August, so it no
		// longer competes with new applications".
		"so ... no longer !happen*",
		"{refresher|new|extra|additional|more|mandatory} training",
		"{have|has|'ve|had|been|were|was} {also|all|} {trained|retrained|briefed}",
		"{add*|introduc*|install*|set up|setting up|built|build*|put in|putting in|creat*|implement*|deploy*|adopt*|enforc*|turned on|turning on|switched on|switching on|enabled|enabling|activated|activating} ... {check|checks|test|tests|alert|alerts|review|reviews|training|limit|sign-off|approval|confirmation|monitoring|warning|requirement|checklist|backup|backups|alarm|alarms|reminder|reminders|rule|rules|step|lock|locks|filter|filters|label|labels|scanner|sensor|sensors}",
		"{train*|retrain*|re-train*} {our|all|the|every|each|staff|drivers|team|everyone|new}",
		"{chang*|tighten*|rewrit*|redesign*|overhaul*|fix*|reorganiz*|moved|moving|switch*} ... {rota|rostering|workflow|templates|checklist|checklists|software|settings|booking system|billing system|scheduler|code}",
		"{new|extra|additional|second|automated|automatic|mandatory|daily|weekly|independent} {check|checks|test|tests|alert|alerts|review|reviews|sign-off|approval|confirmation|monitoring|warning|requirement|checklist|backup|alarm|rule|rules|limit|policy|step|lock|filter|scanner|supplier|system|process|procedure}",
		"{we|we 've|we have|i 've|i have|we 're|we are} {made|make|making} it {impossible|harder|difficult|much harder}",
		"{can|may|must|will} now {only|} be _",
		"{can|may|must} only be _ {by|after|once|with|when|if}",
		"{chang*|updat*|rebuil*|reconfigur*|redesign*|rewrit*|set up|built|rewired|adjust*|fix*} ... so {that|} {it|no|nothing|every|each|all|the|our|a|an|any|we|staff|they}",
		"{will|'ll|now|always} {double-check*|check|verify|confirm|review|test|inspect|scan|count|recheck|re-check} ... {every|each|all|before}",
		// A change of tool, made since: "I've moved all my bookings to a phone calendar", "we
		// have switched to a new courier".
		"{'ve|have|has|'s|now|am|are|'m|'re|will|'ll} {now|also|since|already|} {moved|moving|move|switched|switching|switch|migrated|migrating|migrate|changed|changing|change|transferred|transferring|upgraded|upgrading} ... {to|onto|into} {a|an} {new|different|shared|online|digital|phone|proper|electronic|central|better|more|automated|dedicated|single|} {_|} {calendar|diary|system|app|tool|platform|spreadsheet|database|provider|supplier|courier|carrier|process|rota|software|service|scheduler|booking system|reliable}",
		// A reminder or alert that fires before each job: "a calendar that texts me the evening
		// before each job".
		"{that|which|it|system|app|calendar|tool|software|reminder|alarm} {now|also|automatically|} {<present>|reminds|notifies|prompts|pings|buzzes} {me|us|staff|everyone|you|them|the _|our _} ... {before|ahead of} {every|each|any}",
		// A message the writer now sends at each job, so a missed one shows: "I'll text you at
		// the start of every visit", "we now email each customer the evening before every
		// delivery".
		"{will|'ll|now|always} {also|always|} {text|call|email|e-mail|message|ring|phone|notify|remind|update} {you|customers|clients|owners|parents|guests|members|patients|the customer|each customer|every customer|them} {at the start of|at the end of|before|after|ahead of|on arrival at|the day before|the evening before|the night before|the morning of|on the morning of} {every|each|any}",
		// Every job entered in a tool, as a standing habit: "from now on I'm copying every
		// booking into my calendar app", "we will log each order".
		"{'m|am|'re|are|will|'ll|now|always} {now|also|always|} {copying|copy|entering|enter|logging|log|recording|record|importing|import|syncing|sync|adding|add} {every|each|all} {new|} {_|} {booking|bookings|order|orders|job|jobs|appointment|appointments|visit|visits|date|dates|request|requests|reservation|reservations|delivery|deliveries|shift|shifts|event|events}",
		// A reminder set for every job: "I've put our slots into my phone calendar with a reminder
		// the night before". Moving jobs into a tool alone may be how it went wrong, and one
		// reminder for the rebooked date ("your new date, with a reminder the day before") puts
		// only this case right.
		"{every|each|all} ... ... {with|and set|and} {a|an} {reminder|alert|alarm} {the night before|the day before|the evening before|the morning before|an hour before|a day before}",
		"{with|and set|set|setting|and} {a|an} {reminder|alert|alarm} {before every|before each|for every|for each}",
		// A payment made automatic, so it can no longer be forgotten: "I've set up the
		// lottery's direct debit for our lines", "we have switched the rent to a standing order".
		"{set up|setting up|switched|switching|moved|moving|signed up for|signing up for} ... {direct debit|standing order|automatic payment|automatic payments|recurring payment|recurring payments|auto-renewal|autopay|auto-pay}",
		// Parts put on a fixed round of replacement or inspection: "put them on a six-month
		// replacement schedule". "The sensor was on a replacement schedule" tells the story.
		"{put|putting|placed|placing|moved|moving|added|adding|switched|switching} {it|them|the _|all _|every _|each _|our _|these _|those _|both _|all the _|all our _} {_|} {on|onto|to|into} {a|an} {_|} {_|} {schedule|rota|rotation|cycle|regime|timetable|programme|program}",
		// A routine in the present marked new by a "now" that closes the clause before it:
		// "Before we make any lost-bike charge now, one of our team checks the dock camera".
		// Without the "now" the same words tell how things already ran.
		"^ {before|when|whenever|after|once|until} ... ... now , {_|} {_|} {_|} {_|} <present>",
		// A standby taken on for the next failure: "we've now agreed a standby room at a
		// second bar", "we have hired a backup driver".
		"{agreed|arranged|set up|lined up|secured|hired|added|installed|brought in|taken on|took on} {a|an|another} {standby|backup|back-up|fallback|spare|reserve} _",
	),
	// Passives and present tenses of a standing practice: "every label is now scanned", "a
	// supplier that tests every batch". Confirmed with the tagger in readMatches.
	defs(famPractice,
		"{every|each|all} ... {is|are|gets|get} {now|always} _",
		// A subject with a phrase after it, longer than a gap: "every change to the booking page
		// is now tested", "any order from the Leeds warehouse is now weighed".
		"{every|each|all} ... {to|of|on|for|in|from|with|at|by} ... {is|are|gets|get} {now|always} _",
		"^ {any|no} ... {is|are|gets|get} now _",
		"^ {any|no} ... {to|of|on|for|in|from|with|at|by} ... {is|are|gets|get} now _",
		// The same after a colon or a dash that opens the rule: "We have changed how we handle
		// these claims: any decline that relies on an exclusion is now checked by a second
		// assessor".
		"{:|;|—|–} {any|no} ... {is|are|gets|get} now _",
		"{:|;|—|–} {any|no} ... {to|of|on|for|in|from|with|at|by} ... {is|are|gets|get} now _",
		"{every|each|all} ... {will|'ll|must|shall} {now|always|also|} {be|get} _",
		"_ {every|each}",
	),
	// A way to reach a person (e-mail addresses, URLs and phone numbers are found by regexp).
	defs(famContact,
		"{reply|respond|write back} {to|} {this|my|our} {email|e-mail|message|letter|note|post|mail}",
		"{just|simply|please|you can|} {reply|respond|write back}",
		"{call|ring|phone|text|email|e-mail|message|contact|reach|dm|pm|write to|ping|tell|visit|see|ask} {us|me|our team|the team|our support team|support|any moderator|a moderator|the store|the shop|our office|the office}",
		"get in touch",
		"{live chat|chat with us|in-app chat|help centre|help center|message centre|message center|support portal|helpdesk|help desk|direct line|phone line|phone lines|lines are open|hotline|helpline|our desk}",
		"drop {us|me} a {line|note|message|email|e-mail}",
		"give {us|me} a {call|ring|shout|buzz|message|text|bell}",
		"{i|we} {'ll|will|am|'m|are|'re} {be|} {available|here|around|on hand|reachable}",
		"{my|our|the} {direct|personal|mobile|office} {number|line|email|address}",
		"{post|ask} in #",
		"{dm|pm|message} {us|me}",
		"{send|drop|pop|shoot|give} {us|me} a {dm|pm|message|line|note|email|e-mail|text|call|ring|shout}",
		"{come|drop|pop} {in|by|into}",
		"{moderator|moderators|mods} {are|is|will|can}",
		"{reach out|speak to|speak with|talk to|talk with} {us|me|our|the|a|any}",
		"contact ... {team|desk|office|department|manager|line|centre|center|support|service|services}",
	),
)

func concat(groups ...[]phrase.Def) []phrase.Def {
	var out []phrase.Def
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// readMatches turns the reading's phrase matches into sentence flags and evidence.
func (r *Reading) readMatches(d *draft.Document, matches []phrase.Match) {
	toks := d.Tokens()
	for _, m := range matches {
		if m.Def.Name == famApology || r.Quoted(m.Start) {
			continue // apology words are readApologies'
		}
		si := toks[m.Start].Sentence
		ev := Evidence{Sentence: si, Span: d.TokenSpan(m.Start, m.End-1)}
		s := &r.Sentences[si]
		switch m.Def.Name {
		case famOwn:
			first := d.Sentences()[si].First
			if negated(toks, m.Start, first) || pastCounterfactual(toks, m.Start, first) || counterfactual(toks, first, m.Start) {
				continue // "not our fault", "nothing we could have done", "if you had ..., we could have"
			}
			s.Owns = true
		case famRemedy, famRemedyAct, famOffer:
			if s.Remedy {
				// Nothing below would change: the tests only keep a remedy back, and the
				// sentence has one. chargesReader reads the whole sentence at each match.
				continue
			}
			if negated(toks, m.Start, d.Sentences()[si].First) {
				continue
			}
			if m.Def.Name == famRemedyAct && (r.inApologyObject(si, m.Start) || sendsNews(toks, m, d.Sentences()[si].End) || r.narratesFault(d, si, m)) {
				continue
			}
			if m.Def.Name == famOffer && !offerBySupplier(toks, m, d.Sentences()[si].First) {
				continue // "you can come back next week" invites; "the water will come back on" reports
			}
			if chargesReader(toks, d.Sentences()[si].First, d.Sentences()[si].End) {
				continue // "any regrouting would be charged at our normal day rate" sells, not remedies
			}
			s.Remedy = true
			r.Remedies = append(r.Remedies, ev)
		case famPrevention, famPromise, famStep, famPractice, famNowVerb:
			first := d.Sentences()[si].First
			if pastCounterfactual(toks, m.Start, first) || negated(toks, m.Start, first) || hedged(toks, m.Start, first, m.Def.Name == famPromise) {
				continue
			}
			if m.Def.Name == famPromise && conditional(toks, m, first) {
				continue // "so you'd know at once if one didn't happen": a case, not a promise
			}
			if m.Def.Name == famPromise && norm(toks, m, d.Sentences()[si].End) {
				continue // "that should never happen when I am on call" judges the act
			}
			if (m.Def.Name == famPrevention || m.Def.Name == famPromise) && asksReader(toks, m.End, d.Sentences()[si].End) {
				continue // "For future orders, please use the special requests box" asks the reader
			}
			if m.Def.Name == famPrevention && m.Start > first && (toks[m.Start-1].Norm == "again" || toks[m.Start-1].Norm == "back") {
				continue // "plot 14 is yours again from today" says when the remedy starts
			}
			if m.Def.Name == famPrevention && pastNoLonger(toks, m, first) {
				continue // "your case was no longer there" tells the story
			}
			if (m.Def.Name == famStep || m.Def.Name == famNowVerb) && readerStateNow(toks, m, first) {
				continue // "your ticket now shows the concession rate" is this case put right
			}
			switch m.Def.Name {
			case famStep:
				if mentions(toks, m.Start, m.End, "your") {
					continue // "updated your address in our system" fixes this case only
				}
				if timeObject(toks, m.Start, first) {
					continue // "after their system update, so the duplicate came" tells the story
				}
				if recurVerb(toks[m.End-1].Norm) {
					continue // "so this no longer occurs" only promises; it names no change
				}
			case famPractice:
				last := m.End - 1
				if m.Def.Pattern == "_ {every|each}" {
					last = m.Start
					if failedAfter(toks, m.End, d.Sentences()[si].End) {
						continue // "our form asks every client about allergies, and you did not mention ..."
					}
					if failedBefore(toks, m.Start, first) {
						continue // "this was missed by our editor, who checks every pattern before release"
					}
				}
				// After "is now" or "are always" an -ed word is a participle whatever the
				// tagger makes of it: it breaks ties between VBN and VBD at random, and reads
				// "printed" in "is now printed straight from the file" as an adjective.
				// Tags are asked for only here: "_ {every|each}" is matched often and never a
				// passive, and tagging is the costliest step.
				passive := false
				if m.Def.Pattern != "_ {every|each}" {
					tag := d.Tags(si)[last-first]
					passive = tag == "VBN" || tag == "VBD" || tag == "JJ" && strings.HasSuffix(toks[last].Norm, "ed")
				}
				if passive && notPracticePassive[toks[last].Norm] {
					continue // "all affected customers will be refunded" is the remedy
				}
				if !passive && !r.presentVerb(d, si, last) {
					continue
				}
			case famNowVerb:
				if !r.presentVerb(d, si, m.End-1) {
					continue
				}
			}
			r.addPrevention(ev, m.Def.Name)
		case famContact:
			if negated(toks, m.Start, d.Sentences()[si].First) || writerWillReach(toks, m.Start, d.Sentences()[si].First) || visitAsTime(toks, m.Start, d.Sentences()[si].First) {
				continue
			}
			if r.inApologyObject(si, m.Start) {
				continue // "sorry for how hard it has been to reach us by phone" names the failure
			}
			r.addContact(ev)
		}
	}
}

// timeObject reports whether the word at i is a noun that a preposition of time governs,
// through a determiner and at most one more word: "after their system update", "following the
// change", "during a rebuild". That change is when the failure came, not a step taken since.
func timeObject(toks []draft.Token, i, first int) bool {
	for k := i - 2; k >= first && k >= i-3; k-- {
		switch toks[k].Norm {
		case "after", "following", "during", "since", "before":
		default:
			continue
		}
		switch toks[k+1].Norm {
		case "the", "a", "an", "their", "its", "our", "his", "her", "that", "this", "last":
			return true
		}
		return false
	}
	return false
}

// pastNoLonger reports whether the forward-looking match m is "no longer" after a past form of
// be or have: "your case was no longer there" narrates what happened. "Will no longer" and
// "is no longer" still look ahead.
func pastNoLonger(toks []draft.Token, m phrase.Match, first int) bool {
	if m.Start <= first || m.End-m.Start != 2 || toks[m.Start].Norm != "no" || toks[m.Start+1].Norm != "longer" {
		return false
	}
	switch toks[m.Start-1].Norm {
	case "was", "were", "had", "'d":
		return true
	}
	return false
}

// failedAfter reports whether the words after a bare present-tense practice, up to the end of
// its sentence or a dozen tokens on, tell how it failed this time: "our form asks every client
// about allergies, and you did not mention yours", "we check each order, but this one slipped
// through". The practice was already in place when it went wrong, so it is no new step.
func failedAfter(toks []draft.Token, from, end int) bool {
	for k := from; k < end && k < from+12; k++ {
		switch toks[k].Norm {
		case "but", "yet", "however":
			return true
		case "did", "was", "were", "had":
			if k+1 < end && (toks[k+1].Norm == "not" || toks[k+1].Norm == "n't") {
				return true
			}
		case "failed", "missed", "slipped", "forgot":
			return true
		}
	}
	return false
}

// failedBefore reports whether the practice verb at i sits in a relative clause ("who checks
// every pattern", "which scans each bag") about someone or something the sentence has just said
// failed: "This was missed by my tech editor, who checks every pattern before release." The
// practice was already in place and did not stop the wrong, so it is no new step.
func failedBefore(toks []draft.Token, i, first int) bool {
	k := i - 1
	if k < first {
		return false
	}
	switch toks[k].Norm {
	case "who", "which", "that":
	default:
		return false
	}
	for j := k - 1; j >= first && j >= k-12; j-- {
		switch toks[j].Norm {
		case "missed", "failed", "overlooked", "forgot", "slipped":
			return true
		case "did", "was", "were", "had":
			if j+1 < k && (toks[j+1].Norm == "not" || toks[j+1].Norm == "n't") {
				return true
			}
		}
	}
	return false
}

// asksReader reports whether the clause just after a commitment against a repeat, within three
// tokens of its end at from, asks the reader to act instead: "For future orders, please use the
// special requests box", "In future, you should check the size guide". Advice to the reader is
// no step of the writer's.
func asksReader(toks []draft.Token, from, end int) bool {
	for k := from; k < end && k < from+3; k++ {
		switch w := toks[k].Norm; w {
		case ",", "then":
			continue
		case "please", "remember", "kindly":
			return true
		case "you":
			if k+1 < end {
				switch toks[k+1].Norm {
				case "should", "must", "need", "needs", "may", "might", "have":
					return true
				}
			}
			return false
		case "make", "be":
			return k+2 < end && (toks[k+1].Norm == "sure" && toks[k+2].Norm == "you" || toks[k+1].Norm == "sure" && toks[k+2].Norm == "to")
		default:
			return false
		}
	}
	return false
}

// recurVerb reports whether w only says that the wrong comes back, or does not: "so it can
// never recur", "so this no longer occurs". A step says what the change does instead.
func recurVerb(w string) bool {
	for _, p := range []string{"happen", "occur", "recur", "repeat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// negated reports whether one of the three tokens before i, within its clause, negates what
// follows: "we cannot refund", "no refund is due".
func negated(toks []draft.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-3; k-- {
		switch toks[k].Norm {
		case "not", "n't", "no", "never", "cannot", "unable", "without", "nor":
			return true
		case ",", ";", ":", ".", "but", "and":
			return false
		}
	}
	return false
}

// chargesReader reports whether the sentence of tokens first to end makes the reader pay for what
// it offers: "any replacement would be charged at our normal rate", "a refit is chargeable".
func chargesReader(toks []draft.Token, first, end int) bool {
	for k := first + 1; k < end; k++ {
		switch toks[k].Norm {
		case "charged", "billed", "invoiced":
			// "would be charged"; not "you will not be charged", nor "you have been charged twice"
			if toks[k-1].Norm == "be" && (k-2 < first || !negations[toks[k-2].Norm]) {
				return true
			}
		case "chargeable":
			return true
		}
	}
	return false
}

// negations are the words that deny what follows them.
var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true}

// presentVerb reports whether token i of sentence si is a verb in the present tense, other than
// a form of be or have ("checkout has now been fixed" is not a practice).
func (r *Reading) presentVerb(d *draft.Document, si, i int) bool {
	tok := d.Tokens()[i]
	if notPractice[tok.Norm] || notVerb[tok.Norm] || !isWord(tok.Norm) {
		return false
	}
	if presentVerbs[tok.Norm] {
		return true
	}
	// Tagging is the costliest step: ask only for words no list decides.
	tags := d.Tags(si)
	tag := tags[i-d.Sentences()[si].First]
	return tag == "VBZ" || tag == "VBP"
}

// presentVerbs are the word class <present>: verbs in the present tense that describe a
// standing practice, decided without the tagger.
var presentVerbs = set(phrase.Classes["present"]...)

// notVerb are words that often stand after "now" or before "every" and are never the verb of a
// practice: prepositions, determiners, pronouns, conjunctions and common adverbs.
var notVerb = set("in", "at", "for", "of", "on", "with", "to", "from", "by", "after", "before",
	"during", "across", "into", "over", "under", "about", "around", "through", "per", "like",
	"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "his", "her",
	"its", "we", "i", "you", "they", "he", "she", "it", "and", "or", "but", "so", "then", "also",
	"always", "now", "just", "still", "only", "even", "already", "very", "more", "almost",
	"nearly", "not", "n't", "will", "'ll", "would", "can", "could", "should", "must", "may",
	"might", "than", "as", "if", "when", "where", "while", "until", "since", "because", ",",
	".", ";", ":", "!", "?", "-", "—", "–", "(", ")", "\"", "'")

// isWord reports whether w is made of letters (and inner hyphens or apostrophes) only.
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

// notPractice are present-tense verbs that describe a state of mind or the news, not a standing
// practice against a repeat: "we now know", "we always aim to".
var notPractice = set("is", "are", "am", "'s", "'re", "been", "be", "have", "'ve", "has", "on", "up",
	"back", "available", "know", "knows", "understand", "see", "realize", "think", "believe",
	"feel", "hope", "want", "expect", "look", "remember", "owe", "apologize", "aim", "aims", "try",
	"tries", "strive", "strives", "endeavor", "seek", "aspire", "wish", "work", "do", "does",
	"love", "value", "appreciate", "regret", "recognize", "accept", "agree", "need", "like",
	"miss", "sorry", "thank", "include", "includes", "mean", "means", "seems", "seem")

// offerSubjects are who offers a new slot: the writer's side.
var offerSubjects = set("we", "i", "he", "she", "they", "team", "engineer", "technician",
	"driver", "fitter", "plumber", "electrician", "tutor", "instructor", "artist", "stylist",
	"therapist", "chef", "someone", "somebody", "colleague", "manager", "photographer")

// offerBySupplier reports whether the offer m is made by the writer's side rather than to the
// reader ("you can fit in a visit on Monday"), and is the service itself rather than a look
// into what went wrong. Coming back is said of things too ("the water
// will come back on"), so that offer needs a pronoun or role before it ("I can come on
// Thursday") or a name inside the sentence ("and Rhi can come on Friday"): a capital that
// starts the sentence may be any word.
func offerBySupplier(toks []draft.Token, m phrase.Match, first int) bool {
	if m.Start == first {
		return false
	}
	prev := toks[m.Start-1]
	if prev.Norm == "you" {
		return false
	}
	for k := m.Start; k < m.End; k++ {
		if offerNotService[toks[k].Norm] || newsNouns[toks[k].Norm] {
			return false // "we will complete the investigation next week" only looks into it
		}
	}
	if !mentions(toks, m.Start, m.End, "come") || offerSubjects[prev.Norm] {
		return true
	}
	if m.Start-1 == first {
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev.Text)
	return unicode.IsUpper(r)
}

// offerNotService are what a writer may finish or do on a date that does not put anything right.
var offerNotService = set("investigation", "investigations", "review", "inquiry", "enquiry",
	"audit", "assessment", "analysis", "checks", "check", "same", "best", "research", "paperwork")

// notPracticePassive are participles that, in "every ... will be _", put this case right or
// send news of it rather than describe a standing practice: "every affected order will be
// refunded", "each customer will be contacted".
var notPracticePassive = set("refunded", "credited", "reimbursed", "compensated", "contacted",
	"notified", "informed", "emailed", "told", "sent", "replaced", "repaired", "fixed", "restored",
	"reissued", "re-issued", "corrected", "cancelled", "rebooked", "rescheduled", "paid",
	"returned", "delivered", "waived", "reinstated", "released", "removed", "deleted", "offered",
	"given", "apologized", "updated", "affected", "impacted", "honored", "covered", "resent",
	"re-sent", "reshipped", "re-shipped", "redelivered", "re-delivered", "moved", "posted",
	"delayed", "suspended")

// hedged reports whether a prevention phrase at i sits under a hedge that keeps it from being a
// commitment: "we can't promise this won't happen again", "we hope this never happens again",
// "we always aim to". A promise the writer says they will try to keep is still a promise, one
// that names no step: "we will try to be better neighbours", "we'll aim to do better".
func hedged(toks []draft.Token, i, first int, promise bool) bool {
	for k := i - 1; k >= first && k >= i-6; k-- {
		switch toks[k].Norm {
		case "try", "aim", "strive":
			if promise && willTry(toks, k, first) {
				continue
			}
			return true
		case "hope", "hopefully", "aims", "trying", "wish", "trust":
			return true
		case "promise", "guarantee", "guarantees", "promises":
			if k > first && (toks[k-1].Norm == "n't" || toks[k-1].Norm == "not" || toks[k-1].Norm == "cannot") {
				return true
			}
		}
	}
	return false
}

// willTry reports whether "try", "aim" or "strive" at k follows "will" or "shall", past an adverb or two:
// "we will try", "we'll also try", "I shall really try".
func willTry(toks []draft.Token, k, first int) bool {
	for j := k - 1; j >= first && j >= k-3; j-- {
		switch toks[j].Norm {
		case "will", "'ll", "shall":
			return true
		case "also", "really", "always", "all", "certainly", "definitely", "genuinely", "honestly":
		default:
			return false
		}
	}
	return false
}

// norm reports whether a promise that something will never happen is a standard the writer
// judges the act by, not a promise against a repeat: "that should never happen when I am on
// call", "this must not happen to any patient". "This must never happen again" looks ahead.
func norm(toks []draft.Token, m phrase.Match, end int) bool {
	if m.Start < 1 || m.End-m.Start != 2 {
		return false
	}
	switch toks[m.Start].Norm {
	case "never", "not", "n't":
	default:
		return false
	}
	switch toks[m.Start-1].Norm {
	case "should", "must", "ought", "shall":
	default:
		return false
	}
	return m.End >= end || toks[m.End].Norm != "again"
}

// conditional reports whether a promise that something will not happen (again) is the
// condition of a clause rather than a promise: "so you'd know at once if one didn't happen",
// "if it happens again, we will refund you", "in case a visit is missed". Only the happening
// itself is judged: "make sure that if ..." and "to prevent" stay promises.
func conditional(toks []draft.Token, m phrase.Match, first int) bool {
	happens := false
	for k := m.Start; k < m.End; k++ {
		n := toks[k].Norm
		if strings.HasPrefix(n, "happen") || strings.HasPrefix(n, "occur") || strings.HasPrefix(n, "recur") || strings.HasPrefix(n, "repeat") {
			happens = true
		}
	}
	if !happens {
		return false
	}
	for k := m.Start - 1; k >= first && k >= m.Start-6; k-- {
		switch toks[k].Norm {
		case "if", "unless", "whether", "whenever":
			return true
		case "case", "event":
			if k > first && (toks[k-1].Norm == "in" || toks[k-1].Norm == "the") {
				return true
			}
		case ",", ";", ":", "—", "–", "and", "but", "so", "sure", "ensure", "that":
			return false
		}
	}
	return false
}

// readerStateNow reports whether "now" or "always" before a present verb tells how the
// reader's own record reads once put right ("your ticket now shows the concession rate", "your
// account now has the credit") rather than a standing practice ("our system now checks").
func readerStateNow(toks []draft.Token, m phrase.Match, first int) bool {
	if n := toks[m.Start].Norm; n != "now" && n != "always" {
		return false
	}
	stateVerb := false
	for k := m.Start + 1; k < m.End && k <= m.Start+2; k++ {
		if readerStateVerbs[toks[k].Norm] {
			stateVerb = true
		}
	}
	if !stateVerb {
		return false
	}
	for k := m.Start - 1; k >= first && k >= m.Start-4; k-- {
		switch toks[k].Norm {
		case "your", "you":
			return true
		case ",", ";", ":", "and", "but", "so", "our", "my", "we", "i":
			return false
		}
	}
	return false
}

// readerStateVerbs are verbs that tell what a record shows, not what anyone does.
var readerStateVerbs = set("shows", "show", "reads", "read", "lists", "list", "has", "have",
	"displays", "display", "says", "say", "reflects", "reflect", "matches", "match", "includes",
	"include", "carries", "carry", "contains", "contain", "states", "appears", "appear")

// mentions reports whether tokens [from, to) hold the word w.
func mentions(toks []draft.Token, from, to int, w string) bool {
	for k := from; k < to; k++ {
		if toks[k].Norm == w {
			return true
		}
	}
	return false
}

// newsNouns are what a writer sends when the remedy is still to come: "we'll send you an update".
var newsNouns = set("update", "updates", "report", "details", "information", "email", "e-mail",
	"message", "letter", "survey", "note", "newsletter", "link", "form", "complaint", "feedback",
	"request", "case", "query", "call", "meeting", "chat", "reply", "response", "notice",
	"confirmation", "summary", "questionnaire", "apology")

// sendsNews reports whether a remedy act only sends or arranges news rather than goods: "we'll
// send you an update", "we will schedule a call". Deleting or withdrawing a message is a remedy.
func sendsNews(toks []draft.Token, m phrase.Match, end int) bool {
	verb := ""
	for k := m.Start; k < m.End; k++ {
		n := toks[k].Norm
		if strings.HasPrefix(n, "send") || n == "sent" || strings.HasPrefix(n, "post") ||
			strings.HasPrefix(n, "schedul") || strings.HasPrefix(n, "arrang") || strings.HasPrefix(n, "book") {
			verb = n
		}
	}
	if verb == "" {
		return false
	}
	for k := m.End; k < end && k < m.End+4; k++ {
		if newsNouns[toks[k].Norm] {
			return true
		}
	}
	return false
}

// faultMarks are words that, in the clause of a past act, say the act was the failure itself:
// "we sent you the wrong size", "we shipped it twice", "we posted it to your old address".
var faultMarks = set("wrong", "wrongly", "incorrect", "incorrectly", "twice", "mistake",
	"mistakenly", "error", "erroneously", "accidentally", "accident", "instead", "late", "damaged",
	"broken", "faulty", "empty", "missing", "expired", "old", "previous", "duplicate", "unsealed",
	"without", "inadvertently")

// amendMarks are words that, in the clause of a past act, make it the remedy: "we sent you a
// new pair", "we posted the right size this morning".
var amendMarks = set("new", "another", "replacement", "right", "correct", "fresh", "free",
	"spare", "back", "again", "properly", "today", "immediately", "straight", "since", "then",
	"morning", "afternoon", "tonight", "express", "overnight", "priority", "first-class")

// narratesFault reports whether a remedy act in the simple past ("we sent you ...") tells the
// failure rather than the fix: a word in its clause says the act was wrong ("we sent you the
// wrong size"), or, with nothing in the clause that makes it a fix, the writer apologises for
// it later in the sentence ("we sent you men's socks ..., and I'm sorry we got that wrong").
func (r *Reading) narratesFault(d *draft.Document, si int, m phrase.Match) bool {
	toks := d.Tokens()
	if m.End-m.Start < 2 {
		return false
	}
	switch toks[m.Start+1].Norm {
	case "will", "'ll", "are", "am", "'m", "have", "'ve", "has", "is", "can", "now", "already", "also":
		return false // "we've sent you", "we will send": the fix, not the story
	}
	if amendMarks[toks[m.End-1].Norm] {
		return false
	}
	end := d.Sentences()[si].End
	k := m.End
	for ; k < end && k < m.End+maxClauseTokens; k++ {
		n := toks[k].Norm
		if faultMarks[n] {
			return true
		}
		if amendMarks[n] {
			return false
		}
		if n == "," || n == ";" || n == ":" || n == "—" || n == "–" || n == "so" || n == "but" || n == "and" {
			break
		}
	}
	for _, id := range r.Sentences[si].Apologies {
		if a := r.Apologies[id]; a.Tok > m.Start && (a.Kind == Genuine || a.Kind == Vague) {
			return true
		}
	}
	return false
}

// inApologyObject reports whether token i lies in what an apology apologises for: "we're sorry
// we cancelled your ride" names the wrong, not a remedy.
func (r *Reading) inApologyObject(si, i int) bool {
	// Only the sentence's apologies can hold it, and only those that start within a clause's
	// reach before it: a text of one endless sentence may hold thousands.
	ids := r.Sentences[si].Apologies
	from := sort.Search(len(ids), func(k int) bool { return r.Apologies[ids[k]].Tok >= i-maxClauseTokens-4 })
	for _, id := range ids[from:] {
		a := r.Apologies[id]
		if a.Tok >= i {
			break
		}
		if (a.Kind == Genuine || a.Kind == Vague) && i < a.objEnd {
			return true
		}
	}
	return false
}

// writerWillReach reports whether a contact phrase is the writer promising to reach the reader
// ("our manager will be in touch", "we'll get in touch"), which gives the reader no channel.
func writerWillReach(toks []draft.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-2; k-- {
		switch toks[k].Norm {
		case "will", "'ll", "shall":
			return true
		}
	}
	return false
}

// visitAsTime reports whether a visit at token i ("come in", "drop by", "pop in") only says
// when something else happens: "we'll swap the tube when you drop by", "next time you pop in".
// An invitation ("pop in and ask for Sam") is a way to reach a person; a time is not.
func visitAsTime(toks []draft.Token, i, first int) bool {
	switch toks[i].Norm {
	case "come", "drop", "pop":
	default:
		return false
	}
	if i-2 < first || toks[i-1].Norm != "you" {
		return false
	}
	switch toks[i-2].Norm {
	case "when", "time", "once", "before", "after":
		return true
	}
	return false
}

// counterfactual reports whether the clause before token i opens with "if ... had" or "had you":
// "If you had kept the receipt, we could have refunded you" owns nothing.
func counterfactual(toks []draft.Token, first, i int) bool {
	if i-first < 2 {
		return false
	}
	if toks[first].Norm == "had" {
		return true
	}
	if toks[first].Norm != "if" {
		return false
	}
	for k := first + 1; k < i; k++ {
		if toks[k].Norm == "had" || toks[k].Norm == "'d" {
			return true
		}
	}
	return false
}

// pastCounterfactual reports whether a prevention phrase at i is about what could not have been
// done, not about what will be: "there was nothing we could have done to prevent it".
func pastCounterfactual(toks []draft.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-8; k-- {
		switch toks[k].Norm {
		case "nothing", "impossible", "little", "much":
			return true
		case "have", "'ve":
			if k > first && (toks[k-1].Norm == "could" || toks[k-1].Norm == "n't" || toks[k-1].Norm == "would") {
				return true
			}
		}
	}
	return false
}

// addPrevention records prevention evidence of a family: promises are kept for
// vague-prevention, steps mark their sentence as naming one.
func (r *Reading) addPrevention(ev Evidence, family string) {
	s := &r.Sentences[ev.Sentence]
	if !s.Prevention {
		s.Prevention = true
		r.Preventions = append(r.Preventions, ev)
	}
	switch family {
	case famPromise:
		if !s.promise {
			s.promise = true
			r.Promises = append(r.Promises, ev)
		}
	case famStep, famPractice, famNowVerb:
		s.Step = true
	case famPrevention:
		s.forward = true
	}
}

// settleSteps makes a forward-looking sentence a step when it promises nothing vague: "From
// Monday, every group booking is confirmed by a second member of staff" says what changes, and
// "Going forward, we will do better" does not.
func (r *Reading) settleSteps() {
	for i := range r.Sentences {
		if s := &r.Sentences[i]; s.forward && !s.promise {
			s.Step = true
		}
	}
}

func (r *Reading) addContact(ev Evidence) {
	if !r.Sentences[ev.Sentence].Contact {
		r.Sentences[ev.Sentence].Contact = true
		r.Contacts = append(r.Contacts, ev)
	}
}

var (
	emailRE = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	urlRE   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>()]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|de|fr|app|dev|help|support|gov|edu|ie|nl|es|it|eu|us|ca|au)(?:/[^\s<>()]*)?\b`)
	phoneRE = regexp.MustCompile(`(?:\+|\b)\d[\d\s().-]{6,}\d\b`)
	tagRE   = regexp.MustCompile(`(?:^|\s)#[a-z][a-z0-9_-]+`)
)

// contactFinders pair each expression with a test that a line may hold a match: a line without
// an "@" holds no e-mail address, and most lines hold no digit, no "#" and no web address.
// address marks the tests that let through every line that may hold an e-mail or web address
// (see Reading.noAddressLines). needs is a byte every window holds, so that a document without
// it, as most are, skips the expression (draft.LineSearch.Needs).
var contactFinders = []struct {
	re      *regexp.Regexp
	windows func(line string, out []draft.Span) []draft.Span
	address bool
	needs   byte
}{
	{emailRE, wholeLineIf(func(l string) bool { return strings.IndexByte(l, '@') >= 0 }), true, '@'},
	{urlRE, wholeLineIf(mayHoldDomain), true, 0},
	{phoneRE, phoneRuns, false, 0},
	{tagRE, wholeLineIf(func(l string) bool { return strings.IndexByte(l, '#') >= 0 }), false, '#'},
}

// wholeLineIf makes a window of the whole line when may says the line may hold a match.
func wholeLineIf(may func(line string) bool) func(string, []draft.Span) []draft.Span {
	return func(line string, out []draft.Span) []draft.Span {
		if may(line) {
			out = append(out, draft.Span{Start: 0, End: len(line)})
		}
		return out
	}
}

// phoneRuns returns the runs of a line that may hold a phone number isPhone accepts: runs of
// eight or more of the characters phoneRE matches (digits, space and "().-", with "+" before
// them), with seven or more digits, as mayHoldPhone looks for them. Every match of phoneRE lies
// inside one run, since each of its characters is one of those, so the expression need only run
// over the runs: Go's expressions cost tens of nanoseconds a byte, and a line that holds a
// number is mostly words.
//
// It runs over every line of every draft, so it looks at few bytes: a run of eight that starts
// at or after i holds the byte at i+7, so when that byte cannot be in a run, the search goes on
// from i+8 without looking at the bytes between. In prose that is most of the time.
func phoneRuns(line string, out []draft.Span) []draft.Span {
	for i := 0; i+8 <= len(line); {
		p := i + 7
		if phoneByte[line[p]] == phoneOther {
			i = p + 1
			continue
		}
		start, end := p, p+1
		for start > i && phoneByte[line[start-1]] != phoneOther {
			start--
		}
		for end < len(line) && phoneByte[line[end]] != phoneOther {
			end++
		}
		if end-start >= 8 {
			digits := 0
			for k := start; k < end; k++ {
				if phoneByte[line[k]] == phoneDigit {
					digits++
				}
			}
			if digits >= 7 {
				out = append(out, draft.Span{Start: start, End: end})
			}
		}
		i = end + 1
	}
	return out
}

// mayHoldDomain reports whether line may hold a web address or a domain name, as urlRE finds
// them: "://", "www." in any case, or a dot with a letter straight after it, as no sentence's
// full stop has.
func mayHoldDomain(line string) bool {
	if strings.Contains(line, "://") {
		return true
	}
	for i := strings.IndexByte(line, '.'); i >= 0; i = indexByteFrom(line, '.', i+1) {
		c := byte(0)
		if i+1 < len(line) {
			c = line[i+1]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || afterWWW(line, i) {
			return true
		}
	}
	return false
}

// afterWWW reports whether the dot at i of line follows "www" in any case ("w" has no other case
// under (?i)).
func afterWWW(line string, i int) bool {
	return i >= 3 && line[i-3]|0x20 == 'w' && line[i-2]|0x20 == 'w' && line[i-1]|0x20 == 'w'
}

// indexByteFrom returns the index of the first c in s at or after from, or -1. The tests that
// run over every line walk from one byte of interest to the next with it: a loop over them
// costs less than calling a test for each.
func indexByteFrom(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// mayHoldPhone reports whether line holds a run of eight or more of the characters phoneRE
// matches, digits, space and "+().-", with seven or more digits among them: the least a phone
// number that isPhone accepts is made of. Dates, prices and order numbers seldom are.
func mayHoldPhone(line string) bool {
	var buf [1]draft.Span
	return len(phoneRuns(line, buf[:0])) > 0
}

// The classes of bytes for mayHoldPhone: a table look-up costs less per byte than comparisons.
const (
	phoneOther = iota
	phoneDigit
	phoneSep // space, tab, CR, FF and "().-+"
)

var phoneByte = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = phoneDigit
	}
	for _, c := range []byte(" \t\r\f().-+") {
		t[c] = phoneSep
	}
	return t
}()

// readRegexps finds contact channels that are not words: e-mail addresses, URLs, phone numbers
// and chat channels ("#help"), from the matches findInLines found. A match counts for the
// sentence it is in.
func (r *Reading) readRegexps(d *draft.Document, f lineFinds) {
	for i, c := range contactFinders {
		for _, sp := range f.contacts[i] {
			si := d.SentenceAt(sp.Start)
			if si < 0 || c.re == phoneRE && !isPhone(d.Slice(sp)) {
				continue
			}
			r.addContact(Evidence{Sentence: si, Span: sp})
		}
	}
	r.noAddressLines = !f.addressLines
}

// isPhone tells a phone number from other runs of digits (amounts, order numbers): eight to
// fifteen digits, written the way numbers are given out: with a leading + or 0, or in groups.
func isPhone(s string) bool {
	digits, groups := 0, 1
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case i > 0 && (c == ' ' || c == '-' || c == '.'):
			groups++
		}
	}
	if digits < 8 || digits > 15 {
		return false
	}
	return s[0] == '+' || s[0] == '0' || s[0] == '(' || groups >= 3
}
