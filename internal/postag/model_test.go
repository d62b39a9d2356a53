package postag

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apologylint/apologylint/internal/postag/internal/modelgen"
	"github.com/mingrammer/commonregex"
)

// TestModelIsCurrent regenerates perceptron.bin from prose's assets and compares it with the
// embedded file, so that an upgrade of prose cannot leave the two apart.
func TestModelIsCurrent(t *testing.T) {
	p, err := modelgen.LoadProse()
	if err != nil {
		t.Fatal(err)
	}
	b, err := modelgen.Build(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != modelFile {
		t.Fatalf("perceptron.bin (%d bytes) differs from the model built from prose (%d bytes): run go generate ./internal/postag", len(modelFile), len(b))
	}
}

// TestModelReadsBack looks every feature and dictionary word of prose's model up in the file.
func TestModelReadsBack(t *testing.T) {
	p, err := modelgen.LoadProse()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.classes, p.Classes) {
		t.Fatalf("classes %q, prose has %q", m.classes, p.Classes)
	}
	for word, tag := range p.Tags {
		off, ok := m.find(m.dict, newKey(word), "", "", 0)
		if !ok || m.classes[u32(m.data, off+1)&63] != tag {
			t.Fatalf("dictionary word %q: want %q", word, tag)
		}
	}
	for key, ws := range p.Weights {
		var sc scores
		m.add(&sc, newKey(key), "", "", 0)
		for c, name := range m.classes {
			if w := ws[name]; float64(sc.v[c])/1000 != w || (sc.seen&(1<<c) != 0) != (w != 0) {
				t.Fatalf("feature %q, class %q: read %d thousandths, prose has %v", key, name, sc.v[c], w)
			}
		}
	}
	if _, ok := m.find(m.feats, fWord, "no such word here", "", 1); ok {
		t.Fatal("found a feature that is not in the model")
	}
}

// TestPatternsMatchProse compares the copied regular expressions and emoticons with the source
// of prose and commonregex.
func TestPatternsMatchProse(t *testing.T) {
	if commonregex.LinkPattern != linkPattern || commonregex.EmailPattern != emailPattern {
		t.Error("linkPattern or emailPattern differs from commonregex's")
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2").Output()
	if err != nil {
		t.Skipf("cannot locate prose's source: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	vars := map[string]ast.Expr{}
	fset := token.NewFileSet()
	for _, name := range []string{"tag.go", "tokenize.go"} {
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					v := s.(*ast.ValueSpec)
					if len(v.Names) == 1 && len(v.Values) == 1 {
						vars[v.Names[0].Name] = v.Values[0]
					}
				}
			}
		}
	}
	str := func(e ast.Expr) string {
		s, err := strconv.Unquote(e.(*ast.BasicLit).Value)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for name, want := range map[string]string{"none": nonePattern, "keep": keepPattern} {
		call, ok := vars[name].(*ast.CallExpr)
		if !ok || str(call.Args[0]) != want {
			t.Errorf("prose's %s is not %q", name, want)
		}
	}
	lit, ok := vars["emoticons"].(*ast.CompositeLit)
	if !ok {
		t.Fatal("prose's emoticons not found")
	}
	var theirs, ours []string
	for _, e := range lit.Elts {
		theirs = append(theirs, str(e.(*ast.KeyValueExpr).Key))
	}
	f, err := parser.ParseFile(fset, "postag.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name != "isEmoticon" {
			return false
		}
		if c, ok := n.(*ast.CaseClause); ok {
			for _, e := range c.List {
				ours = append(ours, str(e))
			}
		}
		return true
	})
	slices.Sort(theirs)
	slices.Sort(ours)
	if !slices.Equal(ours, theirs) {
		t.Errorf("isEmoticon lists %q,\nprose's emoticons are %q", ours, theirs)
	}
	for _, e := range theirs {
		if !isEmoticon(e) {
			t.Errorf("isEmoticon(%q) is false", e)
		}
	}
}

// FuzzGates checks the cheap tests that decide whether a regular expression runs: where a test
// says a word cannot match, the expression must not match.
func FuzzGates(f *testing.F) {
	for _, s := range []string{"www.x.org", "a.bc", "x.y", ".ab", "me@x.io", "@bob", "0", "*T*-12", "-LRB-", "é.é", "(a.b)c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if len(w) > 256 {
			return // a word, not a text: the expressions are slow on long inputs
		}
		if got, want := isLink(w), linkRegex().MatchString(w); got != want {
			t.Errorf("isLink(%q) = %v, LinkRegex %v", w, got, want)
		}
		if got, want := isEmail(w), emailRegex().MatchString(w); got != want {
			t.Errorf("isEmail(%q) = %v, EmailRegex %v", w, got, want)
		}
		if got, want := isNone(w), noneRegex().MatchString(w); got != want {
			t.Errorf("isNone(%q) = %v, none %v", w, got, want)
		}
		if got, want := isKeep(w), keepRegex().MatchString(w); got != want {
			t.Errorf("isKeep(%q) = %v, keep %v", w, got, want)
		}
	})
}
