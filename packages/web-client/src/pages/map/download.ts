/** Offers `blob` as a file download named `fileName`. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has the file once the click is handled; free the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
