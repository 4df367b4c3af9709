/**
 * The codec features (`CodecFeatures`, `schema/features.ts`) as a set: every feature (what mock codec halves
 * and the joined codecs carry), and the look-up a codec makes before using one.
 * @packageDocumentation
 */
import type { CodecFeatures } from '../schema/index.js';
import { base64Feature } from '../bytes/base64.js';
import { timestampFeature } from './timestamps.js';
import { bigNumberFeature } from './json/big-numbers.js';
import { unionFeature } from './json/union-values.js';
import { SerializationError } from './serialization-error.js';

/** Every codec feature: mock codec halves and the joined codecs read any schema with these. */
export const ALL_CODEC_FEATURES: CodecFeatures = { timestamps: timestampFeature, base64: base64Feature, bigNumbers: bigNumberFeature, unions: unionFeature };

/**
 * The feature a value needs, or a clear error when the operation's schema does not list it (a hand-written
 * operation schema given to a generated client's codec; generated schemas list what their closure needs).
 * @throws SerializationError naming the shape type, the feature and the member path
 */
export function requireFeature<K extends keyof CodecFeatures>(features: CodecFeatures | undefined, name: K, type: string, path: string): NonNullable<CodecFeatures[K]> {
  const feature = features?.[name];
  if (feature === undefined) throw new SerializationError(`a ${type} value needs the codec feature '${name}', which the operation schema's features do not list`, path || '/');
  return feature as NonNullable<CodecFeatures[K]>;
}
