package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// HTTPOptions bound what fetching a URL may cost.
type HTTPOptions struct {
	ConnectTimeout time.Duration // default 10s
	TotalTimeout   time.Duration // default 60s
	MaxBytes       int64         // default 50 MiB
	MaxRedirects   int           // default 5
	// AllowPrivate permits loopback, private and link-local addresses,
	// which are refused by default so a URL list cannot reach the analyst's
	// own network.
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

// ErrPrivateAddress is returned for a URL that resolves to a loopback,
// private or link-local address without AllowPrivate.
var ErrPrivateAddress = errors.New("refused: private, loopback or link-local address (use --allow-private)")

// Fetch downloads a URL within the limits h sets and returns its bytes and
// Content-Type.
func Fetch(ctx context.Context, rawURL string, h HTTPOptions) ([]byte, string, error) {
	h = h.withDefaults()
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", fmt.Errorf("parse URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, "", fmt.Errorf("refused: scheme %q (only http and https)", u.Scheme)
	}
	dialer := &net.Dialer{
		Timeout: h.ConnectTimeout,
		// Checked on the resolved address at connect time, so a name that
		// resolves to a private address is refused too.
		Control: func(network, address string, _ syscall.RawConn) error {
			if h.AllowPrivate {
				return nil
			}
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("address %q: %w", address, err)
			}
			a := ap.Addr().Unmap()
			if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsUnspecified() || a.IsMulticast() {
				return ErrPrivateAddress
			}
			return nil
		},
	}
	client := &http.Client{
		Timeout: h.TotalTimeout,
		Transport: &http.Transport{
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   h.ConnectTimeout,
			ResponseHeaderTimeout: h.TotalTimeout,
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
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("User-Agent", "dossier/1 (+https://github.com/dossier-dev/dossier)")
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, ErrPrivateAddress) {
			return nil, "", ErrPrivateAddress
		}
		return nil, "", fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("fetch: HTTP %s", resp.Status)
	}
	if resp.ContentLength > h.MaxBytes {
		return nil, "", fmt.Errorf("too large: Content-Length %d exceeds the limit of %d bytes", resp.ContentLength, h.MaxBytes)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, h.MaxBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("read body: %w", err)
	}
	if int64(len(data)) > h.MaxBytes {
		return nil, "", fmt.Errorf("too large: body exceeds the limit of %d bytes", h.MaxBytes)
	}
	return data, resp.Header.Get("Content-Type"), nil
}
