package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf16"
)

// maxDraftSize is the largest file apologylint lints. Apology drafts run to a few kilobytes, and
// a collection of statements in one file to a few megabytes; a file of more than 64 MB is a log,
// a dump or a mistake, and linting it would take gigabytes of memory for nothing a reader could
// use. Anything up to the limit is linted in time linear in its size.
const maxDraftSize = 64 << 20

// errNotRegular is the error for a path that names a FIFO, a socket or a device. Opening a FIFO
// blocks until something writes to it, and a device may never end, so none is read.
var errNotRegular = errors.New("not a regular file")

// readHook, when set, runs between opening a file and reading it, so that tests can change or
// delete the file under the read.
var readHook func(path string)

// encoding is how a draft's text is stored.
type encoding int

const (
	utf8Text encoding = iota // UTF-8, with or without a byte order mark
	utf16LE                  // UTF-16, little-endian, with a byte order mark
	utf16BE                  // UTF-16, big-endian, with a byte order mark
)

// draftFile is a draft as read: the bytes as stored and its text as UTF-8, which is what the
// parser reads and every position counts in.
type draftFile struct {
	raw  []byte
	text []byte
	enc  encoding
}

// encode turns text back into the encoding the file was stored in, so that --fix keeps a UTF-16
// file UTF-16.
func (d draftFile) encode(text []byte) []byte {
	if d.enc == utf8Text {
		return text
	}
	units := utf16.Encode([]rune(string(text)))
	out := make([]byte, 0, 2+2*len(units))
	if d.enc == utf16LE {
		out = append(out, 0xFF, 0xFE)
		for _, u := range units {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	}
	out = append(out, 0xFE, 0xFF)
	for _, u := range units {
		out = append(out, byte(u>>8), byte(u))
	}
	return out
}

// readDraft reads the draft at path. Its error is a message for the report, without the path:
// the path is not a regular file, cannot be read, is too large, changed while it was read, or
// holds no text apologylint can read.
func readDraft(path string) (draftFile, error) {
	raw, err := readRegular(path)
	if err != nil {
		return draftFile{}, err
	}
	return decodeDraft(raw)
}

// draftReader is a file opened for reading, with what readRegular needs to know of it.
type draftReader interface {
	io.ReadCloser
	stat() (fileStat, error)
}

// fileStat is what readRegular checks of an open file.
type fileStat struct {
	regular, dir bool
	size         int64
	mtime        int64 // nanoseconds since 1970
	// linked is true when the system says the file still has a name (a link count above zero).
	// When false, the path is looked up again to tell a deleted file.
	linked bool
}

// readRegular reads a regular file. It opens the file without blocking and checks what it
// opened, not what the path named a moment before, so that a FIFO put in a file's place is
// still never read. A file that changes size or modification time while it is read, or is
// deleted meanwhile, is an error: what was read may be half of one version and half of another.
func readRegular(path string) ([]byte, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, errors.New(pathMessage(err))
	}
	defer func() { _ = f.Close() }() // read-only: closing cannot lose data
	before, err := f.stat()
	if err != nil {
		return nil, errors.New(pathMessage(err))
	}
	if !before.regular {
		if before.dir {
			return nil, errors.New("is a directory")
		}
		return nil, errNotRegular
	}
	if before.size > maxDraftSize {
		return nil, tooLarge(before.size)
	}
	if readHook != nil {
		readHook(path)
	}
	raw, err := readSized(f, before.size)
	if err != nil {
		return nil, errors.New(pathMessage(err))
	}
	if len(raw) > maxDraftSize {
		return nil, tooLarge(int64(len(raw)))
	}
	after, err := f.stat()
	if err != nil {
		return nil, errors.New(pathMessage(err))
	}
	// A file in /proc reports size 0 and still has content: compare the read length with the
	// size only when there is a size.
	if after.size != before.size || after.mtime != before.mtime ||
		(before.size > 0 && int64(len(raw)) != before.size) {
		return nil, errors.New("changed while it was read")
	}
	if after.linked {
		return raw, nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, errors.New("deleted while it was read")
	}
	return raw, nil
}

// readSized reads a file that stat said holds size bytes, into a buffer of that size. It stops
// once it has read them, without the read that would find the end: the second stat, which
// readRegular makes after it, tells a file that grew meanwhile. A file whose size is unknown
// (0, as in /proc) is read to its end, at most maxDraftSize+1 bytes. io.ReadAll would start at
// 512 bytes and grow, which copied a typical draft three times.
func readSized(r io.Reader, size int64) ([]byte, error) {
	if size <= 0 {
		return io.ReadAll(io.LimitReader(r, maxDraftSize+1))
	}
	b := make([]byte, size)
	n, err := io.ReadFull(r, b)
	if err == io.ErrUnexpectedEOF {
		err = nil // shrank meanwhile: the second stat tells
	}
	return b[:n], err
}

// tooLarge is the error for a file over maxDraftSize.
func tooLarge(size int64) error {
	return fmt.Errorf("file too large (%s; the limit is %s)", megabytes(size), megabytes(maxDraftSize))
}

// megabytes writes a size in MiB with one decimal, which is what file managers show.
func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// readStandardInput reads standard input to its end. Input that ends early, because the writer
// closed it, is the content sent so far; a read that fails is an error.
func readStandardInput(stdin io.Reader) (draftFile, error) {
	raw, err := io.ReadAll(io.LimitReader(stdin, maxDraftSize+1))
	if err != nil {
		return draftFile{}, fmt.Errorf("cannot read standard input: %s", pathMessage(err))
	}
	if len(raw) > maxDraftSize {
		return draftFile{}, fmt.Errorf("input too large (over %s)", megabytes(maxDraftSize))
	}
	return decodeDraft(raw)
}

// binarySignatures are the opening bytes of binary formats someone may pass for a draft by
// mistake: an image, a PDF, a word processor's file (a ZIP), an archive or a program. Files
// holding none of them but not being text still fail, at the first bad byte, when parsed.
var binarySignatures = []struct {
	magic string
	name  string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"\x1f\x8b", "gzip archive"},
	{"\x7fELF", "executable"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"},
}

// decodeDraft checks that raw is text and returns it as UTF-8. UTF-16 with a byte order mark is
// decoded, so that an editor's "Unicode" save lints like any other draft, its lines and columns
// those of the decoded text. UTF-32 is refused, as are known binary formats; invalid UTF-8 and
// NUL bytes are left to the parser, which reports where the first one is.
func decodeDraft(raw []byte) (draftFile, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(raw, []byte{0, 0, 0xFE, 0xFF}):
		return draftFile{}, errors.New("UTF-32 text is not supported; save it as UTF-8")
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw, utf16LE)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw, utf16BE)
	}
	for _, s := range binarySignatures {
		if bytes.HasPrefix(raw, []byte(s.magic)) {
			return draftFile{}, fmt.Errorf("binary file (%s), not text", s.name)
		}
	}
	return draftFile{raw: raw, text: raw, enc: utf8Text}, nil
}

// decodeUTF16 decodes UTF-16 after its byte order mark. A truncated last code unit or a lone
// surrogate is an error rather than a replacement character: the file is damaged, and a
// position in it would not say where.
func decodeUTF16(raw []byte, enc encoding) (draftFile, error) {
	body := raw[2:]
	if len(body)%2 != 0 {
		return draftFile{}, errors.New("invalid UTF-16: odd number of bytes")
	}
	units := make([]uint16, len(body)/2)
	for i := range units {
		if enc == utf16LE {
			units[i] = uint16(body[2*i]) | uint16(body[2*i+1])<<8
		} else {
			units[i] = uint16(body[2*i])<<8 | uint16(body[2*i+1])
		}
	}
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case utf16.IsSurrogate(rune(u)) && u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF:
			i++
		case utf16.IsSurrogate(rune(u)):
			return draftFile{}, fmt.Errorf("invalid UTF-16: unpaired surrogate 0x%04X at byte %d", u, 2+2*i)
		}
	}
	return draftFile{raw: raw, text: []byte(string(utf16.Decode(units))), enc: enc}, nil
}
