#!/usr/bin/env bash
# Rebuilds geodata/ from ../shared/data (national open data, see geodata/SOURCES.md).
# Usage: geodata/rebuild.sh [source-dir]   (run from the project root)
set -euo pipefail
cd "$(dirname "$0")/.."
src="${1:-../shared/data}"
./mvnw -q -B compile exec:java -Dexec.mainClass=nl.pmg.planner.curation.GeodataBuilder -Dexec.args="$src geodata"
