// Bundles the web app of `agent-audit ui` into dist/ui/ at build time (run after tsup by the
// package's build script): Preact, htm and uPlot go in, nothing is fetched at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'dist', 'ui');
fs.mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(here, 'app.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['chrome110', 'firefox115', 'safari16'],
  outfile: path.join(out, 'app.js'),
  legalComments: 'eof',
  logLevel: 'warning',
});
const uplotCss = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('uplot'))), 'uPlot.min.css'), 'utf8');
fs.writeFileSync(path.join(out, 'app.css'), `${fs.readFileSync(path.join(here, 'app.css'), 'utf8')}\n/* uPlot (MIT) */\n${uplotCss}\n`);
console.log(`ui: wrote ${path.relative(process.cwd(), out)}/app.js (${fs.statSync(path.join(out, 'app.js')).size} bytes) and app.css`);
