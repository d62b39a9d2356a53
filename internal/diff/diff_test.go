package diff

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"both empty", "", "", ""},
		{"one line changed", "Dear valued customer,\n", "Dear customer,\n", `--- a/x
+++ b/x
@@ -1 +1 @@
-Dear valued customer,
+Dear customer,
`},
		{"context of three", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", `--- a/x
+++ b/x
@@ -2,7 +2,7 @@
 2
 3
 4
-5
+five
 6
 7
 8
`},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n", `--- a/x
+++ b/x
@@ -1,4 +1,4 @@
-1
+one
 2
 3
 4
@@ -9,4 +9,4 @@
 9
 10
 11
-12
+twelve
`},
		{"changes six lines apart join", "1\n2\n3\n4\n5\n6\n7\n8\n", "one\n2\n3\n4\n5\n6\n7\neight\n", `--- a/x
+++ b/x
@@ -1,8 +1,8 @@
-1
+one
 2
 3
 4
 5
 6
 7
-8
+eight
`},
		{"no newline at end", "a\nb", "a\nc", `--- a/x
+++ b/x
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
\ No newline at end of file
`},
		{"newline added at end", "a\nb", "a\nb\n", `--- a/x
+++ b/x
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+b
`},
		{"from empty", "", "a\nb\n", `--- a/x
+++ b/x
@@ -0,0 +1,2 @@
+a
+b
`},
		{"to empty", "a\n", "", `--- a/x
+++ b/x
@@ -1 +0,0 @@
-a
`},
		{"insert in the middle", "1\n2\n3\n4\n5\n6\n", "1\n2\n3\nnew\n4\n5\n6\n", `--- a/x
+++ b/x
@@ -1,6 +1,7 @@
 1
 2
 3
+new
 4
 5
 6
`},
		{"delete only", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\n6\n7\n8\n9\n", `--- a/x
+++ b/x
@@ -2,7 +2,6 @@
 2
 3
 4
-5
 6
 7
 8
`},
		{"carriage returns belong to the line", "a\r\nb\r\n", "a\r\nc\r\n", "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unified("a/x", "b/x", []byte(tt.a), []byte(tt.b))
			if got != tt.want {
				t.Errorf("Unified(%q, %q) =\n%s\nwant:\n%s", tt.a, tt.b, got, tt.want)
			}
			if got != "" {
				if back, err := apply(tt.a, got); err != nil || back != tt.b {
					t.Errorf("applying the diff gives %q, %v; want %q", back, err, tt.b)
				}
			}
		})
	}
}

// TestScriptShortest checks, on random pairs of texts over a small alphabet (so that lines repeat
// and many scripts tie), that the script turns a into b, that it is a shortest one, and that
// the unified diff applies.
func TestScriptShortest(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		a := randomLines(rng, rng.IntN(12))
		b := mutate(rng, a)
		if i%5 == 0 {
			b = randomLines(rng, rng.IntN(12))
		}
		ops := script(a, b)
		var gotA, gotB []string
		edits := 0
		for _, o := range ops {
			if o.kind != insert {
				gotA = append(gotA, o.line)
			}
			if o.kind != remove {
				gotB = append(gotB, o.line)
			}
			if o.kind != keep {
				edits++
			}
		}
		if strings.Join(gotA, "") != strings.Join(a, "") || strings.Join(gotB, "") != strings.Join(b, "") {
			t.Fatalf("script(%q, %q) does not spell both texts: %v", a, b, ops)
		}
		if want := len(a) + len(b) - 2*lcs(a, b); edits != want {
			t.Fatalf("script(%q, %q) has %d edits, want %d", a, b, edits, want)
		}
		as, bs := strings.Join(a, ""), strings.Join(b, "")
		u := Unified("a/x", "b/x", []byte(as), []byte(bs))
		if as == bs {
			if u != "" {
				t.Fatalf("Unified of equal texts = %q, want empty", u)
			}
			continue
		}
		if back, err := apply(as, u); err != nil || back != bs {
			t.Fatalf("applying\n%s\nto %q gives %q, %v; want %q", u, as, back, err, bs)
		}
	}
}

// TestPatch feeds diffs to the patch program, where there is one, to check that a real reader
// accepts the format, including a last line without a line break.
func TestPatch(t *testing.T) {
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("patch is not installed")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 40 {
		a := strings.Join(randomLines(rng, rng.IntN(30)), "")
		b := strings.Join(mutate(rng, splitLines(a)), "")
		if i%3 == 0 {
			a = strings.TrimSuffix(a, "\n")
		}
		if i%4 == 0 {
			b = strings.TrimSuffix(b, "\n")
		}
		u := Unified("a/draft.txt", "b/draft.txt", []byte(a), []byte(b))
		if u == "" {
			continue
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "draft.txt"), []byte(a), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(patch, "-p1", "--quiet", "--force")
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(u)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("patch rejected\n%s\n%v: %s", u, err, out)
		}
		got, err := os.ReadFile(filepath.Join(dir, "draft.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != b {
			t.Fatalf("patch applied\n%s\nto %q gives %q, want %q", u, a, got, b)
		}
	}
}

func BenchmarkUnified(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	var x []string
	for i := range 2000 {
		x = append(x, fmt.Sprintf("line %d %d\n", i, rng.IntN(3)))
	}
	y := append([]string(nil), x...)
	for i := 0; i < len(y); i += 50 {
		y[i] = "changed\n"
	}
	xs, ys := []byte(strings.Join(x, "")), []byte(strings.Join(y, ""))
	for b.Loop() {
		Unified("a", "b", xs, ys)
	}
}

func randomLines(rng *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = string(rune('a'+rng.IntN(4))) + "\n"
	}
	return out
}

// mutate deletes, inserts and changes a few lines of a.
func mutate(rng *rand.Rand, a []string) []string {
	out := append([]string(nil), a...)
	for range rng.IntN(5) {
		switch i := rng.IntN(len(out) + 1); rng.IntN(3) {
		case 0:
			if i < len(out) {
				out = append(out[:i], out[i+1:]...)
			}
		case 1:
			out = append(out[:i], append([]string{"new " + strconv.Itoa(rng.IntN(3)) + "\n"}, out[i:]...)...)
		default:
			if i < len(out) {
				out[i] = "changed\n"
			}
		}
	}
	return out
}

// lcs returns the length of a longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	for i := range a {
		cur := make([]int, len(b)+1)
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

// apply applies a unified diff to a, checking every context and deleted line.
func apply(a, u string) (string, error) {
	lines := splitLines(u)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", fmt.Errorf("no header")
	}
	src := splitLines(a)
	var out []string
	at := 0 // next line of src to copy
	for i := 2; i < len(lines); {
		var aStart, aLen, bStart, bLen int
		h := strings.TrimSuffix(lines[i], "\n")
		if _, err := fmt.Sscanf(h, "@@ -%s +%s @@", new(string), new(string)); err != nil {
			return "", fmt.Errorf("bad hunk header %q", h)
		}
		f := strings.Fields(h)
		aStart, aLen = parseRange(f[1][1:])
		bStart, bLen = parseRange(f[2][1:])
		first := aStart - 1
		if aLen == 0 {
			first = aStart
		}
		if first < at {
			return "", fmt.Errorf("hunk %q overlaps the one before", h)
		}
		out = append(out, src[at:first]...)
		at = first
		i++
		gotA, gotB := 0, 0
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			l := lines[i]
			i++
			text := l[1:]
			if i < len(lines) && lines[i] == "\\ No newline at end of file\n" {
				text = strings.TrimSuffix(text, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if at >= len(src) || src[at] != text {
					return "", fmt.Errorf("line %d is %q, the diff says %q", at+1, src[at], text)
				}
				at++
				gotA++
				if l[0] == ' ' {
					out = append(out, text)
					gotB++
				}
			case '+':
				out = append(out, text)
				gotB++
			default:
				return "", fmt.Errorf("bad diff line %q", l)
			}
		}
		if gotA != aLen || gotB != bLen {
			return "", fmt.Errorf("hunk %q has %d and %d lines", h, gotA, gotB)
		}
		if bLen > 0 && bStart-1 != len(out)-gotB || bLen == 0 && bStart != len(out) {
			return "", fmt.Errorf("hunk %q starts at line %d of the new text", h, len(out)-gotB+1)
		}
	}
	out = append(out, src[at:]...)
	return strings.Join(out, ""), nil
}

// parseRange reads "5,3" or "5" (one line).
func parseRange(s string) (start, n int) {
	a, b, ok := strings.Cut(s, ",")
	start, _ = strconv.Atoi(a)
	n = 1
	if ok {
		n, _ = strconv.Atoi(b)
	}
	return start, n
}
