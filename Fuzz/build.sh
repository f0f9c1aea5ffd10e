#!/bin/sh
# Builds GovSim's libFuzzer targets: the library modules a target needs are compiled with
# coverage and AddressSanitizer (swiftc -sanitize=fuzzer,address), then each target in
# Fuzz/Targets links against them. The main package's build is untouched.
#   Fuzz/build.sh            builds every target into Fuzz/.build
set -eu
cd "$(dirname "$0")/.."
OUT=Fuzz/.build
SWIFTC=${SWIFTC:-swiftc}
FLAGS="-O -parse-as-library -package-name GovSim -sanitize=fuzzer,address -I $OUT -I Sources/CGraphviz -Xcc -I/usr/include/graphviz"
mkdir -p "$OUT"

module() {   # module NAME: Sources/NAME/**/*.swift into $OUT/NAME.o and NAME.swiftmodule
    name=$1
    files=$(find "Sources/$name" -name '*.swift' | sort)
    newest=$(ls -t $files | head -1)
    if [ -f "$OUT/$name.o" ] && [ "$OUT/$name.o" -nt "$newest" ]; then return; fi
    echo "fuzz: compiling $name"
    # shellcheck disable=SC2086
    $SWIFTC $FLAGS -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
        -c $files -o "$OUT/$name.o"
}

module GovSimModel
module GovSimEngine
module GovSimScenario
module GovSimGraphviz

LIBS="$OUT/GovSimModel.o $OUT/GovSimEngine.o $OUT/GovSimScenario.o"
for target in scenario outline param; do
    echo "fuzz: linking fuzz-$target"
    # shellcheck disable=SC2086
    $SWIFTC $FLAGS -module-name Fuzz Fuzz/Targets/FuzzSupport.swift "Fuzz/Targets/$target.swift" $LIBS -o "$OUT/fuzz-$target" 2>&1 | grep -v 'Cannot export local symbol' || true
done
echo "fuzz: linking fuzz-run-chart"
# shellcheck disable=SC2086
$SWIFTC $FLAGS -module-name Fuzz Fuzz/Targets/FuzzSupport.swift Fuzz/Targets/run-chart.swift $LIBS "$OUT/GovSimGraphviz.o" \
    -lgvc -lcgraph -lcdt -o "$OUT/fuzz-run-chart" 2>&1 | grep -v 'Cannot export local symbol' || true
