package tui

import (
	"fmt"
	"time"

	"github.com/briefing-news/briefing/brief"
)

// age is an article's publication time relative to now, in at most six
// cells: "now", "5m", "3h", "2d", "Nov 3", "2024".
func age(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh", int(d/time.Hour))
	case d < 7*24*time.Hour:
		return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
	case t.Year() == now.Year():
		return t.Format("Jan 2")
	default:
		return t.Format("2006")
	}
}

// countdown says when a meeting is, as of asOf: "today", "tomorrow",
// "in 2d", "yesterday", "3d ago"; "cancelled" and "undated" otherwise.
func countdown(m brief.Meeting, asOf time.Time) string {
	if m.Status == brief.StatusCancel || m.Modality == brief.Cancelled {
		return "cancelled"
	}
	days, ok := daysUntil(m.Date, asOf)
	if !ok {
		if m.Status == brief.Past {
			return "earlier"
		}
		return "undated"
	}
	switch {
	case days == 0:
		return "today"
	case days == 1:
		return "tomorrow"
	case days == -1:
		return "yesterday"
	case days > 1:
		return fmt.Sprintf("in %dd", days)
	default:
		return fmt.Sprintf("%dd ago", -days)
	}
}

// daysUntil counts calendar days from asOf's date to date (YYYY-MM-DD).
func daysUntil(date string, asOf time.Time) (int, bool) {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	y, mo, da := asOf.Date()
	today := time.Date(y, mo, da, 0, 0, 0, 0, time.UTC)
	return int(d.Sub(today).Round(time.Hour) / (24 * time.Hour)), true
}

// upcoming reports whether the meeting has not happened yet.
func upcoming(m brief.Meeting) bool {
	return m.Status == brief.Upcoming || m.Status == ""
}

// meetingDate is the date of a meeting for people: "Tue 2 Dec".
func meetingDate(m brief.Meeting) string {
	d, err := time.Parse(time.DateOnly, m.Date)
	if err != nil {
		return m.When
	}
	return d.Format("Mon 2 Jan")
}
