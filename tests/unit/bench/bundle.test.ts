import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bundleSizes,
  chunkName,
  initialAssets,
  staticImports,
} from '../../../scripts/bench/lib/bundle.mjs';

/** index.html as Vite 8 writes it. */
const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-DOrGNjv3.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-XKyaHtl9.js">
    <link rel="stylesheet" crossorigin href="./assets/index-B9XYcBSV.css">
    <link rel="manifest" href="./manifest.webmanifest">
  </head>
  <body><div id="app"></div></body>
</html>`;

describe('initialAssets', () => {
  it('finds the entry script, preloaded chunks and style sheets, not icons or the manifest', () => {
    expect(initialAssets(INDEX)).toEqual([
      'assets/index-DOrGNjv3.js',
      'assets/rolldown-runtime-XKyaHtl9.js',
      'assets/index-B9XYcBSV.css',
    ]);
  });
});

describe('staticImports', () => {
  it('follows import … from, bare imports and re-exports, but not import() or preload lists', () => {
    const code =
      'import{a as b}from"./rolldown-runtime-XKyaHtl9.js";import"./side-Abc12345.js";' +
      'export{c}from"./shared-Xyz98765.js";' +
      'const g=()=>__vitePreload(()=>import("./ProjectGrid-BK-jr3hm.js"),' +
      '__vite__mapDeps([0,1]));const m=["assets/license-BwqMkKgd.js"];';
    expect(staticImports(code)).toEqual([
      './rolldown-runtime-XKyaHtl9.js',
      './side-Abc12345.js',
      './shared-Xyz98765.js',
    ]);
  });
});

describe('chunkName', () => {
  it('drops the content hash, which changes with every build', () => {
    expect(chunkName('assets/ProjectGrid-BK-jr3hm.js')).toBe('ProjectGrid.js');
    expect(chunkName('assets/chinese-days--lXQIe4D.js')).toBe('chinese-days.js');
    expect(chunkName('assets/index-B9XYcBSV.css')).toBe('index.css');
  });
});

describe('bundleSizes', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const write = (path: string, text: string): number => {
    writeFileSync(join(dist, path), text);
    return gzipSync(Buffer.from(text)).length;
  };

  it('counts the entry and what it imports statically as initial, the rest as lazy', () => {
    dist = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch",()=>{})');
    const entry = write(
      'assets/index-DOrGNjv3.js',
      'import"./rolldown-runtime-XKyaHtl9.js";import{x}from"./shared-Xyz98765.js";' +
        'import("./ProjectGrid-BK-jr3hm.js");',
    );
    const runtime = write('assets/rolldown-runtime-XKyaHtl9.js', 'export const r=1;');
    const shared = write('assets/shared-Xyz98765.js', 'export const x="shared";'.repeat(20));
    const css = write('assets/index-B9XYcBSV.css', 'body{margin:0}');
    const grid = write('assets/ProjectGrid-BK-jr3hm.js', 'export default "grid";'.repeat(50));
    const gridCss = write('assets/ProjectGrid-Qwertyui.css', '.grid{color:red}');

    const sizes = bundleSizes(dist);
    expect(sizes.initialJs).toBe(entry + runtime + shared);
    expect(sizes.initialCss).toBe(css);
    expect(sizes.lazy).toEqual([
      { file: 'assets/ProjectGrid-BK-jr3hm.js', name: 'ProjectGrid.js', gzip: grid },
      { file: 'assets/ProjectGrid-Qwertyui.css', name: 'ProjectGrid.css', gzip: gridCss },
    ]);
  });
});
