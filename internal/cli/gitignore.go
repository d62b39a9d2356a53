package cli

import (
	"bufio"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// ignoreFiles holds the .gitignore patterns that apply to one directory walk. Patterns are matched
// against paths relative to base, the repository root, so a .gitignore above the walked
// directory counts as it does for git; each pattern is scoped to the folder of its file.
//
// A nil *ignoreFiles ignores nothing, which is what --no-gitignore asks for.
type ignoreFiles struct {
	base     string
	patterns []gitignore.Pattern
}

// newGitignore prepares the patterns for a walk of root (absolute): it finds the repository root
// above root (the folder holding .git; root itself when there is none) and reads the .gitignore
// files of the folders from there down to root's parent. The walk reads the rest as it goes.
func newGitignore(root string) *ignoreFiles {
	g := &ignoreFiles{base: root}
	var above []string
	for dir := root; !isRepoRoot(dir); {
		parent := filepath.Dir(dir)
		if parent == dir {
			above = nil // no repository: only the walked folders' own files count
			break
		}
		dir = parent
		above = append(above, dir)
		g.base = dir
	}
	if above == nil {
		g.base = root
	}
	for i := len(above) - 1; i >= 0; i-- {
		_ = g.read(above[i]) // a folder above the walk is not reported on
	}
	return g
}

// read adds the patterns of dir's .gitignore (dir absolute). A missing file is no error.
func (g *ignoreFiles) read(dir string) error {
	if g == nil {
		return nil
	}
	raw, err := os.ReadFile(filepath.Join(dir, ".gitignore"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	domain := g.components(dir)
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		g.patterns = append(g.patterns, gitignore.ParsePattern(line, domain))
	}
	return sc.Err()
}

// isRepoRoot reports whether dir holds .git, as a folder or as the file a worktree has.
func isRepoRoot(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, ".git"))
	return err == nil
}

// ignored reports whether the .gitignore patterns read so far leave out path (absolute).
func (g *ignoreFiles) ignored(path string, isDir bool) bool {
	if g == nil || len(g.patterns) == 0 {
		return false
	}
	c := g.components(path)
	if c == nil {
		return false
	}
	return gitignore.NewMatcher(g.patterns).Match(c, isDir)
}

// components splits path (absolute) into its folder names below base; nil for base itself or a
// path outside it.
func (g *ignoreFiles) components(path string) []string {
	rel, err := filepath.Rel(g.base, path)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil
	}
	return strings.Split(filepath.ToSlash(rel), "/")
}
