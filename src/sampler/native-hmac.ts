// Loads the optional native HMAC (src/sampler/native, built at install by scripts/build-native.mjs).
// Absent, unloadable, or on a CPU without SHA extensions, callers keep the JS implementation: the
// results are the same, only the cost on the host's request path differs.
import { createRequire } from 'node:module';
import { packagePath } from '../util/package-root.js';

/** Writes HMAC(key, prefix + message) into the `out` given to create(); false when the message is too long for it. */
export type NativeHmac = (message: string) => boolean;
type Create = (keyBlock: Uint8Array, prefix: Uint8Array, out: Int32Array) => NativeHmac | null;

export const NATIVE_HMAC_PATH = packagePath('src', 'sampler', 'native', 'build', 'Release', 'sampling_hmac.node');

let create: Create | null | undefined;

function load(): Create | null {
  if (create === undefined) {
    try {
      const addon = createRequire(import.meta.url)(NATIVE_HMAC_PATH) as { create?: unknown };
      create = typeof addon.create === 'function' ? (addon.create as Create) : null;
    } catch {
      create = null;
    }
  }
  return create;
}

/** The native HMAC for this key block and prefix writing into `out`, or null where there is none. */
export function createNativeHmac(keyBlock: Uint8Array, prefix: Uint8Array, out: Int32Array): NativeHmac | null {
  return load()?.(keyBlock, prefix, out) ?? null;
}
