#!/usr/bin/env bash
# Draws the MotCua Desk icon (a white open door on the office's blue, a yellow star above it:
# "one door" for the citizen) and writes the sizes the installers need:
#   motcua.png  256×256, the Linux launcher icon and the source of the others
#   motcua.ico  16…256, the Windows installer and start-menu icon
# macOS's .icns is made from motcua.png on the Mac itself by installer/build.sh (sips + iconutil,
# which ImageMagick 6 cannot replace). Needs ImageMagick; run it again after changing the drawing
# and commit the results (the build does not need ImageMagick).
set -euo pipefail
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
  -fill '#1d4f91' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#ffffff' -draw 'rectangle 78,92 178,220' \
  -fill '#1d4f91' -draw 'rectangle 92,106 164,220' \
  -fill '#ffffff' -draw 'polygon 92,106 150,118 150,228 92,220' \
  -fill '#1d4f91' -draw 'circle 138,168 143,168' \
  -fill '#ffd24a' -draw 'polygon 128,28 136,52 161,52 141,66 148,90 128,76 108,90 115,66 95,52 120,52' \
  -strip motcua.png
convert motcua.png -define icon:auto-resize=256,128,64,48,32,16 motcua.ico
ls -l motcua.png motcua.ico
