#!/usr/bin/env bash
# Installs what TradeGraph needs from Debian when it is missing: libedit-dev (the prompt's line editor)
# and graphviz (renders exported DOT files; the tests check every exported file with `dot`).
set -euo pipefail
missing=()
dpkg -s libedit-dev >/dev/null 2>&1 || missing+=(libedit-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
