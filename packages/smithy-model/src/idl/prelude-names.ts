/**
 * Names of the shapes in the Smithy prelude (`smithy.api`), used to resolve a
 * relative shape id that names no shape of the current namespace (Smithy 2.0
 * IDL "Relative shape ID resolution"), and which prelude traits are lists
 * (an annotation `@tags` means `[]`, Smithy 2.0 "Annotation traits").
 * Trait definitions included; Anvil's built-in prelude document holds only the
 * simple types and `Unit` because the loader never needs trait definitions.
 * @packageDocumentation
 */

/** Every prelude shape name (Smithy 2.0 prelude, including recent additions). */
export const PRELUDE_NAMES: ReadonlySet<string> = new Set(
  `
  AuthTraitReference BigDecimal BigInteger Blob Boolean Byte ClosureId CommonMark Document Double
  EnumConstantBodyName EnumDefinition Example ExampleError Float HttpApiKeyLocations IdempotentErrors
  Identifier Integer LocalMixinTrait LocalMixinTraitList Long Namespaces NonEmptyString NonEmptyStringList
  NonEmptyStringMap PrimitiveBoolean PrimitiveByte PrimitiveDouble PrimitiveFloat PrimitiveInteger
  PrimitiveLong PrimitiveShort Reference Renames RequestCompressionEncodingsList Severity ShapeClosure
  ShapeClosures Short String StructurallyExclusive Timestamp TraitChangeType TraitDiffRule TraitDiffRules
  TraitShapeId TraitShapeIdList TraitValidator Unit addedDefault auth authDefinition box clientOptional cors
  default deprecated documentation endpoint enum enumValue error eventHeader eventPayload examples
  externalDocumentation hostLabel http httpApiKeyAuth httpBasicAuth httpBearerAuth httpChecksumRequired
  httpDigestAuth httpError httpHeader httpLabel httpPayload httpPrefixHeaders httpQuery httpQueryParams
  httpResponseCode idRef idempotencyToken idempotent input internal jsonName length longPoll mediaType
  metadata mixin nestedProperties noReplace notProperty optionalAuth output paginated pattern private property
  protocolDefinition range readonly recommended references requestCompression required requiresLength
  resourceIdentifier retryable sensitive since sparse streaming suppress tags timestampFormat title trait
  traitValidators uniqueItems unitType unstable xmlAttribute xmlFlattened xmlName xmlNamespace
`
    .trim()
    .split(/\s+/),
);

/** Prelude traits whose shape is a list: their annotation form is `[]`. */
export const PRELUDE_LIST_TRAITS: ReadonlySet<string> = new Set(
  ['auth', 'enum', 'examples', 'references', 'suppress', 'tags'].map((name) => `smithy.api#${name}`),
);
