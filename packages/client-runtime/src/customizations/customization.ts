/**
 * The shape of a per-service SDK customisation: behaviour an AWS SDK adds for one service that
 * the Smithy model does not express (Glacier checksums, API Gateway `Accept`, Machine Learning
 * `PredictEndpoint`). Generated clients list the customisations of their service in
 * `ClientBinding.customizations`; `Client` applies them in order.
 * @packageDocumentation
 */
import type { HttpRequest, OperationSchema, ServiceSchema } from '@anvil/runtime';

/** What a {@link Customization}'s hooks see of the call. */
export interface CustomizationContext {
  readonly service: ServiceSchema;
  readonly operation: OperationSchema;
  /** The operation input as serialised (after every `prepareInput` hook). */
  readonly input: Readonly<Record<string, unknown>>;
  /** The client resolves endpoints with the service's endpoint rule set (`ClientBinding.endpointResolver`). */
  readonly endpointRules?: boolean;
}

/** What {@link Customization.finalizeRequest} returns. */
export interface CustomizedRequest {
  /** The request to sign and send. */
  readonly wire: HttpRequest;
  /**
   * Replaces the resolved endpoint for this call: scheme, host, port and base path (the request
   * path is appended). The signing region stays the client's.
   */
  readonly endpoint?: URL;
}

/** One service customisation. Both hooks are optional; `Client.send` runs them once per call (not per attempt). */
export interface Customization {
  /** Short name for error messages and logs, e.g. `glacier`. */
  readonly name: string;
  /**
   * Before serialisation: returns the input to serialise (the given object itself when nothing
   * changes). Needed where the codec would reject the caller's input (Glacier's empty `accountId` label).
   * @param input the caller's input (never mutated)
   */
  readonly prepareInput?: (operation: OperationSchema, input: Readonly<Record<string, unknown>>, service: ServiceSchema) => Readonly<Record<string, unknown>>;
  /**
   * After serialisation and the body encoders, before signing: returns the request to send and
   * optionally an endpoint override.
   * @param wire the serialised (and body-encoded) request
   */
  readonly finalizeRequest?: (context: CustomizationContext, wire: HttpRequest) => CustomizedRequest | Promise<CustomizedRequest>;
}
