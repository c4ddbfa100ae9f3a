import type { MapPicture } from './renderSvg';

/** Browsers refuse canvases much larger than this on a side (and memory runs out before). */
const MAX_SIDE = 16_000;

/**
 * The picture as a PNG at `scale` × its size: the SVG drawn onto a canvas through an image, so
 * the PNG shows exactly what the SVG file does. A map too large for the scale asked is drawn as
 * large as a canvas can be.
 */
export async function rasterise(picture: MapPicture, scale: number): Promise<Blob> {
  const fit = Math.min(scale, MAX_SIDE / picture.width, MAX_SIDE / picture.height);
  const width = Math.max(1, Math.round(picture.width * fit));
  const height = Math.max(1, Math.round(picture.height * fit));
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw the picture on');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
