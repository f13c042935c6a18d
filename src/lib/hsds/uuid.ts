/**
 * Stable identifiers for the open-data export: a UUID version 5 (RFC 9562, SHA-1 over a namespace and a name), so
 * the same service gets the same `id` in every build and every language, and a directory that imported it once can
 * match it again.
 */
import { createHash } from 'node:crypto';

/** Waymark's own namespace. Never change it: every published id is derived from it. */
export const WAYMARK_HSDS_NAMESPACE = '559cdd27-8c56-4874-be25-ae32fad67dea';

function bytesOf(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`"${uuid}" is not a UUID`);
  return Buffer.from(hex, 'hex');
}

/** The UUID v5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = WAYMARK_HSDS_NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of one record, named by its kind and what makes it itself: `hsdsId('service', 'childline')`. */
export function hsdsId(kind: string, ...key: string[]): string {
  return uuidV5([kind, ...key].join(':'));
}
