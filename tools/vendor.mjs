// Copies the pinned browser builds from node_modules into pb_public/vendor/
// (one folder per package, with its LICENSE), so the web UI runs without a
// build step and the binary without Node. Refresh: change the versions in
// package.json, then `npm install && npm run vendor`, and commit the copies.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const nm = join(root, 'node_modules')
const out = join(root, 'pb_public', 'vendor')

// package → files to copy (source path inside the package → target name).
const files = {
  vue: { 'dist/vue.esm-browser.prod.js': 'vue.esm-browser.prod.js', LICENSE: 'LICENSE' },
  'element-plus': {
    'dist/index.full.min.mjs': 'index.full.min.mjs',
    'dist/index.css': 'index.css',
    'dist/locale/zh-cn.min.mjs': 'locale/zh-cn.min.mjs',
    LICENSE: 'LICENSE',
  },
  '@element-plus/icons-vue': { 'dist/index.min.js': 'index.min.js', LICENSE: 'LICENSE' },
  pocketbase: { 'dist/pocketbase.es.mjs': 'pocketbase.es.mjs', 'LICENSE.md': 'LICENSE.md' },
  // Apache ECharts (数据看板): the full ESM build, zh-CN locale included;
  // Apache-2.0 asks for its NOTICE beside the LICENSE.
  echarts: { 'dist/echarts.esm.min.mjs': 'echarts.esm.min.mjs', LICENSE: 'LICENSE', NOTICE: 'NOTICE' },
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
rmSync(out, { recursive: true, force: true })
const manifest = {}
for (const [name, list] of Object.entries(files)) {
  const meta = JSON.parse(readFileSync(join(nm, name, 'package.json'), 'utf8'))
  const want = pkg.devDependencies[name]
  if (meta.version !== want) {
    throw new Error(`${name}: node_modules has ${meta.version}, package.json pins ${want}; run npm install`)
  }
  manifest[name] = meta.version
  for (const [src, dst] of Object.entries(list)) {
    const from = join(nm, name, src)
    const to = join(out, name, dst)
    if (!existsSync(from)) throw new Error(`missing ${from}`)
    mkdirSync(dirname(to), { recursive: true })
    if (/\.(m?js|css)$/.test(src)) {
      // The .map files are not vendored; drop the reference so the
      // browser's devtools do not ask the server for them (a 404).
      const text = readFileSync(from, 'utf8').replace(/\n?\/[/*]# sourceMappingURL=\S+(\s*\*\/)?\s*$/, '\n')
      writeFileSync(to, text)
    } else {
      copyFileSync(from, to)
    }
  }
}
writeFileSync(join(out, 'versions.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log('vendored into pb_public/vendor:', manifest)
