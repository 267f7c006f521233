package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/briefing-news/briefing/feeds/store"
)

// Caps on what one item may hold: a hostile feed must not be able to fill a
// screen with one title or a database with one item.
const (
	maxTitleRunes  = 300
	maxAuthorRunes = 200
	maxLinkBytes   = 2048
	untitledRunes  = 80 // a title made from the text of an item that has none
)

// errNotAFeed is returned for a body that holds no RSS, Atom or JSON feed.
var errNotAFeed = errors.New("not a feed")

// Parse parses one feed body (RSS 0.9x/1.0/2.0, Atom or JSON Feed) into
// clean items. The charset comes from a byte-order mark, else the XML
// declaration, else the contentType header; a body that declares UTF-8 but
// is not, while the header names another charset, is read in the header's.
// Every string is cleaned with Sanitize; content becomes plain text, full
// content preferred over the summary. Relative links are resolved against
// feedURL when it is a web address, else against the feed's own link.
// Duplicate items (same guid, else link) keep their first occurrence.
func Parse(body []byte, contentType, feedURL string) (store.Fetched, error) {
	body, err := toUTF8(body, contentType)
	if err != nil {
		return store.Fetched{}, err
	}
	body = stripControls(body)
	fp := gofeed.NewParser()
	// briefing shows no images; gofeed's search for one parses each item's
	// HTML a second time.
	fp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	parsed, err := fp.Parse(bytes.NewReader(body))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return store.Fetched{}, notAFeed(body, contentType)
		}
		return store.Fetched{}, fmt.Errorf("parse: %w", err)
	}
	base := baseURL(feedURL, parsed.Link)
	out := store.Fetched{
		Title: cleanTitle(parsed.Title),
		Items: make([]store.Item, 0, len(parsed.Items)),
	}
	seen := make(map[string]bool, len(parsed.Items))
	for _, it := range parsed.Items {
		if it == nil {
			continue
		}
		item := convertItem(it, base)
		key := itemKey(item)
		if seen[key] {
			continue
		}
		seen[key] = true
		out.Items = append(out.Items, item)
	}
	return out, nil
}

func convertItem(it *gofeed.Item, base *url.URL) store.Item {
	text := HTMLToText(it.Content)
	if text == "" {
		text = HTMLToText(it.Description)
	}
	item := store.Item{
		GUID:   truncateBytes(strings.TrimSpace(Sanitize(it.GUID)), maxLinkBytes),
		Link:   resolveLink(it.Link, base),
		Title:  cleanTitle(it.Title),
		Author: truncateRunes(authors(it), maxAuthorRunes),
		Text:   text,
	}
	if item.Link == "" && len(it.Links) > 0 {
		item.Link = resolveLink(it.Links[0], base)
	}
	if item.Title == "" && text != "" {
		item.Title = truncateRunes(flatten(text), untitledRunes)
	}
	if it.UpdatedParsed != nil {
		item.Updated = it.UpdatedParsed.UTC()
	}
	if it.PublishedParsed != nil {
		item.Published = it.PublishedParsed.UTC()
	} else {
		item.Published = item.Updated
	}
	item.Published = sane(item.Published)
	item.Updated = sane(item.Updated)
	return item
}

// sane drops dates no feed could mean (year 1 from a broken parse, or far in
// the future), leaving the store to use the time the item was first seen.
func sane(t time.Time) time.Time {
	if t.Year() < 1970 || t.Year() > 2200 {
		return time.Time{}
	}
	return t
}

// itemKey identifies an item within one feed the way the store does: guid,
// else link, else its content.
func itemKey(it store.Item) string {
	switch {
	case it.GUID != "":
		return "g\x00" + it.GUID
	case it.Link != "":
		return "l\x00" + it.Link
	}
	return "c\x00" + it.Title + "\x00" + it.Text
}

func authors(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		name := p.Name
		if name == "" {
			name = p.Email
		}
		if name = flatten(Sanitize(HTMLToText(name))); name != "" {
			names = append(names, name)
		}
	}
	if len(names) == 0 && it.Author != nil {
		return flatten(Sanitize(it.Author.Name))
	}
	return strings.Join(names, ", ")
}

// cleanTitle makes a title one clean line: titles may carry HTML (Atom
// type="html", or RSS that escapes markup), controls and any amount of text.
func cleanTitle(s string) string {
	if looksLikeHTML(s) || strings.Contains(s, "&") {
		s = HTMLToText(s)
	}
	return truncateRunes(flatten(Sanitize(s)), maxTitleRunes)
}

func truncateBytes(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}

// baseURL is what relative item links are resolved against: the feed's own
// web address, else the site link the feed gives (a local file has no base of
// its own). nil when neither is an absolute web URL.
func baseURL(feedURL, siteLink string) *url.URL {
	for _, s := range []string{feedURL, siteLink} {
		if u, err := url.Parse(strings.TrimSpace(s)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u
		}
	}
	return nil
}

func resolveLink(link string, base *url.URL) string {
	link = strings.TrimSpace(Sanitize(link))
	if link == "" {
		return ""
	}
	if base != nil {
		if u, err := url.Parse(link); err == nil && !u.IsAbs() {
			link = base.ResolveReference(u).String()
		}
	}
	return truncateBytes(link, maxLinkBytes)
}

// notAFeed explains a body that gofeed could not place.
func notAFeed(body []byte, contentType string) error {
	mt, _, _ := mime.ParseMediaType(contentType)
	head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 512)]))
	switch {
	case len(head) == 0:
		return fmt.Errorf("%w: empty body", errNotAFeed)
	case mt == "text/html" || bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<html")):
		return fmt.Errorf("%w: the address serves an HTML page (try `briefing add` with it to discover its feed)", errNotAFeed)
	}
	return fmt.Errorf("%w: no RSS, Atom or JSON feed found", errNotAFeed)
}
