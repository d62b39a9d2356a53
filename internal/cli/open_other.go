//go:build !linux

package cli

import "os"

// osFile is a file opened for reading through os.File.
type osFile struct{ *os.File }

// openNonBlocking opens path for reading without waiting where the system can: opening a FIFO
// for reading blocks until a writer opens it, which for a FIFO left in a drafts folder is
// forever. Reads of a regular file are not affected by the flag.
func openNonBlocking(path string) (draftReader, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlocking, 0)
	if err != nil {
		return nil, err
	}
	return osFile{f}, nil
}

// stat describes the open file. Without a link count, whether the file still has a name is
// left to a look-up of its path.
func (f osFile) stat() (fileStat, error) {
	fi, err := f.Stat()
	if err != nil {
		return fileStat{}, err
	}
	return fileStat{
		regular: fi.Mode().IsRegular(),
		dir:     fi.IsDir(),
		size:    fi.Size(),
		mtime:   fi.ModTime().UnixNano(),
	}, nil
}
