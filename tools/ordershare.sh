#!/bin/bash
# ordershare.sh PROFILE...: the ordered step's share of the CPU samples of
# copydesk add's CPU profiles (docs/scale.md): the cumulated samples of
# (*Engine).placeRound and (*Engine).Refine over all samples, for each
# profile and for all of them read together. The goroutines the ordered
# step hands work to (the candidates' scores, the shared words) are not
# under those functions and count as parallel work.
#
#	tools/ordershare.sh /tmp/add1.prof /tmp/add2.prof /tmp/add3.prof
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
		END {
			if (total == 0) { print label ": no samples" > "/dev/stderr"; exit 1 }
			printf "%s: %.2fs of samples, placeRound %.2fs, Refine %.2fs, ordered step %.1f%%\n",
				label, total, place, refine, 100 * (place + refine) / total
		}'
}
for p in "$@"; do
	share "$p" "$p"
done
if [ $# -gt 1 ]; then
	share "together" "$@"
fi
