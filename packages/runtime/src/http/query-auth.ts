/**
 * SigV4 query-string authentication (AWS "Authenticating requests: using query parameters"): the bound both
 * sides of a presigned URL share — the client's `presign` and the mock's check of presigned requests.
 * @packageDocumentation
 */

/** The longest validity SigV4 allows for a presigned URL (`X-Amz-Expires`): 7 days, in seconds. */
export const MAX_PRESIGNED_EXPIRY_SECONDS = 604_800;
