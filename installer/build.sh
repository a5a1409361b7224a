#!/usr/bin/env bash
# Builds MotCua Desk's installers for the machine's OS into installer/target/ (called by
# `./mvnw -Pinstaller package`, after the app module has made app/target/motcua.jar and lib/):
#
#   runtime/      a jlinked Java runtime holding only the JDK modules the desk needs
#   input/        the jar and its libraries (JavaFX as the Maven platform jars, on the class path)
#   app-image/    the jpackage app image (launcher + runtime + jars + AppCDS archive)
#   package/      Linux: motcua_<version>-1_amd64.deb · Windows: .msi and .exe · macOS: .dmg
#
#   installer/build.sh VERSION APP_TARGET_DIR OUT_DIR
#
# Environment: SOURCE_DATE_EPOCH (the files' date inside the package; default: the last commit),
# DPKG_DEB_COMPRESSOR_TYPE/LEVEL (CI uses gzip -1: xz takes minutes on 2 busy cores),
# MOTCUA_CDS=off (no AppCDS archive), MOTCUA_CDS_UNTIL=services|first-frame (see cds-desktop-start.sh).
# On Windows run it from Git Bash (the Maven profile calls `bash`); WiX 3 must be on the PATH.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=$1
app_target=$(cd "$2" && pwd)
out=$3
mkdir -p "$out" && out=$(cd "$out" && pwd)

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "build.sh: unknown OS $(uname -s)"; exit 1 ;;
esac
step() { echo "[installer] $(date +%T) $*"; }

rm -rf "$out/input" "$out/runtime" "$out/app-image" "$out/package" "$out/work"
mkdir -p "$out/input" "$out/package" "$out/work"

# --- 1. the jars: the desk's jar and its runtime libraries (copied by the app module) ---------
cp "$app_target/motcua.jar" "$out/input/"
cp -r "$app_target/lib" "$out/input/lib"

# --- 2. the runtime: JDK modules listed one by one ------------------------------------------
# jpackage's --add-modules ALL-DEFAULT,… is silently reduced to the JavaFX modules (toolchain
# pitfall 6), so the list is explicit. Found with jdeps over the jar and every library, then
# checked by running the desk, the CLI and the tests' scenarios:
modules=(
  java.base
  java.desktop            # ImageIO (scans, QR codes), AWT fonts for PDFBox, java.beans for Hibernate
  java.logging java.xml   # JUL bridges; XML for Hibernate/JAXB, XLSX (fastexcel), PDF metadata
  java.sql java.transaction.xa java.naming  # JDBC, Hibernate's JTA and JNDI look-ups, Logback, H2
  java.management jdk.management            # H2 and PostgreSQL JMX, Logback, the doctor's memory check
  java.net.http           # the portal client (HttpClient)
  jdk.httpserver          # `portal serve`: the sandbox portal (com.sun.net.httpserver)
  java.security.jgss      # PostgreSQL mode: Kerberos/GSS authentication when a server asks for it
  jdk.crypto.ec           # TLS to the provincial portal (ECDHE), EC certificates
  jdk.crypto.cryptoki     # SunPKCS11: USB signing tokens (dossier sign --pkcs11-lib)
  jdk.unsupported         # sun.misc.Unsafe: JavaFX, Byte Buddy (Hibernate proxies), H2
  jdk.charsets            # windows-1258 and other legacy code pages in imported CSV files
  jdk.localedata          # Vietnamese locale data (dates, numbers); only en and vi kept below
  jdk.zipfs               # zip file system: XLSX and bundle handling
)
[ "$os" = windows ] && modules+=(jdk.crypto.mscapi)  # Windows-MY key store: tokens whose driver registers certificates in Windows
jlink_opts=(--strip-debug --no-header-files --no-man-pages --include-locales=en,vi
  --compress=2             # zip the class files: ~25 MB instead of ~53 MB; classes read at start-up come from the CDS archive anyway
  --generate-cds-archive)  # the JDK's own CDS archive, the base layer the AppCDS archive sits on
if [ "$os" = linux ] && command -v objcopy >/dev/null; then
  jlink_opts+=(--strip-native-debug-symbols=exclude-debuginfo-files)
fi
step "jlink: ${#modules[@]} modules"
jlink --add-modules "$(IFS=,; echo "${modules[*]}")" "${jlink_opts[@]}" --output "$out/runtime"
# Only used with heaps over 32 GB, which a desk never has: 11 MB saved.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

# --- 3. the app image -------------------------------------------------------------------------
# The options common to all OSes are in installer/jpackage/common.txt, the OS's own in
# installer/jpackage/<os>.txt (jpackage reads @files). The launcher maps the AppCDS archive with
# -XX:SharedArchiveFile=$APPDIR/motcua.jsa; -Xshare:auto makes a missing or refused archive a
# silent fallback to the JDK's base archive, never a failed start.
icon="$here/icons/motcua.png"
if [ "$os" = windows ]; then icon="$here/icons/motcua.ico"; fi
if [ "$os" = macos ]; then # .icns from the PNG with the Mac's own tools
  set_dir="$out/work/motcua.iconset" && mkdir -p "$set_dir"
  for s in 16 32 128 256; do
    sips -z $s $s "$here/icons/motcua.png" --out "$set_dir/icon_${s}x${s}.png" >/dev/null
    sips -z $((s * 2)) $((s * 2)) "$here/icons/motcua.png" --out "$set_dir/icon_${s}x${s}@2x.png" >/dev/null
  done
  iconutil -c icns "$set_dir" -o "$out/work/motcua.icns" && icon="$out/work/motcua.icns"
fi
step "jpackage: app image"
jpackage --type app-image @"$here/jpackage/common.txt" @"$here/jpackage/image.txt" @"$here/jpackage/$os-image.txt" \
  --app-version "$version" --input "$out/input" --runtime-image "$out/runtime" --icon "$icon" \
  --dest "$out/app-image"
image=$(ls -d "$out/app-image"/*)

# --- 4. the AppCDS archive --------------------------------------------------------------------
# JDK 17 accepts a dynamic archive only when every jar is at the same path, with the same size and
# modification time, as when it was made: relocating the image refuses it (-Xshare:auto then falls
# back silently). So on Linux the archive is made with the image seen at its install path
# /opt/motcua (a private mount namespace: nothing on the build machine changes), and every file's
# date is set to SOURCE_DATE_EPOCH, which dpkg-deb also clamps the package's dates to: the
# installed jars then carry exactly the dates recorded in the archive.
# The archive stops at the first painted frame by default: 25 MB. Up to "services ready" (the
# background Hibernate/Flyway/H2 start, MOTCUA_CDS_UNTIL=services) it is 75 MB, which the 120 MB
# installed-size target cannot afford.
export MOTCUA_CDS_UNTIL=${MOTCUA_CDS_UNTIL:-first-frame}
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$here" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH=$epoch
if [ "${MOTCUA_CDS:-on}" != off ]; then
  if [ "$os" = linux ]; then
    find "$image" -exec touch -h -d "@$epoch" {} +
    install_dir=/opt/$(basename "$image")
    ns=(unshare --mount --propagation private)
    [ "$(id -u)" -ne 0 ] && ns=(unshare --user --map-root-user --mount --propagation private)
    step "AppCDS: scripted start-up with the image mounted at $install_dir"
    "${ns[@]}" bash -c '
      set -e
      [ -d "$2" ] || { mount -t tmpfs tmpfs "$(dirname "$2")" && mkdir -p "$2"; }
      mount --bind "$1" "$2"
      bash "$3/cds-archive.sh" "$2" "$4"' _ "$image" "$install_dir" "$here" "$out/work"
    touch -d "@$epoch" "$image/lib/app/motcua.jsa"
  else
    # Windows (per-user install: the path depends on the user) and macOS (/Applications or
    # wherever the app is dragged): no fixed install path to make the archive for; see README.
    step "AppCDS: skipped on $os (no fixed install path; the launcher falls back to the JDK's base archive)"
  fi
fi

# --- 5. the OS package ------------------------------------------------------------------------
assoc=()
if [ "${MOTCUA_FILE_ASSOCIATION:-off}" = on ]; then assoc=(--file-associations "$here/bundle-association.properties"); fi
case "$os" in
  linux)
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
      || { echo "build.sh: the .deb needs fakeroot and dpkg-deb (apt-get install fakeroot)"; exit 1; }
    step "jpackage: .deb (compressor ${DPKG_DEB_COMPRESSOR_TYPE:-xz})"
    jpackage --type deb @"$here/jpackage/common.txt" @"$here/jpackage/linux-package.txt" \
      --app-version "$version" --app-image "$image" ${assoc[@]+"${assoc[@]}"} --dest "$out/package" ;;
  windows)
    for t in msi exe; do
      step "jpackage: .$t"
      jpackage --type $t @"$here/jpackage/common.txt" @"$here/jpackage/windows-package.txt" \
        --app-version "$version" --app-image "$image" ${assoc[@]+"${assoc[@]}"} --dest "$out/package"
    done ;;
  macos)
    step "jpackage: .dmg"
    jpackage --type dmg @"$here/jpackage/common.txt" @"$here/jpackage/macos-package.txt" \
      --app-version "$version" --app-image "$image" ${assoc[@]+"${assoc[@]}"} --dest "$out/package" ;;
esac

du_mb() { du -sm "$1" | cut -f1; }
step "sizes: runtime $(du_mb "$out/runtime") MB, app image $(du_mb "$image") MB; package: $(ls "$out/package")"
