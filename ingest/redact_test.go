package ingest

import "testing"

// TestRedactURL: user-info and credential parameters go, whatever their
// case or encoding; everything else stays as written, in its order.
func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://user:pass@127.0.0.1:8080/p?token=abc", "http://127.0.0.1:8080/p"},
		{"https://user@example.org/", "https://example.org/"},
		{"https://a:b@c@example.org/x", "https://example.org/x"},
		{"https://example.org/p?id=7&token=abc&lang=en", "https://example.org/p?id=7&lang=en"},
		{"https://example.org/p?API_KEY=1&Key=2&sig=3&Signature=4&password=5&pass=6&secret=7&auth=8&access_token=9", "https://example.org/p"},
		{"https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F2020&X-Amz-Date=20200101T000000Z&X-Amz-Signature=deadbeef",
			"https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200101T000000Z"},
		{"https://example.org/p?accessToken=x&client-secret=y&x-api-key=z&page=2", "https://example.org/p?page=2"},
		{"https://example.org/p?%74oken=abc", "https://example.org/p"},
		{"https://example.org/cb#access_token=abc&state=1", "https://example.org/cb#state=1"},
		{"https://example.org/doc#section-2", "https://example.org/doc#section-2"},
		{"https://example.org/p?monkey=1&keyword=2", "https://example.org/p?monkey=1&keyword=2"},
		{"https://example.org/search?", "https://example.org/search?"},
		{"https://example.org/a@b/c", "https://example.org/a@b/c"},
		{"http://us er:p%zz@host/?token=%zz", "http://host/"},
		{"fixtures/docs/a.pdf", "fixtures/docs/a.pdf"},
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
