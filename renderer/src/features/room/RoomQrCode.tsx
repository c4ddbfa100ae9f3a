import { useMemo } from 'react';
import QRCode from 'qrcode';

const QUIET_ZONE = 4;

/** The address as a QR code a phone's camera reads: one SVG path of the dark modules, drawn by us (no canvas, no data URL under the CSP). */
export function RoomQrCode({ value, label, size = 168 }: { value: string; label: string; size?: number }) {
  const { path, extent } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    const steps: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (modules.get(row, column)) steps.push(`M${column + QUIET_ZONE},${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
    return { path: steps.join(''), extent: modules.size + QUIET_ZONE * 2 };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
      data-testid="room-qr"
    >
      {/* Black on white in both schemes: cameras read a light code on a dark page badly. */}
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
