package brief

import "testing"

func TestQualityFresh4Blind(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh4"))
	t.Log(q.table())
}
