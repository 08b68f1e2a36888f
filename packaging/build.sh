#!/usr/bin/env sh
# Build a standalone bundle into dist/tyokirja with PyInstaller (installed into the project venv).
set -eu
cd "$(dirname "$0")/.."
make translations
.venv/bin/python -m pip install --quiet "pyinstaller>=6,<7"
.venv/bin/pyinstaller --noconfirm --clean packaging/tyokirja.spec
echo "Bundle: dist/tyokirja/tyokirja"
