/**
 * `@anvil/msw-runtime`: the hand-written core behind Anvil-generated MSW
 * handlers. Generated `<op>Handler(override?, options?)` functions call
 * {@link createHandler}; generated `errors.<Name>(members?)` call {@link modeledError}.
 * @packageDocumentation
 */
export { createHandler } from './createHandler.js';
export { ErrorAnswer, isErrorAnswer, modeledError } from './errorAnswer.js';
export { deepMerge, isPlainObject, mergeBySchema, type DeepPartial } from './deepMerge.js';
export type { HandlerAnswer, HandlerContext, HandlerOptions, HandlerOverride, HandlerResolver } from './types.js';
