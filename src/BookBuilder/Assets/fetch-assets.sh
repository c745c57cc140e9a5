#!/usr/bin/env bash
# Fills <repo>/.cache/assets/ (or the folder given as $1) with the fonts and hyphenation patterns
# listed in assets.lock. Every archive is checked against its pinned SHA-256 before anything is
# taken out of it. Idempotent: when the stamp file holds the lock file's hash and every asset is
# present, it only refreshes the stamp's time (so MSBuild's Inputs/Outputs check stays quiet).
#
# Needs: bash, sha256sum, tar; npm for "npm" lines; apt-get and dpkg-deb for "deb" lines.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lock="$here/assets.lock"
repo="$(cd "$here/../../.." && pwd)"
dest="${1:-$repo/.cache/assets}"
downloads="${BOOKBUILDER_ASSET_DOWNLOADS:-$repo/.cache/downloads}"
stamp="$dest/.stamp"

log() { printf 'fetch-assets: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

lock_hash="$(sha256sum "$lock" | cut -d' ' -f1)"

# Asset names from the lock, so the no-op check also notices a deleted file.
all_assets_present() {
  local source name version sha pair
  while read -r source name version sha rest; do
    [[ -z "$source" || "$source" == \#* ]] && continue
    for pair in $rest; do
      [[ -s "$dest/${pair#*=}" ]] || return 1
    done
  done < "$lock"
}

up_to_date() {
  [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" ]] && all_assets_present
}

if up_to_date; then
  touch "$stamp"
  exit 0
fi

mkdir -p "$dest" "$downloads"

# Two builds starting at once (solution build, IDE) must not interleave downloads.
exec 9>"$downloads/.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
  if up_to_date; then touch "$stamp"; exit 0; fi
fi

verify() { # file sha256
  [[ -f "$1" ]] && [[ "$(sha256sum "$1" | cut -d' ' -f1)" == "$2" ]]
}

fetch_npm() { # name version sha -> prints archive path
  local name="$1" version="$2" sha="$3"
  local file="$downloads/npm-$(printf '%s' "$name" | tr '/@' '__')-$version.tgz"
  if ! verify "$file" "$sha"; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to fetch $name@$version (install nodejs and npm)"
    local tmp; tmp="$(mktemp -d "$downloads/npm.XXXXXX")"
    log "npm pack $name@$version"
    (cd "$tmp" && npm pack "$name@$version" --silent >/dev/null 2>"$tmp/npm.log") ||
      { cat "$tmp/npm.log" >&2; rm -rf "$tmp"; die "npm pack $name@$version failed"; }
    mv "$tmp"/*.tgz "$file"
    rm -rf "$tmp"
  fi
  verify "$file" "$sha" || die "$name@$version: SHA-256 mismatch (expected $sha, got $(sha256sum "$file" | cut -d' ' -f1))"
  printf '%s\n' "$file"
}

fetch_deb() { # name version sha -> prints archive path
  local name="$1" version="$2" sha="$3"
  local file="$downloads/deb-$name-${version//:/%3a}.deb"
  if ! verify "$file" "$sha"; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get is needed to fetch Debian package $name=$version"
    local tmp; tmp="$(mktemp -d "$downloads/deb.XXXXXX")"
    chmod 755 "$tmp" # lets apt's unprivileged download user write here
    log "apt-get download $name=$version"
    if ! (cd "$tmp" && apt-get download -q "$name=$version" >"$tmp/apt.log" 2>&1); then
      if [[ "$(id -u)" == 0 ]]; then
        log "apt-get update (package lists may be missing or stale)"
        apt-get update -q >/dev/null 2>&1 || log "apt-get update reported errors"
        (cd "$tmp" && apt-get download -q "$name=$version" >"$tmp/apt.log" 2>&1) ||
          { cat "$tmp/apt.log" >&2; rm -rf "$tmp"; die "apt-get download $name=$version failed"; }
      else
        cat "$tmp/apt.log" >&2; rm -rf "$tmp"
        die "apt-get download $name=$version failed; run 'sudo apt-get update' and build again"
      fi
    fi
    mv "$tmp"/*.deb "$file"
    rm -rf "$tmp"
  fi
  verify "$file" "$sha" || die "$name=$version: SHA-256 mismatch (expected $sha, got $(sha256sum "$file" | cut -d' ' -f1))"
  printf '%s\n' "$file"
}

# Everything is unpacked into a staging folder first and moved into place at the end, so an
# interrupted run never leaves a half-written asset behind a valid stamp.
staging="$(mktemp -d "$downloads/staging.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

while read -r source name version sha rest; do
  [[ -z "$source" || "$source" == \#* ]] && continue
  [[ -n "$rest" ]] || die "assets.lock: $name lists no files to extract"
  case "$source" in
    npm) archive="$(fetch_npm "$name" "$version" "$sha")" ;;
    deb) archive="$(fetch_deb "$name" "$version" "$sha")" ;;
    *) die "assets.lock: unknown source '$source' for $name" ;;
  esac
  unpacked="$staging/unpacked/$source-${name//\//_}"
  mkdir -p "$unpacked"
  case "$source" in
    npm) tar -xzf "$archive" -C "$unpacked" ;;
    deb) command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb is needed to unpack $name"
         dpkg-deb -x "$archive" "$unpacked" ;;
  esac
  for pair in $rest; do
    member="${pair%%=*}"; asset="${pair#*=}"
    [[ -f "$unpacked/$member" ]] || die "$name $version has no file $member"
    mkdir -p "$staging/out/$(dirname "$asset")"
    cp "$unpacked/$member" "$staging/out/$asset"
  done
done < "$lock"

(cd "$staging/out" && find . -type f) | while read -r f; do
  mkdir -p "$dest/$(dirname "$f")"
  mv -f "$staging/out/$f" "$dest/$f"
done
printf '%s\n' "$lock_hash" > "$stamp"
log "assets ready in $dest"
