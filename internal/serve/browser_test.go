package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"image/png"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/serve"
	"github.com/apologylint/apologylint/rules"
)

var screenshot = flag.String("screenshot", "", "write the browser test's screenshot to this PNG `file` (go test ./internal/serve -run TestBrowser -screenshot ../../docs/serve.png)")

// browserDraft has a non-apology ("sorry if") after an emoji with a skin tone and an accent, a
// remedy and a contact but no prevention, and a stock greeting to fix.
const browserDraft = "Dear valued customer 👋🏽,\n\n" +
	"We're sorry if anyone was upset by Tuesday's outage at the Café Zoë shop. " +
	"We refunded your order in full, and you can reply to this email with any question.\n\n" +
	"Sam Patel\n"

// valued is what fixRule replaces.
var valued = regexp.MustCompile(`\bvalued customer\b`)

// fixRule stands in for a registry rule with a fix while none offers one for browserDraft: it
// turns "valued customer" into "customer".
var fixRule = lint.Rule{
	ID: "stock-greeting", Scope: lint.ScopeSpan, Severity: lint.Info,
	Doc: lint.Doc{
		Summary: "greeting that reads as a form letter",
		Explain: "A test rule with a fix.",
		Bad:     "Dear valued customer,",
		Good:    "Dear customer,",
	},
	Check: func(p *lint.Pass) []lint.Finding {
		var out []lint.Finding
		for _, sp := range p.Doc.Find(valued) {
			out = append(out, lint.Finding{Span: sp, Message: `"valued customer" is stock praise`, Fix: &lint.Fix{Span: sp, Text: "customer"}})
		}
		return out
	},
}

// chromium returns the path of a Chromium or Chrome binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("skipping the browser test: no Chromium found (on Debian: apt-get install chromium chromium-driver)")
	return ""
}

// startServer serves the page on a free loopback port with the server the command uses, and
// returns its URL.
func startServer(t *testing.T, ruleSet func(rules.Settings) []lint.Rule) string {
	t.Helper()
	h, err := serve.New(serve.Options{Dir: t.TempDir(), RuleSet: ruleSet})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := serve.NewServer(h, log.New(os.Stderr, "serve: ", 0))
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// lintReport asks the API of the server at url about text.
func lintReport(t *testing.T, url, text string) (response, file) {
	t.Helper()
	res, err := http.Post(url+"api/lint", "application/json", bytes.NewReader(request(t, text, "txt", 0)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	var r response
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil || len(r.Files) != 1 {
		t.Fatalf("POST /api/lint: %d files, %v", len(r.Files), err)
	}
	return r, decode[file](t, r.Files[0])
}

// TestBrowser drives the page in headless Chromium: it types a draft, checks the highlight of a
// finding after an emoji, the check-list and a fix, and takes a screenshot.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	ruleSet := rules.All
	url := startServer(t, ruleSet)
	if _, f := lintReport(t, url, browserDraft); !hasFix(f) {
		t.Log("no rule of the registry offers a fix for the draft yet: a test rule stands in")
		ruleSet = func(s rules.Settings) []lint.Rule { return append(rules.All(s), fixRule) }
		url = startServer(t, ruleSet)
	}
	r, f := lintReport(t, url, browserDraft)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 960),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	ctx, cancelBrowser := chromedp.NewContext(ctx, chromedp.WithErrorf(t.Logf))
	defer cancelBrowser()

	do := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	value := func() string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Value(chromedp.ID("draft")))
		if err != nil {
			t.Fatalf("read the draft: %v", err)
		}
		return v
	}
	do("open the page", chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="true"]`)))
	do("type the draft",
		chromedp.Click(chromedp.ID("draft")),
		chromedp.SendKeys(chromedp.ID("draft"), browserDraft),
		chromedp.WaitVisible(chromedp.CSS(`body[data-fresh="true"]`)))
	if typed := value(); typed != browserDraft {
		t.Fatalf("the text area holds %q, want %q", typed, browserDraft)
	}

	// The highlight of the non-apology covers exactly its words: the marks of the finding hold
	// them, and the backdrop's text before the first mark is the draft up to them.
	want := -1
	for i, fd := range f.Findings {
		if fd.Rule == "non-apology" {
			want = i
			break
		}
	}
	if want < 0 {
		t.Fatalf("the API reports no non-apology for the draft")
	}
	phrase := browserDraft[*f.Findings[want].Offset:*f.Findings[want].EndOffset]
	if phrase != "sorry if" {
		t.Fatalf("the non-apology is %q, want %q", phrase, "sorry if")
	}
	type highlight struct {
		Index  string `json:"index"`
		Before string `json:"before"`
		Marked string `json:"marked"`
		Marks  int    `json:"marks"`
	}
	hl, err := chromedp.Run(ctx, chromedp.Evaluate[highlight](`(() => {
		const li = document.querySelector('#findings li[data-rule="non-apology"]');
		const ids = (m) => (m.dataset.findings || '').split(' ');
		const marks = [...document.querySelectorAll('#backdrop mark')].filter((m) => ids(m).includes(li.dataset.index));
		let before = '';
		for (const n of document.getElementById('backdrop').childNodes) {
			if (n === marks[0]) break;
			before += n.textContent;
		}
		return {index: li.dataset.index, before, marked: marks.map((m) => m.textContent).join(''), marks: marks.length};
	})()`))
	if err != nil {
		t.Fatalf("read the highlight: %v", err)
	}
	if hl.Index != fmt.Sprint(want) || hl.Marks == 0 {
		t.Fatalf("the non-apology is note %s with %d marks, want note %d with marks", hl.Index, hl.Marks, want)
	}
	if hl.Marked != phrase {
		t.Errorf("the highlight covers %q, want %q", hl.Marked, phrase)
	}
	if wantBefore := browserDraft[:*f.Findings[want].Offset]; hl.Before != wantBefore {
		t.Errorf("the highlight starts after %q, want after %q", hl.Before, wantBefore)
	}

	// The check-list shows prevention missing, and every part as the API reports it.
	present, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](
		`Object.fromEntries([...document.querySelectorAll('#checklist li')].map((li) => [li.dataset.part, li.dataset.present]))`))
	if err != nil {
		t.Fatalf("read the check-list: %v", err)
	}
	if len(present) != len(f.Structure) {
		t.Errorf("the check-list has %d parts, want %d", len(present), len(f.Structure))
	}
	for name, part := range f.Structure {
		if got := present[name]; got != fmt.Sprint(part.Present) {
			t.Errorf("check-list: %s present %q, want %v", name, got, part.Present)
		}
	}
	if present["prevention"] != "false" {
		t.Errorf("check-list: prevention present %q, want false", present["prevention"])
	}

	// Choosing the note selects its words in the text area, in UTF-16 units.
	do("choose the note", chromedp.Click(chromedp.CSS(`#findings li[data-rule="non-apology"] .message`)))
	sel, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.getElementById('draft').selectionStart, document.getElementById('draft').selectionEnd]`))
	if sp := r.Spans[want]; err != nil || len(sel) != 2 || sel[0] != sp.UTF16Offset || sel[1] != sp.UTF16EndOffset {
		t.Errorf("selection %v (%v), want [%d %d]", sel, err, sp.UTF16Offset, sp.UTF16EndOffset)
	}
	// The rule's explanation is one click away.
	do("explain the rule", chromedp.Click(chromedp.CSS(`#findings li[data-rule="non-apology"] button.rule`)),
		chromedp.WaitVisible(chromedp.ID("rule-doc")))
	bad, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("rule-bad")))
	if err != nil || bad == "" {
		t.Errorf("the explanation of non-apology shows no bad example (%v)", err)
	}
	do("close the explanation", chromedp.Click(chromedp.ID("rule-close")), chromedp.WaitNotVisible(chromedp.ID("rule-doc")))

	// Show where the remedy is, choose the non-apology, and take the screenshot.
	do("show the remedy",
		chromedp.Click(chromedp.CSS(`#checklist li[data-part="remedy"] button`)),
		chromedp.Click(chromedp.CSS(`#findings li[data-rule="non-apology"] .message`)),
		chromedp.Sleep(500*time.Millisecond)) // the list scrolls smoothly
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("take a screenshot: %v", err)
	}
	if _, err := png.Decode(bytes.NewReader(shot)); err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	path := *screenshot
	if path == "" {
		path = filepath.Join(t.TempDir(), "serve.png")
	}
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)

	// Apply the first fix the page offers, and check the text changed as the fix says.
	fix := -1
	for i, fd := range f.Findings {
		if fd.Fix != nil {
			fix = i
			break
		}
	}
	fd := f.Findings[fix]
	fixed := browserDraft[:fd.Fix.Offset] + fd.Fix.Text + browserDraft[fd.Fix.EndOffset:]
	do("apply the fix",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`#findings li[data-index="%d"] button.apply`, fix))),
		chromedp.WaitVisible(chromedp.CSS(`body[data-fresh="true"]`)))
	if after := value(); after != fixed {
		t.Errorf("after the fix of %s the draft is %q, want %q", fd.Rule, after, fixed)
	}
	left, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#findings button.apply').length`))
	if err != nil {
		t.Fatal(err)
	}
	if _, f2 := lintReport(t, url, fixed); countFixes(f2) != left {
		t.Errorf("the page offers %d fixes after the fix, the API %d", left, countFixes(f2))
	}
}

func hasFix(f file) bool { return countFixes(f) > 0 }

func countFixes(f file) int {
	n := 0
	for _, fd := range f.Findings {
		if fd.Fix != nil {
			n++
		}
	}
	return n
}
