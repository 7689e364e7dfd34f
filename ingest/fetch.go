package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// HTTPOptions bound what fetching a URL may cost.
type HTTPOptions struct {
	ConnectTimeout time.Duration // default 10s
	TotalTimeout   time.Duration // default 60s, body included
	MaxBytes       int64         // default 50 MiB
	MaxRedirects   int           // default 5
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
			IdleConnTimeout:       30 * time.Second,
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
	data, err := io.ReadAll(io.LimitReader(resp.Body, f.h.MaxBytes+1))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			return page{}, fmt.Errorf("read body: timed out after %s (total timeout)", f.h.TotalTimeout)
		}
		return page{}, fmt.Errorf("read body: %w", urlErr(err))
	}
	if int64(len(data)) > f.h.MaxBytes {
		return page{}, fmt.Errorf("too large: body exceeds the limit of %d bytes", f.h.MaxBytes)
	}
	return page{data: data, contentType: resp.Header.Get("Content-Type"), validators: got}, nil
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
