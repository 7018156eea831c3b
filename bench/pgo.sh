#!/usr/bin/env bash
# bench/pgo.sh DIR: rewrites cmd/nixdock/default.pgo, the CPU profile that
# go build optimises nixdock with (profile-guided optimisation: it inlines
# and lays out the hot paths of the profile, which took a tenth off a lint
# run's CPU time), from lint runs over the .nix files under DIR, with the
# default rules and with every rule. Run it again when the hot paths have
# changed much; a stale profile only optimises less.
source "$(dirname "$0")/common.sh"
DIR=${1:?usage: bench/pgo.sh DIR}
# The profiling build is not itself built with the old profile, so that
# what it records does not depend on it.
(cd "$ROOT" && CGO_ENABLED=0 go build -pgo=off -tags profile -o "$WORK/nixdock" ./cmd/nixdock)
find "$(cd "$DIR" && pwd)" -name '*.nix' -type f | sort >"$WORK/files"
echo "$(wc -l <"$WORK/files") files"
for i in 1 2 3 4 5 6 7 8; do
  for sel in "" "--select=ALL"; do
    NIXDOCK_CPUPROFILE="$WORK/cpu-$i${sel:+-all}.pprof" "${ALL[@]}" -a "$WORK/files" \
      "$WORK/nixdock" lint --exit-zero --quiet --format concise $sel >/dev/null 2>&1 || true
  done
done
go tool pprof -proto "$WORK"/cpu-*.pprof >"$ROOT/cmd/nixdock/default.pgo"
echo "wrote cmd/nixdock/default.pgo ($(wc -c <"$ROOT/cmd/nixdock/default.pgo") bytes)"
