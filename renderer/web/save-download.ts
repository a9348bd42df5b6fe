// A file the server sent for a call (a Word document, an Excel export) becomes the browser's own
// download, under the name the server gave it.
import type { DownloadedFile } from '../../shared/api/socket-protocol';

export function saveDownload(file: DownloadedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the memory can go after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
