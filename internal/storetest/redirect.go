package storetest

import (
	"testing"

	"github.com/copydesk/copydesk"
)

// testRedirect checks that a result re-decides a stored relation's direction
// (Result.Redirect): From and To swap with the shares of reuse, the pair's
// own reasons stay first and the rest are replaced, the passages stay; a
// redirect with a Kind changes the relation's kind and replaces all of its
// reasons; a redirect of a relation not stored, or unlinked in the same
// result, is passed over.
func testRedirect(t *testing.T, s copydesk.Store) {
	for _, id := range []string{"rd-1", "rd-2", "rd-3", "rd-4"} {
		put(t, s, newArticle(id, "ref-"+id, at(0)))
	}
	stored := copydesk.Relation{From: "rd-1", To: "rd-2", Kind: copydesk.NearDuplicate, Score: 0.9, Evidence: copydesk.Evidence{
		Jaccard: 0.8, ReusedOfOriginal: 0.9, ReusedOfCopy: 0.7, Passages: []string{"The ferry between Oskton and Brell resumed"},
		Direction:  []string{"the pair's own signal", "the relatives' old vote", "which is the original is undetermined"},
		Confidence: 0.5, Undetermined: true, NearestOf: []string{"rd-2"},
		Recheck: &copydesk.Recheck{Own: 0.25, Relatives: 1, Reasons: 1},
	}}
	gone := copydesk.Relation{From: "rd-1", To: "rd-3", Kind: copydesk.Duplicate, Score: 1, Evidence: copydesk.Evidence{Confidence: 0.5, Undetermined: true, Recheck: &copydesk.Recheck{}}}
	rewrite := copydesk.Relation{From: "rd-4", To: "rd-2", Kind: copydesk.Rewrite, Score: 0.6, Evidence: copydesk.Evidence{
		Jaccard: 0.4, ReusedOfOriginal: 0.7, ReusedOfCopy: 0.6, Passages: []string{"The ferry between Oskton and Brell resumed"},
		Direction: []string{"the pair's own signal"}, Confidence: 0.8, NearestOf: []string{"rd-4"},
		Recheck: &copydesk.Recheck{Own: 1, Relatives: 1, Reasons: 1},
	}}
	save(t, s, copydesk.Result{Article: "rd-2", Event: "ev-rd", Story: "st-rd", Relations: []copydesk.Relation{stored, gone}})
	save(t, s, copydesk.Result{Article: "rd-4", Event: "ev-rd", Story: "st-rd", Relations: []copydesk.Relation{rewrite}})
	save(t, s, copydesk.Result{Article: "rd-3", Event: "ev-rd", Story: "st-rd",
		Unlink: []copydesk.Link{{From: "rd-1", To: "rd-3"}},
		Redirect: []copydesk.Redirect{
			{Link: copydesk.Link{From: "rd-1", To: "rd-2"}, Flip: true, Direction: []string{"the relatives' new vote"}, Confidence: 0.9,
				Recheck: &copydesk.Recheck{Own: -0.25, Relatives: 3}},
			{Link: copydesk.Link{From: "rd-1", To: "rd-3"}, Confidence: 0.9},
			{Link: copydesk.Link{From: "rd-3", To: "rd-2"}, Confidence: 0.9},
			{Link: copydesk.Link{From: "rd-4", To: "rd-2"}, Kind: copydesk.SharedSource, Flip: true, Direction: []string{"written from a common source", "a later relative keeps each side's own text"},
				Confidence: 0.5, Undetermined: true},
		}})
	want := copydesk.Relation{From: "rd-2", To: "rd-1", Kind: copydesk.NearDuplicate, Score: 0.9, Evidence: copydesk.Evidence{
		Jaccard: 0.8, ReusedOfOriginal: 0.7, ReusedOfCopy: 0.9, Passages: []string{"The ferry between Oskton and Brell resumed"},
		Direction:  []string{"the pair's own signal", "the relatives' new vote"},
		Confidence: 0.9, NearestOf: []string{"rd-2"},
		Recheck: &copydesk.Recheck{Own: -0.25, Relatives: 3, Reasons: 1},
	}}
	shared := copydesk.Relation{From: "rd-4", To: "rd-2", Kind: copydesk.SharedSource, Score: 0.6, Evidence: copydesk.Evidence{
		Jaccard: 0.4, ReusedOfOriginal: 0.7, ReusedOfCopy: 0.6, Passages: []string{"The ferry between Oskton and Brell resumed"},
		Direction:  []string{"written from a common source", "a later relative keeps each side's own text"},
		Confidence: 0.5, Undetermined: true,
	}}
	checkRelations(t, s, "", []copydesk.Relation{want, shared})
}
