#!/usr/bin/env bash
# Builds the release-mode timing harness (BuildScript + a tiny host) into $1. It links the Swift
# runtime statically, as scripts/bench/all links the buildsh that P5/P5b measure
# (--static-swift-stdlib): linked dynamically, resolving the runtime's symbols at start-up adds
# about 5 ms of CPU time to every run, which is not the interpreter's.
set -euo pipefail
cd "$(dirname "$0")/../../.."
swift build -c release --target BuildScript >&2
R=.build/release
swiftc -O -static-stdlib scripts/bench/interpreter/harness.swift -module-name Harness -I "$R/Modules" \
    "$R"/BuildScript.build/*.o "$R"/OrderedCollections.build/*.o "$R"/InternalCollectionsUtilities.build/*.o -o "$1"
