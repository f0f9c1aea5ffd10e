#!/bin/sh
# Runs one fuzz target for a bounded time, seeded with the bundled scenarios or outlines, and
# prints the CPU time it used. Crashes land in Fuzz/.build/artifacts/TARGET/.
#   Fuzz/run.sh TARGET [SECONDS]     TARGET: scenario, outline, param or run-chart
set -eu
cd "$(dirname "$0")/.."
target=$1
seconds=${2:-60}
OUT=Fuzz/.build
corpus=$OUT/corpus/$target
artifacts=$OUT/artifacts/$target
mkdir -p "$corpus" "$artifacts"
case $target in
    scenario|run-chart) seeds="scenarios/*.json scenarios/sweeps/*.json scenarios/bench/small.json Tests/GovSimScenarioTests/Regressions/*.json"; dict=Fuzz/scenario.dict; max=65536 ;;
    outline) seeds="scenarios/examples/*.outline Fuzz/Seeds/outline/* Tests/GovSimScenarioTests/Regressions/*.outline"; dict=Fuzz/outline.dict; max=8192 ;;
    param) seeds="Fuzz/Seeds/param/*"; dict=Fuzz/param.dict; max=512 ;;
    *) echo "Fuzz/run.sh: unknown target $target (scenario, outline, param, run-chart)" >&2; exit 64 ;;
esac
for seed in $seeds; do
    [ -f "$seed" ] && [ "$(basename "$seed")" != schema.json ] && cp "$seed" "$corpus/seed-$(basename "$seed")"
done
echo "fuzz: $target for $seconds s (corpus $corpus)"
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} /usr/bin/time -f "fuzz: $target used %U s user + %S s system CPU in %e s" \
    "$OUT/fuzz-$target" "$corpus" -dict="$dict" -max_len="$max" -max_total_time="$seconds" -timeout=60 \
    -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$artifacts/" -print_final_stats=1 2>"$OUT/$target.log" || status=$?
grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)|^SUMMARY|^fuzz:' "$OUT/$target.log" || true
ls "$artifacts" | sed "s|^|fuzz: artifact $artifacts/|"
exit $status
