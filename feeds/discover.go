package feeds

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"
)

// maxPage bounds the page Discover reads; a feed link sits in the <head>.
const maxPage = 8 << 20

// feedTypes are the link types that name a feed. Plain application/json is
// not one: WordPress marks its REST API with rel="alternate" too.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/rdf+xml":   true,
}

// Discover finds the feed behind a web page: a feed address is returned as
// it is; for an HTML page, the first <link rel="alternate"> of a feed type,
// resolved against the page (and its <base>). It fetches as a refresh does,
// with opt's User-Agent, timeout and redirect limit. Local paths work too.
func Discover(ctx context.Context, opt Options, pageURL string) (string, error) {
	opt = opt.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	body, base, err := readPage(ctx, newClient(opt), opt.UserAgent, pageURL)
	if err != nil {
		return "", fmt.Errorf("discover %s: %w", pageURL, err)
	}
	if gofeed.DetectFeedType(bytes.NewReader(body[:min(len(body), 64<<10)])) != gofeed.FeedTypeUnknown {
		return pageURL, nil
	}
	link, ok := feedLink(body, base)
	if !ok {
		return "", fmt.Errorf("discover %s: not a feed, and the page links to no feed", pageURL)
	}
	return link, nil
}

// readPage reads a page and returns the URL its relative links resolve
// against: the address after redirects, or the file's own location.
func readPage(ctx context.Context, c *http.Client, userAgent, pageURL string) ([]byte, *url.URL, error) {
	kind, target := locate(pageURL)
	switch kind {
	case unsupported:
		return nil, nil, fmt.Errorf("unsupported address %q", pageURL)
	case localFile:
		f, err := os.Open(target)
		if err != nil {
			return nil, nil, err
		}
		defer f.Close()
		body, err := readLimited(f, maxPage)
		abs, _ := filepath.Abs(target)
		return body, &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, "+acceptFeeds)
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, describeHTTPError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, nil, fmt.Errorf("HTTP %s", status(resp))
	}
	body, err := readLimited(resp.Body, maxPage)
	if err != nil {
		return nil, nil, err
	}
	// Pages in legacy charsets still have ASCII markup; only the href
	// matters, and hrefs are ASCII or percent-encoded.
	return body, resp.Request.URL, nil
}

// feedLink returns the first feed link of an HTML page, made absolute.
func feedLink(page []byte, base *url.URL) (string, bool) {
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case xhtml.ErrorToken: // the end of the page, or a read error
			return "", false
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr {
				continue
			}
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				attrs[string(k)] = string(v)
				if !more {
					break
				}
			}
			switch string(name) {
			case "base":
				if u, err := base.Parse(strings.TrimSpace(attrs["href"])); err == nil && attrs["href"] != "" {
					base = u
				}
			case "link":
				if !hasToken(attrs["rel"], "alternate") || attrs["href"] == "" {
					continue
				}
				mt, _, _ := mime.ParseMediaType(attrs["type"])
				if !feedTypes[mt] {
					continue
				}
				u, err := base.Parse(strings.TrimSpace(attrs["href"]))
				if err != nil {
					continue
				}
				return u.String(), true
			}
		}
	}
}

// hasToken reports whether a space-separated attribute such as rel holds tok.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
