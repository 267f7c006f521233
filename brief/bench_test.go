package brief

import (
	"fmt"
	"strings"
	"testing"
	"time"
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

// BenchmarkExtractHostile runs texts made to defeat per-mention rules by
// repeating what they look for: the cost per word must stay flat from 1,000
// to 16,000 repeats, or a hostile feed could stall a refresh.
func BenchmarkExtractHostile(b *testing.B) {
	e, _ := newTestExtractor(b)
	pub := time.Date(2025, 12, 1, 6, 0, 0, 0, time.UTC)
	shapes := map[string]func(n int) string{
		"offices": func(n int) string {
			return "Officials said " + strings.Repeat("the president of Brazil and ", n) + "Lula."
		},
		"counterparts": func(n int) string {
			return "He spoke to " + strings.Repeat("his French counterpart and ", n) + "Macron."
		},
		"takes": func(n int) string {
			return strings.Repeat("Analysts said the risks are high.\n\n“We will see,” he told reporters.\n\n", n/8+1)
		},
		"titles": func(n int) string {
			return "President Donald Trump met Prime Minister Keir Starmer. " + strings.Repeat("The President thanked the Prime Minister. ", n/4+1)
		},
		// A royal first name looked up among the persons named so far.
		"sheikhs": func(n int) string {
			var b strings.Builder
			for i := 0; i < n/8+1; i++ {
				name := fmt.Sprintf("Sheikh %s bin %s", letterName(i), letterName(i+7))
				fmt.Fprintf(&b, "%s said so. Sheikh %s met Putin. ", name, letterName(i))
			}
			return b.String()
		},
		// A capitalised run after each "called on", asked whether it urges.
		"callers": func(n int) string {
			return "Macron " + strings.Repeat("Called On Putin ", n/3) + "today."
		},
		// Persons named by a country's possessive, each a new name.
		"possessives": func(n int) string {
			var b strings.Builder
			for i := 0; i < n/3+1; i++ {
				fmt.Fprintf(&b, "France's William %s, ", letterName(i))
			}
			return b.String() + "spoke."
		},
		// A run of "told" before a meeting, each asking whether a "that"
		// comes between it and the trigger.
		"tellers": func(n int) string {
			return "Keir Starmer " + strings.Repeat("told ", n) + "that Putin meets Trump."
		},
		// Places after a meeting in one long sentence, each asked whether a
		// later trip is named before it.
		"venues": func(n int) string {
			return "Putin met Modi " + strings.Repeat("in Moscow and ", n/3) + "in Sochi."
		},
	}
	for _, name := range []string{"offices", "counterparts", "takes", "titles", "sheikhs", "venues", "callers", "possessives", "tellers"} {
		for _, n := range []int{1000, 16000} {
			text := shapes[name](n)
			words := len(strings.Fields(text))
			doc := Document{ID: "h", Feed: "Hostile", Text: text, Published: pub}
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					e.Extract(doc)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
			})
		}
	}
}

// letterName makes a distinct capitalised name of i: "Bacad", "Cadab".
func letterName(i int) string {
	const syl = "bcdfghjklmnprstvz"
	out := []byte{syl[i%len(syl)] - 'a' + 'A'}
	for i /= len(syl); ; i /= len(syl) {
		out = append(out, "aeiou"[i%5], syl[(i*7+3)%len(syl)])
		if i < len(syl) {
			break
		}
	}
	return string(out) + "an"
}
