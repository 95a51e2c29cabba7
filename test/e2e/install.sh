#!/usr/bin/env bash
# Installs what the end-to-end tests drive, into a cache folder beside the repo:
# Debian chromium (the browser), and code-server 4.100.3 (a real VS Code 1.100,
# the newest that runs on Node 20). Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/../.."
CACHE="${POLICY_REVIEW_E2E_CACHE:-$PWD/.e2e-cache}"
CODE_SERVER_VERSION=4.100.3
mkdir -p "$CACHE"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "policy-review e2e: please install ${need_apt[*]} (apt-get install -y ${need_apt[*]})" >&2
    exit 1
  fi
  echo "policy-review e2e: installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -x "$CACHE/code-server/node_modules/.bin/code-server" ]; then
  exit 0
fi
echo "policy-review e2e: installing code-server $CODE_SERVER_VERSION into $CACHE (about 75 s)"
# @vscode/ripgrep downloads rg from the internet unless a tarball is waiting in its cache: give it Debian's.
WORK_TMP="$CACHE/tmp"
mkdir -p "$WORK_TMP/vscode-ripgrep-cache-1.15.11" "$WORK_TMP/rg-pack"
cp "$(command -v rg)" "$WORK_TMP/rg-pack/rg"
tar -czf "$WORK_TMP/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$WORK_TMP/rg-pack" rg
mkdir -p "$CACHE/code-server"
(
  cd "$CACHE/code-server"
  [ -f package.json ] || echo '{"name":"e2e-code-server","private":true}' > package.json
  # code-server's postinstall refuses root without unsafe_perm; node-pty's asks before running node-gyp.
  TMPDIR="$WORK_TMP" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null
)
XDG_CONFIG_HOME="$WORK_TMP/config" "$CACHE/code-server/node_modules/.bin/code-server" --version 2>/dev/null | head -1
