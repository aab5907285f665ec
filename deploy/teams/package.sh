#!/usr/bin/env bash
# Builds the Teams app package (the zip an admin uploads in Teams): manifest.json with the bot's app id filled in,
# the Swedish localization and the two icons.
#   usage: deploy/teams/package.sh [APP_ID] [OUT_ZIP]
#   APP_ID defaults to $MICROSOFT_APP_ID; without one the ${MICROSOFT_APP_ID} placeholder stays (a template).
#   OUT_ZIP defaults to deploy/teams/target/largrupp-teams.zip.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app_id="${1:-${MICROSOFT_APP_ID:-}}"
out="${2:-$here/target/largrupp-teams.zip}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
if [ -n "$app_id" ] && ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "not an app id (a GUID): $app_id" >&2; exit 2
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
if [ -n "$app_id" ]; then
  sed "s/\${MICROSOFT_APP_ID}/$app_id/g" "$here/manifest.json" > "$work/manifest.json"
else
  cp "$here/manifest.json" "$work/manifest.json"
fi
cp "$here/sv.json" "$here/color.png" "$here/outline.png" "$work/"
mkdir -p "$(dirname "$out")"; rm -f "$out"
# zip(1) when present, else Python's zipfile (the files sit at the root of the archive, as Teams wants).
if command -v zip >/dev/null; then
  (cd "$work" && zip -q -X "$out" manifest.json sv.json color.png outline.png)
else
  (cd "$work" && python3 -c 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED); [z.write(f) for f in sys.argv[2:]]; z.close()' \
      "$out" manifest.json sv.json color.png outline.png)
fi
echo "Teams app package: $out${app_id:+ (app id $app_id)}"
