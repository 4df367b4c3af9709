/**
 * Test helpers: tiny JSON AST documents written in code, and a ModelError matcher.
 */
import { expect } from 'vitest';
import { ModelError } from '../errors.js';
import type { ModelDocument } from '../model/build.js';

/** A JSON AST document `{ smithy, shapes, metadata? }` named `file`. */
export function doc(
  shapes: Record<string, unknown>,
  options: { file?: string; version?: string; metadata?: Record<string, unknown> } = {},
): ModelDocument {
  const json: Record<string, unknown> = { smithy: options.version ?? '2.0', shapes };
  if (options.metadata !== undefined) json.metadata = options.metadata;
  return { file: options.file ?? 'test.json', json };
}

/** Runs `fn`, expects a ModelError, checks its location fields, and that the message names them. */
export function expectModelError(
  fn: () => unknown,
  expected: { file?: string; shapeId?: string; jsonPath?: string; message?: RegExp },
): ModelError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ModelError);
  const error = caught as ModelError;
  if (expected.file !== undefined) {
    expect(error.file).toBe(expected.file);
    expect(error.message).toContain(expected.file);
  }
  if (expected.shapeId !== undefined) {
    expect(error.shapeId).toBe(expected.shapeId);
    expect(error.message).toContain(expected.shapeId);
  }
  if (expected.jsonPath !== undefined) {
    expect(error.jsonPath).toBe(expected.jsonPath);
    expect(error.message).toContain(expected.jsonPath);
  }
  if (expected.message !== undefined) expect(error.message).toMatch(expected.message);
  return error;
}
