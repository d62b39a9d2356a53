package printer

import (
	"bytes"
	"strings"
	"testing"
)

// TestStreamLetsGoOfFiles streams the shared report and wipes each file's source, and the rest of
// the result, as soon as File returns: a stream that kept one to use later would print something
// else than Print does.
func TestStreamLetsGoOfFiles(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			want := render(t, format, Options{}, loadReport(t))
			r := loadReport(t)
			s, buf := begin(t, format, r)
			for _, f := range r.Files {
				if err := s.File(f); err != nil {
					t.Fatal(err)
				}
				for i := range f.Source {
					f.Source[i] = 'x'
				}
				for i := range f.Findings {
					f.Findings[i].Message = "wiped"
					f.Findings[i].Pos.Line = 99
				}
			}
			if err := s.End(r.Errors); err != nil {
				t.Fatal(err)
			}
			if got := buf.Bytes(); !bytes.Equal(got, want) {
				t.Errorf("streamed %s output differs from Print's\ngot:\n%s\nwant:\n%s", format, got, want)
			}
		})
	}
}

// TestStreamWritesAsItGoes checks that a file's findings are on the writer when File returns,
// rather than held until End. SARIF is the exception: its invocation, which lists the files that
// could not be linted, comes before the results.
func TestStreamWritesAsItGoes(t *testing.T) {
	r := loadReport(t)
	first := r.Files[0]
	for _, f := range r.Files {
		if len(f.Findings) > 0 {
			first = f
			break
		}
	}
	for _, format := range Formats() {
		if format == "sarif" {
			continue
		}
		t.Run(format, func(t *testing.T) {
			s, buf := begin(t, format, r)
			if err := s.File(first); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); !strings.Contains(got, first.Path) {
				t.Errorf("after File(%s), output = %q, want it to name the file", first.Path, got)
			}
		})
	}
}

// begin opens a stream of format on a buffer and begins it with r's metadata.
func begin(t *testing.T, format string, r Report) (Stream, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	s, err := NewStream(format, &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Begin(Meta{Tool: r.Tool, Version: r.Version, Rules: r.Rules}); err != nil {
		t.Fatal(err)
	}
	return s, &buf
}

func TestNewStreamUnknownFormat(t *testing.T) {
	if _, err := NewStream("xml", &bytes.Buffer{}, Options{}); err == nil {
		t.Fatal("NewStream(xml) error = nil, want an error")
	}
}
