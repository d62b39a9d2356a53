package config

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/rules"
)

// Resolved is the configuration in effect for one file: the configuration file's rules with the
// overrides that match the file laid over them.
type Resolved struct {
	// Key is the same for two files exactly when they are linted with the same rules and kind, so
	// that they can share one linter.
	Key string
	// Kind is how the file is read: by its extension, unless an override sets it.
	Kind Kind
	// Settings configures the registry: thresholds and extra phrases.
	Settings rules.Settings
	enabled  map[string]bool
	severity map[string]lint.Severity
	custom   []Custom
}

// Resolve returns the configuration in effect for the file at path, which must be absolute.
func (c *Config) Resolve(path string) Resolved {
	eff := maps.Clone(c.rules)
	if eff == nil {
		eff = map[string]ruleSetting{}
	}
	kind := KindOf(path)
	var matched []string
	for i, o := range c.overrides {
		if !matchAny(o.files, path) {
			continue
		}
		matched = append(matched, strconv.Itoa(i))
		for id, s := range o.rules {
			eff[id] = eff[id].merge(s)
		}
		if o.kind != nil {
			kind = *o.kind
		}
	}
	r := Resolved{
		Key:      fmt.Sprintf("%s|%s|%s", c.Path, strings.Join(matched, ","), kind),
		Kind:     kind,
		enabled:  map[string]bool{},
		severity: map[string]lint.Severity{},
		custom:   c.custom,
	}
	for _, id := range slices.Sorted(maps.Keys(eff)) {
		s := eff[id]
		if s.enabled != nil {
			r.enabled[id] = *s.enabled
		}
		if s.severity != 0 {
			r.severity[id] = s.severity
		}
		for _, o := range numberOptions[id] {
			if n, ok := s.numbers[o.Key]; ok {
				o.set(&r.Settings, n)
			}
		}
		for _, key := range slices.Sorted(maps.Keys(s.phrases)) {
			if r.Settings.ExtraPhrases == nil {
				r.Settings.ExtraPhrases = map[string][]string{}
			}
			r.Settings.ExtraPhrases[id] = append(r.Settings.ExtraPhrases[id], s.phrases[key]...)
		}
	}
	return r
}

// Rules returns every rule the file can run: builtin (the registry configured with r.Settings)
// followed by the custom rules, each at its configured severity. Enabled says which of them are
// on.
func (r Resolved) Rules(builtin []lint.Rule) []lint.Rule {
	out := slices.Clone(builtin)
	for _, c := range r.custom {
		out = append(out, c.Rule())
	}
	for i := range out {
		if s, ok := r.severity[out[i].ID]; ok {
			out[i].Severity = s
		}
	}
	return out
}

// Enabled reports whether the configuration leaves rule id on. Rules are on unless turned off.
func (r Resolved) Enabled(id string) bool {
	on, ok := r.enabled[id]
	return on || !ok
}

// CustomIDs returns the IDs of the custom rules c defines.
func (c *Config) CustomIDs() []string {
	var ids []string
	for _, cu := range c.custom {
		ids = append(ids, cu.ID)
	}
	return ids
}

// Ignored reports whether the configuration leaves out path (absolute), a file or a folder:
// when an ignore glob matches it or a folder it is in.
func (c *Config) Ignored(path string) bool {
	return matchAny(c.ignore, path)
}

// matchAny reports whether a glob matches path or one of its folders. Paths are relative to the
// glob's folder; a file outside it, as with --config naming a file elsewhere, has a path that
// starts with "../", which a glob can spell out ("../drafts/**").
func matchAny(globs []glob, path string) bool {
	for _, g := range globs {
		rel, err := filepath.Rel(g.dir, path)
		if err != nil {
			continue
		}
		rel = filepath.ToSlash(rel)
		up := 0 // the leading "../" part, which names none of the path's own folders
		for strings.HasPrefix(rel[up:], "../") {
			up += len("../")
		}
		if rel[up:] == "." || rel[up:] == ".." {
			continue
		}
		for {
			if ok, _ := doublestar.Match(g.pattern, rel); ok {
				return true
			}
			i := strings.LastIndexByte(rel, '/')
			if i < up {
				break
			}
			rel = rel[:i]
		}
	}
	return false
}

// customPhrase names a custom rule's phrases.
const customPhrase = "phrase"

// Rule returns the custom rule as a lint rule: its phrases go into the shared automaton, and each
// match is reported with the configured message and suggestion.
func (c Custom) Rule() lint.Rule {
	defs := make([]phrase.Def, len(c.Phrases))
	for i, p := range c.Phrases {
		defs[i] = phrase.Def{Name: customPhrase, Pattern: p}
	}
	msg, suggestion := c.Message, c.Suggestion
	return lint.Rule{
		ID:       c.ID,
		Scope:    lint.ScopeSpan,
		Severity: c.Severity,
		Doc: lint.Doc{
			Summary: msg,
			Explain: fmt.Sprintf("A rule of this project's, defined in %s. It reports: %s.", c.Path, strings.Join(quoteAll(c.Phrases), ", ")),
		},
		Phrases: defs,
		Check: func(p *lint.Pass) []lint.Finding {
			var out []lint.Finding
			for _, m := range p.Matches() {
				out = append(out, lint.Finding{Span: p.MatchSpan(m), Message: msg, Suggestion: suggestion})
			}
			return out
		},
	}
}

// quoteAll quotes each string.
func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}
