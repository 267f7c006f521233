// Package feeds is briefing's feed pipeline before the store: the feed list
// (a newsboat-style urls file, OPML), feed discovery, fetching over HTTP or
// from disk, parsing with gofeed, cleaning untrusted text for the terminal,
// and the refresh that writes every feed into the store.
//
// Data flows one way: a feed list (ReadURLs, ReadOPML, Discover) goes to
// Refresh, which fetches (fetch.go), parses and cleans (Parse, HTMLToText,
// Sanitize) and saves through feeds/store. LoadDemo takes the same path from
// embedded files, with no network.
package feeds
