#!/usr/bin/env bash
# One scripted desktop start for cds-archive.sh (runs on the display it is given):
#   cds-desktop-start.sh JAVA CLASSPATH MAINCLASS DATA_DIR WORK_DIR -- JVM_FLAGS...
# Starts the desk on DATA_DIR, waits for the first painted frame (MOTCUA_FIRST_FRAME on standard
# output) and then for "startup: services ready" in the desk's log, and ends it with SIGTERM so
# the JVM runs its exit path (where -XX:ArchiveClassesAtExit writes the archive).
# MOTCUA_CDS_UNTIL=first-frame stops at the first frame instead (a smaller archive without the
# classes of the background service start: Hibernate, Flyway, the H2 engine).
set -euo pipefail
java=$1 cp=$2 main=$3 data=$4 work=$5
shift 5
[ "${1:-}" = "--" ] && shift

out="$work/cds-dump.out"
"$java" "$@" -Dmotcua.bench.firstFrame=true -cp "$cp" "$main" --data-dir "$data" >"$out" 2>"$work/cds-dump.err" &
pid=$!

wait_for() { # wait_for SECONDS COMMAND...: polls every 0.2 s; fails when the desk died or time ran out
  local until=$((SECONDS + $1)); shift
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || { echo "cds: the desk ended early"; tail -20 "$work/cds-dump.err"; return 1; }
    [ $SECONDS -lt $until ] || { echo "cds: timed out waiting for: $*"; kill -KILL "$pid"; return 1; }
    sleep 0.2
  done
}
wait_for 90 grep -q '^MOTCUA_FIRST_FRAME' "$out"
echo "cds: first frame painted ($(grep '^MOTCUA_FIRST_FRAME' "$out"))"
if [ "${MOTCUA_CDS_UNTIL:-services}" = services ]; then
  wait_for 90 grep -qs 'startup: services ready' "$data/logs/motcua.log"
  echo "cds: services ready; ending the desk with SIGTERM"
fi
kill -TERM "$pid"
wait "$pid" || true # a SIGTERM exit status (143) is the expected end
