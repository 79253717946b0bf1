#!/usr/bin/env bash
# A screenshot of the Windows build's desk under Wine, on a virtual screen (Xvfb), with Qt's
# real Windows platform plugin (not offscreen): a demo station in C:\users\王芳\Documents\
# 法律援助 工作站, the demo administrator signed in (xdotool types demo/demo), the main window
# captured with ImageMagick's `import`. Run after `make package-windows`:
#   tools/windows/screenshot.sh [OUT.png]   (default build/windows/main-window.png)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build/windows/main-window.png}
export WINEPREFIX=${AIDSTATION_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/aidstation-windows/prefix}
export WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
DIST='Z:'${ROOT//\//\\}'\dist\windows\AidStation'
STATION='C:\users\王芳\Documents\法律援助 工作站'
dpkg -s xdotool >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xdotool >/dev/null

if [ ! -f "$WINEPREFIX/drive_c/users/王芳/Documents/法律援助 工作站/station.db" ]; then
  wine "$DIST\\aidstation-cli.exe" --data-dir "$STATION" demo --months 2 </dev/null 2>&1 | iconv -f GBK -t UTF-8 -c
fi

xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  set -e
  wine "$0\\AidStation.exe" --data-dir "$1" </dev/null >/dev/null 2>&1 &
  for i in $(seq 60); do xdotool search --name "AidStation" >/dev/null 2>&1 && break; sleep 1; done
  sleep 5
  xdotool type --delay 80 demo; xdotool key Tab; xdotool type --delay 80 demo; xdotool key Return
  sleep 25
  import -window root "$2"
  wineserver -k || true
' "$DIST" "$STATION" "$OUT"
echo "$OUT"
