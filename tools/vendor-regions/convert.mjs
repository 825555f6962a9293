#!/usr/bin/env node
// Refreshes migrations/data/regions.json (the province/city/district tree of
// the `region` dict) from the npm package element-china-area-data (MIT).
//
//   node tools/vendor-regions/convert.mjs [version]      (default 6.1.0)
//
// It runs `npm pack` in a temporary directory, imports the package's
// standalone ESM build, and writes one row per line as
// [code, label, parentCode] in tree order, with codes widened to the six
// digits of GB/T 2260 (province "37" -> "370000", city "3701" -> "370100"),
// so the region codes match the `city` dict and the codes people know
// (towns of cities without counties keep their nine-digit codes).
// The package's LICENSE is copied beside the data. Nothing here is typed by
// hand: rerun the script and commit the diff to update the data.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkg = "element-china-area-data";
const version = process.argv[2] || "6.1.0";
const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, "../../migrations/data");

const tmp = mkdtempSync(join(tmpdir(), "vendor-regions-"));
try {
  const tgz = execFileSync("npm", ["pack", `${pkg}@${version}`, "--silent"], { cwd: tmp, encoding: "utf8" })
    .trim()
    .split("\n")
    .pop();
  execFileSync("tar", ["xzf", tgz], { cwd: tmp });
  const root = join(tmp, "package");
  const { regionData } = await import(pathToFileURL(join(root, "dist", `${pkg}.mjs`)).href);

  // Cities without counties (东莞市, 中山市, 儋州市...) list their towns
  // with nine-digit township codes (GB/T 10114); those stay as they are.
  const widen = (code) => {
    if (/^\d{9}$/.test(code)) return code;
    if (!/^\d{2}(\d{2}){0,2}$/.test(code)) throw new Error(`unexpected region code ${code}`);
    return code.padEnd(6, "0");
  };
  const rows = [];
  const seen = new Set();
  const walk = (items, parent) => {
    for (const it of items) {
      const code = widen(it.value);
      if (seen.has(code)) throw new Error(`duplicate region code ${code} (${it.label})`);
      seen.add(code);
      rows.push([code, it.label, parent]);
      if (it.children) walk(it.children, code);
    }
  };
  walk(regionData, "");

  const body =
    `{"source":"${pkg}@${version}","license":"MIT","columns":["code","label","parent"],"rows":[\n` +
    rows.map((r) => JSON.stringify(r)).join(",\n") +
    "\n]}\n";
  writeFileSync(join(outDir, "regions.json"), body);
  copyFileSync(join(root, "LICENSE.md"), join(outDir, "regions.LICENSE.md"));
  const provinces = rows.filter((r) => r[2] === "").length;
  console.log(`wrote ${rows.length} regions (${provinces} provinces) from ${pkg}@${version} to ${outDir}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
