package draft

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/jdkato/prose/v2"
)

// taggerModel is prose's part-of-speech model (~100 MB, ~180 ms to load), loaded on the first
// request for tags and shared by every document after: the tagger only reads it.
var taggerModel = sync.OnceValue(func() *prose.Model {
	pd, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	return pd.Model
})

// taggedSentences counts sentences tagged in this process, so benchmarks can report how much
// of the text needed tags at all.
var taggedSentences atomic.Int64

// TaggedSentences returns the number of sentences tagged so far by this process.
func TaggedSentences() int64 { return taggedSentences.Load() }

// taggedDocuments counts documents that asked for tags at least once, cached or not: each such
// document needs the model loaded, which is what decides a cold run's time and memory. Documents
// are linted on several goroutines, hence atomic.
var taggedDocuments atomic.Int64

// TaggedDocuments returns the number of documents that asked for tags so far in this process.
func TaggedDocuments() int64 { return taggedDocuments.Load() }

// AskedForTags reports whether anything asked for the tags of this document's sentences, that is
// whether linting it needed the tagger model.
func (d *Document) AskedForTags() bool { return d.askedTags }

// Tags returns the Penn Treebank part-of-speech tag of each token of sentence i, computing them
// on first request. Tagging is the costliest step of the pipeline (~0.5 MB/s), so rules ask only
// for the sentences a cheap word test marked as candidates. prose breaks ties between equally
// scored tags in map order, so a tag can differ between runs: use tags as hints beside words.
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
		return tags // not a sentence but a run of text, on which prose's tokenizer is quadratic
	}
	model := taggerModel()
	if model == nil {
		return tags
	}
	ptoks, ok := tagCache.get(s.Text)
	if !ok {
		taggedSentences.Add(1)
		var err error
		if ptoks, err = proseTag(s.Text, model); err != nil {
			return tags // no tags: rules read the words alone
		}
		tagCache.put(s.Text, ptoks)
	}
	for j, t := range toks {
		switch {
		case t.src >= 0 && t.src < len(ptoks) && (j == 0 || toks[j-1].src != t.src):
			tags[j] = ptoks[t.src].Tag
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
// a "sentence" of thousands is a list, a table or a file without punctuation, and prose's own
// tokenizer takes time quadratic in the length of its words. Rules read such a run by its words.
const maxTaggedTokens = 400

// proseTag runs prose's tokenizer and tagger over text. prose panics on some words (it cuts a
// word at an index found in a lower-case copy that is longer than the word: "ȺȺȺȺ'm"); a draft
// that holds one is linted without tags for that sentence rather than not at all.
func proseTag(text string, model *prose.Model) (toks []prose.Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prose: %v", r)
		}
	}()
	opts := []prose.DocOpt{prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model)}
	pd, err := prose.NewDocument(text, opts...)
	if err != nil {
		return nil, err
	}
	return pd.Tokens(), nil
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
// tagged again. It also makes tags stable within a process, whatever ties prose breaks.
var tagCache = &sentenceCache{max: 4096}

// sentenceCache is a bounded map from sentence text to prose's tagged tokens. When full it
// starts again empty: simpler than an LRU, and a full cache is rare (4,096 distinct sentences
// needing tags).
type sentenceCache struct {
	mu  sync.Mutex
	max int
	m   map[string][]prose.Token
}

func (c *sentenceCache) get(text string) ([]prose.Token, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.m[text]
	return t, ok
}

func (c *sentenceCache) put(text string, toks []prose.Token) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = make(map[string][]prose.Token, c.max)
	}
	c.m[text] = toks
}
