export type ImageFormat = 'png' | 'svg';

/** Saves what `url` (a data: or blob: address) holds under `fileName`, as the browser's download. */
export function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

/** A file name that is safe on every platform and says what and when. */
export function exportFileName(mapName: string, format: ImageFormat | 'json', now = new Date()): string {
  const safe =
    mapName
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'map';
  return `${safe} ${now.toISOString().slice(0, 10)}.${format}`;
}
