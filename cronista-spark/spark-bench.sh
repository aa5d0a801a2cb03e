#!/usr/bin/env bash
# The Spark benchmark: ./dev spark-bench [CORPUS.jsonl] [SIZES]
# The same articles ingested by `cronista ingest` (1 and 2 coding threads) and by the Spark
# application in local[1] and local[2] (spark-submit's own main class, the application jar, Spark's
# jars from Maven), for each size in SIZES (default "1000 6000": the first records of Reuters-21578
# from ../shared). Prints each whole process's wall-clock and CPU time and articles per second, the
# speed-up of local[2] over local[1], Spark's overhead against the plain ingest, and, between the
# two sizes, the marginal rate and CPU cost (the articles of the larger run that the smaller lacks,
# over the time they added), which leave out start-up and other fixed costs. The machine's load
# average is printed too: on a shared machine other processes take cores. Expects `mvn package` to
# have run (./dev spark-bench does it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/reuters21578/reuters21578.jsonl}"
read -r -a sizes <<< "${2:-1000 6000}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
heap="${BENCH_HEAP:-3g}"
if [ ! -f "$corpus" ]; then
  echo "spark-bench: no corpus at $corpus" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
app="$root/cronista-spark/target/cronista-spark.jar"
sparkcp="$(cat "$root/cronista-spark/target/spark-classpath.txt")"
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

declare -A wall cpu
run() { # key, command...
  local key="$1"; shift
  local TIMEFORMAT='%R %U %S' rc=0
  { time (cd "$work" && "$@" > "$work/$key.out" 2> "$work/$key.err") ; } 2> "$work/$key.time" || rc=$?
  if [ "$rc" -gt 1 ]; then # 1 is `cronista ingest` saying that it skipped records
    cat "$work/$key.err" >&2
    exit 1
  fi
  read -r w u s < "$work/$key.time"
  wall[$key]=$w
  cpu[$key]=$(calc "$u + $s")
  printf '  %-14s %6.1f s wall, %6.1f s CPU, %6.1f articles/s | %s\n' "$key" "$w" "${cpu[$key]}" \
    "$(calc "$n / $w")" "$(grep -E '^read ' "$work/$key.out")"
}

echo "corpus $corpus; $(nproc) cores; heap $heap; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  head -n "$n" "$corpus" > "$work/corpus.jsonl"
  echo "$n records:"
  for t in 1 2; do
    rm -f "$work/db.duckdb"
    run "ingest-$t@$n" env CRONISTA_JAVA_OPTS="-Xmx$heap" "$root/cronista" ingest --db "$work/db.duckdb" \
      --threads "$t" --date 2024-01-01 "$work/corpus.jsonl"
  done
  for c in 1 2; do
    rm -rf "$work/out"
    run "local[$c]@$n" "$java" "-Xmx$heap" -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED "${opens[@]}" \
      -cp "$app:$sparkcp" org.apache.spark.deploy.SparkSubmit --master "local[$c]" \
      --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
      --class org.cronista.spark.CronistaSpark "$app" \
      --input "$work/corpus.jsonl" --output "$work/out" --date 2024-01-01
  done
  printf '  speed-up local[2] over local[1]: %.2f; Spark overhead in wall time: local[1] %+.0f%% of ingest --threads 1, local[2] %+.0f%% of ingest --threads 2\n' \
    "$(calc "${wall[local[1]@$n]} / ${wall[local[2]@$n]}")" \
    "$(calc "100 * (${wall[local[1]@$n]} / ${wall[ingest-1@$n]} - 1)")" \
    "$(calc "100 * (${wall[local[2]@$n]} / ${wall[ingest-2@$n]} - 1)")"
done
if [ "${#sizes[@]}" -ge 2 ]; then
  a="${sizes[0]}"; b="${sizes[-1]}"
  echo "marginal, records $a to $b (fixed costs left out):"
  for k in ingest-1 ingest-2 "local[1]" "local[2]"; do
    printf '  %-9s %7.1f articles/s, %5.2f ms CPU per article\n' "$k" \
      "$(calc "($b - $a) / (${wall[$k@$b]} - ${wall[$k@$a]})")" \
      "$(calc "1000 * (${cpu[$k@$b]} - ${cpu[$k@$a]}) / ($b - $a)")"
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
