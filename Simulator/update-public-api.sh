#!/usr/bin/env bash
# Regenerates Simulator/PublicAPI.Unshipped.txt, the list of the library's public surface that the
# PublicApiAnalyzers check on every build (an unlisted public symbol is RS0016, a listed one that is
# gone is RS0017; warnings are errors, so either fails the build and CI).
#
# Run it after an INTENDED change to the public API (a new public type or member, a changed signature,
# a removal), then review `git diff Simulator/PublicAPI.Unshipped.txt` and commit it with the change:
#   bash Simulator/update-public-api.sh
# It builds the library once with the analyzer's findings as warnings, and writes every symbol RS0016
# names (sorted) into PublicAPI.Unshipped.txt. A symbol that PublicAPI.Shipped.txt lists but the code no
# longer has (RS0017) is written as a *REMOVED* line. Needs bash and the .NET SDK only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
unshipped="$here/PublicAPI.Unshipped.txt"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Start from an empty list so that every public symbol not in Shipped is reported.
printf '#nullable enable\n' > "$unshipped"

if ! dotnet build "$here/Simulator.csproj" -c Release --no-incremental -nologo \
    -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1; then
  cat "$log" >&2
  echo "update-public-api.sh: the build failed; PublicAPI.Unshipped.txt holds only '#nullable enable'" >&2
  exit 1
fi

{
  printf '#nullable enable\n'
  { grep -o "warning RS0016: Symbol '.*' is not part of the declared public API" "$log" \
      | sed -e "s/^warning RS0016: Symbol '//" -e "s/' is not part of the declared public API\$//" || true
    grep -o "warning RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" "$log" \
      | sed -e "s/^warning RS0017: Symbol '/*REMOVED*/" -e "s/' is part of the declared API, but is either not public or could not be found\$//" || true
  } | LC_ALL=C sort -u
} > "$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"

echo "PublicAPI.Unshipped.txt: $(($(wc -l < "$unshipped") - 1)) symbols"
others="$(grep -o 'warning RS00[0-9][0-9]: .*' "$log" | grep -v '^warning RS001[67]:' | LC_ALL=C sort -u || true)"
if [ -n "$others" ]; then
  echo "Other PublicApiAnalyzers findings (errors in the normal build; fix them in the code):" >&2
  echo "$others" >&2
  exit 1
fi
