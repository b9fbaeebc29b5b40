// Builds ../wwwroot/plotly-dataapps.min.js from index.js with esbuild, the way plotly.js builds its own partial
// bundles (tasks/partial_bundle.mjs in plotly.js): an IIFE that sets window.Plotly, attribute descriptions stripped.
import { analyzeMetafile, build } from 'esbuild';
import { readFile, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const version = require('plotly.js/package.json').version;
const out = new URL('../wwwroot/plotly-dataapps.min.js', import.meta.url);

// plotly.js's compress_attributes transform: the schema's descriptions are for documentation, not for drawing. These
// patterns match only whole string literals (plotly.js's own looser ones stop at a "]" inside a description), and only
// when a comma or the end of the object follows, so anything they do not understand is left as it is.
const str = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")`;
const end = String.raw`(?:,|(?=\s*\}))`;
const meta = (name, value) => new RegExp(String.raw`\s*${name}: ${value}${end}`, 'g');
const joined = String.raw`\[(?:\s*(?:${str}\s*,?|//[^\n]*))*\s*\]\.join\(${str}\)`;
const list = String.raw`\[(?:\s*${str}\s*,?)*\s*\]`;
const strip = (code) => code
    .replace(meta('description', str), '')
    .replace(meta('description', joined), '')
    .replace(meta('requiredOpts', list), '')
    .replace(meta('otherOpts', list), '')
    .replace(meta('hrName', str), '');

const compressAttributes = {
    name: 'compress-attributes',
    setup(b) {
        b.onLoad({ filter: /[\\/]plotly\.js[\\/]src[\\/].*\.js$/ }, async (args) => ({
            contents: strip(await readFile(args.path, 'utf8')),
            loader: 'js',
        }));
    },
};

// The only stylesheet plotly.js imports is maplibre-gl's, for map traces this bundle does not have.
const noStylesheets = {
    name: 'no-stylesheets',
    setup(b) {
        b.onResolve({ filter: /\.css$/ }, (args) => ({ path: args.path, namespace: 'empty-css' }));
        b.onLoad({ filter: /.*/, namespace: 'empty-css' }, () => ({ contents: '', loader: 'js' }));
    },
};

const result = await build({
    entryPoints: [new URL('index.js', import.meta.url).pathname],
    outfile: out.pathname,
    bundle: true,
    format: 'iife',
    globalName: 'Plotly',
    minify: true,
    target: 'es2016',
    define: { global: 'window' },
    // gl-text creates a regl context of its own only when it is not given one; plotly.js always gives it one, so the
    // second copy of regl it would pull in (128 KB) is plotly.js's fork instead.
    alias: { regl: '@plotly/regl' },
    legalComments: 'none',
    banner: { js: `/** plotly.js v${version} (DataApps bundle: scatter, scattergl, bar, histogram, heatmap, box, pie - minified) | MIT License | Copyright (c) 2016-2024 Plotly Technologies Inc. (plotly-dataapps.LICENSE.txt) */` },
    plugins: [compressAttributes, noStylesheets],
    metafile: process.argv.includes('--analyze'),
    logLevel: 'info',
});

if (result.errors.length > 0) {
    process.exit(1);
}

if (result.metafile) {
    console.log(await analyzeMetafile(result.metafile));
}

await copyFile(new URL('node_modules/plotly.js/LICENSE', import.meta.url), new URL('../wwwroot/plotly-dataapps.LICENSE.txt', import.meta.url));
const size = (await readFile(out)).length;
console.log(`plotly-dataapps.min.js: plotly.js ${version}, ${size.toLocaleString('en')} bytes`);
