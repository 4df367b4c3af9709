/**
 * Runtime schemas: the data generated packages emit and the codecs, fake data and validation read.
 * @packageDocumentation
 */
export { deref, type Thunk } from './thunk.js';
export type * from './shapes.js';
export type * from './operation.js';
export { Unit$, isUnit, type DocumentType, type UnitShape } from './unit.js';
export { assignOwn, getOwn, hasOwnKey, setOwn } from './own-members.js';
