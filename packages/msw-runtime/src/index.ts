/**
 * `@anvil/msw-runtime`: the hand-written core behind Anvil-generated MSW
 * handlers. Generated `<op>Handler(override?, options?)` functions call
 * {@link createHandler}; generated `errors.<Name>(members?)` and
 * `<op>Errors.<Name>(members?)` call {@link modeledError}; generated
 * `scenarios` come from {@link createScenarios}.
 * @packageDocumentation
 */
export { createHandler, recordCalls } from './create-handler.js';
export type { ServiceRoute, ServiceRoutes } from './route-precedence.js';
export { ErrorAnswer, isErrorAnswer, modeledError, type PartialMembers } from './error-answer.js';
export { deepMerge, isPlainObject, mergeBySchema, type DeepPartial } from './deep-merge.js';
export {
  createScenarios,
  GenericInternalFailure$,
  GenericThrottlingException$,
  internalError,
  throttlingError,
  type Scenarios,
} from './scenarios.js';
export { unhandledRequests, type UnhandledRequestOptions, type UnhandledStrategy } from './unhandled-requests.js';
export {
  defaultEvents,
  eventStream,
  EventStreamError,
  type EventStep,
  type EventStreamControl,
  type EventStreamOverride,
} from './event-stream/index.js';
export { DEFAULT_PAGES, DEFAULT_PAGE_SIZE, paginationPlan, type PaginationPlan } from './pagination.js';
export type {
  CreateHandlersOptions,
  HandlerAnswer,
  HandlerContext,
  HandlerModel,
  HandlerOptions,
  HandlerOverride,
  HandlerResolver,
  HandlerSequence,
  MockHandler,
  RecordedCall,
} from './handler-types.js';
export { fakeStructure, fakeValue, DEFAULT_FAKE_MAX_DEPTH, FAKE_EPOCH_SECONDS, FakeDataError, type FakeOptions } from './fake/index.js';
export {
  validate,
  validateValue,
  validationSummary,
  canonicalKey,
  codePointLength,
  compilePattern,
  PatternSyntaxError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationIssueKind,
} from './validate/index.js';
export { createStore, MockStore, type ItemIds, type StoreOptions, type StoreSnapshot } from './stateful/store.js';
export type { PersistOptions } from './stateful/store-persistence.js';
export type { LifecycleKind, OperationBinding, ResourceSpec, ResourceTable, TransitionSpec } from './stateful/resource-table.js';
export { extendResources, statefulHandlersFor, type StatefulHandlersOptions } from './stateful/stateful-handlers.js';
export { GenericResourceNotFoundException$, notFoundSchema } from './stateful/missing-item.js';
export { compileExample, findExample, inputMatches, type CompiledExample, type ExampleTable, type OperationExample } from './examples/operation-examples.js';
export { fromNodeValue, structureFromNode, NodeValueError } from './node-values.js';
export { checkPresignedQuery, isPresigned, type PresignRefusal } from './presigned-request.js';
