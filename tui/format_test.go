package tui

import (
	"testing"
	"time"

	"github.com/briefing-news/briefing/brief"
)

func TestCountdown(t *testing.T) {
	asOf := time.Date(2025, 12, 1, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		m    brief.Meeting
		want string
	}{
		{brief.Meeting{Date: "2025-12-01", Status: brief.Upcoming}, "today"},
		{brief.Meeting{Date: "2025-12-02", Status: brief.Upcoming}, "tomorrow"},
		{brief.Meeting{Date: "2025-12-03", Status: brief.Upcoming}, "in 2d"},
		{brief.Meeting{Date: "2026-01-01", Status: brief.Upcoming}, "in 31d"},
		{brief.Meeting{Date: "2025-11-30", Status: brief.Past}, "yesterday"},
		{brief.Meeting{Date: "2025-11-25", Status: brief.Past}, "6d ago"},
		{brief.Meeting{Status: brief.Upcoming}, "undated"},
		{brief.Meeting{Date: "2025-12-05", Modality: brief.Cancelled, Status: brief.StatusCancel}, "cancelled"},
	}
	for _, tt := range tests {
		if got := countdown(tt.m, asOf); got != tt.want {
			t.Errorf("countdown(%s %s) = %q, want %q", tt.m.Date, tt.m.Status, got, tt.want)
		}
	}
}

func TestAge(t *testing.T) {
	now := time.Date(2025, 12, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		ago  time.Duration
		want string
	}{
		{30 * time.Second, "now"},
		{5 * time.Minute, "5m"},
		{3 * time.Hour, "3h"},
		{50 * time.Hour, "2d"},
		{20 * 24 * time.Hour, "Nov 11"},
		{400 * 24 * time.Hour, "2024"},
	}
	for _, tt := range tests {
		if got := age(now.Add(-tt.ago), now); got != tt.want {
			t.Errorf("age(-%s) = %q, want %q", tt.ago, got, tt.want)
		}
	}
}

func TestCountsAgreeInNumber(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 takes"}, {1, "1 take"}, {2, "2 takes"}} {
		if got := count(tc.n, "take", "takes"); got != tc.want {
			t.Errorf("count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
