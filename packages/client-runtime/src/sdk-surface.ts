/**
 * The aws-sdk-js-v3-shaped surface generated clients also offer (the `./sdk` subpath of a client package):
 * `new XClient(config).send(new XCommand(input))`, `paginateX({ client, pageSize }, input)` and
 * `waitUntilX({ client, maxWaitTime }, input)`. Commands run the tree-shakable operation functions on the
 * lite client the SDK-shaped client wraps, so this surface bundles like the lite one. What differs from
 * `@aws-sdk/client-*` is listed in `docs/client.md` ("Switching from @aws-sdk/client-*").
 * @packageDocumentation
 */
import type { Client } from './client.js';
import type { ClientConfig, RequestOptions } from './config.js';
import type { MetadataBearer } from './exception.js';
import type { WaiterOptions } from './waiter.js';

/**
 * A command: one operation with its input, sent by {@link SdkClient.send} (the SDK's `XCommand`).
 * @typeParam I the operation input
 * @typeParam O the operation output (without `$metadata`)
 * @typeParam C the lite client the operation function takes
 */
export abstract class SdkCommand<I, O, C extends Client = Client> {
  /** The input given to the constructor (as in the SDK). */
  readonly input: I;

  constructor(input: I) {
    this.input = input;
  }

  /** Run the operation on a lite client (what {@link SdkClient.send} calls). */
  abstract run(client: C, options?: RequestOptions): Promise<O & MetadataBearer>;
}

/** Per-call options of {@link SdkClient.send} (the SDK's `HttpHandlerOptions` subset that applies). */
export interface SdkSendOptions {
  /** Aborts the call (also during retry waits); the call rejects with the signal's reason. */
  readonly abortSignal?: AbortSignal;
  /** Per-attempt timeout, ms. */
  readonly requestTimeout?: number;
}

/**
 * An SDK-shaped client (the SDK's `XClient`): `send(command)`. Wraps a generated lite client, which does the work.
 * @typeParam C the generated lite client class
 */
export class SdkClient<C extends Client> {
  /** The lite client commands run on; pass it to the operation functions of the main entry, too. */
  readonly client: C;
  /** The configuration the lite client was built with. */
  readonly config: Readonly<ClientConfig>;

  constructor(client: C) {
    this.client = client;
    this.config = client.config;
  }

  /**
   * Send a command.
   * @returns the output with `$metadata`
   * @throws the operation's modeled error classes, the service's base exception, as the operation function does
   */
  send<I, O>(command: SdkCommand<I, O, C>, options?: SdkSendOptions): Promise<O & MetadataBearer> {
    return command.run(this.client, options);
  }

  /** Nothing to release (the client holds no sockets of its own); kept for the SDK's `destroy()`. */
  destroy(): void {}
}

/** The SDK's `PaginationConfiguration`: which client, page size and starting token. */
export interface SdkPaginationConfiguration<C> {
  readonly client: C;
  /** Page size to request (the operation's `pageSize` member). */
  readonly pageSize?: number;
  /** Token to start from. */
  readonly startingToken?: unknown;
}

/** The SDK's `WaiterConfiguration`: which client, how long to wait (seconds) and how to abort. */
export interface SdkWaiterConfiguration<C> extends WaiterOptions {
  readonly client: C;
  /** Aborts the wait (the SDK's `abortController`); `abortSignal` works too. */
  readonly abortController?: { readonly signal: AbortSignal };
}

/** Our waiter options from the SDK's waiter configuration. */
export function sdkWaiterOptions(config: SdkWaiterConfiguration<unknown>): WaiterOptions {
  const signal = config.abortSignal ?? config.abortController?.signal;
  return {
    maxWaitTime: config.maxWaitTime,
    ...(config.minDelay === undefined ? {} : { minDelay: config.minDelay }),
    ...(config.maxDelay === undefined ? {} : { maxDelay: config.maxDelay }),
    ...(signal ? { abortSignal: signal } : {}),
  };
}
