package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/phrase"
	"github.com/apologylint/apologylint/internal/reading"
	"github.com/apologylint/apologylint/rules"
)

// The keys each mapping of a configuration file may hold.
var (
	topKeys      = []string{"extends", "rules", "overrides", "ignore", "custom"}
	overrideKeys = []string{"files", "rules", "kind"}
	customKeys   = []string{"id", "severity", "message", "phrases", "suggestion"}
	severities   = []string{lint.Info.String(), lint.Warning.String(), lint.Error.String()}
	kinds        = []string{Draft.String(), Template.String()}
)

// kebab is the shape of a rule ID.
var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// decoder reads one configuration file.
type decoder struct {
	l      *Loader
	path   string // absolute
	shown  string // as printed in errors
	custom map[string]bool
}

// errorf returns an Error at node n.
func (d *decoder) errorf(n *yaml.Node, format string, args ...any) error {
	e := &Error{Path: d.shown, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	return e
}

// yamlLine picks the line out of a yaml.v3 syntax error.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserProblems are the syntax errors yaml.v3's parser (not its scanner) reports. For these it
// prints a 0-based line: of the construct the problem is in, or of the problem itself.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// syntaxError turns a yaml.v3 syntax error into an Error with a 1-based line.
func (d *decoder) syntaxError(err error, raw []byte) error {
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return &Error{Path: d.shown, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	line, _ := strconv.Atoi(m[1])
	if parserProblems[m[2]] {
		line++
	}
	// At the end of a file without a final line break, yaml.v3 puts the end of the stream on the
	// line after the last one ("{" fails on line 2): name the last line, which the file has.
	if n := lineCount(raw); line > n {
		line = n
	}
	return &Error{Path: d.shown, Line: line, Msg: m[2]}
}

// lineCount returns the number of lines of raw as YAML counts them: lines end at "\n", "\r\n"
// or a lone "\r", and the text after the last line break, even none, is a line.
func lineCount(raw []byte) int {
	return 1 + bytes.Count(raw, []byte("\n")) + bytes.Count(raw, []byte("\r")) - bytes.Count(raw, []byte("\r\n"))
}

// decode reads a configuration file's bytes, loading what it extends first.
func (l *Loader) decode(path string, raw []byte) (*Config, error) {
	d := &decoder{l: l, path: path, shown: l.show(path), custom: map[string]bool{}}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		return &Config{Path: path}, nil
	}
	if err != nil {
		return nil, d.syntaxError(err, raw)
	}
	var second yaml.Node
	if err := dec.Decode(&second); !errors.Is(err, io.EOF) {
		return nil, d.errorf(&second, "more than one YAML document; a configuration is one")
	}
	if len(doc.Content) == 0 {
		return &Config{Path: path}, nil
	}
	root := value(doc.Content[0])
	if isNull(root) {
		return &Config{Path: path}, nil
	}
	top, err := d.mapping(root, "the configuration", topKeys)
	if err != nil {
		return nil, err
	}

	c := &Config{Path: path, rules: map[string]ruleSetting{}}
	if n, ok := top["extends"]; ok {
		base, err := d.extends(n)
		if err != nil {
			return nil, err
		}
		c.overrides = slices.Clone(base.overrides)
		c.ignore = slices.Clone(base.ignore)
		c.custom = slices.Clone(base.custom)
		maps.Copy(c.rules, base.rules)
		for _, cu := range base.custom {
			d.custom[cu.ID] = true
		}
	}
	if n, ok := top["custom"]; ok {
		own, err := d.customs(n)
		if err != nil {
			return nil, err
		}
		for _, cu := range own {
			i := slices.IndexFunc(c.custom, func(b Custom) bool { return b.ID == cu.ID })
			if i >= 0 {
				c.custom[i] = cu
			} else {
				c.custom = append(c.custom, cu)
			}
		}
	}
	if n, ok := top["rules"]; ok {
		rs, err := d.rules(n, "rules")
		if err != nil {
			return nil, err
		}
		for id, s := range rs {
			c.rules[id] = c.rules[id].merge(s)
		}
	}
	if n, ok := top["overrides"]; ok {
		ovs, err := d.overrides(n)
		if err != nil {
			return nil, err
		}
		c.overrides = append(c.overrides, ovs...)
	}
	if n, ok := top["ignore"]; ok {
		gs, err := d.globs(n, "ignore")
		if err != nil {
			return nil, err
		}
		c.ignore = append(c.ignore, gs...)
	}
	return c, nil
}

// extends loads the file that n names, relative to this file's folder.
func (d *decoder) extends(n *yaml.Node) (*Config, error) {
	name, err := d.str(n, "extends")
	if err != nil {
		return nil, err
	}
	if name == "" {
		return nil, d.errorf(n, "extends is empty")
	}
	target := filepath.FromSlash(name)
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(d.path), target)
	}
	target = filepath.Clean(target)
	if i := slices.Index(d.l.loading, target); i >= 0 {
		var chain []string
		for _, p := range append(slices.Clone(d.l.loading[i:]), target) {
			chain = append(chain, d.l.show(p))
		}
		return nil, d.errorf(n, "extends cycle: %s", strings.Join(chain, " -> "))
	}
	base, err := d.l.Load(target)
	var cerr *Error
	if err != nil && !errors.As(err, &cerr) {
		return nil, d.errorf(n, "extends: %v", err)
	}
	return base, err
}

// rules reads a mapping of rule IDs to settings.
func (d *decoder) rules(n *yaml.Node, where string) (map[string]ruleSetting, error) {
	valid := slices.Concat(d.l.builtin, slices.Sorted(maps.Keys(d.custom)))
	out := map[string]ruleSetting{}
	err := d.each(n, where, func(k, v *yaml.Node) error {
		id := k.Value
		if !slices.Contains(valid, id) {
			return d.errorf(k, "unknown rule %q%s", id, didYouMean(id, valid))
		}
		s, err := d.rule(id, v, where+"."+id)
		if err != nil {
			return err
		}
		out[id] = s
		return nil
	})
	return out, err
}

// rule reads one rule's settings.
func (d *decoder) rule(id string, n *yaml.Node, where string) (ruleSetting, error) {
	s := ruleSetting{numbers: map[string]int{}, phrases: map[string][]string{}}
	opts := Options(id)
	if d.custom[id] {
		opts = nil
	}
	keys := []string{"enabled", "severity"}
	for _, o := range opts {
		keys = append(keys, o.Key)
	}
	phraseKeys := slices.Collect(maps.Values(rules.PhraseOptions()))
	return s, d.each(n, where, func(k, v *yaml.Node) error {
		key := k.Value
		switch key {
		case "enabled":
			b, err := d.boolean(v, where+".enabled")
			s.enabled = &b
			return err
		case "severity":
			sev, err := d.severity(v)
			s.severity = sev
			return err
		}
		i := slices.IndexFunc(opts, func(o Option) bool { return o.Key == key })
		if i < 0 {
			if !d.custom[id] && slices.Contains(phraseKeys, key) {
				return d.errorf(k, "%s takes no extra phrases; %s", id, phraseRules(rulesWithPhrases(d.l.builtin)))
			}
			return d.errorf(k, "unknown key %q in %s%s", key, where, didYouMean(key, keys))
		}
		if opts[i].Phrases {
			ps, err := d.phrases(v, where+"."+key)
			s.phrases[key] = ps
			return err
		}
		num, err := d.positive(v, where+"."+key)
		s.numbers[key] = num
		return err
	})
}

// rulesWithPhrases returns the rules of ids that take extra phrases, with their option keys.
func rulesWithPhrases(ids []string) [][2]string {
	var out [][2]string
	for _, id := range ids {
		if key, ok := phraseOption(id); ok {
			out = append(out, [2]string{id, key})
		}
	}
	return out
}

// phraseOption returns the key under which rule id takes extra phrases.
func phraseOption(id string) (string, bool) {
	for _, o := range Options(id) {
		if o.Phrases {
			return o.Key, true
		}
	}
	return "", false
}

// phraseRules says which rules take extra phrases, for an error message.
func phraseRules(rs [][2]string) string {
	var names []string
	for _, r := range rs {
		names = append(names, fmt.Sprintf("%s (%s)", r[0], r[1]))
	}
	switch len(names) {
	case 0:
		return "no rule does"
	case 1:
		return "only " + names[0] + " does"
	}
	return "only " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] + " do"
}

// overrides reads the list of overrides.
func (d *decoder) overrides(n *yaml.Node) ([]override, error) {
	var out []override
	err := d.list(n, "overrides", func(i int, item *yaml.Node) error {
		where := fmt.Sprintf("overrides[%d]", i)
		m, err := d.mapping(item, where, overrideKeys)
		if err != nil {
			return err
		}
		var o override
		files, ok := m["files"]
		if !ok {
			return d.errorf(item, "%s has no files", where)
		}
		if o.files, err = d.globs(files, where+".files"); err != nil {
			return err
		}
		if len(o.files) == 0 {
			return d.errorf(files, "%s.files is empty", where)
		}
		if r, ok := m["rules"]; ok {
			if o.rules, err = d.rules(r, where+".rules"); err != nil {
				return err
			}
		}
		if k, ok := m["kind"]; ok {
			s, err := d.str(k, where+".kind")
			if err != nil {
				return err
			}
			i := slices.Index(kinds, s)
			if i < 0 {
				return d.errorf(k, "unknown kind %q%s", s, didYouMean(s, kinds))
			}
			kind := Kind(i)
			o.kind = &kind
		}
		out = append(out, o)
		return nil
	})
	return out, err
}

// customs reads the list of custom rules.
func (d *decoder) customs(n *yaml.Node) ([]Custom, error) {
	var out []Custom
	lines := map[string]int{}
	err := d.list(n, "custom", func(i int, item *yaml.Node) error {
		where := fmt.Sprintf("custom[%d]", i)
		m, err := d.mapping(item, where, customKeys)
		if err != nil {
			return err
		}
		for _, key := range []string{"id", "message", "phrases"} {
			if _, ok := m[key]; !ok {
				return d.errorf(item, "%s has no %s", where, key)
			}
		}
		c := Custom{Severity: lint.Warning, Path: d.shown}
		if c.ID, err = d.str(m["id"], where+".id"); err != nil {
			return err
		}
		switch {
		case !kebab.MatchString(c.ID):
			return d.errorf(m["id"], "custom rule ID %q is not kebab-case (lower-case words joined by -)", c.ID)
		case slices.Contains(d.l.builtin, c.ID):
			return d.errorf(m["id"], "custom rule %q clashes with a built-in rule", c.ID)
		case c.ID == reading.Owner:
			return d.errorf(m["id"], "custom rule ID %q is reserved", c.ID)
		}
		if line, ok := lines[c.ID]; ok {
			return d.errorf(m["id"], "custom rule %q is defined twice (first on line %d)", c.ID, line)
		}
		lines[c.ID] = m["id"].Line
		if n, ok := m["severity"]; ok {
			if c.Severity, err = d.severity(n); err != nil {
				return err
			}
		}
		if c.Message, err = d.str(m["message"], where+".message"); err != nil {
			return err
		}
		if c.Message == "" {
			return d.errorf(m["message"], "%s.message is empty", where)
		}
		if n, ok := m["suggestion"]; ok {
			if c.Suggestion, err = d.str(n, where+".suggestion"); err != nil {
				return err
			}
		}
		if c.Phrases, err = d.phrases(m["phrases"], where+".phrases"); err != nil {
			return err
		}
		if len(c.Phrases) == 0 {
			return d.errorf(m["phrases"], "%s.phrases is empty", where)
		}
		d.custom[c.ID] = true
		out = append(out, c)
		return nil
	})
	return out, err
}

// phrases reads a list of phrase patterns, each checked by the phrase compiler.
func (d *decoder) phrases(n *yaml.Node, where string) ([]string, error) {
	var out []string
	err := d.list(n, where, func(i int, item *yaml.Node) error {
		p, err := d.str(item, fmt.Sprintf("%s[%d]", where, i))
		if err != nil {
			return err
		}
		if _, err := phrase.Compile([]phrase.Def{{Pattern: p}}, nil); err != nil {
			if inner := errors.Unwrap(err); inner != nil {
				err = inner
			}
			return d.errorf(item, "bad phrase %q: %v", p, err)
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// globs reads a list of globs, relative to this file's folder.
func (d *decoder) globs(n *yaml.Node, where string) ([]glob, error) {
	var out []glob
	err := d.list(n, where, func(i int, item *yaml.Node) error {
		p, err := d.str(item, fmt.Sprintf("%s[%d]", where, i))
		if err != nil {
			return err
		}
		clean := strings.TrimPrefix(p, "./")
		if clean == "" || strings.HasPrefix(clean, "/") || !doublestar.ValidatePattern(clean) {
			return d.errorf(item, "bad glob %q: %s", p, globProblem(clean))
		}
		out = append(out, glob{dir: filepath.Dir(d.path), pattern: clean})
		return nil
	})
	return out, err
}

// globProblem says what is wrong with a glob that does not validate.
func globProblem(p string) string {
	switch {
	case p == "":
		return "empty"
	case strings.HasPrefix(p, "/"):
		return "globs are relative to the configuration's folder"
	}
	return doublestar.ErrBadPattern.Error()
}

// severity reads a severity name.
func (d *decoder) severity(n *yaml.Node) (lint.Severity, error) {
	s, err := d.str(n, "severity")
	if err != nil {
		return 0, err
	}
	if !slices.Contains(severities, s) {
		return 0, d.errorf(n, "unknown severity %q%s", s, didYouMean(s, severities))
	}
	return lint.ParseSeverity(s)
}

// mapping checks that n is a mapping whose keys are all in valid, each once, and returns the
// values by key.
func (d *decoder) mapping(n *yaml.Node, where string, valid []string) (map[string]*yaml.Node, error) {
	out := map[string]*yaml.Node{}
	err := d.each(n, where, func(k, v *yaml.Node) error {
		if !slices.Contains(valid, k.Value) {
			in := ""
			if where != "the configuration" {
				in = " in " + where
			}
			return d.errorf(k, "unknown key %q%s%s", k.Value, in, didYouMean(k.Value, valid))
		}
		out[k.Value] = v
		return nil
	})
	return out, err
}

// each calls f on each key and value of mapping n, in order, rejecting duplicate and non-string
// keys. A null n is an empty mapping.
func (d *decoder) each(n *yaml.Node, where string, f func(k, v *yaml.Node) error) error {
	n = value(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return d.errorf(n, "%s must be a mapping, got %s", where, describe(n))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := value(n.Content[i]), value(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return d.errorf(k, "a key in %s must be a name, got %s", where, describe(k))
		}
		if line, ok := seen[k.Value]; ok {
			return d.errorf(k, "key %q appears twice in %s (first on line %d)", k.Value, where, line)
		}
		seen[k.Value] = k.Line
		if err := f(k, v); err != nil {
			return err
		}
	}
	return nil
}

// list calls f on each item of sequence n. A null n is an empty list.
func (d *decoder) list(n *yaml.Node, where string, f func(i int, item *yaml.Node) error) error {
	n = value(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		return d.errorf(n, "%s must be a list, got %s", where, describe(n))
	}
	for i, item := range n.Content {
		if err := f(i, value(item)); err != nil {
			return err
		}
	}
	return nil
}

// str reads a string. Numbers and other plain scalars are read as written.
func (d *decoder) str(n *yaml.Node, where string) (string, error) {
	n = value(n)
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return "", d.errorf(n, "%s must be a string, got %s", where, describe(n))
	}
	return n.Value, nil
}

// boolean reads true or false.
func (d *decoder) boolean(n *yaml.Node, where string) (bool, error) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		return false, d.errorf(n, "%s must be true or false, got %s", where, describe(n))
	}
	return b, nil
}

// positive reads a whole number above zero.
func (d *decoder) positive(n *yaml.Node, where string) (int, error) {
	var v int
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || n.Decode(&v) != nil {
		return 0, d.errorf(n, "%s must be a positive whole number, got %s", where, describe(n))
	}
	if v <= 0 {
		return 0, d.errorf(n, "%s must be a positive whole number, got %d", where, v)
	}
	return v, nil
}

// value follows an alias to the node it names.
func value(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is empty: "~", "null" or nothing at all.
func isNull(n *yaml.Node) bool {
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names what n is, for "must be a mapping, got a list".
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.DocumentNode:
		return "a document"
	}
	switch n.ShortTag() {
	case "!!null":
		return "nothing"
	case "!!bool":
		return "true or false"
	case "!!int", "!!float":
		return "a number (" + n.Value + ")"
	}
	return fmt.Sprintf("a string (%q)", n.Value)
}
