package brief

// Gazetteer is the set of known actors and places extraction matches against:
// the built-in data merged with the user's additions.
// PLACEHOLDER: the extraction issue (#3) replaces this file.
type Gazetteer struct{}

// NewGazetteer loads the built-in gazetteer and merges each user file
// (the contents of actors.json or actors.yaml) over it.
func NewGazetteer(user ...[]byte) (*Gazetteer, error) { return &Gazetteer{}, nil }

// Extractor finds actors, meetings, takes and quotes in documents. It is safe
// for concurrent use.
type Extractor struct{ g *Gazetteer }

// NewExtractor returns an extractor over the gazetteer g.
func NewExtractor(g *Gazetteer) *Extractor { return &Extractor{g: g} }

// Version names the extraction rules and gazetteer: stored results made under
// another version are stale and re-extracted.
func (e *Extractor) Version() string { return "0" }

// Extract finds what the document holds.
func (e *Extractor) Extract(d Document) Extraction { return Extraction{} }
