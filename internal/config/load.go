package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apologylint/apologylint/internal/lint"
)

// Loader reads configuration files, each once, and finds the one that governs a folder. It is
// not safe for concurrent use: the command line loads everything before it lints.
type Loader struct {
	builtin []string // the registry's rule IDs, sorted
	wd      string   // paths in errors are shown relative to it when they lie under it
	files   map[string]*Config
	dirs    map[string]*Config
	loading []string // the extends chain being read, to catch cycles
}

// defaults is the Config of files that no configuration governs.
var defaults = &Config{}

// NewLoader returns a Loader that checks rule IDs against builtin and shows paths relative to
// the working directory wd.
func NewLoader(builtin []lint.Rule, wd string) *Loader {
	ids := make([]string, len(builtin))
	for i, r := range builtin {
		ids[i] = r.ID
	}
	slices.Sort(ids)
	return &Loader{builtin: ids, wd: wd, files: map[string]*Config{}, dirs: map[string]*Config{}}
}

// Defaults returns the configuration of a file that no configuration file governs.
func Defaults() *Config { return defaults }

// Find returns the configuration that governs the files in dir: the nearest configuration file in
// dir or a folder above it, looking no further up than the repository root (the folder that holds
// .git) or the filesystem root. With none, it returns Defaults().
func (l *Loader) Find(dir string) (*Config, error) {
	dir = l.abs(dir)
	var walked []string
	found := func(c *Config) (*Config, error) {
		for _, d := range walked {
			l.dirs[d] = c
		}
		return c, nil
	}
	for {
		if c, ok := l.dirs[dir]; ok {
			return found(c)
		}
		walked = append(walked, dir)
		path, err := l.lookup(dir)
		if err != nil {
			return nil, err
		}
		if path != "" {
			c, err := l.Load(path)
			if err != nil {
				return nil, err
			}
			return found(c)
		}
		parent := filepath.Dir(dir)
		if parent == dir || isRepoRoot(dir) {
			return found(defaults)
		}
		dir = parent
	}
}

// lookup returns the configuration file in dir, or "" when there is none. Two files, one under
// each name, are an error: which one counts would be a guess.
func (l *Loader) lookup(dir string) (string, error) {
	var found []string
	for _, name := range Names {
		p := filepath.Join(dir, name)
		info, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		if !info.IsDir() {
			found = append(found, p)
		}
	}
	if len(found) > 1 {
		return "", &Error{Path: l.show(found[0]), Msg: fmt.Sprintf("%s is there too; keep one of the two", filepath.Base(found[1]))}
	}
	if len(found) == 1 {
		return found[0], nil
	}
	return "", nil
}

// isRepoRoot reports whether dir holds .git, as a folder or as the file a worktree has.
func isRepoRoot(dir string) bool {
	_, err := os.Lstat(filepath.Join(dir, ".git"))
	return err == nil
}

// Load reads the configuration file at path and the files it extends.
func (l *Loader) Load(path string) (*Config, error) {
	path = l.abs(path)
	if c, ok := l.files[path]; ok {
		return c, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	l.loading = append(l.loading, path)
	defer func() { l.loading = l.loading[:len(l.loading)-1] }()
	c, err := l.decode(path, raw)
	if err != nil {
		return nil, err
	}
	l.files[path] = c
	return c, nil
}

// abs makes path absolute against the working directory.
func (l *Loader) abs(path string) string {
	if filepath.IsAbs(path) {
		return filepath.Clean(path)
	}
	return filepath.Join(l.wd, path)
}

// show returns the path to print for an absolute path: relative to the working directory when it
// lies under it.
func (l *Loader) show(path string) string {
	if rel, err := filepath.Rel(l.wd, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return rel
	}
	return path
}
