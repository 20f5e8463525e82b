#!/usr/bin/env bash
# Rewrites every number the docs quote from a run (the <!-- docs-numbers: ... --> markers, docs/extending.md
# "Docs that test themselves") from fresh runs: after an intended model change, run it, review `git diff docs/`
# and commit the docs with the change. Without it, the Docs step of .ci/run fails on any number that moved.
set -euo pipefail
cd "$(dirname "$0")/.."
BURSTSIM_DOCS_UPDATE=1 dotnet test tests/Scenarios.Tests --filter "FullyQualifiedName~DocsNumberTests" "$@"
git --no-pager diff --stat -- README.md docs/
