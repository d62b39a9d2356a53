package lsp

import (
	"runtime"
	"testing"
)

func TestPathOf(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the paths are Unix paths")
	}
	tests := []struct{ uri, want string }{
		{"file:///home/sam/drafts/reply.md", "/home/sam/drafts/reply.md"},
		{"file:///home/sam/my%20drafts/r%C3%A9ponse.md", "/home/sam/my drafts/réponse.md"},
		{"file://localhost/tmp/a.txt", "/tmp/a.txt"},
		{"file://fileserver/share/a.txt", ""},
		{"untitled:Untitled-1", ""},
		{"https://example.com/a.md", ""},
		{"file:", ""},
		{"%zz", ""},
	}
	for _, tt := range tests {
		if got := pathOf(tt.uri); got != tt.want {
			t.Errorf("pathOf(%q) = %q, want %q", tt.uri, got, tt.want)
		}
	}
}
