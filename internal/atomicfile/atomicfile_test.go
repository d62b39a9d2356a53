package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// setup writes content to a file with the given mode in a fresh directory.
func setup(t *testing.T, content string, mode fs.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "reply.txt")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkFile fails unless path holds want.
func checkFile(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s holds %q, want %q", filepath.Base(path), got, want)
	}
}

// checkOnly fails unless dir holds exactly the named entries: no temporary file is left behind.
func checkOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("directory holds %q, want %q", got, names)
	}
	for i := range got {
		if got[i] != names[i] {
			t.Fatalf("directory holds %q, want %q", got, names)
		}
	}
}

func TestReplace(t *testing.T) {
	path := setup(t, "a minor issue\n", 0o640)
	if err := Replace(path, []byte("a minor issue\n"), []byte("an issue\n")); err != nil {
		t.Fatalf("Replace: %v", err)
	}
	checkFile(t, path, "an issue\n")
	checkOnly(t, filepath.Dir(path), "reply.txt")
}

func TestReplaceKeepsMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	for _, mode := range []fs.FileMode{0o600, 0o644, 0o755, 0o444} {
		t.Run(mode.String(), func(t *testing.T) {
			path := setup(t, "old\n", mode)
			if err := Replace(path, []byte("old\n"), []byte("new\n")); err != nil {
				t.Fatalf("Replace: %v", err)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := info.Mode().Perm(); got != mode {
				t.Errorf("mode = %v, want %v", got, mode)
			}
			checkFile(t, path, "new\n")
		})
	}
}

// TestReplaceFailureBeforeRename makes the step between writing the temporary file and renaming
// it fail: the original stays as it was and the temporary file is gone.
func TestReplaceFailureBeforeRename(t *testing.T) {
	path := setup(t, "old\n", 0o644)
	boom := errors.New("disk on fire")
	var tmpSeen string
	err := replace(path, []byte("old\n"), []byte("new\n"), func(tmp string) error {
		tmpSeen = tmp
		got, err := os.ReadFile(tmp)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != "new\n" {
			t.Errorf("temporary file holds %q before the rename, want %q", got, "new\n")
		}
		if filepath.Dir(tmp) != filepath.Dir(path) {
			t.Errorf("temporary file %s is not in the directory of %s", tmp, path)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("replace = %v, want %v", err, boom)
	}
	checkFile(t, path, "old\n")
	checkOnly(t, filepath.Dir(path), "reply.txt")
	if _, err := os.Stat(tmpSeen); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("temporary file %s still exists (stat: %v)", tmpSeen, err)
	}
}

// TestReplaceChanged edits the file after it was read: Replace refuses, and the edit survives.
func TestReplaceChanged(t *testing.T) {
	tests := []struct {
		name string
		edit func(path string) error
		want string // the file afterwards
	}{
		{"edited before Replace", nil, "edited\n"},
		{"edited between write and rename", func(path string) error {
			return os.WriteFile(path, []byte("edited again\n"), 0o644)
		}, "edited again\n"},
		{"same size", func(path string) error {
			return os.WriteFile(path, []byte("OLD\n"), 0o644)
		}, "OLD\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := setup(t, "old\n", 0o644)
			if tt.edit == nil {
				if err := os.WriteFile(path, []byte("edited\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := replace(path, []byte("old\n"), []byte("new\n"), func(string) error {
				if tt.edit != nil {
					return tt.edit(path)
				}
				return nil
			})
			if !errors.Is(err, ErrChanged) {
				t.Fatalf("replace = %v, want ErrChanged", err)
			}
			var pe *fs.PathError
			if !errors.As(err, &pe) || pe.Path != path {
				t.Errorf("error %v does not name %s", err, path)
			}
			checkFile(t, path, tt.want)
			checkOnly(t, filepath.Dir(path), "reply.txt")
		})
	}
}

func TestReplaceSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.txt")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink("real.txt", link); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
	if err := Replace(link, []byte("old\n"), []byte("new\n")); err != nil {
		t.Fatalf("Replace: %v", err)
	}
	checkFile(t, target, "new\n")
	info, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("%s is no longer a symbolic link", link)
	}
	checkOnly(t, dir, "link.txt", "real.txt")
}

func TestReplaceErrors(t *testing.T) {
	dir := t.TempDir()
	if err := Replace(filepath.Join(dir, "missing.txt"), nil, []byte("x")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Replace(missing) = %v, want ErrNotExist", err)
	}
	if err := Replace(dir, nil, []byte("x")); err == nil {
		t.Errorf("Replace(directory) = nil, want an error")
	}
	checkOnly(t, dir)
}

// TestReplaceReadOnlyDir cannot create the temporary file: the original stays as it was.
func TestReplaceReadOnlyDir(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs Unix permissions that apply to the user")
	}
	path := setup(t, "old\n", 0o644)
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
	if err := Replace(path, []byte("old\n"), []byte("new\n")); !errors.Is(err, fs.ErrPermission) {
		t.Errorf("Replace in a read-only directory = %v, want ErrPermission", err)
	}
	checkFile(t, path, "old\n")
	checkOnly(t, dir, "reply.txt")
}
