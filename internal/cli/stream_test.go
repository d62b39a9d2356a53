package cli

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/rules"
)

func TestOrderedKeepsOrder(t *testing.T) {
	tests := []struct{ n, workers, window int }{
		{0, 1, 1},
		{1, 4, 8},
		{50, 1, 1},
		{200, 4, 1},
		{200, 4, 8},
		{200, 8, 3},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("n=%d,workers=%d,window=%d", tt.n, tt.workers, tt.window), func(t *testing.T) {
			var got []int
			err := ordered(tt.n, tt.workers, tt.window,
				func(i int) int {
					time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
					return i
				},
				func(i int) error {
					got = append(got, i)
					return nil
				}, nil)
			if err != nil {
				t.Fatalf("ordered error = %v, want nil", err)
			}
			want := make([]int, tt.n)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(got, want) {
				t.Errorf("emitted %v, want %v", got, want)
			}
		})
	}
}

// TestOrderedBoundsInFlight holds the first result up, which would let every later one pile up
// in a pool without a window, and checks that no more than the window is ever in flight.
func TestOrderedBoundsInFlight(t *testing.T) {
	const n, workers, window = 300, 4, 8
	var live, peak atomic.Int64
	err := ordered(n, workers, window,
		func(i int) int {
			cur := live.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			if i%100 == 0 {
				time.Sleep(50 * time.Millisecond)
			}
			return i
		},
		func(int) error {
			live.Add(-1)
			return nil
		}, nil)
	if err != nil {
		t.Fatalf("ordered error = %v, want nil", err)
	}
	if got := peak.Load(); got > window {
		t.Errorf("at most %d results in flight, want at most %d", got, window)
	} else if got < window {
		t.Errorf("at most %d results in flight while one was slow, want the window, %d, filled", got, window)
	}
}

func TestOrderedStopsOnEmitError(t *testing.T) {
	const n, workers, window = 1000, 4, 8
	errFull := errors.New("disk full")
	var calls, emitted atomic.Int64
	err := ordered(n, workers, window,
		func(i int) int {
			calls.Add(1)
			return i
		},
		func(i int) error {
			emitted.Add(1)
			if i == 5 {
				return errFull
			}
			return nil
		}, nil)
	if !errors.Is(err, errFull) {
		t.Errorf("ordered error = %v, want %v", err, errFull)
	}
	if got := emitted.Load(); got != 6 {
		t.Errorf("emit called %d times, want 6: none after the error", got)
	}
	// Result 5 never gives its slot back, so at most window-1 calls start after it.
	if got := calls.Load(); got > 5+window {
		t.Errorf("do called %d times, want at most %d after emit failed", got, 5+window)
	}
}

// TestOrderedIdle checks that idle runs whenever the emitter would wait, so that held-back
// output is written before a slow file, and that its error stops the run as emit's does.
func TestOrderedIdle(t *testing.T) {
	var out []string
	release := make(chan struct{})
	err := ordered(3, 1, 3,
		func(i int) int {
			if i == 1 {
				<-release // slow: the emitter waits for it with result 0 emitted
			}
			return i
		},
		func(i int) error {
			out = append(out, fmt.Sprint("emit ", i))
			return nil
		},
		func() error {
			out = append(out, "idle")
			if len(out) > 1 && out[len(out)-2] == "emit 0" {
				close(release)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.Index(out, "emit 0"); i < 0 || i+1 >= len(out) || out[i+1] != "idle" {
		t.Errorf("calls %q: want idle right after emit 0, while result 1 is late", out)
	}
	errGone := errors.New("reader gone")
	var emitted atomic.Int64
	err = ordered(100, 2, 4, func(i int) int { return i },
		func(int) error { emitted.Add(1); return nil },
		func() error { return errGone })
	if !errors.Is(err, errGone) {
		t.Errorf("ordered error = %v, want the idle error", err)
	}
	if emitted.Load() == 100 {
		t.Errorf("every result emitted after idle failed")
	}
}

func TestBatchWriter(t *testing.T) {
	var w countingWriter
	b := newBatchWriter(&w)
	chunk := strings.Repeat("x", 1000)
	for range 200 {
		if _, err := b.Write([]byte(chunk)); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Flush(); err != nil {
		t.Fatal(err)
	}
	if w.n != 200*len(chunk) {
		t.Errorf("wrote %d bytes, want %d", w.n, 200*len(chunk))
	}
	if want := 200*len(chunk)/batchSize + 1; w.writes > want {
		t.Errorf("%d writes for %d bytes, want at most %d", w.writes, w.n, want)
	}
	// The first error sticks.
	b = newBatchWriter(&epipeWriter{})
	if _, err := b.Write(make([]byte, batchSize)); err == nil {
		t.Fatal("write of a full batch to a closed pipe succeeded")
	}
	if _, err := b.Write([]byte("x")); err == nil || b.Flush() == nil {
		t.Error("writes after a failed one succeed")
	}
}

type countingWriter struct{ n, writes int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.writes++
	return len(p), nil
}

// TestOutputIgnoresScheduling lints many files with rules that take a random time, on more
// workers than files finish in order, and checks that every run prints the same bytes.
func TestOutputIgnoresScheduling(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(8))
	slow := func(s rules.Settings) []lint.Rule {
		rs := fakeRules(s)
		for i, r := range rs {
			check := r.Check
			rs[i].Check = func(p *lint.Pass) []lint.Finding {
				time.Sleep(time.Duration(rand.IntN(2000)) * time.Microsecond)
				return check(p)
			}
		}
		return rs
	}
	files := map[string]string{}
	for i := range 60 {
		files[fmt.Sprintf("d%02d.txt", i)] = strings.Repeat("Sorry! ", i%5+1) + "\n"
	}
	files["d07.txt"] = "a\x00b" // an error entry among the files
	files["d31.txt"] = "ab\xffc"
	dir := writeFiles(t, files)
	for _, format := range []string{"text", "json", "sarif", "checkstyle"} {
		t.Run(format, func(t *testing.T) {
			var first result
			for run := range 4 {
				r := runWith(t, "", map[string]string{}, slow, "--no-config", "--format", format, dir)
				if r.code != ExitError {
					t.Fatalf("exit code = %d, want %d\n%s", r.code, ExitError, r.stderr)
				}
				if run == 0 {
					first = r
					continue
				}
				if r.stdout != first.stdout {
					t.Fatalf("run %d printed\n%s\nrun 0 printed\n%s", run, r.stdout, first.stdout)
				}
			}
			if format != "json" {
				return
			}
			out := decodeJSON(t, first.stdout)
			var want []string
			for i := range 60 {
				if i != 7 && i != 31 {
					want = append(want, filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)))
				}
			}
			if got := out.paths(); !slices.Equal(got, want) {
				t.Errorf("linted paths = %q, want %q", got, want)
			}
			if len(out.Errors) != 2 || out.Errors[0].Path != filepath.Join(dir, "d07.txt") {
				t.Errorf("errors = %+v, want d07.txt then d31.txt", out.Errors)
			}
		})
	}
}

type brokenWriter struct {
	mu     sync.Mutex
	writes int
}

func (w *brokenWriter) Write([]byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes++
	return 0, errors.New("broken pipe")
}

// TestWriteErrorStopsRun checks that a report that cannot be written ends the run with one error
// line, without linting the files that are left.
func TestWriteErrorStopsRun(t *testing.T) {
	files := map[string]string{}
	for i := range 40 {
		files[fmt.Sprintf("d%02d.txt", i)] = "Sorry!\n"
	}
	dir := writeFiles(t, files)
	var linted atomic.Int64
	counting := func(s rules.Settings) []lint.Rule {
		rs := fakeRules(s)
		check := rs[0].Check
		rs[0].Check = func(p *lint.Pass) []lint.Finding {
			linted.Add(1)
			return check(p)
		}
		return rs
	}
	var stderr strings.Builder
	w := &brokenWriter{}
	code := run([]string{"--no-config", "--format", "github", dir}, strings.NewReader(""), w, &stderr, func(string) string { return "" }, counting)
	if code != ExitError {
		t.Errorf("exit code = %d, want %d", code, ExitError)
	}
	if got := stderr.String(); !strings.HasPrefix(got, "apologylint: write report: broken pipe") || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr = %q, want one line about the report", got)
	}
	// The report is written when the run waits for a file (batchWriter), so up to a window of
	// results may be emitted into the batch before the write that fails, and a window more be
	// under way when it does.
	if got, limit := linted.Load(), int64(1+2*windowPerWorker*poolSize(40)); got > limit {
		t.Errorf("linted %d files after the first write failed, want at most %d", got, limit)
	}
}
