#!/usr/bin/env bash
# Runs a command inside a D-Bus session of its own with an unlocked GNOME Keyring (the Secret Service), as a
# desktop session has: the keyring tests need one. The keyring lives in a temporary folder and is deleted
# afterwards; its password is a throw-away one. Needs dbus-run-session (dbus), gnome-keyring-daemon.
#   releng/scripts/with-keyring.sh ./mvnw -B verify
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    keyring_data="$(mktemp -d)"
    trap 'rm -rf "$keyring_data"' EXIT
    export XDG_DATA_HOME="$keyring_data" XDG_RUNTIME_DIR="$keyring_data/run"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    dbus-run-session -- "$0" --inside "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
    exit $?
fi
shift
# A fresh "login" keyring, created and unlocked with the throw-away password, becomes the default collection.
# The daemon outlives the bus and would keep the caller's output open (a CI log never ending): it gets none of
# our descriptors and is stopped when the command ends.
eval "$(printf 'velocity-ci' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
daemon="$(pgrep -n -u "$(id -u)" -x gnome-keyring-d || true)"
status=0
"$@" || status=$?
if [ -n "$daemon" ]; then
    kill "$daemon" 2>/dev/null || true
fi
exit "$status"
