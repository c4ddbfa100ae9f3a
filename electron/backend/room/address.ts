import os from 'node:os';

/** Every address of this machine's interfaces (loopback included), as os.networkInterfaces names them. */
export function ownAddresses(): string[] {
  return Object.values(os.networkInterfaces()).flatMap((entries) => (entries ?? []).map((entry) => entry.address));
}

/**
 * Where the room listens when no address is chosen: the first LAN address (IPv4, not loopback)
 * of this machine, so the people in the room can reach it; 127.0.0.1 on a machine without one.
 */
export function defaultShareHost(): string {
  for (const entries of Object.values(os.networkInterfaces())) {
    const lan = (entries ?? []).find((entry) => entry.family === 'IPv4' && !entry.internal);
    if (lan) return lan.address;
  }
  return '127.0.0.1';
}

/** The host part of a URL or a Host header for an address: IPv6 in brackets. */
export const urlHost = (address: string): string => (address.includes(':') ? `[${address}]` : address);
