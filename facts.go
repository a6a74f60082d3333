package copydesk

// Facts is what the facts stage found (people and roles, quotes, dates,
// numbers) in one article, or merged for one story (entities, quotes, the
// timeline, the disagreements), encoded by the stage: the stores keep Data
// as they are given it. Facts are computed once, when an article is
// processed, and a story's when it changes, so that views only read them.
type Facts struct {
	// ID is the article's or the story's.
	ID string
	// Version is the version of the rules that made Data: facts of another
	// version are made again.
	Version int
	// Stale is set, on a story's facts, when the story changed after they
	// were made (SaveResult marks the facts of every story it touches).
	Stale bool
	Data  []byte
}
