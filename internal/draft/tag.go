package draft

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/apologylint/apologylint/internal/postag"
)

// taggedSentences counts sentences tagged in this process, so benchmarks can report how much
// of the text needed tags at all.
var taggedSentences atomic.Int64

// TaggedSentences returns the number of sentences tagged so far by this process.
func TaggedSentences() int64 { return taggedSentences.Load() }

// taggedDocuments counts documents that asked for tags at least once, cached or not. Documents
// are linted on several goroutines, hence atomic.
var taggedDocuments atomic.Int64

// TaggedDocuments returns the number of documents that asked for tags so far in this process.
func TaggedDocuments() int64 { return taggedDocuments.Load() }

// AskedForTags reports whether anything asked for the tags of this document's sentences.
func (d *Document) AskedForTags() bool { return d.askedTags }

// Tags returns the Penn Treebank part-of-speech tag of each token of sentence i, computing them
// on first request: the tags prose's tagger gives prose's tokens of the sentence (see postag).
// Tagging is the costliest step per word, so rules ask only for the sentences a cheap word test
// marked as candidates. Tags are a statistical guess: use them as hints beside words.
func (d *Document) Tags(i int) []string {
	if d.tags[i] != nil {
		return d.tags[i]
	}
	if !d.askedTags {
		d.askedTags = true
		taggedDocuments.Add(1)
	}
	s := d.sents[i]
	toks := d.toks[s.First:s.End]
	tags := make([]string, len(toks))
	d.tags[i] = tags
	if len(toks) > maxTaggedTokens {
		return tags // not a sentence but a run of text
	}
	ptags, ok := tagCache.get(s.Text)
	if !ok {
		taggedSentences.Add(1)
		ptags = tagSentence(s.Text)
		tagCache.put(s.Text, ptags)
	}
	for j, t := range toks {
		switch {
		case t.src >= 0 && t.src < len(ptags) && (j == 0 || toks[j-1].src != t.src):
			tags[j] = ptags[t.src]
		case t.src >= 0:
			tags[j] = contractionTag(t.Norm)
		case t.src == noTag:
			tags[j] = ""
		default:
			tags[j] = "."
		}
	}
	return tags
}

// maxTaggedTokens is the longest sentence tagged, in tokens. Real sentences run to a few dozen;
// a "sentence" of thousands is a list, a table or a file without punctuation, whose tags would
// mean little. Rules read such a run by its words.
const maxTaggedTokens = 400

// tagSentence returns the tag of each of prose's tokens of text (splitWords), each word tagged as
// prose sees it, after its quote replacement (sanitize). prose itself reports a field that occurs
// again later in the text with the tags of its last occurrence (its tokenizer shares one token
// between occurrences and the tagger writes into it); here every occurrence keeps its own tag.
func tagSentence(text string) []string {
	spans := splitWords(text, nil)
	words := make([]string, len(spans))
	for k, sp := range spans {
		words[k], _ = sanitize(text[sp.Start:sp.End])
	}
	tags := postag.Tag(words, nil)
	return tags
}

// contractionTag tags the second half of a contraction split off after prose tagged the word.
func contractionTag(norm string) string {
	switch norm {
	case "'ve":
		return "VBP"
	case "'d":
		return "MD"
	}
	return ""
}

// tagCache keeps the tags of recently tagged sentences, by text, for the whole process. An editor
// re-lints a document on every keystroke; with the cache only the sentence being edited is
// tagged again.
var tagCache = &sentenceCache{max: 4096}

// sentenceCache is a bounded map from sentence text to the tags of prose's tokens. When full it
// starts again empty: simpler than an LRU, and a full cache is rare (4,096 distinct sentences
// needing tags).
type sentenceCache struct {
	mu  sync.Mutex
	max int
	m   map[string][]string
}

func (c *sentenceCache) get(text string) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.m[text]
	return t, ok
}

func (c *sentenceCache) put(text string, tags []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string][]string, c.max)
	}
	// A copy: text is a slice of its document's prose, which the key would keep alive whole.
	c.m[strings.Clone(text)] = tags
}
