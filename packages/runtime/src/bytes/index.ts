/**
 * Byte helpers: UTF-8 and base64.
 * @packageDocumentation
 */
export { utf8Decode, utf8Encode } from './utf8.js';
export { fromBase64, toBase64 } from './base64.js';
