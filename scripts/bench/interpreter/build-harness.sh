#!/usr/bin/env bash
# Builds the release-mode timing harness (BuildScript + a tiny host) into $1.
set -euo pipefail
cd "$(dirname "$0")/../../.."
swift build -c release --target BuildScript >&2
R=.build/release
swiftc -O scripts/bench/interpreter/harness.swift -module-name Harness -I "$R/Modules" \
    "$R"/BuildScript.build/*.o "$R"/OrderedCollections.build/*.o "$R"/InternalCollectionsUtilities.build/*.o -o "$1"
