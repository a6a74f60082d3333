package copydesk

import "time"

// Event is one happening: the articles that report it. It belongs to one Story.
type Event struct {
	ID        string    `json:"id"`
	Story     string    `json:"story"`
	Title     string    `json:"title"`
	Articles  []string  `json:"articles"`
	FirstSeen time.Time `json:"first_seen,omitzero"`
	LastSeen  time.Time `json:"last_seen,omitzero"`
}

// Story is an ongoing topic: the events that belong to it.
type Story struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Events    []string  `json:"events"`
	Articles  []string  `json:"articles"`
	FirstSeen time.Time `json:"first_seen,omitzero"`
	LastSeen  time.Time `json:"last_seen,omitzero"`
}
