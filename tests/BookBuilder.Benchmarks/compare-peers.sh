#!/usr/bin/env bash
# The book builder against pandoc on the same books: BENCHMARKS.md shows what it prints.
#
#   tests/BookBuilder.Benchmarks/compare-peers.sh [--runs N] [--copies "5 25"] [--work DIR] [--no-build]
#
# Makes a book of N copies of the field-guide fixture's chapters (plus its FAQ and glossary) for
# each value of --copies (5 copies: about 200 pages, 25: about 1000), then times, round-robin,
# every tool on every book --runs times after one untimed warm-up round:
#
#   bookbuilder native / JIT   both editions, the PDF only, the EPUB only
#   pandoc -> EPUB             pandoc's EPUB 3 writer
#   pandoc -> HTML -> PDF      pandoc's HTML, typeset by WeasyPrint with a style sheet of the
#                              builder's A4 theme and fonts (peers/print.css)
#
# Each round takes the tools in a different order (rotated by one each round), so that the load of
# the machine, which is rarely idle, falls on all of them alike. It prints a Markdown report (also
# written to DIR/report.md; the raw times are in DIR/times.tsv): median wall time, min-max, median
# CPU time (user + system), median peak RSS of the largest process, pages (pdfinfo) and output size.
# It also checks that the native command and the JIT build write byte-identical editions.
# DIR defaults to artifacts/compare-peers; --runs defaults to 5, about half an hour on 2 cores,
# most of it WeasyPrint. --no-build uses the command as last built (Release, and the native one).
#
# This is a Linux script (bash, GNU time): the peers are Linux tools and so is the comparison.
# Needs the .NET SDK, clang for the native command (see README), pandoc, weasyprint, pdfinfo
# (poppler-utils) and GNU time (/usr/bin/time).
set -euo pipefail

runs=5
copies="5 25"
work=""
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --copies) copies="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "--runs takes a positive number" >&2; exit 2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${work:-$repo/artifacts/compare-peers}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

for tool in dotnet pandoc weasyprint pdfinfo; do
  command -v "$tool" > /dev/null || { echo "missing: $tool" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "missing: GNU time (/usr/bin/time)" >&2; exit 1; }

rid="linux-x64"
[[ "$(uname -m)" == "aarch64" ]] && rid="linux-arm64"
native="$repo/artifacts/bin/$rid/bookbuilder"
jit="$repo/src/BookBuilder.Cli/bin/Release/net10.0/BookBuilder.Cli.dll"

log() { echo "compare-peers: $*" >&2; }

if [[ $build == 1 ]]; then
  log "building the JIT command, the native command and the benchmarks program (Release)"
  (cd "$repo" && dotnet tool restore > /dev/null && dotnet cake --target=Publish --configuration=Release > "$work/build.log" 2>&1) \
    || { echo "the build failed: see $work/build.log" >&2; exit 1; }
  dotnet build -c Release "$repo/tests/BookBuilder.Benchmarks" > "$work/build-benchmarks.log" 2>&1 \
    || { echo "the benchmarks program did not build: see $work/build-benchmarks.log" >&2; exit 1; }
fi
[[ -x "$native" ]] || { echo "no native command at $native: run dotnet cake --target=Publish (needs clang, see README)" >&2; exit 1; }
[[ -f "$jit" ]] || { echo "no JIT build at $jit: run dotnet build -c Release src/BookBuilder.Cli" >&2; exit 1; }

# The books, and the style sheet with the builder's fonts for WeasyPrint.
fonts="$repo/.cache/assets/fonts"
[[ -f "$fonts/SourceSerif4-Regular.ttf" ]] || { echo "no fonts in $fonts: build once (dotnet cake) to fetch them" >&2; exit 1; }
sed "s|@FONTS@|$fonts|g" "$here/peers/print.css" > "$work/print.css"
books=()
for n in $copies; do
  book="book-$n"
  log "making $book ($n copies of the field guide's chapters)"
  dotnet run -c Release --no-build --project "$repo/tests/BookBuilder.Benchmarks" -- make-book --copies "$n" --out "$work/$book" >&2
  books+=("$book")
done

# The command of each step: step_<name> <book folder> <output folder> sets cmd (and dir, where it runs).
step_native_all()  { dir="$1"; cmd=("$native" build manuscript --out "$2"); }
step_jit_all()     { dir="$1"; cmd=(dotnet "$jit" build manuscript --out "$2"); }
step_native_pdf()  { dir="$1"; cmd=("$native" build manuscript --out "$2" --format pdf); }
step_jit_pdf()     { dir="$1"; cmd=(dotnet "$jit" build manuscript --out "$2" --format pdf); }
step_native_epub() { dir="$1"; cmd=("$native" build manuscript --out "$2" --format epub); }
step_jit_epub()    { dir="$1"; cmd=(dotnet "$jit" build manuscript --out "$2" --format epub); }
# pandoc reads the same files in reading order, in the manuscript folder. --file-scope keeps each
# chapter's footnotes its own (their labels repeat across chapters); links.lua gives repeated
# headings unique ids and turns links between the files into links inside the document.
step_pandoc_epub() {
  dir="$1/manuscript"; mapfile -t inputs < "$1/pandoc/inputs.txt"
  cmd=(pandoc --file-scope --lua-filter="$here/peers/links.lua" --resource-path=.:chapters
       --metadata-file=../pandoc/metadata.yml -f markdown -t epub3 --toc --toc-depth=2
       -o "$2/book.epub" "${inputs[@]}")
}
# HTML for print: footnotes become spans floated to the foot of the page (footnotes.lua), without
# pandoc's screen CSS; WeasyPrint resolves the chapters' image paths (../images/...) from the
# chapters folder.
step_pandoc_html() {
  dir="$1/manuscript"; mapfile -t inputs < "$1/pandoc/inputs.txt"
  cmd=(pandoc --file-scope --lua-filter="$here/peers/links.lua" --lua-filter="$here/peers/footnotes.lua"
       --resource-path=.:chapters --metadata-file=../pandoc/metadata.yml -f markdown -t html5 -s
       -M document-css=false --toc --toc-depth=2 --section-divs -o "$2/book.html" "${inputs[@]}")
}
step_weasyprint() { dir="$1"; cmd=(weasyprint -s "$work/print.css" -u "$1/manuscript/chapters/" "$2/book.html" "$2/book.pdf"); }

# Tools as they appear in the table: name|output|steps (each step one timed process).
tools=(
  "bookbuilder native|PDF + EPUB|native_all"
  "bookbuilder JIT|PDF + EPUB|jit_all"
  "bookbuilder native|PDF|native_pdf"
  "bookbuilder JIT|PDF|jit_pdf"
  "pandoc -> HTML -> WeasyPrint|PDF|pandoc_html weasyprint"
  "bookbuilder native|EPUB|native_epub"
  "bookbuilder JIT|EPUB|jit_epub"
  "pandoc|EPUB|pandoc_epub"
)

times="$work/times.tsv"
printf 'round\tbook\ttool\tstep\twall_s\tcpu_s\tmaxrss_kb\n' > "$times"

# measure <round> <book> <tool index>: runs the tool's steps on a fresh output folder, one GNU time each.
measure() {
  local round="$1" book="$2" t="$3"
  local steps out step tfile dir cmd inputs
  IFS='|' read -r _ _ steps <<< "${tools[$t]}"
  out="$work/$book/out-$t"
  rm -rf "$out"; mkdir -p "$out"
  for step in $steps; do
    tfile="$work/time.$$"
    "step_$step" "$work/$book" "$out"
    if ! (cd "$dir" && /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$tfile" "${cmd[@]}" > "$out/$step.log" 2>&1); then
      echo "$step failed on $book: see $out/$step.log" >&2; exit 1
    fi
    awk -F'\t' -v r="$round" -v b="$book" -v t="$t" -v s="$step" 'END { printf "%s\t%s\t%s\t%s\t%.2f\t%.2f\t%s\n", r, b, t, s, $1, $2 + $3, $4 }' "$tfile" >> "$times"
    rm -f "$tfile"
  done
}

start_load="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
count=${#tools[@]}
for ((round = 0; round <= runs; round++)); do
  if [[ $round == 0 ]]; then log "warm-up round"; else log "round $round of $runs"; fi
  for book in "${books[@]}"; do
    for ((k = 0; k < count; k++)); do
      measure "$round" "$book" $(((k + round) % count))
    done
  done
done
end_load="$(cut -d' ' -f1-3 /proc/loadavg)"

# Byte-identical editions from the native command and the JIT build.
identical=""
for book in "${books[@]}"; do
  for f in "$work/$book/out-0"/*.pdf "$work/$book/out-0"/*.epub; do
    name="$(basename "$f")"
    if cmp -s "$f" "$work/$book/out-1/$name"; then identical+="- $book: \`$name\` identical ($(sha256sum < "$f" | cut -c1-16))"$'\n'
    else identical+="- $book: \`$name\` DIFFERS between the native command and the JIT build"$'\n'; fi
  done
done

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
mem="$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
os="$(. /etc/os-release && echo "$PRETTY_NAME")"
{
  echo "Measured $started on $os, $(uname -m), $(nproc) cores ($cpu), $mem RAM;"
  echo "load average $start_load at the start, $end_load at the end. $runs timed rounds after a warm-up round."
  echo "bookbuilder $(git -C "$repo" rev-parse --short HEAD), .NET SDK $(dotnet --version); $(pandoc --version | head -1); WeasyPrint $(weasyprint --version | awk '{print $NF}')."
  echo
  for book in "${books[@]}"; do
    words="$(cd "$work/$book/manuscript" && cat $(cat ../pandoc/inputs.txt) | wc -w | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
    echo "**$book**: ${book#book-} copies of the field guide's chapters, its FAQ and glossary: $(wc -l < "$work/$book/pandoc/inputs.txt") Markdown files, $words words"
    echo
    echo "| Tool | Output | Wall time, median (min-max) | CPU time, median | Peak RSS, median | Pages | Size |"
    echo "|------|--------|-----------------------------|------------------|------------------|-------|------|"
    for ((t = 0; t < count; t++)); do
      IFS='|' read -r name output steps <<< "${tools[$t]}"
      out="$work/$book/out-$t"
      pages="-"
      pdf="$(ls "$out"/*.pdf 2> /dev/null | head -1 || true)"
      [[ -n "$pdf" ]] && pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
      size=0
      for f in "$out"/*.pdf "$out"/*.epub; do [[ -f "$f" ]] && size=$((size + $(stat -c %s "$f"))); done
      # Per round: the steps' wall and CPU times add up; the peak RSS is the largest step's.
      awk -F'\t' -v b="$book" -v t="$t" -v name="$name" -v output="$output" -v pages="$pages" -v size="$size" '
        function median(a, n,   i, j, x) {
          for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
          return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        NR > 1 && $1 > 0 && $2 == b && $3 == t {
          wall[$1] += $5; cpu[$1] += $6; if ($7 > rss[$1]) rss[$1] = $7; rounds[$1] = 1
        }
        END {
          n = 0; for (r in rounds) { n++; w[n] = wall[r]; c[n] = cpu[r]; m[n] = rss[r] }
          lo = w[1]; hi = w[1]; for (i = 2; i <= n; i++) { if (w[i] < lo) lo = w[i]; if (w[i] > hi) hi = w[i] }
          printf "| %s | %s | %.2f s (%.2f-%.2f) | %.2f s | %.0f MB | %s | %.1f MB |\n",
            name, output, median(w, n), lo, hi, median(c, n), median(m, n) / 1024, pages, size / 1048576
        }' "$times"
    done
    # The two steps of the WeasyPrint pipeline on their own.
    awk -F'\t' -v b="$book" '
      function median(a, n,   i, j, x) {
        for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
      }
      NR > 1 && $1 > 0 && $2 == b && $4 == "pandoc_html" { h[++nh] = $5; hr[nh] = $7 }
      NR > 1 && $1 > 0 && $2 == b && $4 == "weasyprint" { p[++np] = $5; pr[np] = $7 }
      END { if (nh && np) printf "\nOf the WeasyPrint pipeline: pandoc -> HTML %.2f s (%.0f MB), WeasyPrint %.2f s (%.0f MB) (medians).\n",
              median(h, nh), median(hr, nh) / 1024, median(p, np), median(pr, np) / 1024 }' "$times"
    echo
  done
  echo "Native command and JIT build, both editions:"
  echo
  printf '%s' "$identical"
} | tee "$work/report.md"
