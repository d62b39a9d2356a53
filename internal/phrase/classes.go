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
	"feel":    {"feel", "feels", "felt", "feeling", "find", "found", "think", "thought", "see", "saw", "perceive", "perceived", "took", "take", "interpreted", "read"},
}
