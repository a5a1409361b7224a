#!/usr/bin/env bash
# Makes the AppCDS archive of a jpackage app image from a scripted start-up of that image.
#
#   installer/cds-archive.sh APP_IMAGE_DIR WORK_DIR
#
# Why a script start-up and not a class list by hand: the classes worth archiving are the ones
# the desk really loads before its log-in window is painted and its services are ready
# (JavaFX, AtlantaFX, Hibernate, H2, Flyway, Logback …); the JVM records exactly those with
# -XX:ArchiveClassesAtExit when it ends normally (SIGTERM runs the shutdown hooks, which write it).
#
# Why the image's own runtime/bin/java with the launcher's class path, not the launcher itself:
# the launcher's .cfg already carries -XX:SharedArchiveFile=$APPDIR/motcua.jsa, and with that
# option present -XX:ArchiveClassesAtExit would take the (not yet existing) file as its base
# archive. The archive is only accepted by the same JVM and the same class path (same jars, same
# order, same sizes and dates), so both are taken from the image: its bundled runtime and the
# app.classpath lines of its .cfg, in order. The JDK's own base archive (lib/server/classes.jsa,
# made by jlink --generate-cds-archive) is the bottom layer.
#
# The start-up: `init` a throwaway office (so the desk opens on its log-in window, not the first-run
# wizard), then the desktop with -Dmotcua.bench.firstFrame=true (FirstFrameProbe prints
# MOTCUA_FIRST_FRAME when the first frame is painted), wait for "startup: services ready" in the
# desk's log (the Hibernate/Flyway classes of the background start), then SIGTERM.
# With no X display at all (no DISPLAY, no xvfb-run) the archive is made from `doctor --json`
# instead: that covers the JVM, Hibernate, H2, Flyway, picocli and Jackson, but none of JavaFX.
set -euo pipefail

image=$(cd "$1" && pwd)
work=$2
mkdir -p "$work"
work=$(cd "$work" && pwd)

# Where jpackage puts things: Linux lib/app + lib/runtime, Windows app/ + runtime/, macOS Contents/app + Contents/runtime/Contents/Home.
if [ -d "$image/lib/app" ]; then appdir="$image/lib/app"; java="$image/lib/runtime/bin/java"
elif [ -d "$image/Contents/app" ]; then appdir="$image/Contents/app"; java="$image/Contents/runtime/Contents/Home/bin/java"
else appdir="$image/app"; java="$image/runtime/bin/java"; [ -x "$java" ] || java="$java.exe"
fi
cfg=$(ls "$appdir"/*.cfg | head -1)
archive="$appdir/motcua.jsa"
sep=":"; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) sep=";" ;; esac

# The class path exactly as the launcher builds it: app.classpath lines in file order, $APPDIR expanded.
cp=$(grep '^app.classpath=' "$cfg" | sed -e 's/^app.classpath=//' -e "s|\$APPDIR|$appdir|" | paste -sd "$sep" -)
main=$(grep '^app.mainclass=' "$cfg" | sed 's/^app.mainclass=//')

data="$work/cds-office"
# the throwaway office's key stays beside it, not in the builder's ~/.config/motcua/keys
export MOTCUA_KEYS="$work/cds-keys"
rm -rf "$data" "$archive" "$MOTCUA_KEYS"
echo "cds: initialising a throwaway office in $data"
printf 'mat-khau-cds-9\n' | "$java" -cp "$cp" "$main" --data-dir "$data" init --office-id 000.00.06.H56 \
  --office-name "Xã dựng bản lưu trữ" --admin-user admin --admin-password-stdin >"$work/cds-init.out" 2>&1 \
  || { cat "$work/cds-init.out"; exit 1; }

dump_flags=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)

if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null; then
  echo "cds: no X display and no xvfb-run: archive from a command-line start (doctor --json), JavaFX not covered"
  "$java" "${dump_flags[@]}" -cp "$cp" "$main" --data-dir "$data" doctor --json >"$work/cds-doctor.out" 2>"$work/cds-dump.err"
else
  # The desktop start, under a private Xvfb when there is no display (xvfb-run -a picks a free number).
  run=(bash "$(dirname "$0")/cds-desktop-start.sh" "$java" "$cp" "$main" "$data" "$work")
  if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" "${run[@]}" -- "${dump_flags[@]}"
  else
    "${run[@]}" -- "${dump_flags[@]}"
  fi
fi

[ -s "$archive" ] || { echo "cds: the JVM wrote no archive; see $work/cds-dump.err"; tail -20 "$work/cds-dump.err"; exit 1; }
echo "cds: $(du -h "$archive" | cut -f1) archive at $archive"
