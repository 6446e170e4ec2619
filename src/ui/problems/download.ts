// Saving generated text as a file through the browser's download.
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.replace(/[\\/:*?"<>|]/g, '_');
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once this task is done.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
