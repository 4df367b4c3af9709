/**
 * Every codec feature (`CodecFeatures`, `schema/features.ts`) as one set: what the mock codec halves and the joined
 * codecs carry, and the client halves of the protocols that do not gate features (restXml, rpcv2Json).
 * @packageDocumentation
 */
import type { CodecFeatures } from '../schema/index.js';
import { base64Feature } from '../bytes/base64.js';
import { timestampFeature } from '../codecs/timestamps.js';
import { bigNumberFeature } from '../codecs/json/big-numbers.js';
import { unionFeature } from '../codecs/json/union-values.js';
import { requestBindingFeature } from '../http/bindings/request-bindings.js';
import { payloadFeature } from '../http/bindings/payload-member.js';
import { headerValueFeature } from '../http/bindings/scalar.js';
import { integerRangeFeature } from '../codecs/integers.js';

/** Every codec feature: mock codec halves and the joined codecs read any schema with these. */
export const ALL_CODEC_FEATURES: CodecFeatures = {
  timestamps: timestampFeature,
  base64: base64Feature,
  bigNumbers: bigNumberFeature,
  unions: unionFeature,
  requestBindings: requestBindingFeature,
  payloads: payloadFeature,
  headerValues: headerValueFeature,
  integerRanges: integerRangeFeature,
};
