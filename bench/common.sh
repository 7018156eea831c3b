# Shared helpers for the benchmark scripts (sourced, not run).

set -euo pipefail
# The clock below prints its decimal point as the locale says; awk reads a dot.
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

need() {
  command -v "$1" >/dev/null || { echo "bench: $1 is required ($2)" >&2; exit 2; }
}

# The binary is built without cgo, as the README says to build it: kong's
# use of os/user otherwise links the C library dynamically, and loading it
# costs every run about a millisecond before main starts.
build_nixdock() {
  (cd "$ROOT" && CGO_ENABLED=0 go build -o "$WORK/nixdock" ./cmd/nixdock)
  NIXDOCK="$WORK/nixdock"
}

# measure LABEL CMD... : runs CMD $REPEAT times (5 by default) for its
# wall time and once more under /usr/bin/time for its peak RSS (KiB), and
# records the best wall seconds and the RSS in the variables WALL and RSS,
# and prints them. Timings on a shared machine vary by a fifth from run to
# run; the best of several is the figure that least depends on what else
# the machine was doing. The clock is bash's own, read without starting a
# process, so that nothing but CMD falls between the two readings (time(1)
# gives hundredths of a second, and starting it or date(1) costs about a
# millisecond, a hundredth of nixdock's run over a tree).
measure() {
  local label=$1; shift
  local t0 t1 w
  WALL=""
  for _ in $(seq "${REPEAT:-5}"); do
    t0=$EPOCHREALTIME
    "$@" >/dev/null 2>"$WORK/stderr" || true
    t1=$EPOCHREALTIME
    w=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$WALL" ] || awk -v a="$w" -v b="$WALL" 'BEGIN { exit !(a < b) }'; then WALL=$w; fi
  done
  /usr/bin/time -f '%M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || true
  # time(1) puts "Command exited with non-zero status N" first on failure.
  RSS=$(tail -n 1 "$WORK/time")
  printf '%-34s %8.3f s  %8d KiB peak RSS (best of %d)\n' "$label" "$WALL" "$RSS" "${REPEAT:-5}"
}

# nix_accepted LISTFILE OUTFILE: the files of LISTFILE that nix-instantiate
# --parse accepts. Nix stops at the first file it rejects (and 2.8 crashes
# on some), so each file is checked in a process of its own first; the
# timed runs then parse the accepted files in one process.
nix_accepted() {
  xargs -a "$1" -d '\n' -P "$(nproc)" -I{} sh -c 'if nix-instantiate --parse "$1" >/dev/null 2>&1; then echo "$1"; fi' _ {} |
    sort >"$2"
  echo "Nix rejects $(($(wc -l <"$1") - $(wc -l <"$2"))) of $(wc -l <"$1") files (left out of both runs)"
}

# prepare_tree DIR: checks the tools, builds nixdock, and lists in
# $WORK/files the .nix files under DIR that Nix accepts.
prepare_tree() {
  need nix-instantiate "apt-get install nix-bin"
  need /usr/bin/time "apt-get install time"
  build_nixdock
  find "$(cd "$1" && pwd)" -name '*.nix' -type f | sort >"$WORK/all"
  nix_accepted "$WORK/all" "$WORK/files"
}

# ALL runs a command with the files of a list as arguments: ALL -a LIST
# CMD... It is xargs with the largest argument buffer the system allows,
# so that a tree's list fits one process (xargs by default splits it into
# 128 KiB pieces, a process each). An array, as time(1) runs it.
max_args=$(xargs --show-limits </dev/null 2>&1 | awk -F': ' '/actually use/ {print $2}')
ALL=(xargs -s "${max_args:-131072}" -d '\n')
