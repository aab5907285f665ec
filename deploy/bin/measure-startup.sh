#!/usr/bin/env bash
# Measures the jar's start-up: time from launch to /readyz = 200, and resident memory (RSS) once idle.
# usage: deploy/bin/measure-startup.sh [runs]     (build first: mvn -B -q -DskipTests package)
# Runs the sandbox on a fresh H2 file in a temporary directory, on a free port. Extra settings come from the
# environment (DATABASE_URL=jdbc:postgresql://… measures against PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar="$PWD/deploy/target/largrupp.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
runs="${1:-3}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 3917)
printf '%-4s %-14s %-12s\n' run ready_ms idle_rss_mb
for run in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$work" && PORT=$port exec java -Dfile.encoding=UTF-8 -jar "$jar" >"$work/log.txt" 2>&1) &
  pid=$!
  ready=""
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then ready=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  if [ -z "$ready" ]; then echo "not ready; log:" >&2; cat "$work/log.txt" >&2; kill "$pid" 2>/dev/null || true; exit 1; fi
  sleep 5   # idle: let start-up garbage settle
  jpid=$(pgrep -P "$pid" java || echo "$pid")
  rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$jpid/status" 2>/dev/null || ps -o rss= -p "$jpid")
  printf '%-4s %-14s %-12s\n' "$run" "$ready" "$(( rss_kb / 1024 ))"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
echo "goal: ready < 5000 ms, idle RSS < 300 MB"
