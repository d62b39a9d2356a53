package printer

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apologylint/apologylint/internal/lint"
)

const (
	// sarifSchema is the OASIS schema of SARIF 2.1.0 with its approved errata, the same file as
	// testdata/sarif-schema-2.1.0.json.
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"

	// toolName names the tool when a report does not.
	toolName = "apologylint"
	// toolURI is where users learn about the tool and its rules.
	toolURI = "https://github.com/apologylint/apologylint"
)

// The wire structs of the SARIF format: the small part of SARIF 2.1.0 that apologylint fills in.
// Field order follows the specification, so the output reads like its examples.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}

	// sarifRun puts the results before the invocation, which the specification's examples do
	// not: the invocation lists the files that could not be linted, known only at the end, and
	// the results are written as each file is linted (JSON objects have no order).
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
		Invocations []sarifInvocation `json:"invocations"`
	}

	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}

	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}

	sarifRule struct {
		ID                   string             `json:"id"`
		Name                 string             `json:"name"`
		ShortDescription     sarifMessage       `json:"shortDescription"`
		FullDescription      *sarifMessage      `json:"fullDescription,omitempty"`
		Help                 *sarifHelp         `json:"help,omitempty"`
		DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
		Properties           sarifRuleProps     `json:"properties"`
	}

	sarifHelp struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}

	sarifConfiguration struct {
		Level string `json:"level"`
	}

	// sarifRuleProps is the rule's property bag: whether it points at a phrase or judges the
	// draft as a whole, which SARIF has no field for.
	sarifRuleProps struct {
		Scope string `json:"scope"`
	}

	sarifMessage struct {
		Text string `json:"text"`
	}

	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}

	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}

	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex *int            `json:"ruleIndex,omitempty"` // nil for a rule not in driver.rules
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations"`
		Fixes     []sarifFix      `json:"fixes,omitempty"`
	}

	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	}

	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"` // nil for document findings
	}

	sarifArtifactLocation struct {
		URI string `json:"uri"`
	}

	// sarifRegion gives a span both ways: lines and code-point columns (end exclusive, as in
	// SARIF) for display, and the byte range into the file as stored, which is exact whatever
	// the reader counts columns in.
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
		ByteOffset  int `json:"byteOffset"`
		ByteLength  int `json:"byteLength"`
	}

	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}

	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Replacements     []sarifReplacement    `json:"replacements"`
	}

	sarifReplacement struct {
		DeletedRegion   sarifByteRegion `json:"deletedRegion"`
		InsertedContent sarifContent    `json:"insertedContent"`
	}

	// sarifByteRegion is a fix's region. Fixes carry only byte offsets, so no lines or columns.
	sarifByteRegion struct {
		ByteOffset int `json:"byteOffset"`
		ByteLength int `json:"byteLength"`
	}

	sarifContent struct {
		Text string `json:"text"`
	}
)

// sarifStream writes the report as a SARIF 2.1.0 log with one run. Files that could not be
// linted become error notifications of the run's invocation, which tells readers the results are
// incomplete; the tool itself still ran to the end. Results are written as each file comes, and
// the invocation after them, at End.
type sarifStream struct {
	ew      *errWriter
	driver  sarifDriver
	index   map[string]int // rule ID to its index in driver.rules
	results jsonList
}

// sarifResultsDepth is how deep runs[0].results is indented in the log.
const sarifResultsDepth = 3

func newSARIF(w io.Writer, _ Options) Stream {
	ew := &errWriter{w: w}
	return &sarifStream{ew: ew, results: jsonList{ew: ew, indent: strings.Repeat(jsonIndent, sarifResultsDepth)}}
}

// Begin lists the rules and writes the log up to the list of results.
func (s *sarifStream) Begin(m Meta) error {
	rules := append([]lint.Rule(nil), m.Rules...)
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	s.index = make(map[string]int, len(rules))
	s.driver = sarifDriver{
		Name:           reportTool(m),
		Version:        m.Version,
		InformationURI: toolURI,
		Rules:          make([]sarifRule, 0, len(rules)),
	}
	for i, rule := range rules {
		s.index[rule.ID] = i
		s.driver.Rules = append(s.driver.Rules, toSARIFRule(rule))
	}
	head, _, err := splitFrameAt(s.frame(nil), sarifResultsDepth, "results")
	s.ew.fail(err)
	s.ew.write(head)
	return s.ew.err
}

// File writes the results of one file's findings.
func (s *sarifStream) File(f FileResult) error {
	uri := fileURI(f.Path)
	for _, fd := range f.Findings {
		s.results.add(s.toResult(uri, fd))
	}
	return s.ew.err
}

// End closes the list of results and writes the invocation.
func (s *sarifStream) End(errs []FileError) error {
	s.results.close()
	_, tail, err := splitFrameAt(s.frame(errs), sarifResultsDepth, "results")
	s.ew.fail(err)
	s.ew.write(tail)
	return s.ew.err
}

// frame is the log without its results.
func (s *sarifStream) frame(errs []FileError) sarifLog {
	run := sarifRun{
		Tool:        sarifTool{Driver: s.driver},
		ColumnKind:  "unicodeCodePoints",
		Results:     []sarifResult{},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
	}
	for _, e := range errs {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, sarifNotification{
			Level:     "error",
			Message:   sarifMessage{Text: sentence(e.Message)},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: fileURI(e.Path)}}}},
		})
	}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
}

func (s *sarifStream) toResult(uri string, fd lint.Finding) sarifResult {
	res := sarifResult{
		RuleID:    fd.Rule,
		Level:     sarifLevel(fd.Severity),
		Message:   sarifMessage{Text: sarifText(fd)},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: uri}}}},
	}
	if i, ok := s.index[fd.Rule]; ok {
		res.RuleIndex = &i
	}
	if fd.Scope != lint.ScopeDocument && fd.Pos.Line > 0 {
		res.Locations[0].PhysicalLocation.Region = &sarifRegion{
			StartLine:   fd.Pos.Line,
			StartColumn: fd.Pos.Column,
			EndLine:     fd.End.Line,
			EndColumn:   fd.End.Column,
			ByteOffset:  fd.Span.Start,
			ByteLength:  fd.Span.Len(),
		}
	}
	if fd.Fix != nil {
		res.Fixes = []sarifFix{{
			Description: sarifMessage{Text: fmt.Sprintf("Replace with %q.", fd.Fix.Text)},
			ArtifactChanges: []sarifArtifactChange{{
				ArtifactLocation: sarifArtifactLocation{URI: uri},
				Replacements: []sarifReplacement{{
					DeletedRegion:   sarifByteRegion{ByteOffset: fd.Fix.Span.Start, ByteLength: fd.Fix.Span.Len()},
					InsertedContent: sarifContent{Text: fd.Fix.Text},
				}},
			}},
		}}
	}
	return res
}

// reportTool returns the name of the tool that made the report.
func reportTool(m Meta) string {
	if m.Tool == "" {
		return toolName
	}
	return m.Tool
}

func toSARIFRule(rule lint.Rule) sarifRule {
	sr := sarifRule{
		ID:                   rule.ID,
		Name:                 pascalCase(rule.ID),
		ShortDescription:     sarifMessage{Text: rule.Doc.Summary},
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(rule.Severity)},
		Properties:           sarifRuleProps{Scope: rule.Scope.String()},
	}
	if sr.ShortDescription.Text == "" {
		sr.ShortDescription.Text = rule.ID
	}
	if rule.Doc.Explain != "" {
		sr.FullDescription = &sarifMessage{Text: rule.Doc.Explain}
	}
	if rule.Doc.Explain != "" || rule.Doc.Bad != "" || rule.Doc.Good != "" {
		sr.Help = &sarifHelp{Text: helpText(rule.Doc), Markdown: helpMarkdown(rule.Doc)}
	}
	return sr
}

// helpText is a rule's help in plain text: the explanation, then the bad and the good example.
func helpText(d lint.Doc) string {
	var parts []string
	if d.Explain != "" {
		parts = append(parts, d.Explain)
	}
	if d.Bad != "" {
		parts = append(parts, "Bad: "+d.Bad)
	}
	if d.Good != "" {
		parts = append(parts, "Good: "+d.Good)
	}
	return strings.Join(parts, "\n\n")
}

// helpMarkdown is helpText in Markdown, with the examples quoted. Examples are drafts, which may
// hold <NAME> slots or asterisks, so their Markdown punctuation is escaped.
func helpMarkdown(d lint.Doc) string {
	var parts []string
	if d.Explain != "" {
		parts = append(parts, markdownEscape(d.Explain))
	}
	for _, ex := range []struct{ label, text string }{{"Bad", d.Bad}, {"Good", d.Good}} {
		if ex.text == "" {
			continue
		}
		lines := strings.Split(markdownEscape(ex.text), "\n")
		parts = append(parts, "**"+ex.label+":**\n\n> "+strings.Join(lines, "\n> "))
	}
	return strings.Join(parts, "\n\n")
}

// markdownEscape backslash-escapes the ASCII punctuation that Markdown could read as markup.
func markdownEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|~&", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sarifLevel maps a severity to a SARIF level; info is a note.
func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// sarifText is a finding's message with its suggestion, as sentences: SARIF asks plain-text
// messages to end with a period.
func sarifText(fd lint.Finding) string {
	text := sentence(fd.Message)
	if fd.Suggestion != "" {
		text += " Suggestion: " + sentence(fd.Suggestion)
	}
	return text
}

// sentence ends s with a period unless it already ends a sentence.
func sentence(s string) string {
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// pascalCase turns a rule ID into the friendly name SARIF readers expect: non-apology becomes
// NonApology.
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// fileURI turns a path as printed into a URI reference: a relative path stays relative, with
// forward slashes, and an absolute one becomes a file URI. Characters a URI cannot hold are
// percent-encoded, so "<stdin>" is "%3Cstdin%3E".
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/x becomes /C:/x
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	// A first segment with a colon would read as a scheme; url.URL prefixes "./" then.
	return (&url.URL{Path: p}).String()
}
