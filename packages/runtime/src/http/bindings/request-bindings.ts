/**
 * A request's bound members as the `requestBindings` codec feature (Smithy "HTTP binding traits": `@httpLabel`,
 * `@httpQuery`, `@httpQueryParams`, `@httpHeader`, `@httpPrefixHeaders`), so a client bundle of an operation whose
 * input binds none (every member in the body) leaves the scalar-text writers out.
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import { getOwn, setOwn } from '../../schema/index.js';
import type { RequestBindingFeature } from '../../schema/index.js';
import { bindingsOf } from './member-bindings.js';
import { writeHeaders, writeQuery } from './headers-and-query.js';
import { formatScalar } from './scalar.js';

/** Request bindings as a codec feature (`OperationSchema.features.requestBindings`). */
export const requestBindingFeature: RequestBindingFeature = {
  write(operation, schema, value, parts, features) {
    const bindings = bindingsOf(schema, 'request');
    for (const [name, member] of bindings.labels) {
      const v = getOwn(value, name);
      if (v === undefined || v === null) throw new SerializationError(`missing required label ${name} of ${operation.id}`, `/${name}`);
      const text = formatScalar(member, v, 'label', `/${name}`, features);
      if (text === '') throw new SerializationError(`label ${name} of ${operation.id} must not be empty`, `/${name}`);
      setOwn(parts.labels, name, text);
    }
    writeQuery(bindings, value, parts.query, new Set(parts.query.map(([k]) => k)), features);
    writeHeaders(bindings, value, parts.headers, features);
  },
};
