// Saving a file the app made in the page (works offline): a temporary link to a Blob, clicked,
// then released. The one way every view saves a file: exports, backups, briefs, reports, images.

/** The download has its own reference by then; a slow disk prompt must not find the URL gone. */
const REVOKE_AFTER_MS = 10_000;

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadText(text: string, name: string, type: string): void {
  download(new Blob([text], { type }), name);
}

/** A file name safe on Windows and macOS, from the parts joined by `-` (an extension kept). */
export function fileName(...parts: string[]): string {
  return parts
    .join('-')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
    .trim()
    .slice(0, 120);
}
