// Package config reads apologylint's configuration files (.apologylint.yml): which rules run, at
// what severity and with which options, which files are templates or left out, and the user's own
// phrase rules. It finds the file that governs each draft, follows extends, and resolves the
// effective settings for one path. Every mistake in a file is an error with its line and column;
// a configuration is used whole or not at all.
package config

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/apologylint/apologylint/internal/lint"
)

// Names are the file names a configuration is looked for under, in each folder.
var Names = []string{".apologylint.yml", ".apologylint.yaml"}

// Error is a mistake in a configuration file. Line and Column are 1-based; 0 means unknown.
type Error struct {
	Path         string
	Line, Column int
	Msg          string
}

// Error returns "path:line:column: message", leaving out what is unknown.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(":" + strconv.Itoa(e.Column))
		}
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// Kind says how a file is read: as a finished draft or as a template whose placeholders are
// filled in later.
type Kind int

// Kinds. Draft is the default.
const (
	Draft Kind = iota
	Template
)

// String returns the kind as written in a configuration file.
func (k Kind) String() string {
	if k == Template {
		return "template"
	}
	return "draft"
}

// TemplateExts returns the extensions of template languages, with the leading dot: a file with one
// of them is a template unless an override says otherwise.
func TemplateExts() []string { return []string{".hbs", ".j2", ".liquid", ".mustache", ".tmpl"} }

// KindOf returns the kind a file has by its extension alone.
func KindOf(path string) Kind {
	if slices.Contains(TemplateExts(), strings.ToLower(filepath.Ext(path))) {
		return Template
	}
	return Draft
}

// Config is one configuration file with what it extends merged in. The zero Config is the
// defaults: every rule on, at its own severity.
type Config struct {
	// Path is the file's absolute path; empty for the defaults.
	Path      string
	rules     map[string]ruleSetting
	overrides []override
	ignore    []glob
	custom    []Custom
}

// ruleSetting is what a configuration says about one rule. Unset fields leave the rule as it
// was.
type ruleSetting struct {
	enabled  *bool
	severity lint.Severity // 0: unset
	numbers  map[string]int
	phrases  map[string][]string
}

// merge returns s with what t sets laid over it.
func (s ruleSetting) merge(t ruleSetting) ruleSetting {
	out := ruleSetting{enabled: s.enabled, severity: s.severity, numbers: map[string]int{}, phrases: map[string][]string{}}
	for k, v := range s.numbers {
		out.numbers[k] = v
	}
	for k, v := range s.phrases {
		out.phrases[k] = v
	}
	if t.enabled != nil {
		out.enabled = t.enabled
	}
	if t.severity != 0 {
		out.severity = t.severity
	}
	for k, v := range t.numbers {
		out.numbers[k] = v
	}
	for k, v := range t.phrases {
		out.phrases[k] = v
	}
	return out
}

// glob is a pattern over slash-separated paths relative to Dir, the folder of the file that
// wrote it.
type glob struct {
	dir, pattern string
}

// override is one entry of overrides: settings for the files its globs match.
type override struct {
	files []glob
	rules map[string]ruleSetting
	kind  *Kind
}

// Custom is a rule a configuration defines: its phrases, matched like the built-in rules' own,
// each reported with Message.
type Custom struct {
	ID         string
	Severity   lint.Severity
	Message    string
	Suggestion string
	Phrases    []string
	// Path is the configuration file that defines the rule.
	Path string
}
