#!/usr/bin/env sh
# Start the built bundle the way a user's desktop would, outside the checkout and without the project's
# Python: open a new diary in the window (offscreen) and close it, then check that diary from the command
# line, and import an entry and find it by an inflected word (the word analyser's own process). Fails
# (non-zero) when a step fails or takes over three minutes. Usage: sh packaging/bundle_check.sh dist/tyokirja/tyokirja
set -eu
exe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
chmod 700 "$home"
cd "$home"
run() {
  timeout 180 env -u PYTHONPATH -u VIRTUAL_ENV -u TYOKIRJA_DB -u TYOKIRJA_RESOURCES HOME="$home" XDG_DATA_HOME="$home/share" \
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" \
    QT_QPA_PLATFORM=offscreen "$exe" "$@"
}
# the window over a new diary in the default place (XDG_DATA_HOME); TYOKIRJA_STARTUP_PROBE prints when it
# was shown and closes it
probe=$(TYOKIRJA_STARTUP_PROBE=1 run --lang fi 2>/dev/null)
echo "bundle window: $probe"
case "$probe" in *window_shown_s*) ;; *) echo "bundle-check: the window did not open" >&2; exit 1 ;; esac
checked=$(run --lang fi check)
echo "bundle check: $checked"
case "$checked" in *"Päiväkirja on kunnossa"*) ;; *) echo "bundle-check: check did not pass" >&2; exit 1 ;; esac
# the search's word analyser runs as a second process of the bundle itself: an inflected form is found
# by its base form ("asiakas" is not written in the entry)
cat > "$home/vanha.json" <<'JSON'
{"tags": {}, "entries": [{"title": "Soitto", "body": "Kuuntelin asiakkaan palautteen rauhassa.",
 "date": "2026-11-30", "time": "10:00", "tags": [], "starred": false}]}
JSON
run --lang fi import --from jrnl "$home/vanha.json" >/dev/null
found=$(run --lang fi search asiakas)
echo "bundle search: $found"
case "$found" in *Soitto*) ;; *) echo "bundle-check: search did not find the inflected form" >&2; exit 1 ;; esac
echo "bundle-check: ok"
