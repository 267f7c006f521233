package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/briefing-news/briefing/brief"
)

// An item's extraction is stored as one compact blob rather than JSON:
// Briefing decodes 50,000 of them per load and JSON decoding dominated that
// (see BenchmarkDecodeExtraction). Actors are stored as ids into actor_forms
// plus a mention count; the other strings are stored inline and decoded as
// substrings of the blob, one allocation per item.
//
//	format byte (1)
//	actors:   n, then n x (form id, mentions)
//	meetings: n, then n x (participants, date, when, location, modality, status, flags, sources)
//	sources:  n, then n x (article, text)
//	takes:    n, then n x (analyst, about, text, article)
//	quotes:   n, then n x (speaker, text, article)
//
// Counts and lengths are uvarints, mentions a varint, string lists a count
// then strings. Actor.Articles and Actor.LastSeen are not stored: extraction
// leaves them unset and Assemble derives them. Format 1 had no meeting flags
// (bit 0: a call); it is still read, as no flags.
const (
	codecV1 = 1
	codecV2 = 2
)

var errCorrupt = errors.New("corrupt extraction")

// encodeExtraction encodes x; formID interns each actor's form.
func encodeExtraction(x brief.Extraction, formID func(brief.Actor) (int64, error)) ([]byte, error) {
	b := make([]byte, 0, 64+16*len(x.Actors))
	b = append(b, codecV2)
	// An actor without a name cannot be merged or shown; it is not stored.
	actors := x.Actors[:0:0]
	for _, a := range x.Actors {
		if a.Name != "" {
			actors = append(actors, a)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(actors)))
	for _, a := range actors {
		id, err := formID(a)
		if err != nil {
			return nil, err
		}
		b = binary.AppendUvarint(b, uint64(id))
		b = binary.AppendVarint(b, int64(a.Mentions))
	}
	b = binary.AppendUvarint(b, uint64(len(x.Meetings)))
	for _, m := range x.Meetings {
		b = appendStrings(b, m.Participants)
		b = appendString(b, m.Date)
		b = appendString(b, m.When)
		b = appendString(b, m.Location)
		b = appendString(b, string(m.Modality))
		b = appendString(b, string(m.Status))
		var flags uint64
		if m.Call {
			flags |= 1
		}
		b = binary.AppendUvarint(b, flags)
		b = binary.AppendUvarint(b, uint64(len(m.Sources)))
		for _, src := range m.Sources {
			b = appendString(b, src.Article)
			b = appendString(b, src.Text)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(x.Takes)))
	for _, t := range x.Takes {
		b = appendString(b, t.Analyst)
		b = appendStrings(b, t.About)
		b = appendString(b, t.Text)
		b = appendString(b, t.Article)
	}
	b = binary.AppendUvarint(b, uint64(len(x.Quotes)))
	for _, q := range x.Quotes {
		b = appendString(b, q.Speaker)
		b = appendString(b, q.Text)
		b = appendString(b, q.Article)
	}
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, list []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(list)))
	for _, s := range list {
		b = appendString(b, s)
	}
	return b
}

// decoder reads a blob held as a string, so decoded strings share its memory.
type decoder struct {
	s   string
	mem *slab
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	var v uint64
	var shift uint
	for i := 0; i < len(d.s) && i < binary.MaxVarintLen64; i++ {
		c := d.s[i]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			d.s = d.s[i+1:]
			return v
		}
		shift += 7
	}
	d.err = errCorrupt
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// count reads a list length, refusing one the remaining bytes cannot hold
// (each element takes at least one byte), so a corrupt count cannot make
// the decoder allocate without bound.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.s)) {
		d.err = errCorrupt
		return 0
	}
	return int(n)
}

func (d *decoder) string() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	v := d.s[:n]
	d.s = d.s[n:]
	return v
}

func (d *decoder) strings() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	list := d.mem.Strings(n)
	for i := range list {
		list[i] = d.string()
	}
	return list
}

// slab hands out slices carved from large shared allocations: decoding
// 50,000 extractions otherwise costs several small allocations each. The
// slices are capped, so an append by a caller copies instead of
// overwriting a neighbour. A nil *slab allocates normally.
type slab struct {
	size     int // elements per allocation; slabSize when 0
	actors   []brief.Actor
	meetings []brief.Meeting
	sources  []brief.Source
	takes    []brief.Take
	quotes   []brief.Quote
	strings  []string
}

const slabSize = 4096

func carve[T any](pool *[]T, n, size int) []T {
	if size == 0 {
		size = slabSize
	}
	if n > len(*pool) {
		if n > size/4 {
			return make([]T, n)
		}
		*pool = make([]T, size)
	}
	out := (*pool)[:n:n]
	*pool = (*pool)[n:]
	return out
}

func (s *slab) Actors(n int) []brief.Actor {
	if s == nil {
		return make([]brief.Actor, n)
	}
	return carve(&s.actors, n, s.size)
}

func (s *slab) Meetings(n int) []brief.Meeting {
	if s == nil {
		return make([]brief.Meeting, n)
	}
	return carve(&s.meetings, n, s.size)
}

func (s *slab) Sources(n int) []brief.Source {
	if s == nil {
		return make([]brief.Source, n)
	}
	return carve(&s.sources, n, s.size)
}

func (s *slab) Takes(n int) []brief.Take {
	if s == nil {
		return make([]brief.Take, n)
	}
	return carve(&s.takes, n, s.size)
}

func (s *slab) Quotes(n int) []brief.Quote {
	if s == nil {
		return make([]brief.Quote, n)
	}
	return carve(&s.quotes, n, s.size)
}

func (s *slab) Strings(n int) []string {
	if s == nil {
		return make([]string, n)
	}
	return carve(&s.strings, n, s.size)
}

// decodeExtraction decodes a blob made by encodeExtraction; forms is indexed
// by actor form id. A nil or empty blob is an empty extraction. Slices come
// from mem (which may be nil); strings share blob's memory.
func decodeExtraction(blob string, forms []brief.Actor, mem *slab) (brief.Extraction, error) {
	var x brief.Extraction
	if blob == "" {
		return x, nil
	}
	format := blob[0]
	if format != codecV1 && format != codecV2 {
		return x, fmt.Errorf("%w: format %d", errCorrupt, format)
	}
	d := &decoder{s: blob[1:], mem: mem}
	if n := d.count(); n > 0 {
		x.Actors = mem.Actors(n)
		for i := range x.Actors {
			id := d.uvarint()
			mentions := d.varint()
			if d.err == nil && (id >= uint64(len(forms)) || forms[id].Name == "") {
				return brief.Extraction{}, fmt.Errorf("%w: unknown actor form %d", errCorrupt, id)
			}
			if d.err != nil {
				break
			}
			x.Actors[i] = forms[id]
			x.Actors[i].Mentions = int(mentions)
		}
	}
	if n := d.count(); n > 0 {
		x.Meetings = mem.Meetings(n)
		for i := range x.Meetings {
			m := &x.Meetings[i]
			m.Participants = d.strings()
			m.Date, m.When, m.Location = d.string(), d.string(), d.string()
			m.Modality, m.Status = brief.Modality(d.string()), brief.Status(d.string())
			if format >= codecV2 {
				m.Call = d.uvarint()&1 != 0
			}
			if k := d.count(); k > 0 {
				m.Sources = mem.Sources(k)
				for j := range m.Sources {
					m.Sources[j] = brief.Source{Article: d.string(), Text: d.string()}
				}
			}
		}
	}
	if n := d.count(); n > 0 {
		x.Takes = mem.Takes(n)
		for i := range x.Takes {
			x.Takes[i] = brief.Take{Analyst: d.string(), About: d.strings(), Text: d.string(), Article: d.string()}
		}
	}
	if n := d.count(); n > 0 {
		x.Quotes = mem.Quotes(n)
		for i := range x.Quotes {
			x.Quotes[i] = brief.Quote{Speaker: d.string(), Text: d.string(), Article: d.string()}
		}
	}
	if d.err != nil {
		return brief.Extraction{}, d.err
	}
	return x, nil
}
