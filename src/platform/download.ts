// Saving a file the app made (a PNG, later a CSV or a backup) through the browser's download.
/** Characters Windows and macOS refuse in file names (control characters too). */
const UNSAFE = /[\\/:*?"<>|]/g;

export function safeFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('');
  return printable.replace(UNSAFE, '_').trim() || 'battlemap';
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has begun reading the blob by the next task; the URL can then go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
