/**
 * The `aws.protocols#ec2Query` codec (Smithy "AWS EC2 query protocol"): the awsQuery frame
 * (`./aws-query.ts`) with ec2Query keys (`@ec2QueryName`, else the capitalised `@xmlName` / member name;
 * every list flattened, empty lists not sent), responses without a `<OperationResult>` wrapper, and
 * `<Response><Errors><Error>` error bodies.
 * @packageDocumentation
 */
import { joinCodec } from './codec.js';
import type { ClientCodec, ProtocolCodec, ServerCodec } from './codec.js';
import { createQueryClient, createQueryServer } from './aws-query.js';

/** The client half of the ec2Query codec (what generated clients bundle). */
export const ec2QueryClient: ClientCodec = /* @__PURE__ */ createQueryClient('ec2Query');
/** The mock half of the ec2Query codec. */
export const ec2QueryServer: ServerCodec = /* @__PURE__ */ createQueryServer('ec2Query');
/** The ec2Query codec (client and mock directions). */
export const ec2Query: ProtocolCodec = /* @__PURE__ */ joinCodec(ec2QueryClient, ec2QueryServer);
