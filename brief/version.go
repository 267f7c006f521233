package brief

// rulesVersion names the extraction rules. Extractor.Version hashes it with
// the embedded lexicon and gazetteer and the user's files, and the store
// re-extracts every article stored under another version, so that an
// upgrade redoes what older rules found.
//
// Bump it with every change to what extraction finds in the same text with
// the same data: any rule in the extraction files of this package (the
// cross-article files assemble.go, cluster.go, places.go, filter.go and export.go run
// at read time and need no bump). Data files need none either: their bytes
// are hashed. TestRulesVersionFollowsTheRules fails until the bump is made
// and recorded (go test ./brief -run RulesVersion -update-rules).
//
// A point version (extract-7.1, 7.2...) marks a change of code that finds
// exactly what the version before it found: a speed-up proven against the
// extractions of the corpus, the demo feeds and thousands of synthetic
// documents. The bump is only what the fingerprint test asks for.
const rulesVersion = "extract-7.102"
