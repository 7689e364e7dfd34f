package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Cookie names.
const (
	csrfCookie    = "dossier_csrf"
	sessionCookie = "dossier_session"
)

// csp allows this server's own scripts and styles only: no inline script
// or style, no plugin, no form posting elsewhere, no framing.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// secure wraps every route: security headers on every response, the host
// check (without a token), the login (with one), and on every POST the
// Origin check; the CSRF token is checked by each form's handler, once it
// has read the form.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if s.opt.Token == "" && !isLoopbackHost(hostOnly(r.Host)) {
			// Without a token the server listens on loopback only; a
			// request that names another host came through a name
			// rebound to 127.0.0.1 by some web page.
			s.fail(w, r, http.StatusMisdirectedRequest, "This server answers to localhost only: open http://127.0.0.1 or http://localhost at its port.")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r) {
			s.fail(w, r, http.StatusForbidden, "This form was sent from another site, or without saying where from, and is refused. Open the page on this server and send it again.")
			return
		}
		if s.opt.Token != "" && !s.loggedIn(r) && !publicPath(r) {
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			s.fail(w, r, http.StatusUnauthorized, "Log in first: this server asks for its token.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// publicPath is what a visitor sees before logging in: the login form and
// its style sheet.
func publicPath(r *http.Request) bool {
	return r.URL.Path == "/login" || strings.HasPrefix(r.URL.Path, "/static/")
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}

// sameOrigin reports whether a state-changing request comes from a page
// of this server: its Origin (or, lacking one, its Referer) must be this
// server's scheme and host. A request that says neither is refused:
// browsers send Origin with every POST.
func sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return false
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	want := scheme + "://" + r.Host
	if o := r.Header.Get("Origin"); o != "" {
		return o == want
	}
	ref, err := url.Parse(r.Header.Get("Referer"))
	if err != nil || ref.Host == "" {
		return false
	}
	return ref.Scheme+"://"+ref.Host == want
}

// mac signs msg with the server's key.
func (s *Server) mac(msg string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(msg))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// csrfToken returns the token this visitor's forms carry, setting the
// visitor's CSRF cookie when it has none: the token is the cookie's value
// signed by the server, so a site that can neither read the cookie nor
// the key cannot make one.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) < 20 {
		b := make([]byte, 24)
		rand.Read(b)
		c = &http.Cookie{Name: csrfCookie, Value: base64.RawURLEncoding.EncodeToString(b), Path: "/",
			HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.opt.SecureCookies}
		http.SetCookie(w, c)
		r.AddCookie(c) // the rest of this request sees it too
	}
	return s.mac("csrf\x00" + c.Value)
}

// checkCSRF reports whether the form r carries holds this visitor's
// token. The form must have been parsed.
func (s *Server) checkCSRF(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		return false
	}
	got := r.PostFormValue("csrf")
	want := s.mac("csrf\x00" + c.Value)
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// sessionValue is the cookie a visitor gets for typing the token: the
// token signed by this process's key, so it ends when the server stops
// or the token changes.
func (s *Server) sessionValue() string { return s.mac("session\x00" + s.opt.Token) }

func (s *Server) loggedIn(r *http.Request) bool {
	c, err := r.Cookie(sessionCookie)
	return err == nil && subtle.ConstantTimeCompare([]byte(c.Value), []byte(s.sessionValue())) == 1
}

// loginDelay slows down guessing: a wrong token costs a second, and
// attempts are taken one at a time.
const loginDelay = time.Second

func (s *Server) handleLoginForm(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "login", &loginPage{Next: localPath(r.URL.Query().Get("next"))})
}

type loginPage struct {
	Next  string
	Error string
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "The login form could not be read.")
		return
	}
	if !s.checkCSRF(r) {
		s.failCSRF(w, r)
		return
	}
	next := localPath(r.PostFormValue("next"))
	s.loginMu.Lock()
	ok := subtle.ConstantTimeCompare([]byte(r.PostFormValue("token")), []byte(s.opt.Token)) == 1
	if !ok {
		time.Sleep(loginDelay)
	}
	s.loginMu.Unlock()
	if !ok {
		s.render(w, r, http.StatusUnauthorized, "login", &loginPage{Next: next, Error: "That is not this server's token."})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: s.sessionValue(), Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.opt.SecureCookies})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil || !s.checkCSRF(r) {
		s.failCSRF(w, r)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.opt.SecureCookies})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// localPath keeps a redirect target on this server: a path, not "//host"
// or a URL.
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "\\\r\n") {
		return "/"
	}
	return p
}

func (s *Server) failCSRF(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusForbidden, "This form is out of date or did not come from this server's page (its security token is missing or wrong). Reload the page and send it again.")
}
