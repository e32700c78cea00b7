#!/bin/sh
# Builds one fuzz target of Fuzz/ with libFuzzer and AddressSanitizer and runs it for SECONDS.
#
#   Scripts/fuzz.sh TARGET SECONDS      e.g. Scripts/fuzz.sh query 600
#   Scripts/fuzz.sh list                the targets
#
# Inputs: the seeds kept in Fuzz/Corpus/<Target>, large and deep seeds generated here (too big
# to keep in git), and what earlier runs found (.build/fuzz/<Target>/corpus, grown by libFuzzer).
# Crashes, timeouts and out-of-memory inputs are written to .build/fuzz/<Target>/findings and
# listed at the end; fuzzing goes on after each one (fork mode), so one known crash does not
# hide the next. Environment: FUZZ_MAX_LEN (bytes, default 1048576), FUZZ_TIMEOUT (seconds per
# input, default 20), FUZZ_RSS_MB (default 3072), FUZZ_JOBS (parallel jobs, default 1).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
targets="dataset feed-lines feed-import openrouter modelsdev litellm epoch csv query theme"

usage() {
    echo "usage: Scripts/fuzz.sh TARGET SECONDS   (TARGET: $targets)" >&2
    exit 2
}

product_for() {
    case "$1" in
        dataset) echo FuzzDataset ;;
        feed-lines) echo FuzzFeedLines ;;
        feed-import) echo FuzzFeedImport ;;
        openrouter) echo FuzzOpenRouter ;;
        modelsdev) echo FuzzModelsDev ;;
        litellm) echo FuzzLiteLLM ;;
        epoch) echo FuzzEpoch ;;
        csv) echo FuzzCSV ;;
        query) echo FuzzQuery ;;
        theme) echo FuzzTheme ;;
        *) return 1 ;;
    esac
}

[ "${1:-}" = list ] && { echo "$targets"; exit 0; }
[ $# -eq 2 ] || usage
product=$(product_for "$1") || usage
seconds=$2
case "$seconds" in ''|*[!0-9]*) usage ;; esac

max_len=${FUZZ_MAX_LEN:-1048576}
work="$root/.build/fuzz/$product"
mkdir -p "$work/corpus" "$work/generated" "$work/findings"

# `repeat TEXT COUNT`: TEXT written COUNT times, no newline.
repeat() {
    yes "$1" | head -n "$2" | tr -d '\n'
}

# Large and deep seeds: a 512 KB string, nesting 20 000 deep, 20 000 entries, a 100 000-digit
# number. They are what found the crashes of issue 10; small seeds alone rarely grow this big.
generate() {
    g="$work/generated"
    big=$(repeat 'x' 524288)
    case "$product" in
        FuzzDataset)
            printf '{"schema":1,"title":"%s"}' "$big" > "$g/long-string.json"
            { printf '{"schema":1,"x":'; repeat '[' 20000; repeat ']' 20000; printf '}'; } > "$g/deep.json"
            { printf '{"schema":1,"models":[{"id":"m","name":"M","org":"o","released":"2025-01-01","parameters":{"total":'; repeat 9 100000; printf '}}]}'; } > "$g/long-number.json"
            { printf '{"schema":1,"organizations":['; repeat '{"id":"o","name":"O"},' 20000; printf '{"id":"p","name":"P"}]}'; } > "$g/many.json"
            ;;
        FuzzFeedLines)
            printf '\377{"kind":"news","id":"n","date":"2025-05-01","headline":"%s","source":"W"}\n' "$big" > "$g/long-headline.jsonl"
            { printf '\017'; repeat '[' 20000; printf '\n'; } > "$g/deep.jsonl"
            { printf '\003'; yes '{"kind":"news","id":"n","date":"2025-05-01","headline":"h","source":"W"}' | head -n 10000; } > "$g/many.jsonl"
            ;;
        FuzzFeedImport)
            printf '<rss version="2.0"><channel><title>%s</title><item><title>t</title><pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate></item></channel></rss>' "$big" > "$g/long-title.xml"
            { printf '<rss version="2.0"><channel>'; repeat '<a>' 20000; printf '</channel></rss>'; } > "$g/deep.xml"
            { printf '<rss version="2.0"><channel><item '; i=0; while [ $i -lt 5000 ]; do printf 'a%d="v" ' $i; i=$((i + 1)); done; printf '/></channel></rss>'; } > "$g/attributes.xml"
            { printf '<rss version="2.0"><channel>'; repeat '<item><title>t</title><link>https://e.com/</link></item>' 10000; printf '</channel></rss>'; } > "$g/many.xml"
            ;;
        FuzzOpenRouter)
            printf '{"data":[{"id":"a/b","name":"%s","pricing":{"prompt":"0.000001","completion":"0.000002"}}]}' "$big" > "$g/long-name.json"
            { printf '{"data":[{"id":"a/b","name":"n","pricing":{"prompt":"'; repeat 9 100000; printf '","completion":"1"}}]}'; } > "$g/long-number.json"
            { printf '{"data":'; repeat '[' 20000; printf '}'; } > "$g/deep.json"
            { printf '{"data":['; repeat '{"id":"a/b","name":"n","pricing":{"prompt":"0.000001","completion":"0.000002"}},' 20000; printf '{}]}'; } > "$g/many.json"
            ;;
        FuzzModelsDev)
            printf '{"p":{"id":"p","name":"P","models":{"m":{"id":"m","name":"%s","cost":{"input":1,"output":2}}}}}' "$big" > "$g/long-name.json"
            { printf '{"p":'; repeat '{"a":' 20000; printf '}'; } > "$g/deep.json"
            { printf '{"p":{"id":"p","name":"P","models":{'; i=0; while [ $i -lt 5000 ]; do printf '"m%d":{"id":"m%d","name":"M","cost":{"input":1,"output":2}},' $i $i; i=$((i + 1)); done; printf '"z":{}}}}'; } > "$g/many.json"
            ;;
        FuzzLiteLLM)
            printf '{"%s":{"input_cost_per_token":0.000001,"output_cost_per_token":0.000002,"litellm_provider":"openai"}}' "$big" > "$g/long-key.json"
            { printf '{"m":{"input_cost_per_token":'; repeat 9 100000; printf ',"output_cost_per_token":1}}'; } > "$g/long-number.json"
            { printf '{"m":'; repeat '[' 20000; printf '}'; } > "$g/deep.json"
            { printf '{'; i=0; while [ $i -lt 5000 ]; do printf '"m%d":{"input_cost_per_token":0.000001,"output_cost_per_token":0.000002,"litellm_provider":"openai"},' $i; i=$((i + 1)); done; printf '"z":{}}'; } > "$g/many.json"
            ;;
        FuzzEpoch|FuzzCSV)
            printf 'Model,Organization,Publication date,Parameters,Training compute (FLOP)\n"%s",O,2025-01-01,1e9,1e20\n' "$big" > "$g/long-cell.csv"
            { printf 'Model,Organization,Publication date,Parameters,Training compute (FLOP)\n'; i=0; while [ $i -lt 5000 ]; do printf 'Unmatched model %d,Nobody %d,2025-01-01,1e9,1e20\n' $i $i; i=$((i + 1)); done; } > "$g/many-rows.csv"
            { printf 'Model,Organization,Publication date,Parameters\nM,O,2025-01-01,'; repeat 9 100000; printf '\n'; } > "$g/long-number.csv"
            ;;
        FuzzQuery)
            repeat '(' 20000 > "$g/parentheses.txt"
            repeat '!' 50000 > "$g/negations.txt"
            printf '%s' "$big" > "$g/long-word.txt"
            repeat 'a | ' 20000 > "$g/many-terms.txt"
            ;;
        FuzzTheme)
            printf '{"name":"t","colors":{"accent":"%s"}}' "$big" > "$g/long-value.json"
            { repeat '{"a":' 20000; printf '1'; repeat '}' 20000; } > "$g/deep.json"
            { printf '{"colors":{'; i=0; while [ $i -lt 5000 ]; do printf '"role%d":"#ffffff",' $i; i=$((i + 1)); done; printf '"accent":"#000000"}}'; } > "$g/many-keys.json"
            ;;
    esac
}

# --sanitize alone links libFuzzer but leaves the compiled modules without coverage counters
# (SwiftPM 6.3), so libFuzzer would mutate blind; -Xswiftc puts the flag on every module,
# FrontierCore included.
build() {
    swift build --package-path "$root/Fuzz" -c release --sanitize fuzzer --sanitize address \
        -Xswiftc -sanitize=fuzzer,address "$@"
}
echo "fuzz.sh: building $product (release, -sanitize=fuzzer,address)" >&2
build --product "$product" >&2
binary="$(build --show-bin-path)/$product"
generate

before=$(ls "$work/findings" | wc -l)
echo "fuzz.sh: running $product for $seconds s; log in $work/fuzz.log" >&2
# Fork mode goes on after a crash, a timeout or an out-of-memory input and keeps each one.
# The seed folders come after the first, which is the only one libFuzzer writes to.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" \
    "$binary" -fork="${FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -max_len="$max_len" -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb="${FUZZ_RSS_MB:-3072}" \
    -artifact_prefix="$work/findings/" -print_final_stats=1 \
    "$work/corpus" "$root/Fuzz/Corpus/$product" "$work/generated" > "$work/fuzz.log" 2>&1 || true

runs=$(grep -o '^#[0-9]*' "$work/fuzz.log" | tail -1 | tr -d '#')
rate=$(grep -o 'exec/s: *[0-9]*' "$work/fuzz.log" | tail -1 | tr -dc '0-9')
echo "fuzz.sh: $product: ${runs:-0} runs in $seconds s (last rate ${rate:-?} exec/s); corpus $(ls "$work/corpus" | wc -l) inputs"
after=$(ls "$work/findings" | wc -l)
if [ "$after" -gt 0 ]; then
    echo "fuzz.sh: $product: $((after - before)) new finding(s), $after in all, in $work/findings:"
    ls -S "$work/findings" | while read -r name; do
        echo "  $(wc -c < "$work/findings/$name") bytes  $work/findings/$name"
    done
    echo "fuzz.sh: reproduce one with: $binary FILE   (the log: $work/fuzz.log)"
    exit 1
fi
echo "fuzz.sh: $product: no findings"
