import { downloadFile } from '../imports/download-file';

/** Hands a PDF (base64 from the core) to the user as a download: the browser or Electron asks where to save it. */
export function savePdf(fileName: string, contentBase64: string): void {
  downloadFile(fileName, 'application/pdf', Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0)));
}
