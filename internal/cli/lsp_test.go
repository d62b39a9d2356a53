package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/rules"
)

// lspSession frames messages for standard input of "apologylint lsp".
func lspSession(msgs ...string) string {
	var b strings.Builder
	for _, m := range msgs {
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s", len(m), m)
	}
	return b.String()
}

// lspMessages splits the server's output into messages.
func lspMessages(t *testing.T, out string) []map[string]json.RawMessage {
	t.Helper()
	r := bufio.NewReader(strings.NewReader(out))
	var msgs []map[string]json.RawMessage
	for {
		line, err := r.ReadString('\n')
		if errors.Is(err, io.EOF) {
			return msgs
		}
		n, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(line, "Content-Length:")))
		if err != nil {
			t.Fatalf("bad header %q", line)
		}
		_, _ = r.ReadString('\n')
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
}

// TestLSPFindsConfiguration checks that the server lints a document with the configuration the
// command line would use for its path: a rule turned off, another's severity changed. The code
// action request lints the document as it is, so the session needs no waiting.
func TestLSPFindsConfiguration(t *testing.T) {
	dir := repo(t, map[string]string{
		".apologylint.yml": "rules:\n  missing-remedy:\n    enabled: false\n  missing-contact:\n    severity: error\n",
		"drafts/reply.md":  "We're sorry if anyone was upset.\n",
	})
	uri := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "drafts", "reply.md"))}).String()
	text, _ := json.Marshal("We're sorry if anyone was upset.\n")
	stdin := lspSession(
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`,
		`{"jsonrpc":"2.0","method":"initialized","params":{}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"`+uri+`","languageId":"markdown","version":1,"text":`+string(text)+`}}}`,
		`{"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"`+uri+`"},"range":{"start":{"line":0,"character":0},"end":{"line":1,"character":0}},"context":{"diagnostics":[]}}}`,
		`{"jsonrpc":"2.0","id":3,"method":"shutdown"}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
	)
	r := runWith(t, stdin, nil, rules.All, "lsp")
	if r.code != ExitClean || r.stderr != "" {
		t.Fatalf("exit code %d, stderr %q; want %d and nothing", r.code, r.stderr, ExitClean)
	}
	var actions []struct {
		Title       string `json:"title"`
		Diagnostics []struct {
			Code            string `json:"code"`
			Severity        int    `json:"severity"`
			CodeDescription struct {
				Href string `json:"href"`
			} `json:"codeDescription"`
		} `json:"diagnostics"`
	}
	for _, m := range lspMessages(t, r.stdout) {
		if string(m["id"]) == "2" {
			if err := json.Unmarshal(m["result"], &actions); err != nil {
				t.Fatal(err)
			}
		}
	}
	got := map[string]int{}
	for _, a := range actions {
		for _, d := range a.Diagnostics {
			got[d.Code] = d.Severity
			if want := rulesDocURL + "#" + d.Code; d.CodeDescription.Href != want {
				t.Errorf("%s: codeDescription %q, want %q", d.Code, d.CodeDescription.Href, want)
			}
		}
	}
	if _, ok := got["missing-remedy"]; ok {
		t.Errorf("missing-remedy reported, though the configuration turns it off")
	}
	if got["missing-contact"] != 1 {
		t.Errorf("missing-contact has severity %d, want 1 (error) as configured", got["missing-contact"])
	}
	if got["non-apology"] != 1 {
		t.Errorf("non-apology missing: %v", got)
	}
}

func TestLSPExitCodes(t *testing.T) {
	initialize := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr string
	}{
		{"exit after shutdown", nil, lspSession(initialize, `{"jsonrpc":"2.0","id":2,"method":"shutdown"}`, `{"jsonrpc":"2.0","method":"exit"}`), 0, ""},
		{"exit without shutdown", nil, lspSession(initialize, `{"jsonrpc":"2.0","method":"exit"}`), 1, "apologylint: exit without a shutdown request\n"},
		{"end of input", nil, lspSession(initialize), 1, "apologylint: exit without a shutdown request\n"},
		{"help", []string{"--help"}, "", 0, "Usage:\n  apologylint lsp"},
		{"an argument", []string{"reply.md"}, "", 2, `apologylint: lsp takes no arguments, got "reply.md"`},
		{"both config flags", []string{"--config", "x.yml", "--no-config"}, "", 2, "apologylint: --config and --no-config cannot be used together"},
		{"missing --config file", []string{"--config", "does-not-exist.yml"}, "", 2, "apologylint: open "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, tt.stdin, nil, rules.All, append([]string{"lsp"}, tt.args...)...)
			if r.code != tt.code || !strings.HasPrefix(r.stderr, tt.stderr) || (tt.stderr == "" && r.stderr != "") {
				t.Errorf("exit code %d, stderr %q; want %d, %q", r.code, r.stderr, tt.code, tt.stderr)
			}
		})
	}
}

func TestUsageListsLSP(t *testing.T) {
	r := runCLI(t, "", "--help")
	if !slices.ContainsFunc(strings.Split(r.stderr, "\n"), func(l string) bool { return strings.HasPrefix(l, "  apologylint lsp") }) {
		t.Errorf("usage does not list the lsp command:\n%s", r.stderr)
	}
}
