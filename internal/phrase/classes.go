package phrase

// Classes are the word classes patterns share. Each is a small closed set of single words, in
// any spelling: words are normalised when compiled.
var Classes = map[string][]string{
	"be":      {"am", "'m", "is", "'s", "are", "'re", "was", "were", "be", "been", "being"},
	"have":    {"have", "'ve", "has", "had", "'d"},
	"we":      {"we", "i"},
	"us":      {"us", "me"},
	"our":     {"our", "my"},
	"you":     {"you", "anyone", "anybody", "customers", "some", "people", "everyone", "somebody", "someone", "guests", "users", "readers", "members", "fans", "followers", "players", "viewers", "listeners", "clients", "patients", "passengers", "parents", "residents", "subscribers"},
	"modal":   {"will", "'ll", "would", "'d", "shall", "should", "can", "could", "may", "might", "must"},
	"det":     {"a", "an", "the", "this", "that", "these", "those", "any", "some", "our", "your", "their", "its", "his", "her"},
	"so":      {"so", "very", "really", "truly", "deeply", "sincerely", "terribly", "incredibly", "extremely", "genuinely", "profoundly", "awfully", "most", "utterly"},
	"feeling": {"upset", "unhappy", "disappointed", "offended", "frustrated", "annoyed", "angry", "hurt", "dissatisfied", "inconvenienced", "confused", "concerned", "worried", "distressed", "displeased", "bothered", "uncomfortable", "affected", "let", "saddened", "troubled", "misled", "insulted", "aggrieved", "alarmed", "irritated"},
	"neg":     {"not", "n't", "no", "never", "cannot", "unable", "without", "nor"},
	// present are verbs in the present tense that, after "now" or "always", describe a standing
	// practice: "our team now checks", "every order now goes".
	"present": {"check", "checks", "double-check", "double-checks", "run", "runs", "require", "requires", "review", "reviews", "ask", "asks", "go", "goes", "send", "sends", "use", "uses", "test", "tests", "confirm", "confirms", "block", "blocks", "flag", "flags", "stop", "stops", "need", "needs", "refuse", "refuses", "reject", "rejects", "warn", "warns", "alert", "alerts", "get", "gets", "keep", "keeps", "call", "calls", "print", "prints", "verify", "verifies", "wait", "waits", "roll", "rolls", "apply", "applies", "include", "includes", "hold", "holds", "lock", "locks", "limit", "limits", "text", "texts", "email", "emails", "show", "shows", "mark", "marks", "route", "routes", "compare", "compares", "match", "matches", "pause", "pauses", "answer", "answers", "has", "have", "carry", "carries", "sign", "signs", "approve", "approves", "read", "reads", "tell", "tells", "back", "backs", "store", "stores", "save", "saves", "post", "posts", "log", "logs", "print", "write", "writes", "label", "labels", "list", "lists", "ring", "rings", "phone", "phones", "open", "opens", "close", "closes", "arrive", "arrives", "leave", "leaves", "start", "starts", "book", "books", "bring", "brings", "staff", "scan", "scans", "cross-check", "cross-checks", "follow", "follows", "monitor", "monitors", "travel", "travels", "wrap", "wraps", "watch", "watches", "track", "tracks", "insist", "insists", "must", "will", "get"},
	"feel":    {"feel", "feels", "felt", "feeling", "find", "found", "think", "thought", "see", "saw", "perceive", "perceived", "took", "take", "interpreted", "read"},
}
