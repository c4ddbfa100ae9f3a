import { datedFileName } from '../../../../shared/domain/fileName';

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
  return datedFileName(mapName, format, 'map', now);
}
