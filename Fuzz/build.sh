#!/usr/bin/env bash
# Builds the libFuzzer harness for the review loader (not part of the SwiftPM build).
#
#   bash Fuzz/build.sh                 # builds .build/loader-fuzzer and seeds Fuzz/corpus
#   SWIFT_BACKTRACE=enable=no .build/loader-fuzzer -max_total_time=600 Fuzz/corpus
#
# The sources are compiled straight from Sources/ with coverage and AddressSanitizer
# instrumentation: ReviewModel and ReviewStore as modules, then the harness linked to both.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

out=.build/fuzz
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
link=(-use-ld=lld)

# ZIPFoundation (the store writes .docx with it): compiled from the checkout `swift build`
# made, without instrumentation (the fuzzer does not reach it), against the system zlib.
zip=$(find .build/checkouts -maxdepth 3 -type d -path '*ZIPFoundation/Sources' 2>/dev/null | head -n 1)
[ -n "$zip" ] || { echo "Fuzz/build.sh: no ZIPFoundation checkout; run swift build first" >&2; exit 1; }
swiftc -parse-as-library -O -swift-version 5 -wmo -module-name ZIPFoundation -I "$zip/CZLib" -Xcc -D_GNU_SOURCE=1 \
  -emit-module -emit-module-path "$out/ZIPFoundation.swiftmodule" \
  -c "$zip"/ZIPFoundation/*.swift -o "$out/ZIPFoundation.o"

# CSV.swift (the store reads CSV imports with it): compiled the same way, uninstrumented.
csv=$(find .build/checkouts -maxdepth 3 -type d -path '*CSV.swift/Sources/CSV' 2>/dev/null | head -n 1)
[ -n "$csv" ] || { echo "Fuzz/build.sh: no CSV.swift checkout; run swift build first" >&2; exit 1; }
swiftc -parse-as-library -O -swift-version 5 -wmo -module-name CSV \
  -emit-module -emit-module-path "$out/CSV.swiftmodule" \
  -c "$csv"/*.swift -o "$out/CSV.o"

swiftc "${flags[@]}" -wmo -module-name ReviewModel -emit-module -emit-module-path "$out/ReviewModel.swiftmodule" \
  -c $(find Sources/ReviewModel -name '*.swift' | sort) -o "$out/ReviewModel.o"
swiftc "${flags[@]}" -wmo -module-name ReviewStore -I "$out" -I "$zip/CZLib" -emit-module -emit-module-path "$out/ReviewStore.swiftmodule" \
  -c $(find Sources/ReviewStore -name '*.swift' | sort) -o "$out/ReviewStore.o"
swiftc "${flags[@]}" -module-name LoaderFuzzer -I "$out" -I "$zip/CZLib" \
  "${link[@]}" Fuzz/LoaderFuzzer.swift "$out/ReviewModel.o" "$out/ReviewStore.o" "$out/ZIPFoundation.o" "$out/CSV.o" -lz -o .build/loader-fuzzer

# Seed corpus: the fixtures, the malformed corpus and every input the fuzzer has found
# (Tests/ReviewStoreTests/FuzzRegressions); libFuzzer adds what it finds here.
mkdir -p Fuzz/corpus
cp -n Fixtures/*.json Fuzz/corpus/ 2>/dev/null || true
for file in Tests/ReviewStoreTests/Malformed/*; do
  [ -f "$file" ] && cp -n "$file" "Fuzz/corpus/malformed-$(basename "$file")" 2>/dev/null || true
done
for file in Tests/ReviewStoreTests/FuzzRegressions/*; do
  [ -f "$file" ] && cp -n "$file" "Fuzz/corpus/regression-$(basename "$file")" 2>/dev/null || true
done
echo "built .build/loader-fuzzer; corpus: Fuzz/corpus ($(ls Fuzz/corpus | wc -l) files)"
