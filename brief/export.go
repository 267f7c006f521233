package brief

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// The JSON export is a stable contract (README "JSON export"): field names
// and shapes here change only with a new documented version.
type jsonBriefing struct {
	AsOf     string        `json:"as_of"`
	Articles []jsonArticle `json:"articles"`
	Actors   []jsonActor   `json:"actors"`
	Meetings []jsonMeeting `json:"meetings"`
	Takes    []jsonTake    `json:"takes"`
	Quotes   []jsonQuote   `json:"quotes"`
}

type jsonArticle struct {
	ID        string   `json:"id"`
	Feed      string   `json:"feed"`
	Title     string   `json:"title"`
	Link      string   `json:"link"`
	Published string   `json:"published"`
	Actors    []string `json:"actors"`
}

type jsonActor struct {
	Name        string   `json:"name"`
	Kind        Kind     `json:"kind"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
	Articles    []string `json:"articles"`
}

type jsonMeeting struct {
	Participants []string     `json:"participants"`
	Date         string       `json:"date"`
	When         string       `json:"when"`
	Location     string       `json:"location"`
	Call         bool         `json:"call"`
	Status       Status       `json:"status"`
	Sources      []jsonSource `json:"sources"`
}

type jsonSource struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

type jsonTake struct {
	Analyst string   `json:"analyst"`
	About   []string `json:"about"`
	Text    string   `json:"text"`
	Article string   `json:"article"`
}

type jsonQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Article string `json:"article"`
}

// JSON renders the briefing in the documented export format. Lists are
// never null, so consumers can iterate without checks.
func (b Briefing) JSON() ([]byte, error) {
	out := jsonBriefing{
		AsOf:     b.AsOf.Format(time.RFC3339),
		Articles: make([]jsonArticle, 0, len(b.Articles)),
		Actors:   make([]jsonActor, 0, len(b.Actors)),
		Meetings: make([]jsonMeeting, 0, len(b.Meetings)),
		Takes:    make([]jsonTake, 0, len(b.Takes)),
		Quotes:   make([]jsonQuote, 0, len(b.Quotes)),
	}
	for _, a := range b.Articles {
		out.Articles = append(out.Articles, jsonArticle{
			ID: a.ID, Feed: a.Feed, Title: a.Title, Link: a.Link,
			Published: formatTime(a.Published), Actors: nonNil(articleActors(a)),
		})
	}
	for _, a := range b.Actors {
		out.Actors = append(out.Actors, jsonActor{
			Name: a.Name, Kind: a.Kind, Role: a.Role, Affiliation: a.Affiliation,
			Aliases: nonNil(a.Aliases), Mentions: a.Mentions, Articles: nonNil(a.Articles),
		})
	}
	for _, m := range b.Meetings {
		sources := make([]jsonSource, 0, len(m.Sources))
		for _, s := range m.Sources {
			sources = append(sources, jsonSource(s))
		}
		out.Meetings = append(out.Meetings, jsonMeeting{
			Participants: nonNil(m.Participants), Date: m.Date, When: m.When,
			Location: m.Location, Call: m.Call, Status: m.Status, Sources: sources,
		})
	}
	for _, t := range b.Takes {
		out.Takes = append(out.Takes, jsonTake{Analyst: t.Analyst, About: nonNil(t.About), Text: t.Text, Article: t.Article})
	}
	for _, q := range b.Quotes {
		out.Quotes = append(out.Quotes, jsonQuote(q))
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode briefing: %w", err)
	}
	return append(data, '\n'), nil
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}

// Markdown renders the briefing for people: meetings first, because they are
// what a reader acts on, then takes, actors and the articles.
func (b Briefing) Markdown() string {
	var sb strings.Builder
	titles := make(map[string]Article, len(b.Articles)+len(b.reports))
	for id, a := range b.reports {
		titles[id] = a
	}
	for _, a := range b.Articles {
		titles[a.ID] = a
	}
	fmt.Fprintf(&sb, "# Briefing, %s\n\n", b.AsOf.Format("Monday 2 January 2006"))

	var upcoming, past []Meeting
	for _, m := range b.Meetings {
		if m.Status == Upcoming {
			upcoming = append(upcoming, m)
		} else {
			past = append(past, m)
		}
	}
	people := map[string]bool{}
	for _, a := range b.Actors {
		if a.Kind == Person {
			people[a.Name] = true
		}
	}
	writeMeetings(&sb, "Upcoming meetings", upcoming, titles, people)
	writeMeetings(&sb, "Past and cancelled meetings", past, titles, people)

	sb.WriteString("## Analyst takes\n\n")
	if len(b.Takes) == 0 {
		sb.WriteString("None.\n\n")
	}
	for _, t := range b.Takes {
		fmt.Fprintf(&sb, "- **%s**: %s", mdEscape(t.Analyst), mdEscape(t.Text))
		if a, ok := titles[t.Article]; ok {
			fmt.Fprintf(&sb, " (%s)", mdLink(a))
		}
		sb.WriteString("\n")
	}
	if len(b.Takes) > 0 {
		sb.WriteString("\n")
	}

	sb.WriteString("## Actors\n\n")
	if len(b.Actors) == 0 {
		sb.WriteString("None.\n\n")
	}
	for _, a := range b.Actors {
		fmt.Fprintf(&sb, "- **%s**", mdEscape(a.Name))
		if detail := joinNonEmpty(", ", a.Role, a.Affiliation); detail != "" {
			fmt.Fprintf(&sb, ", %s", mdEscape(detail))
		}
		fmt.Fprintf(&sb, " (%d mentions)\n", a.Mentions)
	}
	if len(b.Actors) > 0 {
		sb.WriteString("\n")
	}

	sb.WriteString("## Articles\n\n")
	if len(b.Articles) == 0 {
		sb.WriteString("None.\n")
	}
	for _, a := range b.Articles {
		fmt.Fprintf(&sb, "- %s, %s, %s\n", mdLink(a), mdEscape(a.Feed), a.Published.Format("2 Jan 2006 15:04"))
	}
	return sb.String()
}

func writeMeetings(sb *strings.Builder, heading string, meetings []Meeting, articles map[string]Article, people map[string]bool) {
	fmt.Fprintf(sb, "## %s\n\n", heading)
	if len(meetings) == 0 {
		sb.WriteString("None.\n\n")
		return
	}
	for _, m := range meetings {
		date := m.Date
		switch {
		case date == "" && m.When != "":
			// "next week", "October": as the sources put it, on one line.
			date = mdEscape(strings.Join(strings.Fields(m.When), " "))
		case date == "":
			date = "date unknown"
		}
		// A country a person visits is said once, as the place ("Volodymyr
		// Zelensky, in Ireland"); one that takes part with no person for it
		// stays ("Hamas, Egypt, in Egypt").
		who := m.Participants
		if !people[m.Location] && hasPerson(m.Participants, people) {
			who = make([]string, 0, len(m.Participants))
			for _, p := range m.Participants {
				if p != m.Location {
					who = append(who, p)
				}
			}
		}
		fmt.Fprintf(sb, "- **%s**: %s", date, mdEscape(strings.Join(who, ", ")))
		if m.Location != "" {
			fmt.Fprintf(sb, ", in %s", mdEscape(m.Location))
		}
		if m.Call {
			sb.WriteString(" (call)")
		}
		if m.Status == StatusCancel {
			sb.WriteString(" (cancelled)")
		}
		sb.WriteString("\n")
		for _, s := range m.Sources {
			sb.WriteString("  - ")
			if s.Text != "" {
				fmt.Fprintf(sb, "“%s” ", mdEscape(s.Text))
			}
			if a, ok := articles[s.Article]; ok {
				sb.WriteString(mdLink(a))
			}
			sb.WriteString("\n")
		}
	}
	sb.WriteString("\n")
}

// hasPerson reports a person among names.
func hasPerson(names []string, people map[string]bool) bool {
	for _, n := range names {
		if people[n] {
			return true
		}
	}
	return false
}

func mdLink(a Article) string {
	title := mdEscape(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	if a.Link == "" {
		return title
	}
	return fmt.Sprintf("[%s](<%s>)", title, strings.NewReplacer("<", "%3C", ">", "%3E").Replace(a.Link))
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", `\<`, ">", `\>`, "#", `\#`, "\n", " ",
)

// mdEscape keeps feed text from being read as Markdown markup.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
