#!/usr/bin/env bash
# Installs what the code-server end-to-end test (client/test/e2e/code-server.test.ts) needs, when missing:
# Debian's Chromium, ripgrep and libkrb5-dev (code-server's native modules link against it), and
# code-server 4.100.3 (VS Code 1.100, the newest whose engines accept Node 20) in ~/.cache/code-server-e2e,
# outside the repository (about 300 MB). Works offline except for the Debian archive and the npm registry;
# see ../shared/real-vscode-offline.md. Idempotent: a second run does nothing.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CODE_SERVER_HOME="${CODE_SERVER_E2E_HOME:-$HOME/.cache/code-server-e2e}"
CODE_SERVER_BIN="$CODE_SERVER_HOME/node_modules/.bin/code-server"

# Test files that find the tools missing may run this at the same time: one installs, the others wait.
exec 9>"${TMPDIR:-/tmp}/mudaqqiq-e2e-setup.lock"
flock 9

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e-setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

installed_version() {
  node -p "require('$CODE_SERVER_HOME/node_modules/code-server/package.json').version" 2>/dev/null || true
}

if [ ! -x "$CODE_SERVER_BIN" ] || [ "$(installed_version)" != "$CODE_SERVER_VERSION" ]; then
  # code-server's @vscode/ripgrep 1.15.11 downloads rg at install time; it reads this cache first, so give
  # it Debian's rg under the archive name it looks for.
  rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  echo "e2e-setup: installing code-server@$CODE_SERVER_VERSION in $CODE_SERVER_HOME" >&2
  mkdir -p "$CODE_SERVER_HOME"
  [ -f "$CODE_SERVER_HOME/package.json" ] || echo '{"private":true}' > "$CODE_SERVER_HOME/package.json"
  (cd "$CODE_SERVER_HOME" &&
    npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
fi

"$CODE_SERVER_BIN" --version >/dev/null
echo "e2e-setup: ready (chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), code-server $(installed_version))" >&2
