package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf16"

	"github.com/apologylint/apologylint/rules"
)

// lintJSON runs the command line with every rule and --format json and returns the report, the
// exit code and stderr.
func lintJSON(t *testing.T, stdin io.Reader, args ...string) (jsonOut, int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"--no-config", "--format", "json"}, args...), stdin, &stdout, &stderr, func(string) string { return "" }, rules.All)
	var r jsonOut
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatalf("output is not JSON (%v): %q; stderr %q", err, stdout.String(), stderr.String())
	}
	return r, code, stderr.String()
}

const goodDraft = "Hi Dana,\n\nWe are sorry we sent the wrong size. The right one ships today.\n\nBest,\nPriya\n"

func utf16File(bom []byte, text string, bigEndian bool) []byte {
	out := append([]byte{}, bom...)
	for _, u := range utf16.Encode([]rune(text)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// TestBadInputs lints every kind of input a linter meets by mistake in one run, beside a good
// draft. Each bad input gets one error entry naming its path and the problem; the good draft is
// still linted; the exit status is 2; nothing panics or blocks.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte(goodDraft))
	bad := map[string]string{ // path -> the error message it must get
		write("image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")): "binary file (PNG image), not text",
		write("nul.txt", []byte("Sorry\x00 again")):                       "1:6: NUL byte: not a text file",
		write("mid.txt", []byte("We are sorry.\nThe \xff box.\n")):        "2:5: invalid UTF-8 byte 0xFF",
		write("utf32.txt", []byte{0xFF, 0xFE, 0, 0, 'a', 0, 0, 0}):        "UTF-32 text is not supported; save it as UTF-8",
		write("odd16.txt", []byte{0xFF, 0xFE, 'a', 0, 'b'}):               "invalid UTF-16: odd number of bytes",
		filepath.Join(dir, "missing.txt"):                                 "no such file or directory",
		good + "/":                                                        "not a directory",
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		bad[fifo] = "not a regular file" // named on the command line: reported, never opened
	}
	args := []string{good}
	for p := range bad {
		args = append(args, p)
	}
	r, code, stderr := lintJSON(t, strings.NewReader(""), args...)
	if code != ExitError {
		t.Errorf("exit code = %d, want %d", code, ExitError)
	}
	if stderr != "" {
		t.Errorf("stderr = %q, want nothing: the errors belong in the report", stderr)
	}
	got := map[string]string{}
	for _, e := range r.Errors {
		if _, dup := got[e.Path]; dup {
			t.Errorf("%s reported twice", e.Path)
		}
		got[e.Path] = e.Message
	}
	for p, want := range bad {
		if got[p] != want {
			t.Errorf("%s: error %q, want %q", filepath.Base(p), got[p], want)
		}
		if strings.Contains(got[p], "\n") {
			t.Errorf("%s: message of more than one line: %q", p, got[p])
		}
	}
	if len(r.Files) != 1 || r.Files[0].Path != good || len(r.Files[0].Findings) == 0 {
		t.Errorf("files = %+v, want the good draft linted, with findings", r.Files)
	}
}

// TestTextInputsThatAreNotErrors lints inputs that are unusual but text: they lint, with every
// position inside the file.
func TestTextInputsThatAreNotErrors(t *testing.T) {
	text := "We are sorry the parcel was lost.\nIt was delayed.\n"
	tests := []struct {
		name    string
		content []byte
		lines   int // lines of the text as an editor shows it
	}{
		{"empty.txt", nil, 1},
		{"blank.txt", []byte("  \n\t\n \r\n"), 3},
		{"bom.txt", append([]byte("\uFEFF"), text...), 2},
		{"cr.txt", []byte(strings.ReplaceAll(text, "\n", "\r")), 2},
		{"crlf.txt", []byte(strings.ReplaceAll(text, "\n", "\r\n")), 2},
		{"utf16le.txt", utf16File([]byte{0xFF, 0xFE}, text, false), 2},
		{"utf16be.txt", utf16File([]byte{0xFE, 0xFF}, text, true), 2},
		{"one-line.txt", []byte(strings.Repeat("We are sorry the order was lost ", 20000)), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(p, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
			r, code, stderr := lintJSON(t, strings.NewReader(""), p)
			if len(r.Errors) > 0 || code == ExitError || stderr != "" {
				t.Fatalf("errors %+v, code %d, stderr %q", r.Errors, code, stderr)
			}
			for _, f := range r.Files {
				for _, fd := range f.Findings {
					if fd.Line != nil && (*fd.Line < 1 || *fd.Line > tt.lines || fd.EndLine > tt.lines) {
						t.Errorf("%s on line %d-%d of a %d-line file", fd.Rule, *fd.Line, fd.EndLine, tt.lines)
					}
				}
			}
			if strings.HasPrefix(tt.name, "utf16") {
				if len(r.Files) != 1 || len(r.Files[0].Findings) == 0 || r.Files[0].Findings[0].Line == nil {
					t.Fatalf("UTF-16 draft not read as its text: %+v", r.Files)
				}
			}
		})
	}
}

// TestWalkSkipsWhatIsNotAFile walks a folder holding a FIFO, a link loop, a dangling link and a
// link to a draft: the FIFO is skipped without being opened (the run would block), each link
// that leads nowhere is reported, and the drafts are linted.
func TestWalkSkipsWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte(goodDraft), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, l := range [][2]string{{"b.txt", "a.txt"}, {"a.txt", "b.txt"}, {"gone.txt", "nowhere.txt"}, {"link.txt", "good.txt"}} {
		if err := os.Symlink(l[1], filepath.Join(dir, l[0])); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(".", filepath.Join(dir, "self")); err != nil { // a loop of folders
		t.Fatal(err)
	}
	r, code, _ := lintJSON(t, strings.NewReader(""), dir)
	var paths []string
	for _, f := range r.Files {
		paths = append(paths, filepath.Base(f.Path))
	}
	if strings.Join(paths, " ") != "good.txt link.txt" {
		t.Errorf("linted %v, want good.txt and link.txt", paths)
	}
	errs := map[string]string{}
	for _, e := range r.Errors {
		errs[filepath.Base(e.Path)] = e.Message
	}
	want := map[string]string{
		"a.txt":    "too many levels of symbolic links",
		"b.txt":    "too many levels of symbolic links",
		"gone.txt": "no such file or directory",
	}
	for name, msg := range want {
		if errs[name] != msg {
			t.Errorf("%s: %q, want %q", name, errs[name], msg)
		}
	}
	if len(errs) != len(want) || code != ExitError {
		t.Errorf("errors %v, code %d", errs, code)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files without read permission")
	}
	p := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(p, []byte(goodDraft), 0o000); err != nil {
		t.Fatal(err)
	}
	r, code, _ := lintJSON(t, strings.NewReader(""), p)
	if len(r.Errors) != 1 || r.Errors[0].Message != "permission denied" || code != ExitError {
		t.Errorf("errors %+v, code %d; want permission denied, 2", r.Errors, code)
	}
}

// TestFileChangedWhileRead changes and deletes a file between its opening and its reading.
func TestFileChangedWhileRead(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(p string)
		want   string
	}{
		{"grows", func(p string) {
			f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			_, _ = f.WriteString("And one more line.\n")
			_ = f.Close()
		}, "changed while it was read"},
		{"deleted", func(p string) { _ = os.Remove(p) }, "deleted while it was read"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "draft.txt")
			if err := os.WriteFile(p, []byte(goodDraft), 0o644); err != nil {
				t.Fatal(err)
			}
			readHook = func(string) { tt.change(p) }
			defer func() { readHook = nil }()
			r, code, _ := lintJSON(t, strings.NewReader(""), p)
			if len(r.Errors) != 1 || r.Errors[0].Message != tt.want || code != ExitError {
				t.Errorf("errors %+v, code %d; want %q, 2", r.Errors, code, tt.want)
			}
		})
	}
}

// errReader returns some text, then fails, as standard input does when its writer dies.
type errReader struct{ done bool }

func (r *errReader) Read(p []byte) (int, error) {
	if r.done {
		return 0, errors.New("input/output error")
	}
	r.done = true
	return copy(p, "We are sorry"), nil
}

func TestStandardInput(t *testing.T) {
	// Closed early by its writer: what came before the end is the draft.
	r, code, _ := lintJSON(t, strings.NewReader("We are sorry the parcel was lost"), "-")
	if len(r.Errors) != 0 || len(r.Files) != 1 || code == ExitError {
		t.Errorf("short stdin: files %+v errors %+v code %d", r.Files, r.Errors, code)
	}
	// A read that fails is an error entry for standard input, not a crash.
	r, code, _ = lintJSON(t, &errReader{}, "-")
	if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, "input/output error") || code != ExitError {
		t.Errorf("failing stdin: errors %+v code %d", r.Errors, code)
	}
}

// epipeWriter fails every write as a pipe whose reader has gone does.
type epipeWriter struct{}

func (epipeWriter) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}
}

// TestClosedPipeIsQuiet checks that output to a reader that went away ("apologylint … | head
// -1") ends the run without an error message, in every format.
func TestClosedPipeIsQuiet(t *testing.T) {
	p := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(p, []byte("Sorry if anyone was upset.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json", "sarif", "github", "checkstyle", "rdjson"} {
		var stderr bytes.Buffer
		code := run([]string{"--no-config", "--format", format, p}, strings.NewReader(""), epipeWriter{}, &stderr, func(string) string { return "" }, rules.All)
		if stderr.Len() != 0 || code == ExitError {
			t.Errorf("%s: code %d, stderr %q; want a quiet end", format, code, stderr.String())
		}
	}
}
