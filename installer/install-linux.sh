#!/usr/bin/env bash
# Install Luring for the current user from this unpacked archive: no root needed.
#   ./install-linux.sh            install to ~/.local/opt/luring and add a menu entry
#   ./install-linux.sh --remove   remove the program and its menu entry; the data folder is kept
# Data (the encrypted records) lives in ${XDG_DATA_HOME:-~/.local/share}/Luring and is never touched here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target="$HOME/.local/opt/luring"
entry="$data_home/applications/luring.desktop"
icon="$data_home/icons/hicolor/256x256/apps/luring.png"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target" "$entry" "$icon"
  echo "Luring removed. Your data is kept in $data_home/Luring"
  exit 0
fi

mkdir -p "$(dirname "$target")" "$(dirname "$entry")" "$(dirname "$icon")"
rm -rf "$target.new"
cp -a "$here/luring" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
install -m 644 "$here/luring.png" "$icon"
sed "s|^Exec=.*|Exec=\"$target/luring\"|" "$here/luring.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
echo "Luring installed in $target; start it from the menu or run $target/luring"
