/**
 * The look-up a codec makes before using an optional part (`CodecFeatures`, `schema/features.ts`); the set of every
 * feature is `ALL_CODEC_FEATURES` (`protocols/features.ts`, the layer that sees them all).
 * @packageDocumentation
 */
import type { CodecFeatures } from '../schema/index.js';
import { SerializationError } from './serialization-error.js';

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
