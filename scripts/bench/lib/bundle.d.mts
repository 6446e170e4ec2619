export function initialAssets(html: string): string[];
export function staticImports(code: string): string[];
export function chunkName(path: string): string;
export interface LazyChunk {
  file: string;
  name: string;
  gzip: number;
}
export function bundleSizes(dist: string): {
  initialFiles: string[];
  initialJs: number;
  initialCss: number;
  lazy: LazyChunk[];
};
