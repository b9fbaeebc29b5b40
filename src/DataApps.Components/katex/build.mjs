// Copies KaTeX's browser build into ../wwwroot/katex: the minified script, the stylesheet with only its woff2 fonts (every
// browser DataApps supports reads woff2, so the woff and ttf fallbacks would only add files), the fonts and the license.
// No bundling: katex.min.js is already a standalone UMD script that sets window.katex.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const version = require('katex/package.json').version;
const dist = new URL('node_modules/katex/dist/', import.meta.url);
const out = new URL('../wwwroot/katex/', import.meta.url);

await rm(out, { recursive: true, force: true });
await mkdir(new URL('fonts/', out), { recursive: true });

await copyFile(new URL('katex.min.js', dist), new URL('katex.min.js', out));

// src:url(a.woff2) format("woff2"),url(a.woff) format("woff"),url(a.ttf) format("truetype") -> src:url(a.woff2) format("woff2")
const css = await readFile(new URL('katex.min.css', dist), 'utf8');
const woff2Only = css.replace(/,url\([^)]*\.woff\) format\("woff"\),url\([^)]*\.ttf\) format\("truetype"\)/g, '');
if (/\.(woff|ttf)\)/.test(woff2Only)) {
    console.error('katex.min.css has a font reference this build does not understand; check the pattern above.');
    process.exit(1);
}
await writeFile(new URL('katex.min.css', out), woff2Only);

const fonts = (await readdir(new URL('fonts/', dist))).filter((f) => f.endsWith('.woff2')).sort();
for (const font of fonts) {
    await copyFile(new URL(`fonts/${font}`, dist), new URL(`fonts/${font}`, out));
}

await copyFile(new URL('node_modules/katex/LICENSE', import.meta.url), new URL('LICENSE.txt', out));
console.log(`wwwroot/katex: KaTeX ${version}, katex.min.js, katex.min.css and ${fonts.length} woff2 fonts`);
