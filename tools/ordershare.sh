#!/bin/bash
# ordershare.sh PROFILE...: the ordered step's share of the CPU samples of
# CPU profiles (docs/scale.md): the cumulated samples of (*Engine).placeRound
# and (*Engine).Refine over all samples, for each profile and for all of
# them read together. The goroutines the ordered step hands work to (the
# candidates' scores, the shared words, the saving of the rounds placed,
# the reading of the next) are not under those functions and count as
# parallel work. The profiles are copydesk add's (the SQLite flow) or the
# workers' of one PostgreSQL run (BenchmarkThroughput with
# COPYDESK_BENCH_PROFILES), read together: the same definition in both
# flows. For the workers it also gives the assigner's whole CPU, the
# ordered step and what runs beside it in the one process that holds the
# assigner lock (queue.(*Worker).assign, which reads the rounds, and the
# committer's goroutines, which place and save them), over all samples.
#
#	tools/ordershare.sh /tmp/add1.prof /tmp/add2.prof /tmp/add3.prof
#	tools/ordershare.sh DIR/postgres-2-*.prof
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: tools/ordershare.sh PROFILE..." >&2; exit 2; }
share() { # label, profiles
	local label=$1; shift
	go tool pprof -top -cum -nodecount=100000 "$@" 2>/dev/null | awk -v label="$label" '
		function secs(v) {
			if (v ~ /ms$/) return substr(v, 1, length(v)-2) / 1000
			if (v ~ /us$/) return substr(v, 1, length(v)-2) / 1e6
			if (v ~ /min$/) return substr(v, 1, length(v)-3) * 60
			if (v ~ /h$/) return substr(v, 1, length(v)-1) * 3600
			return substr(v, 1, length(v)-1) + 0
		}
		/Total samples = / { for (i = 1; i < NF; i++) if ($i == "=") total = secs($(i+1)) }
		$NF ~ /\(\*Engine\)\.placeRound$/ { place = secs($4) }
		$NF ~ /\(\*Engine\)\.Refine$/ { refine = secs($4) }
		$NF ~ /queue\.\(\*Worker\)\.assign$/ { assign = secs($4) }
		$NF ~ /\(\*Engine\)\.committer\.func[0-9]+$/ { committer += secs($4) }
		END {
			if (total == 0) { print label ": no samples" > "/dev/stderr"; exit 1 }
			printf "%s: %.2fs of samples, placeRound %.2fs, Refine %.2fs, ordered step %.1f%%",
				label, total, place, refine, 100 * (place + refine) / total
			if (assign > 0)
				printf "; the assigner (assign %.2fs, committer %.2fs) %.1f%%",
					assign, committer, 100 * (assign + committer) / total
			printf "\n"
		}'
}
for p in "$@"; do
	share "$p" "$p"
done
if [ $# -gt 1 ]; then
	share "together" "$@"
fi
