#!/usr/bin/env bash
# bench/lint.sh DIR: lint a whole tree in one nixdock run and compare with
# nix-instantiate --parse over the same files; then time one small file
# end to end, as a pre-commit hook runs it.
source "$(dirname "$0")/common.sh"
DIR=${1:?usage: bench/lint.sh DIR}
prepare_tree "$DIR"
echo "$(wc -l <"$WORK/files") files"

measure "nixdock lint (all cores)" "${ALL[@]}" -a "$WORK/files" "$NIXDOCK" lint --exit-zero --quiet --format concise
ours=$WALL; oursRSS=$RSS
measure "nixdock lint --select ALL" "${ALL[@]}" -a "$WORK/files" "$NIXDOCK" lint --select ALL --exit-zero --quiet --format concise
oursAll=$WALL
measure "nixdock lint -j 1" "${ALL[@]}" -a "$WORK/files" "$NIXDOCK" lint -j 1 --exit-zero --quiet --format concise
measure "nix-instantiate --parse" "${ALL[@]}" -a "$WORK/files" nix-instantiate --parse
theirs=$WALL
awk -v o="$ours" -v t="$theirs" 'BEGIN { printf "nixdock lint is %.1fx faster than nix-instantiate --parse (target: 5x)\n", t / (o > 0 ? o : 0.001) }'
awk -v o="$oursAll" -v t="$theirs" 'BEGIN { printf "with --select ALL, nixdock lint is %.1fx faster than nix-instantiate --parse (target: 5x)\n", t / (o > 0 ? o : 0.001) }'
echo "peak RSS of the lint: ${oursRSS} KiB (target: under 100 MB)"

# One small file, process start to exit, averaged over 100 runs.
small="$ROOT/examples/flake.nix"
start=$(date +%s%N)
for _ in $(seq 100); do "$NIXDOCK" lint --exit-zero --quiet "$small" >/dev/null; done
end=$(date +%s%N)
awk -v ns=$((end - start)) 'BEGIN { printf "one small file end to end: %.1f ms (target: under 10 ms)\n", ns / 100 / 1e6 }'
