#!/usr/bin/env bash
# Put Regulars in the usual freedesktop places under PREFIX:
#   packaging/install.sh PREFIX [DIST]
# Always: the .desktop entry, the AppStream metainfo and the icon at every size.
# With DIST (the PyInstaller folder, dist/regulars): the app in PREFIX/lib/regulars and the launchers
# PREFIX/bin/regulars (the command line) and PREFIX/bin/regulars-window (what the .desktop entry runs).
# Without DIST, `pip install regulars` provides both launchers.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:?usage: packaging/install.sh PREFIX [DIST]}
dist=${2:-}

install -Dm644 resources/desktop/regulars.desktop "$prefix/share/applications/regulars.desktop"
install -Dm644 resources/desktop/example.regulars.Regulars.metainfo.xml \
  "$prefix/share/metainfo/example.regulars.Regulars.metainfo.xml"
for png in resources/icons/png/regulars-*.png; do
  size=${png##*-}; size=${size%.png}
  install -Dm644 "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/regulars.png"
done
install -Dm644 resources/icons/regulars.svg "$prefix/share/icons/hicolor/scalable/apps/regulars.svg"

if [ -n "$dist" ]; then
  [ -x "$dist/regulars" ] || { echo "install: $dist/regulars is missing; run make package first" >&2; exit 1; }
  rm -rf "$prefix/lib/regulars"
  mkdir -p "$prefix/lib" "$prefix/bin"
  cp -a "$dist" "$prefix/lib/regulars"
  for name in regulars regulars-window; do
    printf '#!/bin/sh\nexec "%s/lib/regulars/regulars" "$@"\n' "$(cd "$prefix" && pwd)" > "$prefix/bin/$name"
    chmod 755 "$prefix/bin/$name"
  done
fi
echo "installed Regulars under $prefix"
