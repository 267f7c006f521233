// Package brief is briefing's domain: the actors, meetings and analyst takes
// found in articles, and the extraction that finds them. Everything here is a
// pure function of text and time: no I/O, no UI.
package brief

import "time"

// Kind says what sort of actor an Actor is.
type Kind string

const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Country      Kind = "country"
)

// Actor is a person, organisation or country in the news, merged across the
// spellings the articles use.
type Actor struct {
	Name        string    // canonical name: "Volodymyr Zelensky"
	Kind        Kind      //
	Role        string    // "President of Ukraine"
	Affiliation string    // "Ukraine"
	Aliases     []string  // other spellings: "Zelenskyy", "Zelenskiy"
	Mentions    int       // times mentioned (in one article, or across the briefing)
	Articles    []string  // ids of the articles that mention it, newest first
	LastSeen    time.Time // publication time of the newest article that mentions it
}

// Modality is what the text says about a meeting.
type Modality string

const (
	Planned   Modality = "planned"
	Held      Modality = "held"
	Cancelled Modality = "cancelled"
	Postponed Modality = "postponed"
)

// Status is a meeting judged against the briefing's as-of moment.
type Status string

const (
	Upcoming     Status = "upcoming"
	Past         Status = "past"
	StatusCancel Status = "cancelled"
)

// Meeting is a meeting, talks, visit, summit or call between actors.
type Meeting struct {
	Participants []string // canonical actor names
	Date         string   // YYYY-MM-DD; empty when the text gives no date that can be resolved
	When         string   // the date phrase as written: "on Tuesday"
	Location     string   // "Moscow"; empty when unknown
	Modality     Modality // planned, held, cancelled, postponed
	Call         bool     // a phone or video call, not a meeting in person
	Status       Status   // set by Assemble against the as-of moment
	Sources      []Source // the sentences that report it, one per article
}

// Source is the sentence of one article that reports a meeting.
type Source struct {
	Article string // article id
	Text    string // the sentence
}

// Take is an assessment attributed to an analyst, think tank or observer.
type Take struct {
	Analyst string   // "Institute for the Study of War", or a person
	About   []string // canonical names of the actors it is about
	Text    string
	Article string // article id
}

// Quote is a statement by an actor in the news (not an analyst take).
type Quote struct {
	Speaker string // canonical actor name
	Text    string
	Article string // article id
}

// Extraction is what extraction finds in one article.
type Extraction struct {
	Actors   []Actor // Mentions counts the mentions in this article; Articles is unset
	Meetings []Meeting
	Takes    []Take
	Quotes   []Quote
}

// Document is the input to extraction: one article's text and context.
type Document struct {
	ID        string
	Feed      string   // feed title
	FeedURL   string   //
	Tags      []string // the feed's tags from the urls file: "analysis" marks analysis feeds
	Title     string
	Text      string // clean plain text, paragraphs separated by blank lines
	Published time.Time
}

// Article is one stored feed item as the briefing sees it.
type Article struct {
	ID        string
	FeedURL   string
	Feed      string // feed title
	FeedTags  []string
	Title     string
	Link      string
	Author    string
	Published time.Time
	Updated   time.Time
	Text      string // clean plain text; empty when loaded for lists only
	Read      bool
	Starred   bool
	Found     Extraction // what extraction found in it
}

// Briefing is everything briefing shows: articles newest first, with the
// actors, meetings, takes and quotes found in them, judged as of AsOf.
type Briefing struct {
	AsOf     time.Time
	Articles []Article
	Actors   []Actor   // most mentioned first
	Meetings []Meeting // upcoming soonest first, then past newest first
	Takes    []Take    // newest article first
	Quotes   []Quote   // newest article first

	// reports are the articles a filtered briefing's meetings and takes
	// come from that it does not list itself, so their sources still link.
	reports map[string]Article
}
