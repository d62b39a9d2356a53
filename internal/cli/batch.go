package cli

import "io"

// batchSize is how much output batchWriter holds before it writes it.
const batchSize = 64 << 10

// batchWriter holds a report's output and writes it in pieces of batchSize, and whenever the
// run waits for a file (ordered's idle): a report over thousands of drafts then costs a few
// hundred writes instead of two per draft, and a reader still sees each finding as soon as the
// linter has nothing more to add to it. Unlike bufio.Writer, it grows rather than writing part
// of what it is given, so that each write is whole files of the report.
type batchWriter struct {
	w   io.Writer
	buf []byte
	err error // the first write error, returned by every call after it
}

func newBatchWriter(w io.Writer) *batchWriter { return &batchWriter{w: w} }

func (b *batchWriter) Write(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	b.buf = append(b.buf, p...)
	if len(b.buf) >= batchSize {
		if err := b.Flush(); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Flush writes what is held.
func (b *batchWriter) Flush() error {
	if b.err != nil || len(b.buf) == 0 {
		return b.err
	}
	_, b.err = b.w.Write(b.buf)
	b.buf = b.buf[:0]
	return b.err
}
