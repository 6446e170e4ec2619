// Saving a file the app made: a temporary link to a Blob, clicked, then released.
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on Windows, from a campaign name and what the file holds. */
export function fileName(...parts: string[]): string {
  return parts
    .join('-')
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 120);
}
