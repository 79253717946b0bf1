# Two commands from a fresh Debian machine with only Python: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.stamp-install
SYSSTAMP := $(VENV)/.stamp-sysdeps
# Debian libraries Qt needs headless, a CJK font for the Chinese UI, poppler and qpdf for PDF checks,
# LibreOffice Writer to check that the work summary's .docx opens (tests/pdf/test_summary_documents.py),
# zbarimg to read the recovery sheet's QR code back (tests/core/test_encryption_sheet.py).
SYSDEPS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
           libglib2.0-0 fonts-wqy-zenhei poppler-utils qpdf libreoffice-writer-nogui zbar-tools
# What Qt's xcb platform plugin loads (ldd libQt6XcbQpa.so), for `make run` on a desktop.
RUNDEPS := libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
           libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
           libxcb-xkb1 libxkbcommon-x11-0
RUNSTAMP := $(VENV)/.stamp-rundeps
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test venv sysdeps rundeps translations translations-update screenshots bench package package-windows clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# apt-get only when a package is missing, so a warm machine does nothing here.
define install_missing
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@mkdir -p $(VENV) && touch $(2)
endef

sysdeps: $(SYSSTAMP)

$(SYSSTAMP): Makefile
	$(call install_missing,$(SYSDEPS),$(SYSSTAMP))

rundeps: $(RUNSTAMP)

$(RUNSTAMP): Makefile
	$(call install_missing,$(SYSDEPS) $(RUNDEPS),$(RUNSTAMP))

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Regenerate each catalogue from its explicit file list in catalogues.txt (`name: path` lines;
# given a folder, lupdate silently skips the .py files). -no-obsolete drops vanished strings.
CATALOGUES := resources/translations/catalogues.txt

# `make translations-update ONLY=legalaid` regenerates one catalogue (each area owns its own).
translations-update: $(STAMP)
	@set -e; for name in $${ONLY:-$$(sed -n 's/^\([a-z_]*\):.*/\1/p' $(CATALOGUES) | sort -u)}; do \
	  files=$$(sed -n "s/^$$name: *//p" $(CATALOGUES)); \
	  for f in $$files; do test -f "$$f" || { echo "$(CATALOGUES): $$f is not a file" >&2; exit 1; }; done; \
	  echo "$$name:"; \
	  $(VENV)/bin/pyside6-lupdate -no-obsolete -locations absolute $$files -ts resources/translations/$${name}_zh_CN.ts; \
	done

run: $(STAMP) rundeps translations
	$(PY) -m aidstation

test: $(STAMP) sysdeps translations
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

screenshots: $(STAMP) sysdeps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m aidstation.gui.shell.screenshots screenshots-out

# Every target of issue 13 on the 200k benchmark station (built once into /tmp/aidstation-bench,
# about 30 s), as one table: job, ours, direct, ratio, target. BENCH_ARGS="--only lists" for one.
bench: $(STAMP) sysdeps translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench.py $(BENCH_ARGS)

# The frozen one-folder build in dist/AidStation/, smoke-tested by its own self-test.
BUILDSTAMP := $(VENV)/.stamp-build

$(BUILDSTAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	touch $(BUILDSTAMP)

package: $(BUILDSTAMP) sysdeps translations
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/AidStation/aidstation-cli selftest

# The Windows build, made and self-tested here under Wine (minutes; not part of `make test`):
# dist/windows/AidStation/ and dist/windows/AidStation-<version>-win64.zip. Downloads and the
# Wine prefix are cached (build/windows/, ~/.cache/aidstation-windows/); tools/windows/build.sh says what it does.
package-windows: $(STAMP) translations
	nice -n 10 tools/windows/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
