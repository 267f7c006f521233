package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"

	"github.com/briefing-news/briefing/brief"
)

func richExtraction() brief.Extraction {
	return brief.Extraction{
		Actors: []brief.Actor{
			{Name: "Steve Witkoff", Kind: brief.Person, Role: "US special envoy", Affiliation: "United States", Aliases: []string{"Witkoff"}, Mentions: 4},
			{Name: "Kremlin", Kind: brief.Organization, Mentions: 1},
			{Name: "Ukraine", Kind: brief.Country, Mentions: -1}, // hostile extractor: kept as given
		},
		Meetings: []brief.Meeting{{
			Participants: []string{"Steve Witkoff", "Vladimir Putin"}, Date: "2026-11-24", When: "on Tuesday",
			Location: "Moscow", Modality: brief.Planned,
			Sources: []brief.Source{{Article: "a1", Text: "Witkoff will meet Putin in Moscow on Tuesday."}, {Text: "ünïcödé \x00 bytes"}},
		}, {Participants: []string{"X"}}, {Participants: []string{"Y", "Z"}, Modality: brief.Held, Call: true}},
		Takes:  []brief.Take{{Analyst: "ISW", About: []string{"Kremlin", "Ukraine"}, Text: "The Kremlin is unlikely to accept.", Article: "a1"}},
		Quotes: []brief.Quote{{Speaker: "Steve Witkoff", Text: "We made progress."}, {}},
	}
}

// encodeInMemory encodes through a real store's actor forms and returns the
// blob with the forms a reader would load.
func encodeInMemory(t testing.TB, s *Store, x brief.Extraction) ([]byte, []brief.Actor) {
	t.Helper()
	ctx := context.Background()
	var blob []byte
	var w *formWriter
	err := s.inWriteTx(ctx, func(tx *sql.Tx) error {
		w = s.forms.writer(ctx, tx)
		var err error
		blob, err = encodeExtraction(x, w.id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	w.committed()
	forms, err := s.forms.snapshot(ctx, s.read)
	if err != nil {
		t.Fatal(err)
	}
	return blob, forms
}

func TestExtractionRoundTrips(t *testing.T) {
	s := openMem(t, nil)
	for name, x := range map[string]brief.Extraction{"rich": richExtraction(), "empty": {}} {
		blob, forms := encodeInMemory(t, s, x)
		got, err := decodeExtraction(string(blob), forms, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, x) {
			t.Errorf("%s: round trip\n got %+v\nwant %+v", name, got, x)
		}
	}
	// Actors without a name are dropped; the same form is interned once.
	x := brief.Extraction{Actors: []brief.Actor{{Kind: brief.Person}, {Name: "A"}, {Name: "A", Mentions: 2}}}
	blob, forms := encodeInMemory(t, s, x)
	got, err := decodeExtraction(string(blob), forms, nil)
	if err != nil || len(got.Actors) != 2 || got.Actors[1].Mentions != 2 {
		t.Errorf("nameless actor: %+v, %v", got.Actors, err)
	}
	var n int
	if err := s.read.QueryRow(`SELECT count(*) FROM actor_forms WHERE name = 'A'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("form A stored %d times, %v", n, err)
	}
}

func TestDecodeRejectsDamagedBlobs(t *testing.T) {
	s := openMem(t, nil)
	blob, forms := encodeInMemory(t, s, richExtraction())
	// Every truncation is an error, never a panic or a wrong extraction.
	for i := 1; i < len(blob); i++ {
		if _, err := decodeExtraction(string(blob[:i]), forms, nil); err == nil {
			t.Errorf("blob truncated to %d of %d bytes decoded without error", i, len(blob))
		}
	}
	bad := map[string]string{
		"unknown format":     "\x09",
		"huge count":         "\x01\xff\xff\xff\xff\xff\xff\xff\xff\x7f",
		"varint overflow":    "\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
		"unknown actor form": "\x01\x01\x63\x02\x00\x00\x00",
		"form id zero":       "\x01\x01\x00\x02\x00\x00\x00",
	}
	for name, b := range bad {
		if _, err := decodeExtraction(b, forms, nil); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

func FuzzDecodeExtraction(f *testing.F) {
	s := openMem(f, nil)
	blob, forms := encodeInMemory(f, s, richExtraction())
	f.Add(blob)
	f.Add([]byte{codecV1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := decodeExtraction(string(b), forms, nil) // must not panic
		if err != nil {
			return
		}
		// What decodes re-encodes to the same extraction.
		again, forms2 := encodeInMemory(t, s, x)
		y, err := decodeExtraction(string(again), forms2, nil)
		if err != nil || !reflect.DeepEqual(x, y) {
			t.Errorf("re-encoding %x: %v", b, err)
		}
	})
}

// A blob of the first format (no meeting flags) still reads, as meetings
// that are no calls.
func TestFormatOneBlobsStillRead(t *testing.T) {
	s := openMem(t, nil)
	x := brief.Extraction{Meetings: []brief.Meeting{{Participants: []string{"A", "B"}, Date: "2026-11-24", Modality: brief.Held,
		Sources: []brief.Source{{Article: "a1", Text: "A met B."}}}}}
	blob, forms := encodeInMemory(t, s, x)
	// The same blob as format 1 wrote it: no flags after the status.
	v1 := []byte{codecV1}
	v1 = append(v1, 0) // no actors
	v1 = append(v1, 1) // one meeting
	v1 = appendStrings(v1, x.Meetings[0].Participants)
	for _, f := range []string{"2026-11-24", "", "", "held", ""} {
		v1 = appendString(v1, f)
	}
	v1 = append(v1, 1)
	v1 = appendString(v1, "a1")
	v1 = appendString(v1, "A met B.")
	v1 = append(v1, 0, 0) // no takes, no quotes
	got, err := decodeExtraction(string(v1), forms, nil)
	if err != nil || !reflect.DeepEqual(got, x) {
		t.Errorf("format 1 blob: %+v, %v; want %+v", got, err, x)
	}
	if blob[0] != codecV2 {
		t.Errorf("new blobs are format %d, want %d", blob[0], codecV2)
	}
}
