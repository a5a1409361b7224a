#!/usr/bin/env bash
# Starts the desktop of the jpackage app image under a private Xvfb and photographs its main
# screens, logged in by typing with xdotool:
#   login.png      the log-in window
#   dossiers.png   the clerk's home: the dossier list (what is due, what is late)
#   intake.png     the clerk's intake screen (Ctrl+2)
#   dashboard.png  the chair's home: the on-time dashboard
#
#   installer/screenshots.sh [OUT_DIR [APP_IMAGE_DIR]]
#     OUT_DIR        default installer/target/screenshots (CI); installer/docs to refresh the README's
#     APP_IMAGE_DIR  default installer/target/app-image/motcua (./mvnw -Pinstaller package)
#
# The office is a throwaway one made with the image's own command line: `init`, a clerk and a
# chair (`user add`), and a small generated history of the last eight weeks (`dossier import`),
# so the lists and the dashboard have something to show. Pictures are 1366×768 screens scaled
# to 1024 px wide, 256 colours: well under 150 KB each. A picture that is one flat colour (the
# window did not paint) fails the script. Needs: Xvfb, xdotool, ImageMagick, python3, libgtk-3-0.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-installer/target/screenshots}
image=${2:-installer/target/app-image/motcua}
launcher="$image/bin/motcua"
[ -x "$launcher" ] || { echo "screenshots: no app image at $image (run ./mvnw -Pinstaller package)"; exit 1; }
for tool in Xvfb xdotool import convert python3; do
  command -v $tool >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb xdotool imagemagick)"; exit 1; }
done
mkdir -p "$out"
tmp=$(mktemp -d)
export MOTCUA_KEYS="$tmp/keys" # the sample office's key: thrown away with it
xvfb_pid="" desk_pid=""
cleanup() {
  [ -n "$desk_pid" ] && kill -KILL "$desk_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
step() { echo "screenshots: $*"; }

# --- a throwaway office -----------------------------------------------------------------------
data="$tmp/office"
cli() { "$launcher" --data-dir "$data" "$@"; }
printf 'mat-khau-admin-9\n' | cli init --office-id 000.00.06.H56 --office-name "Trung tâm Phục vụ hành chính công xã Vụ Bản" \
  --province "Nam Định" --admin-user admin --admin-name "Phạm Văn Quản" --admin-password-stdin >/dev/null
printf 'mat-khau-mai-9\n' | cli user add mai --full-name "Nguyễn Thị Mai" --role clerk --password-stdin >/dev/null
printf 'mat-khau-binh-9\n' | cli user add binh --full-name "Trần Văn Bình" --role chair --password-stdin >/dev/null
python3 installer/sample-history.py 000.00.06.H56 >"$tmp/history.jsonl"
cli dossier import --file "$tmp/history.jsonl"

# --- the display ------------------------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$tmp/display")"
step "Xvfb on $DISPLAY"

start_desk() { # starts the desktop, waits for its first painted frame and its window
  JAVA_TOOL_OPTIONS="-Dmotcua.bench.firstFrame=true" "$launcher" --data-dir "$data" >"$tmp/desk.out" 2>"$tmp/desk.err" &
  desk_pid=$!
  for _ in $(seq 600); do
    grep -q '^MOTCUA_FIRST_FRAME' "$tmp/desk.out" 2>/dev/null && break
    kill -0 "$desk_pid" 2>/dev/null || { tail -20 "$tmp/desk.err"; exit 1; }
    sleep 0.1
  done
  grep -q '^MOTCUA_FIRST_FRAME' "$tmp/desk.out" || { echo "screenshots: no first frame in 60 s"; tail -20 "$tmp/desk.err"; exit 1; }
  # The log-in button stays disabled while the database opens: wait for the services.
  for _ in $(seq 900); do
    grep -qs 'startup: services ready' "$data/logs/motcua.log" && break
    sleep 0.1
  done
  : >"$data/logs/motcua.log" # the next start waits for its own line
  window=$(xdotool search --sync --onlyvisible --pid "$desk_pid" | tail -1)
  xdotool windowfocus --sync "$window"
  settle "" # until the "opening the database" spinner has gone
}
stop_desk() {
  kill -TERM "$desk_pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$desk_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$desk_pid" 2>/dev/null || true
  desk_pid=""
}
grab() { import -window root -depth 8 rgb:- | md5sum | cut -c1-32; }
settle() { # settle BEFORE: waits (≤ 90 s) until the screen differs from BEFORE (any screen when
  # BEFORE is empty) and then holds still for 2 s: the machine may be slow, so no fixed sleeps
  # (lists load in the background). A blinking caret flips between two pictures: a picture equal
  # to either of the last two counts as still (a spinner has more than two).
  local before=$1 last="" prev="" now still=0
  for _ in $(seq 180); do
    now=$(grab)
    if [ "$now" != "$before" ] && { [ "$now" = "$last" ] || [ "$now" = "$prev" ]; }; then
      still=$((still + 1)); [ $still -ge 4 ] && return 0
    else
      still=0
    fi
    prev=$last last=$now
    sleep 0.5
  done
  echo "screenshots: the screen did not settle"; return 1
}
press() { # press KEYS...: sends the keys and waits for the screen to change and settle
  local before; before=$(grab)
  xdotool key "$@"
  settle "$before"
}
log_in() { # log_in USER PASSWORD: the user name field has the focus when the window opens empty;
  # after a log-out it keeps the last name and the focus is on the password: go back and replace it
  [ "${3:-}" = again ] && xdotool key shift+Tab ctrl+a
  xdotool type --delay 20 "$1"
  xdotool key Tab
  xdotool type --delay 20 "$2"
  press Return
  # the first log-in of the day shows a start-of-day summary over the home screen: close it
  # (Escape does nothing when there is none)
  xdotool key Escape
  settle ""
}
shot() { # shot NAME: the whole screen (the window fills it), scaled and reduced for the README
  import -window root "$tmp/$1.png"
  convert "$tmp/$1.png" -resize 1024x -dither None -colors 256 -strip "PNG8:$out/$1.png"
  local colours
  colours=$(convert "$out/$1.png" -format '%k' info:)
  [ "$colours" -gt 8 ] || { echo "screenshots: $1.png is blank ($colours colours)"; exit 1; }
  step "$out/$1.png ($(($(stat -c %s "$out/$1.png") / 1024)) KB, $colours colours)"
}

start_desk
shot login
log_in mai mat-khau-mai-9
shot dossiers
press ctrl+2
shot intake
press ctrl+l # log out: back to the log-in window, the services stay up
log_in binh mat-khau-binh-9 again
shot dashboard
stop_desk
