package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apologylint/apologylint/internal/printer"
)

// input is one draft to lint: a file to read, or standard input already read.
type input struct {
	path  string // as printed: as given, or joined onto the directory given
	stdin bool
	raw   []byte // standard input's bytes
}

// inputs are the drafts of a run and the paths that could not be used.
type inputs struct {
	files  []input
	errors []printer.FileError
}

// skippedDirs are never walked into: they hold tooling, dependencies or version control data,
// not drafts.
var skippedDirs = map[string]bool{".git": true, "node_modules": true, "vendor": true}

// collect turns the PATH arguments into inputs, sorted by path with duplicates dropped. A path
// that does not exist, or a directory that cannot be read, becomes an error entry. A directory is
// walked for the files with the extensions of cfg, leaving out what the configuration governing
// each folder ignores and, unless turned off, what .gitignore files leave out. A file named on
// the command line is always linted. The error is a configuration that cannot be read, which
// stops the run.
func collect(args []string, stdin io.Reader, cfg settings, confs *configs) (inputs, error) {
	var in inputs
	seen := map[string]bool{}
	add := func(i input) {
		if !seen[i.path] {
			seen[i.path] = true
			in.files = append(in.files, i)
		}
	}
	readStdin := false
	for _, arg := range args {
		if arg == "-" {
			if readStdin {
				continue
			}
			readStdin = true
			df, err := readStandardInput(stdin)
			if err != nil {
				in.errors = append(in.errors, printer.FileError{Path: cfg.stdinName, Message: err.Error()})
				continue
			}
			add(input{path: cfg.stdinName, stdin: true, raw: df.text})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			in.errors = append(in.errors, printer.FileError{Path: arg, Message: pathMessage(err)})
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				in.errors = append(in.errors, printer.FileError{Path: arg, Message: errNotRegular.Error()})
				continue
			}
			add(input{path: arg})
			continue
		}
		w := walker{exts: cfg.exts, confs: confs}
		if cfg.gitignore {
			w.git = newGitignore(confs.abs(arg))
		}
		walkErrs, err := w.walk(arg, func(p string) { add(input{path: p}) })
		if err != nil {
			return in, err
		}
		in.errors = append(in.errors, walkErrs...)
	}
	sort.SliceStable(in.files, func(i, j int) bool { return in.files[i].path < in.files[j].path })
	sortErrors(in.errors)
	return in, nil
}

// sortErrors orders error entries by path, keeping the order of entries for the same path.
func sortErrors(errs []printer.FileError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
}

// walker finds the drafts under a directory.
type walker struct {
	exts  map[string]bool
	confs *configs
	git   *ignoreFiles // nil: .gitignore files are not read
}

// walk calls found for every file under root whose extension is in exts, in lexical order,
// skipping hidden folders, skippedDirs and what the configuration or .gitignore files leave out.
// It returns the folders it could not read, and a configuration that could not be read.
func (w walker) walk(root string, found func(string)) ([]printer.FileError, error) {
	var errs []printer.FileError
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, printer.FileError{Path: p, Message: pathMessage(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		abs := w.confs.abs(p)
		if d.IsDir() {
			if p != root {
				if skippedDirs[d.Name()] || strings.HasPrefix(d.Name(), ".") || w.git.ignored(abs, true) {
					return fs.SkipDir
				}
				c, err := w.confs.forDir(abs)
				if err != nil {
					return err
				}
				if c.Ignored(abs) {
					return fs.SkipDir
				}
			}
			if gerr := w.git.read(abs); gerr != nil {
				errs = append(errs, printer.FileError{Path: filepath.Join(p, ".gitignore"), Message: pathMessage(gerr)})
			}
			return nil
		}
		if !w.exts[strings.ToLower(filepath.Ext(p))] || w.git.ignored(abs, false) {
			return nil
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			// A link to a file is followed; a link to a directory is not, which is what keeps
			// a link to a parent folder from walking in circles. A link that leads nowhere
			// (dangling, or a loop) is reported: it has a draft's name.
			info, err := os.Stat(p)
			switch {
			case err != nil:
				errs = append(errs, printer.FileError{Path: p, Message: pathMessage(err)})
				return nil
			case !info.Mode().IsRegular():
				return nil
			}
		case !t.IsRegular():
			return nil // a FIFO, socket or device: never opened, since opening a FIFO blocks
		}
		c, err := w.confs.forDir(filepath.Dir(abs))
		if err != nil {
			return err
		}
		if !c.Ignored(abs) {
			found(p)
		}
		return nil
	})
	return errs, err
}

// pathMessage returns what went wrong with a path without repeating the path, which the report
// prints next to it.
func pathMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
