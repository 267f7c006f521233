package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Options tune a refresh.
type Options struct {
	Jobs         int           // feeds fetched at once
	PerHost      int           // connections open to one host at once
	Timeout      time.Duration // for one feed, from connect to the last byte
	MaxBody      int64         // bytes of one (decompressed) body
	MaxRedirects int           // redirects followed for one feed; 0 means the default, <0 none
	UserAgent    string
}

// DefaultOptions are the defaults the CLI starts from.
func DefaultOptions(version string) Options {
	if version == "" {
		version = "dev"
	}
	return Options{
		Jobs:         8,
		PerHost:      2,
		Timeout:      20 * time.Second,
		MaxBody:      16 << 20,
		MaxRedirects: 10,
		UserAgent:    "briefing/" + version + " (+https://github.com/briefing-news/briefing)",
	}
}

// withDefaults fills what a caller left zero, so that a zero Options is safe.
func (o Options) withDefaults() Options {
	d := DefaultOptions("")
	if o.Jobs <= 0 {
		o.Jobs = d.Jobs
	}
	if o.PerHost <= 0 {
		o.PerHost = d.PerHost
	}
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.MaxBody <= 0 {
		o.MaxBody = d.MaxBody
	}
	switch {
	case o.MaxRedirects == 0:
		o.MaxRedirects = d.MaxRedirects
	case o.MaxRedirects < 0:
		o.MaxRedirects = 0
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	return o
}

// acceptFeeds asks for feeds first, but takes anything: many servers label
// feeds text/xml or text/plain.
const acceptFeeds = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

// newClient builds the one HTTP client of a refresh. Its transport caps the
// connections to one host:port (the scheduler caps requests per host name
// on top) and negotiates gzip itself, decompressing transparently.
func newClient(opt Options) *http.Client {
	tr := &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		DialContext:         (&net.Dialer{Timeout: opt.Timeout, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:   true,
		MaxConnsPerHost:     opt.PerHost,
		MaxIdleConnsPerHost: opt.PerHost,
		MaxIdleConns:        opt.Jobs * opt.PerHost,
		IdleConnTimeout:     30 * time.Second,
		TLSHandshakeTimeout: opt.Timeout,
	}
	max := opt.MaxRedirects
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("stopped after %d redirects", max)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
			}
			return nil
		},
	}
}

// response is one fetched body, or a 304.
type response struct {
	body         []byte
	contentType  string
	etag         string
	lastModified string
	notModified  bool
}

// fetch reads one feed with a conditional GET (or from disk for a local
// path), within opt.Timeout and opt.MaxBody. Errors are the bare reason; the
// caller names the feed.
func fetch(ctx context.Context, c *http.Client, opt Options, feedURL, etag, lastModified string) (response, error) {
	feedCtx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	r, err := fetchOnce(feedCtx, c, opt, feedURL, etag, lastModified)
	// Only this feed's own deadline is a timeout; the caller's cancellation
	// or deadline is reported as it is.
	if err != nil && ctx.Err() == nil && errors.Is(feedCtx.Err(), context.DeadlineExceeded) {
		return response{}, fmt.Errorf("timeout after %s", opt.Timeout)
	}
	return r, err
}

func fetchOnce(ctx context.Context, c *http.Client, opt Options, feedURL, etag, lastModified string) (response, error) {
	kind, target := locate(feedURL)
	switch kind {
	case localFile:
		return readLocal(target, opt.MaxBody, lastModified)
	case unsupported:
		return response{}, fmt.Errorf("unsupported address %q (briefing reads http(s)://, file:// and local paths)", target)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return response{}, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", opt.UserAgent)
	req.Header.Set("Accept", acceptFeeds)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := c.Do(req)
	if err != nil {
		return response{}, describeHTTPError(err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return response{notModified: true, etag: etag, lastModified: lastModified}, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		// Drain a little so the connection can be reused; an error page is
		// never parsed as a feed.
		_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
		if until, ok := retryAfter(resp, time.Now()); ok {
			return response{}, &retryLaterError{status: status(resp), until: until}
		}
		return response{}, fmt.Errorf("HTTP %s", status(resp))
	}
	body, err := readLimited(resp.Body, opt.MaxBody)
	if err != nil {
		if ctx.Err() != nil {
			return response{}, ctx.Err()
		}
		return response{}, err
	}
	return response{
		body:         body,
		contentType:  resp.Header.Get("Content-Type"),
		etag:         resp.Header.Get("ETag"),
		lastModified: resp.Header.Get("Last-Modified"),
	}, nil
}

// maxRetryAfter bounds how long one answer can keep a feed from being
// fetched: a hostile or broken server must not silence it for good.
const maxRetryAfter = 6 * time.Hour

// retryLaterError is a 429 or 503 that said when to come back.
type retryLaterError struct {
	status string
	until  time.Time
}

func (e *retryLaterError) Error() string {
	return fmt.Sprintf("HTTP %s (the server asks to wait until %s)", e.status, e.until.UTC().Format("2006-01-02 15:04 UTC"))
}

// retryAfter reads the Retry-After of a 429 or 503: delay seconds or an HTTP
// date, capped at maxRetryAfter.
func retryAfter(resp *http.Response, now time.Time) (time.Time, bool) {
	if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable {
		return time.Time{}, false
	}
	v := strings.TrimSpace(resp.Header.Get("Retry-After"))
	var until time.Time
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil && secs >= 0 {
		until = now.Add(time.Duration(min(secs, int64(maxRetryAfter/time.Second))) * time.Second)
	} else if t, err := http.ParseTime(v); err == nil {
		until = t
	} else {
		return time.Time{}, false
	}
	if !until.After(now) {
		return time.Time{}, false
	}
	if limit := now.Add(maxRetryAfter); until.After(limit) {
		until = limit
	}
	return until, true
}

func status(resp *http.Response) string {
	if s := strings.TrimSpace(resp.Status); s != "" && s != fmt.Sprint(resp.StatusCode) {
		return s
	}
	if t := http.StatusText(resp.StatusCode); t != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, t)
	}
	return fmt.Sprint(resp.StatusCode)
}

// describeHTTPError strips the "Get \"URL\": " that net/http puts in front of
// every error, since the caller names the feed already.
func describeHTTPError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// readLimited reads all of r, failing past max bytes rather than truncating:
// a cut feed would parse as an XML error far from the cause.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("body exceeds %s", byteSize(max))
	}
	return body, nil
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

type addressKind int

const (
	webAddress addressKind = iota
	localFile
	unsupported
)

// locate says how to read a feed address: http(s) from the network, file://
// and plain paths (absolute, relative, or ~/) from disk, anything else
// (newsboat's exec: and filter:, say) not at all.
func locate(addr string) (addressKind, string) {
	addr = strings.TrimSpace(addr)
	if u, err := url.Parse(addr); err == nil && u.Scheme != "" && len(u.Scheme) > 1 { // "C:" is a path
		switch strings.ToLower(u.Scheme) {
		case "http", "https":
			return webAddress, addr
		case "file":
			p := u.Path
			if p == "" {
				p = u.Opaque
			}
			return localFile, p
		}
		return unsupported, addr
	}
	if strings.HasPrefix(addr, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return localFile, filepath.Join(home, addr[2:])
		}
	}
	return localFile, addr
}

// readLocal reads a feed file. Its modification time stands in for
// Last-Modified, so an unchanged file costs no parse and no write.
func readLocal(path string, max int64, lastModified string) (response, error) {
	f, err := os.Open(path)
	if err != nil {
		return response{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return response{}, err
	}
	if !fi.Mode().IsRegular() {
		// A directory cannot be read, and a pipe or device could block
		// a worker for ever.
		return response{}, fmt.Errorf("%s is not a regular file", path)
	}
	mod := fi.ModTime().UTC().Format(time.RFC3339Nano)
	if lastModified != "" && lastModified == mod {
		return response{notModified: true, lastModified: mod}, nil
	}
	body, err := readLimited(f, max)
	if err != nil {
		return response{}, err
	}
	return response{body: body, lastModified: mod}, nil
}
