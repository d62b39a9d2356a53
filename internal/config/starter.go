package config

import (
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/apologylint/apologylint/internal/lint"
)

// Starter returns a commented starter configuration for the rules of builtin: every setting is
// shown, and only the rules' documented defaults are left active, so the file changes nothing
// until it is edited.
func Starter(builtin []lint.Rule) []byte {
	var b strings.Builder
	b.WriteString(`# apologylint configuration.
#
# It applies to the drafts in this folder and the folders below it, up to one
# with a .apologylint.yml of its own. A nearer file replaces this one; to build
# on it instead, start the nearer file with:
#
#   extends: ../.apologylint.yml
#
# Paths and globs are relative to this file's folder; ** matches any number of
# folders. A glob that matches a folder covers everything in it.

# Per rule: enabled (true or false), severity (info, warning or error) and the
# rule's own options.
rules:
`)
	for _, r := range builtin {
		for _, o := range Options(r.ID) {
			if o.Phrases {
				fmt.Fprintf(&b, "  # %s:\n  #   %s: [] # %s\n", r.ID, o.Key, o.Doc)
				continue
			}
			fmt.Fprintf(&b, "  %s:\n    %s: %d # %s\n", r.ID, o.Key, defaultNumber(r.ID, o.Key), o.Doc)
		}
	}
	// The example turns off a rule with no options, so that uncommenting it cannot repeat a
	// key shown above.
	example := "some-rule"
	if i := slices.IndexFunc(builtin, func(r lint.Rule) bool { return len(Options(r.ID)) == 0 }); i >= 0 {
		example = builtin[i].ID
	}
	fmt.Fprintf(&b, `  # %s:
  #   enabled: false
  #   severity: info

# Settings for some files only. Later entries win over earlier ones; kind
# "template" reads the files as templates whose placeholders are filled later
# (files ending .hbs, .j2, .liquid, .mustache or .tmpl are templates anyway).
# overrides:
#   - files: ["templates/**"]
#     kind: template
#     rules:
#       %s:
#         enabled: false

# Files and folders not to lint when walking a folder (.gitignore is read too).
# ignore:
#   - "archive/**"

# Rules of your own: each phrase is matched like the built-in rules' phrases.
# custom:
#   - id: no-valued-customer
#     severity: warning
#     message: "\"valued customer\" reads as a form letter"
#     phrases: ["valued customer", "valued customers"]
#     suggestion: "address the reader by name"

# The rules, with their default severity and scope:
`, example, example)
	var t strings.Builder
	tw := tabwriter.NewWriter(&t, 0, 8, 2, ' ', 0)
	for _, r := range builtin {
		_, _ = fmt.Fprintf(tw, "#   %s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Scope, r.Doc.Summary) // writes to a strings.Builder do not fail
	}
	_ = tw.Flush()
	b.WriteString(t.String())
	return []byte(b.String())
}

// defaultNumber returns the default of a numeric option, which the starter shows.
func defaultNumber(id, key string) int {
	i := slices.IndexFunc(numberOptions[id], func(o Option) bool { return o.Key == key })
	if i < 0 {
		return 0
	}
	return numberOptions[id][i].def
}
