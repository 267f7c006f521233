package brief

import "testing"

func TestQualityFreshTmp(t *testing.T) {
	q := scoreCorpus(t, loadCorpusDir(t, "fresh"))
	t.Log(q.table())
}
