/**
 * The naming authority: every identifier, file name and package name the
 * generator emits comes from here, so types, client and mocks always agree.
 * The resolve stage asks it once per service; emitters read the results.
 * @packageDocumentation
 */
export { kebabCase, lowerCamel, objectKey, pascalCase, propertyKey, safeIdentifier, shadowsObjectMember } from './identifiers.js';
export { ShapeNamer } from './shape-namer.js';
export { emitterDeclaredNames, MODULE_LOCALS, sdkNames, serviceNames, type PackageKind, type SdkNames, type ServiceNames } from './service-names.js';
export { isErrorClassField, reservedErrorFields } from './error-class-fields.js';
export { handlerName, operationFunctionName, OperationNamer, waiterNames, type OperationNames, type WaiterNames } from './operation-names.js';
