// Handsontable is not free software. Without a key it covers the grid with a notice that blocks
// every click. This key is Handsontable's own one for non-commercial use and evaluation only; a
// deployment for government work needs a commercial key, set at build time in VITE_HANDSONTABLE_KEY.
export const HANDSONTABLE_LICENSE_KEY: string =
  (import.meta.env.VITE_HANDSONTABLE_KEY as string | undefined) || 'non-commercial-and-evaluation';
