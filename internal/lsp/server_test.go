package lsp_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/apologylint/apologylint/internal/lsp"
)

// emojiDraft has characters outside the Basic Multilingual Plane before its findings, which
// take two UTF-16 code units, four UTF-8 bytes and one code point each.
const emojiDraft = `# Your order 🧾 #1042

Hi Dana 👋🏽,

Thanks for writing 🙏 about the parcel. We're sorry if anyone was upset 😢 by the delay.

The 📦 was delayed, and the courier 🚚 is to blame.

We apologize for any inconvenience 🙇.

Best,
Sam
`

const draftURI = "file:///drafts/order.md"

func TestInitializeNegotiatesEncoding(t *testing.T) {
	tests := []struct {
		offered []string
		want    string
	}{
		{nil, "utf-16"},
		{[]string{}, "utf-16"},
		{[]string{"utf-16"}, "utf-16"},
		{[]string{"utf-16", "utf-8"}, "utf-8"},
		{[]string{"utf-8", "utf-16", "utf-32"}, "utf-8"},
		{[]string{"utf-32", "utf-16"}, "utf-32"},
		{[]string{"latin-1"}, "utf-16"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.offered), func(t *testing.T) {
			c := start(t, lsp.Options{})
			if got := c.initialize(tt.offered...); got != tt.want {
				t.Errorf("positionEncoding = %q, want %q", got, tt.want)
			}
			c.stop()
		})
	}
}

func TestInitializeCapabilities(t *testing.T) {
	c := start(t, lsp.Options{Version: "v1.2.3"})
	m := c.call("initialize", map[string]any{"capabilities": map[string]any{}})
	var got any
	if err := json.Unmarshal(m.Result, &got); err != nil {
		t.Fatal(err)
	}
	var want any
	_ = json.Unmarshal([]byte(`{
		"capabilities": {
			"positionEncoding": "utf-16",
			"textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
			"codeActionProvider": {"codeActionKinds": ["quickfix"]}
		},
		"serverInfo": {"name": "apologylint", "version": "v1.2.3"}
	}`), &want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("initialize result = %s, want %v", m.Result, want)
	}
	c.stop()
}

func TestDiagnosticPositions(t *testing.T) {
	// "sorry if" on line 4 follows 🙏; "any inconvenience 🙇" on line 8 ends after 🙇.
	tests := []struct {
		enc             string
		sorryIf, inconv string
		evasive         string
	}{
		{"utf-16", "4:46-4:54", "8:3-8:37", "6:7-6:18"},
		{"utf-8", "4:48-4:56", "8:3-8:39", "6:9-6:20"},
		{"utf-32", "4:45-4:53", "8:3-8:36", "6:6-6:17"},
	}
	for _, tt := range tests {
		t.Run(tt.enc, func(t *testing.T) {
			c := start(t, lsp.Options{RuleURL: func(id string) string { return "https://example.com/rules#" + id }})
			if got := c.initialize(tt.enc); got != tt.enc {
				t.Fatalf("positionEncoding = %q, want %q", got, tt.enc)
			}
			p := c.open(draftURI, "markdown", emojiDraft)
			if p.Version == nil || *p.Version != 1 {
				t.Errorf("version = %v, want 1", p.Version)
			}
			for code, want := range map[string]string{"non-apology": tt.sorryIf, "vague-apology": tt.inconv, "evasive-passive": tt.evasive} {
				ds := find(p.Diagnostics, code)
				if len(ds) != 1 || ds[0].Range.String() != want {
					t.Errorf("%s at %v, want %s (all: %v)", code, briefs(ds), want, briefs(p.Diagnostics))
				}
			}
			d := find(p.Diagnostics, "non-apology")[0]
			if d.Severity != 1 || d.Source != "apologylint" {
				t.Errorf("non-apology: severity %d, source %q; want 1, apologylint", d.Severity, d.Source)
			}
			if !strings.HasPrefix(d.Message, `"sorry if" makes the apology conditional`+"\nsuggestion: ") {
				t.Errorf("message = %q, want the message and a suggestion line", d.Message)
			}
			if d.CodeDescription == nil || d.CodeDescription.Href != "https://example.com/rules#non-apology" {
				t.Errorf("codeDescription = %+v, want the rule's URL", d.CodeDescription)
			}
			if d := find(p.Diagnostics, "vague-apology")[0]; d.Severity != 2 {
				t.Errorf("vague-apology severity = %d, want 2", d.Severity)
			}
			// Findings about the whole draft go at 0:0-0:0.
			for _, code := range []string{"missing-remedy", "missing-contact"} {
				ds := find(p.Diagnostics, code)
				if len(ds) != 1 || ds[0].Range.String() != "0:0-0:0" {
					t.Errorf("%s at %v, want 0:0-0:0", code, briefs(ds))
				}
			}
			if d := find(p.Diagnostics, "missing-contact"); len(d) == 1 && d[0].Severity != 3 {
				t.Errorf("missing-contact severity = %d, want 3", d[0].Severity)
			}
			c.stop()
		})
	}
}

func TestIncrementalChange(t *testing.T) {
	tests := []struct {
		enc string
		// afterPray is the character just after 🙏 on line 4.
		afterPray int
		// celebrate is how many characters "🎉 " takes.
		celebrate int
		// inconvEnd is where "any inconvenience 🙇" ends on line 8.
		inconvEnd int
		// want is non-apology's range after the edits.
		want string
	}{
		{"utf-16", 21, 3, 37, "4:49-4:57"},
		{"utf-8", 23, 5, 39, "4:53-4:61"},
		{"utf-32", 20, 2, 36, "4:47-4:55"},
	}
	for _, tt := range tests {
		t.Run(tt.enc, func(t *testing.T) {
			c := start(t, lsp.Options{})
			c.initialize(tt.enc)
			c.open(draftURI, "markdown", emojiDraft)

			p := c.change(draftURI, 2,
				// Insert an emoji after another, before the finding on the same line.
				edit(4, tt.afterPray, 4, tt.afterPray, "🎉 "),
				// Replace the vague object, which ends after an emoji, with a specific one.
				edit(8, 17, 8, tt.inconvEnd, "sending the wrong size"),
			)
			if got := briefs(find(p.Diagnostics, "non-apology")); !slices.Equal(got, []string{"non-apology " + tt.want}) {
				t.Errorf("after the edits, non-apology at %v, want %s", got, tt.want)
			}
			if got := find(p.Diagnostics, "vague-apology"); len(got) != 0 {
				t.Errorf("after replacing the vague object, vague-apology at %v", briefs(got))
			}

			// An edit across lines: join lines 6 and 8, dropping the blank line between.
			p = c.change(draftURI, 3, edit(6, 0, 8, 0, ""))
			if got := briefs(find(p.Diagnostics, "evasive-passive")); len(got) != 0 {
				t.Errorf("after deleting line 6, evasive-passive at %v", got)
			}
			if got := len(find(p.Diagnostics, "non-apology")); got != 1 {
				t.Errorf("after deleting line 6, %d non-apology, want 1", got)
			}

			// A change with no range replaces the text.
			p = c.change(draftURI, 4, map[string]any{"text": "Sorry if 🙃 you were upset. We're sorry if it hurt.\n"})
			if got, want := briefs(find(p.Diagnostics, "non-apology")), "non-apology 0:0-0:8"; len(got) == 0 || got[0] != want {
				t.Errorf("after a full change, non-apology at %v, want %s first", got, want)
			}
			c.stop()
		})
	}
}

func TestDebounce(t *testing.T) {
	c := start(t, lsp.Options{Debounce: 200 * time.Millisecond})
	c.initialize()
	c.open(draftURI, "markdown", emojiDraft)
	for v := 2; v <= 6; v++ {
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": draftURI, "version": v},
			"contentChanges": []any{edit(0, 0, 0, 0, "x")},
		})
	}
	p := c.diagnostics(draftURI)
	if p.Version == nil || *p.Version != 6 {
		t.Errorf("first diagnostics after five quick changes are for version %v, want only version 6", p.Version)
	}
	c.stop()
}

func TestDidClose(t *testing.T) {
	c := start(t, lsp.Options{})
	c.initialize()
	if p := c.open(draftURI, "markdown", emojiDraft); len(p.Diagnostics) == 0 {
		t.Fatal("no diagnostics on open")
	}
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": draftURI}})
	if p := c.diagnostics(draftURI); len(p.Diagnostics) != 0 || p.Version != nil {
		t.Errorf("after close: %d diagnostics, version %v; want none, no version", len(p.Diagnostics), p.Version)
	}
	// A document that is not open has no code actions.
	m := c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": draftURI},
		"range":        rng{},
		"context":      map[string]any{"diagnostics": []any{}},
	})
	if string(m.Result) != "[]" {
		t.Errorf("code actions of a closed document = %s, want []", m.Result)
	}
	c.stop()
}

// codeActions asks for the actions at r.
func (c *client) codeActions(uri string, r rng, diags []diag, only ...string) []action {
	c.t.Helper()
	ctx := map[string]any{"diagnostics": diags}
	if only != nil {
		ctx["only"] = only
	}
	if diags == nil {
		ctx["diagnostics"] = []any{}
	}
	m := c.call("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": uri}, "range": r, "context": ctx})
	if m.Error != nil {
		c.t.Fatalf("codeAction: %s", m.Error.Message)
	}
	var out []action
	if err := json.Unmarshal(m.Result, &out); err != nil {
		c.t.Fatal(err)
	}
	return out
}

// titles lists the actions' titles.
func titles(as []action) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.Title)
	}
	return out
}

// apply sends an action's edits as the next version and returns the diagnostics.
func (c *client) apply(uri string, version int, a action) published {
	c.t.Helper()
	var changes []map[string]any
	for _, e := range a.Edit.Changes[uri] {
		changes = append(changes, edit(e.Range.Start.Line, e.Range.Start.Character, e.Range.End.Line, e.Range.End.Character, e.NewText))
	}
	if len(changes) == 0 {
		c.t.Fatalf("action %q has no edit for %s", a.Title, uri)
	}
	return c.change(uri, version, changes...)
}

func TestCodeActions(t *testing.T) {
	tests := []struct {
		name, uri, lang, text string
		enc                   string
		// wordy is the range of "utilise", after an emoji.
		wordy string
		// suppress is the line inserted above line 2 to suppress non-apology.
		suppress string
		// fileWide is the edit that suppresses missing-remedy in the whole file.
		fileWide textEdit
	}{
		{
			name: "markdown utf-16", uri: "file:///d/reply.md", lang: "markdown", enc: "utf-16",
			text:     "Hi Dana,\n\n  🙏 We're sorry if utilise the parcel upset you.\n",
			wordy:    "2:20-2:27",
			suppress: "  <!-- apologylint-disable-next-line non-apology -- TODO: say why this does not apply -->\n",
			fileWide: textEdit{NewText: "<!-- apologylint-disable-file missing-remedy -- TODO: say why this does not apply -->\n"},
		},
		{
			name: "markdown with front matter utf-8", uri: "file:///d/reply.md", lang: "markdown", enc: "utf-8",
			text:     "---\ntitle: x\n---\nHi Dana,\n\n  🙏 We're sorry if utilise the parcel upset you.\n",
			wordy:    "5:22-5:29",
			suppress: "  <!-- apologylint-disable-next-line non-apology -- TODO: say why this does not apply -->\n",
			fileWide: textEdit{Range: rng{Start: pos{3, 0}, End: pos{3, 0}}, NewText: "<!-- apologylint-disable-file missing-remedy -- TODO: say why this does not apply -->\n"},
		},
		{
			name: "plain text with CRLF", uri: "file:///d/reply.txt", lang: "plaintext", enc: "utf-16",
			text:     "Hi Dana,\r\n\r\n\t🙏 We're sorry if utilise the parcel upset you.\r\n",
			wordy:    "2:19-2:26",
			suppress: "\tapologylint: disable-next-line non-apology -- TODO: say why this does not apply\r\n",
			fileWide: textEdit{NewText: "apologylint: disable-file missing-remedy -- TODO: say why this does not apply\r\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := start(t, lsp.Options{})
			c.initialize(tt.enc)
			p := c.open(tt.uri, tt.lang, tt.text)
			wordy := find(p.Diagnostics, "plain-words")
			if len(wordy) != 1 || wordy[0].Range.String() != tt.wordy {
				t.Fatalf("plain-words at %v, want %s", briefs(wordy), tt.wordy)
			}
			line := wordy[0].Range.Start.Line

			// The cursor inside "utilise": the fix first, then a suppression for each finding there.
			cursor := wordy[0].Range.Start
			cursor.Character++
			as := c.codeActions(tt.uri, rng{cursor, cursor}, nil)
			wantTitles := []string{`Replace "utilise" with "use"`, "Suppress plain-words on this line"}
			if got := titles(as); !slices.Equal(got, wantTitles) {
				t.Fatalf("actions at the cursor = %q, want %q", got, wantTitles)
			}
			fix := as[0]
			if fix.Kind != "quickfix" || !fix.IsPreferred || len(fix.Diagnostics) != 1 || fix.Diagnostics[0].Code != "plain-words" {
				t.Errorf("fix = %+v, want a preferred quickfix for the plain-words diagnostic", fix)
			}
			if e := fix.Edit.Changes[tt.uri]; len(e) != 1 || e[0].Range.String() != tt.wordy || e[0].NewText != "use" {
				t.Errorf("fix edit = %+v, want %q at %s", e, "use", tt.wordy)
			}

			// Neovim sends the cursor and the line's diagnostics: the cursor at the start of
			// the line still gets the actions of the diagnostics it names.
			lineStart := pos{line, 0}
			as = c.codeActions(tt.uri, rng{lineStart, lineStart}, find(p.Diagnostics, "non-apology"))
			if got, want := titles(as), []string{"Suppress non-apology on this line"}; !slices.Equal(got, want) {
				t.Fatalf("actions for the non-apology diagnostic = %q, want %q", got, want)
			}
			e := as[0].Edit.Changes[tt.uri]
			if want := (textEdit{Range: rng{lineStart, lineStart}, NewText: tt.suppress}); len(e) != 1 || e[0] != want {
				t.Errorf("suppression edit = %+v, want %+v", e, want)
			}

			// The whole line selected: every finding on it.
			as = c.codeActions(tt.uri, rng{lineStart, pos{line + 1, 0}}, nil)
			wantTitles = []string{`Replace "utilise" with "use"`, "Suppress non-apology on this line", "Suppress plain-words on this line"}
			if got := titles(as); !slices.Equal(got, wantTitles) {
				t.Errorf("actions for the line = %q, want %q", got, wantTitles)
			}
			if got := c.codeActions(tt.uri, rng{lineStart, pos{line + 1, 0}}, nil, "refactor"); len(got) != 0 {
				t.Errorf("actions of kind refactor = %q, want none", titles(got))
			}

			// Applying the suppression silences non-apology, and the directive, which has a
			// reason and is used, draws no finding of its own.
			p = c.apply(tt.uri, 2, c.codeActions(tt.uri, rng{lineStart, lineStart}, find(p.Diagnostics, "non-apology"))[0])
			for _, code := range []string{"non-apology", "suppression-without-reason", "unused-suppression"} {
				if got := find(p.Diagnostics, code); len(got) != 0 {
					t.Errorf("after suppressing non-apology: %v", briefs(got))
				}
			}
			if got := find(p.Diagnostics, "plain-words"); len(got) != 1 || got[0].Range.Start.Line != line+1 {
				t.Errorf("after suppressing non-apology, plain-words at %v, want on line %d", briefs(got), line+1)
			}

			// A finding about the whole draft is suppressed in the whole file.
			as = c.codeActions(tt.uri, rng{}, nil)
			i := slices.Index(titles(as), "Suppress missing-remedy in this file")
			if i < 0 {
				t.Fatalf("actions at 0:0 = %q, want one to suppress missing-remedy in the file", titles(as))
			}
			if e := as[i].Edit.Changes[tt.uri]; len(e) != 1 || e[0] != tt.fileWide {
				t.Errorf("file-wide suppression edit = %+v, want %+v", e, tt.fileWide)
			}
			p = c.apply(tt.uri, 3, as[i])
			for _, code := range []string{"missing-remedy", "suppression-without-reason", "unused-suppression"} {
				if got := find(p.Diagnostics, code); len(got) != 0 {
					t.Errorf("after suppressing missing-remedy: %v", briefs(got))
				}
			}
			c.stop()
		})
	}
}

func TestProtocolErrors(t *testing.T) {
	c := start(t, lsp.Options{})
	errorCode := func(what string, m message, wantID string, want int) {
		t.Helper()
		if m.Error == nil || m.Error.Code != want || string(m.ID) != wantID {
			t.Errorf("%s: response id %s, error %+v; want id %s, code %d", what, m.ID, m.Error, wantID, want)
		}
	}
	errorCode("request before initialize", c.call("textDocument/codeAction", map[string]any{}), "1", -32002)

	c.writeRaw("Content-Length: 14\r\n\r\n{\"jsonrpc\": 2,")
	errorCode("truncated JSON", c.next(), "null", -32700)
	c.writeRaw("Content-Length: 5\r\n\r\n[1,2]")
	errorCode("a JSON array", c.next(), "null", -32600)
	c.writeRaw("this is no header\r\n")
	errorCode("a line that is no header", c.next(), "null", -32700)
	c.writeRaw("Content-Length: ten\r\n\r\n")
	errorCode("a bad Content-Length", c.next(), "null", -32700)
	c.writeRaw("Content-Type: application/json\r\n\r\n")
	errorCode("no Content-Length", c.next(), "null", -32700)
	c.send(map[string]any{"jsonrpc": "2.0", "id": map[string]any{"a": 1}, "method": "initialize"})
	errorCode("an object as id", c.next(), "null", -32600)
	c.send(map[string]any{"jsonrpc": "2.0", "id": 7})
	errorCode("no method", c.next(), "7", -32600)

	c.initialize()
	errorCode("initialize twice", c.call("initialize", map[string]any{}), "3", -32600)
	errorCode("an unknown request", c.call("textDocument/hover", map[string]any{}), "4", -32601)
	errorCode("bad params", c.call("textDocument/codeAction", []int{1}), "5", -32602)
	// Unknown notifications, notifications with bad params, and responses get no response.
	c.notify("$/setTrace", map[string]any{"value": "off"})
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": nil})
	c.send(map[string]any{"jsonrpc": "2.0", "id": 99, "result": nil})
	c.notify("textDocument/didOpen", []int{1})
	if m := c.notification("window/logMessage"); !strings.Contains(string(m.Params), "didOpen") {
		t.Errorf("log for bad didOpen params = %s, want a message naming the method", m.Params)
	}
	c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": "file:///nowhere.md", "version": 2}})
	if m := c.notification("window/logMessage"); !strings.Contains(string(m.Params), "not open") {
		t.Errorf("log for a change to a closed document = %s, want it to say so", m.Params)
	}
	// A string ID is echoed as a string.
	c.send(map[string]any{"jsonrpc": "2.0", "id": "abc", "method": "nope"})
	errorCode("an unknown request with a string id", c.response(`"abc"`), `"abc"`, -32601)

	if m := c.call("shutdown", nil); m.Error != nil {
		t.Fatalf("shutdown: %+v", m.Error)
	}
	errorCode("a request after shutdown", c.call("textDocument/codeAction", map[string]any{}), "7", -32600)
	c.notify("exit", nil)
	if err := <-c.done; err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	c.done <- nil
}

func TestExitWithoutShutdown(t *testing.T) {
	t.Run("exit", func(t *testing.T) {
		c := start(t, lsp.Options{})
		c.initialize()
		c.notify("exit", nil)
		err := <-c.done
		if !errors.Is(err, lsp.ErrNoShutdown) {
			t.Errorf("Run = %v, want ErrNoShutdown", err)
		}
		c.done <- nil
	})
	t.Run("end of input", func(t *testing.T) {
		c := start(t, lsp.Options{})
		c.initialize()
		_ = c.in.Close()
		err := <-c.done
		if !errors.Is(err, lsp.ErrNoShutdown) {
			t.Errorf("Run = %v, want ErrNoShutdown", err)
		}
		c.done <- nil
	})
	t.Run("end of input after shutdown", func(t *testing.T) {
		c := start(t, lsp.Options{})
		c.initialize()
		c.call("shutdown", nil)
		_ = c.in.Close()
		if err := <-c.done; err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
		c.done <- nil
	})
}

// failingResolver fails to find a configuration.
type failingResolver struct{}

func (failingResolver) Resolve(string) (lsp.Target, error) {
	return lsp.Target{}, errors.New("/d/.apologylint.yml:3:5: unknown rule \"excuze\"")
}

func TestProblems(t *testing.T) {
	t.Run("configuration", func(t *testing.T) {
		c := start(t, lsp.Options{NewResolver: func() lsp.Resolver { return failingResolver{} }})
		c.initialize()
		p := c.open(draftURI, "markdown", emojiDraft)
		want := []diag{{Range: rng{}, Severity: 1, Source: "apologylint", Message: "cannot read the configuration: /d/.apologylint.yml:3:5: unknown rule \"excuze\""}}
		if !reflect.DeepEqual(p.Diagnostics, want) {
			t.Errorf("diagnostics = %+v, want %+v", p.Diagnostics, want)
		}
		c.stop()
	})
	t.Run("NUL byte", func(t *testing.T) {
		c := start(t, lsp.Options{})
		c.initialize()
		p := c.open(draftURI, "markdown", "Hi 😀,\nSorry \x00 about that.\n")
		want := []diag{{Range: rng{pos{1, 6}, pos{1, 6}}, Severity: 1, Source: "apologylint", Message: "cannot lint this text: NUL byte: not a text file"}}
		if !reflect.DeepEqual(p.Diagnostics, want) {
			t.Errorf("diagnostics = %+v, want %+v", p.Diagnostics, want)
		}
		c.stop()
	})
	t.Run("configuration file", func(t *testing.T) {
		c := start(t, lsp.Options{IsConfig: func(p string) bool { return strings.HasSuffix(p, "/.apologylint.yml") }})
		c.initialize()
		if p := c.open("file:///d/.apologylint.yml", "yaml", "rules:\n  # sorry if this is wrong\n"); len(p.Diagnostics) != 0 {
			t.Errorf("a configuration file got diagnostics %v", briefs(p.Diagnostics))
		}
		c.stop()
	})
}

// countingResolver counts the resolvers made and reports a different configuration error
// from each, so that a test sees which one linted.
type countingResolver struct{ n int64 }

func (r countingResolver) Resolve(string) (lsp.Target, error) {
	return lsp.Target{}, fmt.Errorf("resolver %d", r.n)
}

func TestConfigurationReload(t *testing.T) {
	var made atomic.Int64
	c := start(t, lsp.Options{
		NewResolver: func() lsp.Resolver { return countingResolver{made.Add(1)} },
		IsConfig:    func(p string) bool { return strings.HasSuffix(p, "/.apologylint.yml") },
	})
	c.initialize()
	message := func(p published) string {
		if len(p.Diagnostics) != 1 {
			t.Fatalf("diagnostics = %v, want one", p.Diagnostics)
		}
		return p.Diagnostics[0].Message
	}
	if got := message(c.open(draftURI, "markdown", emojiDraft)); !strings.HasSuffix(got, "resolver 1") {
		t.Errorf("on open: %q, want resolver 1's", got)
	}
	// Saving a draft changes nothing; saving a configuration file lints again with a new resolver.
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": draftURI}})
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": "file:///drafts/.apologylint.yml"}})
	if got := message(c.diagnostics(draftURI)); !strings.HasSuffix(got, "resolver 2") {
		t.Errorf("after saving the configuration: %q, want resolver 2's", got)
	}
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{
		map[string]any{"uri": "file:///drafts/notes.txt", "type": 2},
		map[string]any{"uri": "file:///.apologylint.yml", "type": 3},
	}})
	if got := message(c.diagnostics(draftURI)); !strings.HasSuffix(got, "resolver 3") {
		t.Errorf("after a watched configuration changed: %q, want resolver 3's", got)
	}
	c.stop()
}

func TestUntitledDocument(t *testing.T) {
	c := start(t, lsp.Options{})
	c.initialize()
	// Markdown by its language: the HTML comment is markup, not prose.
	p := c.open("untitled:Untitled-1", "markdown", "<!-- sorry if -->\nWe're sorry if you were upset.\n")
	if got := briefs(find(p.Diagnostics, "non-apology")); !slices.Equal(got, []string{"non-apology 1:6-1:14"}) {
		t.Errorf("non-apology at %v, want only 1:6-1:14", got)
	}
	c.stop()
}
