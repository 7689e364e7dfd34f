package ingest

import (
	"net/url"
	"strings"
)

// secretParams are the query (and fragment) parameters whose value is a
// credential, compared without case. A URL is recorded as a document's
// source and printed in listings, exports and reports, so these are
// stripped from what is kept and shown; the fetch still sends them.
// Add a name here when a new kind of signed or keyed URL turns up.
var secretParams = []string{
	"token", "access_token", "refresh_token", "id_token", "auth_token", "private_token", "jwt", "bearer",
	"key", "api_key", "apikey", "api-key", "access_key", "secret_key", "subscription-key",
	"sig", "signature",
	"password", "passwd", "pass", "pwd", "secret", "client_secret",
	"auth", "authorization", "credential", "credentials",
	"session", "sessionid", "session_id", "phpsessid", "jsessionid",
	// Cloud storage signed URLs: S3, Google Cloud Storage, Azure SAS.
	"x-amz-signature", "x-amz-credential", "x-amz-security-token",
	"x-goog-signature", "x-goog-credential", "googleaccessid",
}

// secretSuffixes catch the variants of secretParams a site makes up
// ("accessToken", "client-secret", "x-api-key"), compared without case.
var secretSuffixes = []string{"token", "_key", "-key", "secret", "password", "signature", "credential"}

// isSecretParam reports whether a query parameter named name holds a
// credential.
func isSecretParam(name string) bool {
	if n, err := url.QueryUnescape(name); err == nil {
		name = n
	}
	name = strings.ToLower(strings.TrimSpace(name))
	for _, s := range secretParams {
		if name == s {
			return true
		}
	}
	for _, s := range secretSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// RedactURL returns raw without its user-info ("user:pass@") and without
// the query and fragment parameters that hold credentials (secretParams),
// the rest as written. It works on the text, so a URL that does not parse
// is redacted too.
func RedactURL(raw string) string {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return raw
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	if at := strings.LastIndexByte(rest[:end], '@'); at >= 0 {
		rest = rest[at+1:]
	}
	frag := ""
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		rest, frag = rest[:i], rest[i+1:]
	}
	query := ""
	hasQuery := false
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		rest, query, hasQuery = rest[:i], rest[i+1:], true
	}
	out := scheme + "://" + rest
	if q := dropSecrets(query); q != "" || (hasQuery && query == "") {
		out += "?" + q
	}
	if frag != "" {
		if f := dropSecrets(frag); f != "" {
			out += "#" + f
		}
	}
	return out
}

// dropSecrets removes the secret parameters from "a=1&token=x", keeping
// the others in their order.
func dropSecrets(params string) string {
	if params == "" {
		return ""
	}
	parts := strings.Split(params, "&")
	kept := parts[:0]
	for _, p := range parts {
		name, _, _ := strings.Cut(p, "=")
		if !isSecretParam(name) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "&")
}
