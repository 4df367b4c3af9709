/**
 * Small hand-written model pairs for the diff rule tests: one base model
 * (`ex#Svc`, restJson1, two operations) and a helper to load edited copies.
 */
import { loadModel, type Model } from '@anvil/smithy-model';
import { diffModels, type Change, type DiffReport } from '../index.js';

export type Shapes = Record<string, Record<string, unknown>>;

/** A fresh copy of the base model's shapes. */
export function base(): Shapes {
  return structuredClone({
    'ex#Svc': {
      type: 'service',
      version: '2024-01-01',
      operations: [{ target: 'ex#GetThing' }, { target: 'ex#PutThing' }],
      errors: [{ target: 'ex#Throttled' }],
      traits: { 'aws.protocols#restJson1': {} },
    },
    'ex#GetThing': {
      type: 'operation',
      input: { target: 'ex#GetThingInput' },
      output: { target: 'ex#GetThingOutput' },
      errors: [{ target: 'ex#NotFound' }],
      traits: { 'smithy.api#http': { method: 'GET', uri: '/things/{id}', code: 200 }, 'smithy.api#documentation': 'Reads a thing.' },
    },
    'ex#PutThing': {
      type: 'operation',
      input: { target: 'ex#PutThingInput' },
      traits: { 'smithy.api#http': { method: 'PUT', uri: '/things/{id}', code: 200 } },
    },
    'ex#GetThingInput': {
      type: 'structure',
      members: {
        id: { target: 'ex#ThingId', traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
        view: { target: 'smithy.api#String', traits: { 'smithy.api#httpQuery': 'view' } },
      },
      traits: { 'smithy.api#input': {} },
    },
    'ex#GetThingOutput': {
      type: 'structure',
      members: {
        name: { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } },
        size: { target: 'ex#Size' },
        color: { target: 'ex#Color' },
        level: { target: 'ex#Level' },
        shape: { target: 'ex#Shape' },
        count: { target: 'smithy.api#Integer', traits: { 'smithy.api#default': 0 } },
      },
      traits: { 'smithy.api#output': {} },
    },
    'ex#PutThingInput': {
      type: 'structure',
      members: {
        id: { target: 'ex#ThingId', traits: { 'smithy.api#required': {}, 'smithy.api#httpLabel': {} } },
        name: { target: 'smithy.api#String' },
      },
    },
    'ex#ThingId': { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 64 }, 'smithy.api#pattern': '^[a-z]+$' } },
    'ex#Size': { type: 'integer', traits: { 'smithy.api#range': { min: 0, max: 100 } } },
    'ex#Color': {
      type: 'enum',
      members: {
        RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } },
        BLUE: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'blue' } },
      },
    },
    'ex#Level': {
      type: 'intEnum',
      members: {
        LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } },
        HIGH: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 2 } },
      },
    },
    'ex#Shape': {
      type: 'union',
      members: { circle: { target: 'smithy.api#Integer' }, square: { target: 'smithy.api#Integer' } },
    },
    'ex#NotFound': { type: 'structure', members: { message: { target: 'smithy.api#String' } }, traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 404 } },
    'ex#Throttled': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 429 } },
  });
}

/** Load shapes as a Smithy 2.0 model. */
export function load(shapes: Shapes): Model {
  return loadModel([{ file: 'test.json', json: { smithy: '2.0', shapes } }]);
}

/** Diff the base model against an edited copy. */
export function diffEdit(edit: (s: Shapes) => void): DiffReport {
  const next = base();
  edit(next);
  return diffModels(load(base()), load(next));
}

/** The changes as `[rule, class, id]` triples, for compact literal assertions. */
export function triples(report: DiffReport): Array<[string, string, string]> {
  return report.changes.map((c: Change) => [c.rule, c.class, c.id]);
}

/** Shorthand for a structure's members object. */
export function members(s: Shapes, id: string): Record<string, { target: string; traits?: Record<string, unknown> }> {
  return s[id]!.members as Record<string, { target: string; traits?: Record<string, unknown> }>;
}
