//go:build linux

package cli

import (
	"io"
	"io/fs"
	"syscall"
)

// fdFile is a file opened for reading by descriptor, without os.File. Linting a folder opens
// every draft once and reads it whole, and os.File costs syscalls a draft does not need: with
// O_NONBLOCK it asks the poller to take the descriptor (an epoll_ctl that fails for a regular
// file) after an fstat of its own. A draft costs open, fstat, read, fstat and close here.
type fdFile struct {
	fd   int
	path string
}

// openNonBlocking opens path for reading without waiting: opening a FIFO for reading blocks
// until a writer opens it, which for a FIFO left in a drafts folder is forever. Reads of a
// regular file are not affected by the flag.
func openNonBlocking(path string) (draftReader, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return &fdFile{fd: fd, path: path}, nil
	}
}

func (f *fdFile) stat() (fileStat, error) {
	var st syscall.Stat_t
	for {
		err := syscall.Fstat(f.fd, &st)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return fileStat{}, &fs.PathError{Op: "stat", Path: f.path, Err: err}
		}
		break
	}
	return fileStat{
		regular: st.Mode&syscall.S_IFMT == syscall.S_IFREG,
		dir:     st.Mode&syscall.S_IFMT == syscall.S_IFDIR,
		size:    st.Size,
		mtime:   mtimeOf(&st),
		// A count of links above zero says the file still has a name, without looking the path
		// up again. A file with none was deleted, or replaced under its name (as editors save),
		// which only the path can tell apart.
		linked: st.Nlink > 0,
	}, nil
}

func (f *fdFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err := syscall.Read(f.fd, p)
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue // EAGAIN: a regular file never says it; retrying is what a blocking read does
		}
		if err != nil {
			return 0, &fs.PathError{Op: "read", Path: f.path, Err: err}
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *fdFile) Close() error { return syscall.Close(f.fd) }

// mtimeOf is the modification time of st in nanoseconds.
func mtimeOf(st *syscall.Stat_t) int64 { return st.Mtim.Nano() }
