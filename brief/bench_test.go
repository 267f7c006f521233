package brief

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkExtract measures extraction over the labelled corpus: articles
// per second on one core, and the cost per word as the text grows 1x, 10x and
// 100x (each article's text repeated), which must stay flat for the cost to
// grow linearly.
func BenchmarkExtract(b *testing.B) {
	e, _ := newTestExtractor(b)
	items := loadCorpusDir(b, "corpus")
	docs := make([]Document, len(items))
	words := 0
	for i, c := range items {
		docs[i] = c.document(b)
		words += len(strings.Fields(c.Title + " " + c.Text))
	}
	b.Run("corpus", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			e.Extract(docs[i%len(docs)])
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		b.ReportMetric(float64(words)/float64(len(docs)), "words/article")
	})
	// Articles of about 600 words, made of consecutive corpus texts, so the
	// target's unit is measured as it is, not extrapolated.
	var long []Document
	for i := 0; i < len(docs); {
		d := docs[i]
		n := len(strings.Fields(d.Text))
		for i++; n < 600 && i < len(docs); i++ {
			d.Text += "\n\n" + docs[i].Text
			n += len(strings.Fields(docs[i].Text))
		}
		long = append(long, d)
	}
	b.Run("600-words", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			e.Extract(long[i%len(long)])
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	for _, scale := range []int{1, 10, 100} {
		scaled := make([]Document, len(docs))
		scaledWords := 0
		for i, d := range docs {
			parts := make([]string, scale)
			for k := range parts {
				parts[k] = d.Text
			}
			d.Text = strings.Join(parts, "\n\n")
			scaled[i] = d
			scaledWords += len(strings.Fields(d.Title + " " + d.Text))
		}
		b.Run(fmt.Sprintf("length=%dx", scale), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				e.Extract(scaled[i%len(scaled)])
			}
			perDoc := float64(scaledWords) / float64(len(scaled))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/perDoc, "ns/word")
		})
	}
}
