#!/usr/bin/env bash
# bench/fixcoverage.sh DIR [CODES]: lint every .nix file under DIR with all
# rules and count, per rule, the findings and the findings that carry a fix
# (safe or unsafe), then the share with a fix over the codes given
# (default ND001-ND005). With FINDINGS=1 it also lists each finding
# without a fix (file:line code message), to see why the rest have none.
# NIXDOCK_BIN=/path/to/nixdock uses that binary instead of building one (to
# compare with an older build).
source "$(dirname "$0")/common.sh"
need jq "to read nixdock's JSON report"
DIR=${1:?usage: bench/fixcoverage.sh DIR [CODES]}
CODES=${2:-ND001,ND002,ND003,ND004,ND005}
if [ -n "${NIXDOCK_BIN:-}" ]; then NIXDOCK=$NIXDOCK_BIN; else build_nixdock; fi
# Every file is named, so that ignore files do not hide any of them.
find "$DIR" -name '*.nix' -type f | sort >"$WORK/files"
echo "$(wc -l <"$WORK/files") files"
"${ALL[@]}" -a "$WORK/files" "$NIXDOCK" lint --exit-zero --no-config --format json >"$WORK/report.json"
jq -r --arg codes "$CODES" '
  ($codes | split(",")) as $sel
  | group_by(.code)
  | map({code: .[0].code, name: .[0].name, n: length,
         fixed: (map(select(.fix != null)) | length),
         safe: (map(select(.fix.safety == "safe")) | length)})
  | (["code", "name", "findings", "with fix", "safe", "share"] | @tsv),
    (.[] | [.code, .name, .n, .fixed, .safe, "\(if .n > 0 then (.fixed * 1000 / .n | floor) / 10 else 0 end)%"] | @tsv),
    (map(select(.code as $c | $sel | index($c))) as $s
     | ($s | map(.n) | add // 0) as $n | ($s | map(.fixed) | add // 0) as $f
     | ["total " + $codes, "", $n, $f, "", "\(if $n > 0 then ($f * 1000 / $n | floor) / 10 else 0 end)%"] | @tsv)
' "$WORK/report.json" | column -t -s $'\t'
if [ "${FINDINGS:-0}" = 1 ]; then
  echo
  echo "findings without a fix:"
  jq -r --arg codes "$CODES" '($codes | split(",")) as $sel
    | .[] | select(.fix == null and (.code as $c | $sel | index($c)))
    | "\(.file):\(.range.start.line): \(.code) \(.message)"' "$WORK/report.json"
fi
