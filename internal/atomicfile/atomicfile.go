// Package atomicfile replaces a file's content so that a reader sees either the old content or
// the new, never a mix, and a failure part way leaves the old content in place.
package atomicfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged reports that a file no longer holds the content it was read with, so replacing it
// would lose someone else's edit.
var ErrChanged = errors.New("changed since it was read")

// Replace writes data to the file at path in place of old, the content the caller read from it.
// It writes a temporary file in the same directory, syncs and closes it, checks that the file
// still holds old, and renames the temporary file over it. The file keeps its permission bits; a
// symbolic link is followed and the file it points to is replaced. On any error, including
// ErrChanged, the file is left as it was and the temporary file is removed.
//
// The check and the rename are two steps, so an edit made between them is still lost; the window
// is as short as a comparison of the file's bytes.
func Replace(path string, old, data []byte) error {
	return replace(path, old, data, nil)
}

// replace is Replace with a hook run between writing the temporary file and renaming it, so that
// tests can make that step fail or change the file under it.
func replace(path string, old, data []byte, beforeRename func(tmp string) error) (err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return &fs.PathError{Op: "replace", Path: path, Err: errors.New("not a regular file")}
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	// A hidden name, so that a directory walk running at the same time skips it.
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()           // may already be closed; the write error is what matters
			_ = os.Remove(tmp.Name()) // nothing more to do if it cannot be removed
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; Chmod sets the original bits exactly, without the umask.
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if beforeRename != nil {
		if err = beforeRename(tmp.Name()); err != nil {
			return err
		}
	}
	now, err := os.ReadFile(target)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, old) {
		return &fs.PathError{Op: "replace", Path: path, Err: ErrChanged}
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir flushes the directory entry that the rename changed, so that the new content survives
// a crash. It is best effort: the file has been replaced already, and some systems cannot sync a
// directory.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
