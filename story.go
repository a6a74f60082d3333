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

// Placement says why an article is in its event, as the clusterer decided it.
type Placement struct {
	Reason string `json:"reason"`
	// Similarity is the article's similarity to the event it joined (0 for
	// the first article of an event); StorySimilarity that of a new event
	// to the story it joined.
	Similarity      float64 `json:"similarity,omitempty"`
	StorySimilarity float64 `json:"story_similarity,omitempty"`
	// Shared are the terms and names that weighed most in the similarity.
	Shared []string `json:"shared,omitempty"`
	// GapHours is the time between the article and its event's nearest edge.
	GapHours float64 `json:"gap_hours,omitempty"`
	// Copy is set when the article joined its event as a copy of an
	// article already in it (not by its similarity): its similarity says
	// nothing of how wide the event is, and re-placement leaves it with
	// its original. It stays set when a merge or a split moves the article.
	Copy bool `json:"copy,omitempty"`
}
