import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../renderer/src/features/map/exportImage';

describe('exportFileName', () => {
  const day = new Date('2026-11-23T10:00:00Z');
  it('names the file after the map and the day', () => {
    expect(exportFileName('Northwind — Power map', 'png', day)).toBe('Northwind — Power map 2026-11-23.png');
    expect(exportFileName('华东精密 权力地图', 'svg', day)).toBe('华东精密 权力地图 2026-11-23.svg');
  });
  it('removes characters no file system accepts', () => {
    expect(exportFileName('A/B: "C"?', 'png', day)).toBe('A B C 2026-11-23.png');
    expect(exportFileName('///', 'png', day)).toBe('map 2026-11-23.png');
  });
});
