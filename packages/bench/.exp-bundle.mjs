import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
const [,, name, contents, out] = process.argv;
const r = await esbuild.build({
  stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'browser', format: 'esm', minify: true, write: false,
  nodePaths: [process.cwd() + '/node_modules'], conditions: ['@anvil/source'], metafile: true, logLevel: 'silent',
  plugins: [{ name: 'gen', setup(b) { b.onResolve({ filter: /^@anvil-gen\/[a-z0-9-]+-(types|client|msw)$/ }, (a) => { const m = /^@anvil-gen\/([a-z0-9-]+)-(types|client|msw)$/.exec(a.path); return { path: join('/tmp/lean', m[1], m[2], 'src', 'index.ts') }; }); } }],
});
const bytes = r.outputFiles[0].contents;
console.log(name, bytes.length, gzipSync(bytes, { level: 9 }).length);
if (out) { writeFileSync(out, r.outputFiles[0].text); writeFileSync(out + '.meta.json', JSON.stringify(r.metafile)); }
