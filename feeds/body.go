package feeds

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// xmlDecl matches an XML declaration and captures its encoding's value.
var xmlDecl = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'][^>]*\?>`)

// toUTF8 converts body to UTF-8 and strips a non-UTF-8 declaration, so that
// the XML decoder never converts a second time. gofeed would honour the
// declaration itself, but not the HTTP header, and the two must not both
// apply; doing it here keeps one rule in one place.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	var header string
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		header = strings.TrimSpace(params["charset"])
	}
	label := header
	declared := ""
	if m := xmlDecl.FindSubmatchIndex(body); m != nil {
		declared = string(body[m[2]:m[3]])
	}
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		body, label = body[3:], "utf-8"
	case bytes.HasPrefix(body, []byte("\xff\xfe")), bytes.HasPrefix(body, []byte("\xfe\xff")):
		label = "utf-16" // the BOM tells the decoder which byte order
	case declared != "":
		label = declared
		if isUTF8(declared) && header != "" && !isUTF8(header) && !utf8.Valid(body) {
			label = header // the declaration is wrong and the header may be right
		}
	}
	if label == "" || isUTF8(label) {
		if !utf8.Valid(body) {
			body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
		return body, nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, fmt.Errorf("parse: unsupported charset %q", label)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("parse: decode %s: %w", name, err)
	}
	// The declaration now lies about the bytes: drop it (encoding/xml needs
	// none) so that the decoder does not convert again.
	if m := xmlDecl.FindIndex(out); m != nil {
		out = out[m[1]:]
	}
	return out, nil
}

// stripControls removes escape sequences and the C0 controls XML forbids from
// a whole body before parsing. The XML decoder rejects a feed for one raw
// ESC; removing only that byte would leave "[31m" in the text. Clean bodies
// are returned as they are, without a copy.
func stripControls(body []byte) []byte {
	body = decodeControlRefs(body)
	for _, c := range body {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			return []byte(Sanitize(string(body)))
		}
	}
	return body
}

// decodeControlRefs turns character references to C0 controls ("&#27;",
// "&#x1B;"), which XML forbids and the decoder rejects, into the raw bytes,
// so that stripControls removes them with the sequence they start.
func decodeControlRefs(body []byte) []byte {
	var out []byte
	last := 0
	for i := 0; ; {
		j := bytes.Index(body[i:], []byte("&#"))
		if j < 0 {
			break
		}
		i += j
		c, n := controlRef(body[i:])
		if n == 0 {
			i += 2
			continue
		}
		out = append(out, body[last:i]...)
		out = append(out, c)
		i += n
		last = i
	}
	if out == nil {
		return body
	}
	return append(out, body[last:]...)
}

// controlRef parses a reference at the start of b and returns the control
// byte it names and its length, or n == 0 when it names no C0 control that
// XML forbids.
func controlRef(b []byte) (c byte, n int) {
	i, base := 2, 10
	if i < len(b) && (b[i] == 'x' || b[i] == 'X') {
		i, base = 3, 16
	}
	v, start := 0, i
	for ; i < len(b) && i-start < 8; i++ {
		d := digitVal(b[i], base)
		if d < 0 {
			break
		}
		v = v*base + d
	}
	if i == start || i >= len(b) || b[i] != ';' || v >= 0x20 || v == '\t' || v == '\n' || v == '\r' {
		return 0, 0
	}
	return byte(v), i + 1
}

func digitVal(c byte, base int) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func isUTF8(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	return l == "utf-8" || l == "utf8" || l == "us-ascii" || l == "ascii"
}
