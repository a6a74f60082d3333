package storekit

import (
	"errors"

	"github.com/copydesk/copydesk"
)

// CheckResult rejects, as EInvalid, a result no store can record, before any
// SQL runs: one that names no article, a relation lacking an end, an event,
// story or move without its ID, or a time TimeLayout cannot hold.
func CheckResult(r copydesk.Result) error {
	if r.Article == "" {
		return copydesk.Errorf(copydesk.EInvalid, "result names no article")
	}
	for _, rel := range r.Relations {
		if rel.From == "" || rel.To == "" {
			return copydesk.Errorf(copydesk.EInvalid, "result of article %s: relation %q -> %q lacks an article", r.Article, rel.From, rel.To)
		}
	}
	for _, e := range r.Events {
		if e.ID == "" {
			return copydesk.Errorf(copydesk.EInvalid, "result of article %s: event without ID", r.Article)
		}
		if err := errors.Join(CheckTime("event "+e.ID+": first seen", e.FirstSeen), CheckTime("event "+e.ID+": last seen", e.LastSeen)); err != nil {
			return err
		}
	}
	for _, s := range r.Stories {
		if s.ID == "" {
			return copydesk.Errorf(copydesk.EInvalid, "result of article %s: story without ID", r.Article)
		}
		if err := errors.Join(CheckTime("story "+s.ID+": first seen", s.FirstSeen), CheckTime("story "+s.ID+": last seen", s.LastSeen)); err != nil {
			return err
		}
	}
	for _, m := range r.Moves {
		if m.Article == "" {
			return copydesk.Errorf(copydesk.EInvalid, "result of article %s: move names no article", r.Article)
		}
	}
	return CheckTime("result of article "+r.Article+": now", r.Now)
}
