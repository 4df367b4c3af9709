import { AwsV4Signer } from 'aws4fetch';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
class NodeSha { constructor(s){ this.h = s ? createHmac('sha256', s) : createHash('sha256'); } update(d){ this.h.update(d); } async digest(){ return new Uint8Array(this.h.digest()); } }
const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const body = new TextEncoder().encode('{"sourceServerID":"s-1234567890abcdef0"}');
const cache = new Map();
const smithy = new SignatureV4({ service: 'drs', region: 'us-east-1', credentials: creds, sha256: NodeSha });
async function a4() { return new AwsV4Signer({ url: 'https://drs.us-east-1.amazonaws.com/RetryDataReplication', method: 'POST', headers: { 'content-type': 'application/json' }, body, ...creds, service: 'drs', region: 'us-east-1', cache, allHeaders: true }).sign(); }
async function sm() { return smithy.sign({ method: 'POST', protocol: 'https:', hostname: 'drs.us-east-1.amazonaws.com', path: '/RetryDataReplication', query: {}, headers: { host: 'drs.us-east-1.amazonaws.com', 'content-type': 'application/json' }, body }); }
for (const [n, f] of [['aws4fetch', a4], ['smithy+node', sm], ['aws4fetch', a4], ['smithy+node', sm]]) {
  for (let i = 0; i < 500; i++) await f();
  const t = performance.now(); const N = 5000; for (let i = 0; i < N; i++) await f();
  console.log(n, Math.round(N * 1000 / (performance.now() - t)), '/s');
}
