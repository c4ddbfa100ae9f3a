#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .native-electron/better_sqlite3.node, leaving the
 * Node build in node_modules alone (tests and web mode use that one). The main process loads this
 * file through better-sqlite3's `nativeBinding` option. Run by `npm start` and before packaging;
 * never by `npm install` or `npm test`.
 *
 * First try a prebuilt binary (prebuild-install, a dependency of better-sqlite3), then compile
 * with node-gyp against Electron's headers. Both need the network unless their caches are warm;
 * POWERMAP_ELECTRON_HEADERS=<folder of unpacked Electron headers> lets node-gyp compile offline.
 * A `nodedir` from the user's npm config is ignored: it names Node's headers, not Electron's.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.native-electron');
const target = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

function fail(message) {
  console.error(`\nnative-for-electron: ${message}\n`);
  process.exit(1);
}

function packageJson(name) {
  try {
    const file = requireFromRoot.resolve(`${name}/package.json`);
    return { dir: path.dirname(file), version: JSON.parse(fs.readFileSync(file, 'utf8')).version };
  } catch {
    return fail(`${name} is not installed. Run "npm install" first.`);
  }
}

const electron = packageJson('electron');
const sqlite = packageJson('better-sqlite3');
const stamp = {
  electron: electron.version,
  betterSqlite3: sqlite.version,
  platform: process.platform,
  arch: process.arch,
};

function upToDate() {
  try {
    const previous = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    return fs.existsSync(target) && Object.entries(stamp).every(([key, value]) => previous[key] === value);
  } catch {
    return false;
  }
}

/** The environment without npm's nodedir, which would silently compile against Node's ABI. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'),
);

function run(label, command, args, cwd) {
  console.log(`native-for-electron: ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: childEnv });
  if (result.error) console.error(`native-for-electron: ${label} could not start: ${result.error.message}`);
  return result.status === 0;
}

/** A script inside a package, found from better-sqlite3's own folder first (that is whose dependency it is). */
function resolveScript(request) {
  for (const from of [path.join(sqlite.dir, 'package.json'), path.join(root, 'package.json')]) {
    try {
      return createRequire(from).resolve(request);
    } catch {
      // try the next place
    }
  }
  return undefined;
}

function nodeGypScript() {
  // npm sets npm_config_node_gyp to its bundled node-gyp when it runs a script.
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && fs.existsSync(fromNpm)) return fromNpm;
  return resolveScript('node-gyp/bin/node-gyp.js');
}

function build(workDir) {
  // A private copy, without the Node build, so node_modules is never touched.
  const copy = path.join(workDir, 'better-sqlite3');
  fs.cpSync(sqlite.dir, copy, {
    recursive: true,
    filter: (source) => path.relative(sqlite.dir, source).split(path.sep)[0] !== 'build',
  });
  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  const common = [`--target=${electron.version}`, `--arch=${process.arch}`];

  const prebuildInstall = resolveScript('prebuild-install/bin.js');
  if (
    prebuildInstall &&
    run(
      `downloading a prebuilt better-sqlite3 ${sqlite.version} for Electron ${electron.version}`,
      process.execPath,
      [prebuildInstall, '--runtime=electron', `--platform=${process.platform}`, ...common],
      copy,
    ) &&
    fs.existsSync(built)
  ) {
    return built;
  }

  const nodeGyp = nodeGypScript();
  if (!nodeGyp) return undefined;
  const headers = process.env.POWERMAP_ELECTRON_HEADERS;
  const source = headers ? `--nodedir=${path.resolve(headers)}` : '--dist-url=https://electronjs.org/headers';
  if (
    run(
      `compiling better-sqlite3 ${sqlite.version} against Electron ${electron.version} headers`,
      process.execPath,
      [nodeGyp, 'rebuild', '--release', ...common, source],
      copy,
    ) &&
    fs.existsSync(built)
  ) {
    return built;
  }
  return undefined;
}

/** A binary this Node can load was built for Node's ABI, not Electron's: refuse it. */
function loadsInNode(file) {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], {
    stdio: 'ignore',
  });
  return probe.status === 0;
}

if (upToDate()) {
  console.log(`native-for-electron: ${path.relative(root, target)} is up to date (Electron ${electron.version}).`);
  process.exit(0);
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-native-'));
let built;
let nodeAbi = false;
try {
  built = build(workDir);
  if (built && loadsInNode(built)) {
    nodeAbi = true;
    built = undefined;
  }
  if (built) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.rmSync(stampFile, { force: true });
    const partial = `${target}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  }
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}

if (nodeAbi) {
  fail(
    `the binary built for Electron ${electron.version} loads in Node ${process.version}, so it was compiled for Node's ABI.\n` +
      "Check that POWERMAP_ELECTRON_HEADERS (if set) holds Electron's headers, not Node's.",
  );
}
if (!built) {
  fail(
    `could not build better-sqlite3 ${sqlite.version} for Electron ${electron.version} (${process.platform}-${process.arch}).\n` +
      '  - prebuild-install could not fetch a prebuilt binary from GitHub, and\n' +
      "  - node-gyp could not compile it (it needs Electron's headers from https://electronjs.org/headers and a C++ toolchain).\n" +
      'Are you offline? Connect and run "node build/native-for-electron.mjs" again, or set POWERMAP_ELECTRON_HEADERS to\n' +
      'a folder of unpacked Electron headers. The Node build in node_modules is untouched: tests and "npm run web" still work.',
  );
}
console.log(`native-for-electron: wrote ${path.relative(root, target)} for Electron ${electron.version}.`);
