#!/usr/bin/env bash
# CI check of the Linux package, as a clerk's PC would get it (called by .ci/run):
#   installer/check-deb.sh [installer/target/package/motcua_*.deb]
# installs the .deb with dpkg -i, runs the installed launcher with --version, init and
# doctor --json on a throwaway --data-dir, checks the launcher maps its AppCDS archive, removes
# the package with dpkg -r and checks /opt/motcua is gone and the data directory is not.
# Any failed step fails the script (and CI). Needs root or sudo, like the apt step of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls installer/target/package/motcua_*.deb 2>/dev/null | head -1)}
[ -f "$deb" ] || { echo "check-deb: no .deb (run ./mvnw -Pinstaller package first)"; exit 1; }
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
launcher=/opt/motcua/bin/motcua
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
fail() { echo "check-deb: FAILED: $*"; exit 1; }
step() { echo "check-deb: $*"; }

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export MOTCUA_KEYS="$data/keys" # the throwaway office's key (the installed app's default is ~/.config/motcua/keys)

# jpackage's postinst registers the menu entry with xdg-desktop-menu, which gives up when the
# system menu directories are missing (a desktop PC has them; a bare CI container does not).
$sudo mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus

step "dpkg -i $(basename "$deb")"
$sudo dpkg -i "$deb"
[ -x "$launcher" ] || fail "$launcher is not there after dpkg -i"
step "installed size: $(du -sm /opt/motcua | cut -f1) MB"

out=$("$launcher" --version)
echo "$out"
grep -qx "MotCua Desk $version" <<<"$out" || fail "--version did not print 'MotCua Desk $version'"

printf 'mat-khau-ci-9\n' | "$launcher" --data-dir "$data/office" init --office-id 000.00.06.H56 \
  --office-name "Trung tâm PVHCC xã Kiểm Thử" --admin-user admin --admin-password-stdin
doctor=$("$launcher" --data-dir "$data/office" doctor --json) || fail "doctor --json exited $?: $doctor"
echo "$doctor"
python3 - "$doctor" <<'EOF' || fail "doctor --json: not the expected JSON"
import json, sys
d = json.loads(sys.argv[1])
names = {c["name"]: c["status"] for c in d["checks"]}
need = {"dataDirectory", "database", "schemaVersion", "printFont", "screenFont", "encryption"}
missing = need - names.keys()
assert d["ok"] is True, "ok is not true"
assert not missing, f"checks missing: {missing}"
# a fresh office has no backup yet: the doctor rightly warns about that, and only that
assert names.get("backup") == "WARN", names
assert all(s == "OK" for n, s in names.items() if n != "backup"), names
EOF

# The AppCDS archive: the launcher's .cfg must ask for it and the JVM must map it (a jar moved or
# re-dated makes JDK 17 refuse it silently under -Xshare:auto; -Xlog:cds says so).
grep -q 'SharedArchiveFile=$APPDIR/motcua.jsa' /opt/motcua/lib/app/motcua.cfg || fail "the launcher does not name the archive"
cds=$(JAVA_TOOL_OPTIONS="-Xshare:auto -Xlog:cds=info -Xlog:class+load=info" "$launcher" --version 2>&1)
grep -q "Mapped dynamic region" <<<"$cds" || fail "the AppCDS archive was not mapped: $(grep -i -m3 'cds' <<<"$cds")"
grep -qi "Unable to use shared archive" <<<"$cds" && fail "the AppCDS archive was refused: $(grep -i -m3 'unable\|mismatch' <<<"$cds")"
step "AppCDS archive mapped: $(grep -c 'shared objects file (top)' <<<"$cds") classes of --version came from it"

step "dpkg -r motcua"
$sudo dpkg -r motcua
[ ! -e /opt/motcua ] || fail "/opt/motcua is still there after dpkg -r"
[ -f "$data/office/db/motcua.mv.db" ] || fail "the data directory lost its database on uninstall"
step "OK: installed, ran, uninstalled; the data directory was kept"
