package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/apologylint/apologylint/internal/lint"
	"github.com/apologylint/apologylint/internal/serve"
	"github.com/apologylint/apologylint/rules"
)

// defaultAddr is where serve listens unless --addr says otherwise: this machine only.
const defaultAddr = "127.0.0.1:8080"

// runServe serves the web page and its API until interrupted. The configuration is found once,
// from the working directory, as for a draft there; after that nothing touches the file system.
func runServe(args []string, stdout, stderr io.Writer, ruleSet func(rules.Settings) []lint.Rule) int {
	fs := pflag.NewFlagSet(tool+" serve", pflag.ContinueOnError)
	addr := fs.String("addr", defaultAddr, "listen on `ADDRESS` (host:port); other machines can reach any but loopback")
	open := fs.Bool("open", false, "open the page in the default browser")
	const usage = "Usage:\n  apologylint serve [--addr 127.0.0.1:8080] [--open]\n\n" +
		"Serves a web page to paste or type a draft into, with the findings shown as you\n" +
		"type, and its JSON API (POST /api/lint, GET /api/rules). The configuration found\n" +
		"from the working directory applies. Drafts are neither logged nor stored.\n\nFlags:\n"
	if code := subcommand(fs, args, stderr, usage); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return fail(stderr, fmt.Errorf("serve takes no arguments, got %q", fs.Arg(0)))
	}
	wd, err := os.Getwd()
	if err != nil {
		return fail(stderr, err)
	}
	res, err := newResolver(settings{}, wd, ruleSet)
	if err != nil {
		return fail(stderr, err)
	}
	conf, err := res.forDir(wd)
	if err != nil {
		return fail(stderr, err)
	}
	h, err := serve.New(serve.Options{Config: conf, Dir: wd, RuleSet: ruleSet, Tool: tool, Version: programVersion()})
	if err != nil {
		return fail(stderr, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fail(stderr, err)
	}
	url, loopback := pageURL(ln.Addr())
	if !loopback {
		_, _ = fmt.Fprintf(stderr, "%s: warning: %s is not a loopback address: other machines can reach the page and lint text with it\n", tool, *addr)
	}
	if _, err := fmt.Fprintf(stdout, "%s: serving the page on %s (Ctrl-C to stop)\n", tool, url); err != nil {
		_ = ln.Close()
		return fail(stderr, err)
	}
	if *open {
		if err := openBrowser(url); err != nil {
			_, _ = fmt.Fprintf(stderr, "%s: warning: cannot open a browser: %v\n", tool, err)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := serve.NewServer(h, log.New(stderr, tool+": ", 0))
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fail(stderr, err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fail(stderr, err)
	}
	return ExitClean
}

// pageURL returns the page's URL for a listening address, and whether only this machine can
// reach it. An address that listens everywhere is shown as localhost, which a browser here can
// open.
func pageURL(a net.Addr) (string, bool) {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/", false
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(tcp.Port)) + "/", tcp.IP.IsLoopback()
}

// openBrowser asks the desktop to open url, without waiting for the browser to close.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }() // reap it; whether the browser liked the URL is its business
	return nil
}
