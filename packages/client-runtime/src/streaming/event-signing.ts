/**
 * SigV4 signing of an input event stream (AWS "Signature Version 4 for event streams", as Transcribe
 * streaming and Bedrock bidirectional streams require): every encoded event message becomes the body of
 * an outer message with a `:date` header and a `:chunk-signature` header, the signature chained from
 * the previous one (the first from the signed HTTP request's signature), and an outer message with an
 * empty body ends the stream. Signatures come from `@smithy/signature-v4`'s `signMessage`.
 * @packageDocumentation
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { encodeMessage, type EventMessage } from '@anvil/runtime';
import { Sha256 } from '#sha256';
import type { StreamSigning } from './streaming-support.js';

/** `x-amz-content-sha256` of a request whose event stream body is signed message by message. */
export const STREAMING_EVENTS_PAYLOAD = 'STREAMING-AWS4-HMAC-SHA256-EVENTS';

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * The signed frames of an input event stream, ending with the signed empty frame.
 * @param now clock for the `:date` headers (default: the current time)
 */
export async function* signedFrames(
  messages: AsyncIterable<EventMessage>,
  signing: StreamSigning,
  now: () => Date = () => new Date(),
): AsyncGenerator<Uint8Array, void, undefined> {
  // one signer per stream: request signing may use aws4fetch (browsers), which cannot sign event messages
  const signer = new SignatureV4({ service: signing.service, region: signing.region, credentials: signing.credentials, sha256: Sha256 });
  let prior = signing.seedSignature;
  const frame = async (body: Uint8Array): Promise<Uint8Array> => {
    const date = now();
    const headers = { ':date': { type: 'timestamp' as const, value: date } };
    const signed = await signer.signMessage({ message: { headers, body }, priorSignature: prior }, { signingDate: date });
    prior = signed.signature;
    return encodeMessage({ headers: { ...headers, ':chunk-signature': { type: 'binary', value: hexBytes(signed.signature) } }, body });
  };
  for await (const message of messages) yield await frame(encodeMessage(message));
  yield await frame(new Uint8Array(0));
}
