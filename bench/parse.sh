#!/usr/bin/env bash
# bench/parse.sh DIR: parse every .nix file under DIR in one nixdock
# process and in one nix-instantiate --parse process, and compare.
source "$(dirname "$0")/common.sh"
DIR=${1:?usage: bench/parse.sh DIR}
prepare_tree "$DIR"
n=$(wc -l <"$WORK/files")
bytes=$("${ALL[@]}" -a "$WORK/files" cat | wc -c)
echo "$n files, $((bytes / 1024)) KiB"

measure "nixdock parse" "${ALL[@]}" -a "$WORK/files" "$NIXDOCK" parse
ours=$WALL; oursRSS=$RSS
measure "nix-instantiate --parse" "${ALL[@]}" -a "$WORK/files" nix-instantiate --parse
theirs=$WALL

awk -v o="$ours" -v t="$theirs" -v b="$bytes" 'BEGIN {
  printf "throughput (process included): %.1f MB/s\n", b / (o > 0 ? o : 0.001) / 1e6
  printf "nixdock is %.1fx faster than nix-instantiate (target: 5x)\n", t / (o > 0 ? o : 0.001)
}'

# Memory must follow the largest file, not the tree: parse the tree ten
# times over and compare the peak. Ten lists of paths exceed the argument
# limit, so this takes a few processes, each parsing the tree several
# times over; the peak is that of the largest.
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$WORK/files"; done >"$WORK/files10"
measure "nixdock parse, tree x10" "${ALL[@]}" -a "$WORK/files10" "$NIXDOCK" parse
echo "peak RSS: ${oursRSS} KiB for the tree, ${RSS} KiB for ten passes over it"
