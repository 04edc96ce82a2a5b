/** Hands text or bytes to the user as a file download: the browser (or Electron) asks where to save it. */
export function downloadFile(fileName: string, mediaType: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
