package lsp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// nvimResult is what testdata/nvim/init.lua writes.
type nvimResult struct {
	Error    string `json:"error"`
	Encoding string `json:"encoding"`
	Stages   []struct {
		Name        string     `json:"name"`
		File        string     `json:"file"`
		Diagnostics []nvimDiag `json:"diagnostics"`
	} `json:"stages"`
	Actions []string `json:"actions"`
	Exit    *struct {
		Code   int `json:"code"`
		Signal int `json:"signal"`
	} `json:"exit"`
}

// nvimDiag is a diagnostic as Neovim keeps it: 0-based lines and byte columns, converted from
// the positions the server sent in the agreed encoding.
type nvimDiag struct {
	Code     string `json:"code"`
	Source   string `json:"source"`
	Severity int    `json:"severity"`
	Message  string `json:"message"`
	Lnum     int    `json:"lnum"`
	Col      int    `json:"col"`
	EndLnum  int    `json:"end_lnum"`
	EndCol   int    `json:"end_col"`
}

func (d nvimDiag) String() string {
	return fmt.Sprintf("%s %d %d:%d-%d:%d", d.Code, d.Severity, d.Lnum, d.Col, d.EndLnum, d.EndCol)
}

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
)

// buildBinary builds apologylint once for the tests of this process.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "apologylint-lsp-test-")
		if err != nil {
			buildErr = err
			return
		}
		binary = filepath.Join(dir, "apologylint")
		out, err := exec.Command("go", "build", "-o", binary, "github.com/apologylint/apologylint/cmd/apologylint").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

// TestNeovim drives Neovim's LSP client against the built binary: the diagnostics Neovim shows
// must be where the command line puts the same findings, after opening the draft, after
// incremental edits next to emoji, and after applying a code action; and the server must exit
// cleanly when Neovim stops it.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim not installed: this end-to-end test drives Neovim's LSP client (Debian package neovim)")
	}
	if testing.Short() {
		t.Skip("-short: the Neovim test starts an editor")
	}
	bin := buildBinary(t)
	initLua, err := filepath.Abs("testdata/nvim/init.lua")
	if err != nil {
		t.Fatal(err)
	}
	for _, enc := range []string{"utf-16", "utf-8", "utf-32"} {
		t.Run(enc, func(t *testing.T) {
			dir := t.TempDir()
			// A folder of its own, with the test's configuration, which the server must find
			// for the draft's path as the command line does.
			for _, name := range []string{"draft.md", ".apologylint.yml"} {
				b, err := os.ReadFile(filepath.Join("testdata/nvim", name))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "result.json")
			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-u", initLua)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(),
				"APOLOGYLINT="+bin, "DRAFT="+filepath.Join(dir, "draft.md"), "ENCODING="+enc,
				"OUT="+out, "OUT_DIR="+dir, "XDG_STATE_HOME="+dir, "XDG_DATA_HOME="+dir)
			cmd.Stdin = nil
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stderr, &stderr
			runErr := cmd.Run()
			raw, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("nvim wrote no result (%v): %v\n%s", runErr, err, stderr.String())
			}
			var res nvimResult
			if err := json.Unmarshal(raw, &res); err != nil {
				t.Fatalf("result %s: %v", raw, err)
			}
			if res.Error != "" || runErr != nil {
				t.Fatalf("nvim: %v, %s\n%s", runErr, res.Error, stderr.String())
			}
			if res.Encoding != enc {
				t.Errorf("the client uses %s, want %s", res.Encoding, enc)
			}

			var names []string
			for _, st := range res.Stages {
				names = append(names, st.Name)
				want := cliDiagnostics(t, bin, dir, st.File)
				if got := diagStrings(st.Diagnostics); !slices.Equal(got, want) {
					t.Errorf("%s: Neovim shows\n  %s\nthe command line reports\n  %s", st.Name, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
				}
				for _, d := range st.Diagnostics {
					if d.Source != "apologylint" {
						t.Errorf("%s: %s has source %q", st.Name, d, d.Source)
					}
				}
			}
			if !slices.Equal(names, []string{"open", "edit", "suppressed"}) {
				t.Fatalf("stages %q, want open, edit, suppressed", names)
			}
			// The comparison above holds only if there is something to compare: findings after
			// emoji on the lines that were edited, and the configuration applied.
			open, edited, suppressed := res.Stages[0].Diagnostics, res.Stages[1].Diagnostics, res.Stages[2].Diagnostics
			if !hasDiag(open, "non-apology", 4) || !hasDiag(open, "vague-apology", 8) || !hasDiag(edited, "non-apology", 4) {
				t.Errorf("missing the findings after emoji on lines 4 and 8: open %v, edited %v", open, edited)
			}
			for _, d := range open {
				if d.Code == "excuse" && d.Severity != 3 {
					t.Errorf("excuse has severity %d, want 3 (info) as the test's .apologylint.yml sets", d.Severity)
				}
			}
			if hasDiag(suppressed, "non-apology", 5) {
				t.Errorf("non-apology still reported after applying the suppression: %v", suppressed)
			}
			text, err := os.ReadFile(res.Stages[2].File)
			if err != nil {
				t.Fatal(err)
			}
			if want := "<!-- apologylint-disable-next-line non-apology -- TODO: say why this does not apply -->\nThanks for writing 🙏 🎉 really"; !strings.Contains(string(text), want) {
				t.Errorf("after the code action the draft reads\n%s\nwant it to contain\n%s", text, want)
			}
			if !slices.Contains(res.Actions, "Suppress non-apology on this line") {
				t.Errorf("actions %q", res.Actions)
			}
			if res.Exit == nil || res.Exit.Code != 0 || res.Exit.Signal != 0 {
				t.Errorf("server exit %+v, want code 0 after shutdown and exit", res.Exit)
			}
		})
	}
}

// hasDiag reports whether there is a diagnostic with code starting on line.
func hasDiag(ds []nvimDiag, code string, line int) bool {
	return slices.ContainsFunc(ds, func(d nvimDiag) bool { return d.Code == code && d.Lnum == line })
}

func diagStrings(ds []nvimDiag) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.String())
	}
	slices.Sort(out)
	return out
}

// cliDiagnostics lints file with the command line in dir and returns its findings as Neovim
// would show them: 0-based lines and byte columns from the findings' byte offsets, and findings
// about the whole draft at 0:0.
func cliDiagnostics(t *testing.T, bin, dir, file string) []string {
	t.Helper()
	cmd := exec.Command(bin, "--format", "json", file)
	cmd.Dir = dir
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && (!errors.As(err, &ee) || ee.ExitCode() != 1) {
		t.Fatalf("apologylint %s: %v\n%s", file, err, out)
	}
	var report struct {
		Files []struct {
			Findings []struct {
				Rule      string `json:"rule"`
				Severity  string `json:"severity"`
				Line      int    `json:"line"`
				EndLine   int    `json:"end_line"`
				Offset    int    `json:"offset"`
				EndOffset int    `json:"end_offset"`
			} `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal(out, &report); err != nil || len(report.Files) != 1 {
		t.Fatalf("apologylint %s: %v\n%s", file, err, out)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// starts[i] is the byte offset of line i+1.
	starts := []int{0}
	for i, c := range text {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	sev := map[string]int{"error": 1, "warning": 2, "info": 3}
	out2 := []string{}
	for _, f := range report.Files[0].Findings {
		d := nvimDiag{Code: f.Rule, Severity: sev[f.Severity]}
		if f.Line > 0 {
			d.Lnum, d.Col = f.Line-1, f.Offset-starts[f.Line-1]
			d.EndLnum, d.EndCol = f.EndLine-1, f.EndOffset-starts[f.EndLine-1]
		}
		out2 = append(out2, d.String())
	}
	slices.Sort(out2)
	return out2
}
