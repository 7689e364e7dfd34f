package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"syscall"
	"time"
)

// HTTPOptions bound what fetching a URL may cost.
type HTTPOptions struct {
	ConnectTimeout time.Duration // default 10s
	TotalTimeout   time.Duration // default 60s, body included
	// MaxBytes bounds the body of a PDF or any other file, decompressed;
	// default 50 MiB.
	MaxBytes int64
	// MaxPageBytes bounds the body of a web page, decompressed; default
	// 20 MiB (extract's page limit: a larger page would be refused anyway).
	MaxPageBytes int64
	MaxRedirects int // default 5
	// AllowPrivate permits special-purpose addresses (loopback, private,
	// shared, link-local and every other block of specialRanges), which
	// are refused by default so a URL list cannot reach the analyst's own
	// network or a cloud's metadata service.
	AllowPrivate bool
}

func (h HTTPOptions) withDefaults() HTTPOptions {
	if h.ConnectTimeout <= 0 {
		h.ConnectTimeout = 10 * time.Second
	}
	if h.TotalTimeout <= 0 {
		h.TotalTimeout = 60 * time.Second
	}
	if h.MaxBytes <= 0 {
		h.MaxBytes = 50 << 20
	}
	if h.MaxPageBytes <= 0 {
		h.MaxPageBytes = 20 << 20
	}
	if h.MaxRedirects <= 0 {
		h.MaxRedirects = 5
	}
	return h
}

// validators are what a server said about a page last time, sent back so
// it can answer "not modified" instead of the page.
type validators struct {
	ETag         string
	LastModified string
}

// page is what fetching a URL gave.
type page struct {
	data []byte
	// contentType is the Content-Type header; the extractor sniffs the
	// bytes too, so a wrong header does not decide alone.
	contentType string
	// validators are the page's ETag and Last-Modified headers.
	validators validators
	// notModified is set when the server answered a conditional request
	// with 304: data is empty, the page is what it was.
	notModified bool
}

// Fetch downloads a URL within the limits h sets and returns its bytes and
// Content-Type.
func Fetch(ctx context.Context, rawURL string, h HTTPOptions) ([]byte, string, error) {
	p, err := newFetcher(h).fetch(ctx, rawURL, validators{})
	return p.data, p.contentType, err
}

// fetcher is an HTTP client with the limits of HTTPOptions, shared by the
// URLs of one run so connections are reused.
type fetcher struct {
	h      HTTPOptions
	client *http.Client
}

func newFetcher(h HTTPOptions) *fetcher {
	h = h.withDefaults()
	dialer := &net.Dialer{
		Timeout: h.ConnectTimeout,
		// Checked on the resolved address at connect time, so a name that
		// resolves to a private address is refused too, redirects included.
		Control: func(network, address string, _ syscall.RawConn) error {
			if h.AllowPrivate {
				return nil
			}
			return checkDialAddress(address)
		},
	}
	client := &http.Client{
		// Timeout covers the whole exchange, reading the body included, so
		// a server that trickles bytes forever is cut off.
		Timeout: h.TotalTimeout,
		Transport: &http.Transport{
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   h.ConnectTimeout,
			ResponseHeaderTimeout: h.TotalTimeout,
			MaxIdleConnsPerHost:   4,
			// Bodies are decompressed by fetch, under the body's limit.
			DisableCompression: true,
			IdleConnTimeout:    30 * time.Second,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > h.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", h.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("refused redirect to scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
	return &fetcher{h: h, client: client}
}

// close lets go of idle connections.
func (f *fetcher) close() { f.client.CloseIdleConnections() }

// fetch downloads rawURL; with validators set, it asks for the page only
// if it changed.
func (f *fetcher) fetch(ctx context.Context, rawURL string, v validators) (page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return page{}, fmt.Errorf("parse URL: %w", urlErr(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return page{}, fmt.Errorf("refused: scheme %q (only http and https)", u.Scheme)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return page{}, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("User-Agent", "dossier/1 (+https://github.com/dossier-dev/dossier)")
	req.Header.Set("Accept-Encoding", "gzip")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		if ae := (*addressError)(nil); errors.As(err, &ae) {
			return page{}, ae
		}
		return page{}, fmt.Errorf("fetch: %w", urlErr(err))
	}
	defer resp.Body.Close()
	got := validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified && v != (validators{}) {
		// A 304 may omit headers that did not change.
		if got.ETag == "" {
			got.ETag = v.ETag
		}
		if got.LastModified == "" {
			got.LastModified = v.LastModified
		}
		return page{validators: got, notModified: true}, nil
	}
	if resp.StatusCode != http.StatusOK {
		return page{}, fmt.Errorf("fetch: HTTP %s", resp.Status)
	}
	if resp.ContentLength > f.h.MaxBytes {
		return page{}, fmt.Errorf("too large: Content-Length %d exceeds the limit of %d bytes", resp.ContentLength, f.h.MaxBytes)
	}
	ctype := resp.Header.Get("Content-Type")
	data, err := f.readBody(resp, u, ctype)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			return page{}, fmt.Errorf("read body: timed out after %s (total timeout)", f.h.TotalTimeout)
		}
		return page{}, err
	}
	return page{data: data, contentType: ctype, validators: got}, nil
}

// sniffBytes is how much of a body is read before its limit is chosen.
const sniffBytes = 1024

// readBody reads resp's body, decompressed, under the limit of its kind:
// MaxPageBytes for a web page, MaxBytes for a PDF. The limit counts the
// decompressed bytes and reading stops one byte past it, so a gzip bomb
// costs no more than an honest body at the limit.
func (f *fetcher) readBody(resp *http.Response, u *url.URL, ctype string) ([]byte, error) {
	body := io.Reader(resp.Body)
	compressed := false
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("read body: gzip: %w", urlErr(err))
		}
		defer zr.Close()
		body, compressed = zr, true
	default:
		return nil, fmt.Errorf("refused: content encoding %q (only gzip)", enc)
	}
	head := make([]byte, sniffBytes)
	n, err := io.ReadFull(body, head)
	head = head[:n]
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("read body: %w", urlErr(err))
	}
	limit, what := f.h.MaxPageBytes, "web page over the limit of %d bytes (--max-html-bytes)"
	if isPDFBody(u, ctype, head) {
		limit, what = f.h.MaxBytes, "body over the limit of %d bytes (--max-file-bytes)"
	}
	if int64(n) > limit {
		return nil, fmt.Errorf("too large: "+what, limit)
	}
	// Room for what the server says it sends, never more than the limit:
	// a lying Content-Length costs nothing.
	size := int64(64 << 10)
	if !compressed && resp.ContentLength > 0 {
		size = resp.ContentLength + 1
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(size, limit+1)))
	buf.Write(head)
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return buf.Bytes(), nil // the whole body was in the head
	}
	if _, err := io.Copy(buf, io.LimitReader(body, limit+1-int64(n))); err != nil {
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			return nil, err
		}
		return nil, fmt.Errorf("read body: %w", urlErr(err))
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("too large: "+what, limit)
	}
	return buf.Bytes(), nil
}

// isPDFBody says whether a body is a PDF, from its first bytes, its
// declared type or its URL's name, as extract decides.
func isPDFBody(u *url.URL, ctype string, head []byte) bool {
	if bytes.Contains(head, []byte("%PDF-")) {
		return true
	}
	if mt, _, err := mime.ParseMediaType(ctype); err == nil && mt == "application/pdf" {
		return true
	}
	return strings.EqualFold(path.Ext(u.Path), ".pdf")
}

// urlErr drops the URL a *url.Error quotes: the result names the URL
// already, without its credentials, and this one may hold them (a
// redirect's target included).
func urlErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
