#!/usr/bin/env bash
# Installs what TradeGraph needs from Debian when it is missing: libedit-dev (the prompt's line editor)
# and graphviz (renders exported DOT files; the tests check every exported file with `dot`), gnuplot-nox
# (renders `:export chart` files) and fonts-wqy-microhei (5 MB of Chinese glyphs, so that Chinese names in
# pictures are not drawn as boxes; fonts-noto-cjk does the same in 91 MB).
set -euo pipefail
missing=()
dpkg -s libedit-dev >/dev/null 2>&1 || missing+=(libedit-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v gnuplot >/dev/null 2>&1 || missing+=(gnuplot-nox)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
