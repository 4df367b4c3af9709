import { ExactNumber } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { base, diffEdit, load, members, triples } from '../src/diff/__fixtures__/pairs.js';
import { diffModels, renderChangeset, renderMarkdown, tightens } from '../src/diff/index.js';

describe('diff: operations and services', () => {
  it('reports nothing for identical models and proposes no release', () => {
    const r = diffModels(load(base()), load(base()));
    expect(r.changes).toEqual([]);
    expect(r.bumps).toEqual({ types: 'none', client: 'none', msw: 'none' });
  });

  it('RemovedOperation is breaking (and its binding is not reported twice)', () => {
    const r = diffEdit((s) => {
      delete s['ex#PutThing'];
      delete s['ex#PutThingInput'];
      (s['ex#Svc']!.operations as unknown[]).pop();
    });
    expect(triples(r)).toEqual([
      ['RemovedOperation', 'breaking', 'ex#PutThing'],
      ['RemovedShape', 'breaking', 'ex#PutThingInput'],
    ]);
    expect(r.bumps).toEqual({ types: 'major', client: 'major', msw: 'major' });
  });

  it('AddedOperation is safe and proposes a minor release', () => {
    const r = diffEdit((s) => {
      s['ex#Ping'] = { type: 'operation', traits: { 'smithy.api#http': { method: 'GET', uri: '/ping', code: 200 } } };
      (s['ex#Svc']!.operations as unknown[]).push({ target: 'ex#Ping' });
    });
    expect(triples(r)).toEqual([['AddedOperation', 'safe', 'ex#Ping']]);
    expect(r.bumps.client).toBe('minor');
  });

  it('RemovedEntityBinding is breaking when an operation that still exists is unbound', () => {
    const r = diffEdit((s) => void (s['ex#Svc']!.operations as unknown[]).pop());
    expect(triples(r)).toEqual([['RemovedEntityBinding', 'breaking', 'ex#Svc']]);
    expect(r.changes[0]!.message).toBe('ex#Svc: binding of ex#PutThing removed');
  });

  it('ChangedOperationInput is breaking', () => {
    const r = diffEdit((s) => {
      s['ex#PutThing']!.input = { target: 'ex#GetThingInput' };
    });
    expect(triples(r)).toEqual([['ChangedOperationInput', 'breaking', 'ex#PutThing']]);
    expect(r.changes[0]!.message).toBe('ex#PutThing: input changed from ex#PutThingInput to ex#GetThingInput');
  });

  it('operation and service errors: added and removed are dangerous', () => {
    const r = diffEdit((s) => {
      s['ex#GetThing']!.errors = [];
      s['ex#PutThing']!.errors = [{ target: 'ex#NotFound' }];
      s['ex#Svc']!.errors = [];
    });
    expect(triples(r)).toEqual([
      ['RemovedOperationError', 'dangerous', 'ex#GetThing'],
      ['AddedOperationError', 'dangerous', 'ex#PutThing'],
      ['RemovedServiceError', 'dangerous', 'ex#Svc'],
    ]);
  });

  it('ChangedHttpBinding: a changed @http method/uri is breaking', () => {
    const r = diffEdit((s) => {
      (s['ex#GetThing']!.traits as Record<string, unknown>)['smithy.api#http'] = { method: 'POST', uri: '/things/{id}', code: 200 };
    });
    expect(triples(r)).toEqual([['ChangedHttpBinding', 'breaking', 'ex#GetThing']]);
    expect(r.changes[0]!.message).toBe(
      'ex#GetThing: @http changed from {"method":"GET","uri":"/things/{id}","code":200} to {"method":"POST","uri":"/things/{id}","code":200}',
    );
  });
});

describe('diff: members', () => {
  it('AddedRequiredMember is breaking; optional or defaulted additions are safe', () => {
    const r = diffEdit((s) => {
      const m = members(s, 'ex#PutThingInput');
      m.owner = { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } };
      m.note = { target: 'smithy.api#String' };
      m.retries = { target: 'smithy.api#Integer', traits: { 'smithy.api#required': {}, 'smithy.api#default': 3 } };
    });
    expect(triples(r)).toEqual([
      ['AddedRequiredMember', 'breaking', 'ex#PutThingInput$owner'],
      ['AddedMember', 'safe', 'ex#PutThingInput$note'],
      ['AddedMember', 'safe', 'ex#PutThingInput$retries'],
    ]);
  });

  it('RemovedMember and ChangedMemberTarget are breaking', () => {
    const r = diffEdit((s) => {
      delete members(s, 'ex#PutThingInput').name;
      members(s, 'ex#GetThingOutput').name!.target = 'smithy.api#Integer';
    });
    expect(triples(r)).toEqual([
      ['ChangedMemberTarget', 'breaking', 'ex#GetThingOutput$name'],
      ['RemovedMember', 'breaking', 'ex#PutThingInput$name'],
    ]);
  });

  it('AddedUnionMember is dangerous', () => {
    const r = diffEdit((s) => void (members(s, 'ex#Shape').triangle = { target: 'smithy.api#Integer' }));
    expect(triples(r)).toEqual([['AddedUnionMember', 'dangerous', 'ex#Shape$triangle']]);
  });

  it('ChangedNullability: adding @required or removing it without @default is breaking; removing it in an @input structure is safe', () => {
    const r = diffEdit((s) => {
      members(s, 'ex#PutThingInput').name!.traits = { 'smithy.api#required': {} };
      delete members(s, 'ex#GetThingOutput').name!.traits;
      members(s, 'ex#GetThingInput').id!.traits = { 'smithy.api#httpLabel': {} };
    });
    expect(triples(r)).toEqual([
      ['ChangedNullability', 'breaking', 'ex#GetThingOutput$name'],
      ['ChangedNullability', 'breaking', 'ex#PutThingInput$name'],
      ['ChangedNullability', 'safe', 'ex#GetThingInput$id'],
    ]);
  });

  it('ChangedDefault: added without @addedDefault or removed is breaking, changed is dangerous, added with @addedDefault is safe', () => {
    const r = diffEdit((s) => {
      members(s, 'ex#GetThingOutput').count!.traits = { 'smithy.api#default': 1 };
      members(s, 'ex#PutThingInput').name!.traits = { 'smithy.api#default': 'x' };
      members(s, 'ex#GetThingInput').view!.traits = { 'smithy.api#httpQuery': 'view', 'smithy.api#default': 'full', 'smithy.api#addedDefault': {} };
    });
    expect(triples(r)).toEqual([
      ['ChangedDefault', 'breaking', 'ex#PutThingInput$name'],
      ['ChangedDefault', 'dangerous', 'ex#GetThingOutput$count'],
      ['ChangedDefault', 'safe', 'ex#GetThingInput$view'],
    ]);
    const removed = diffEdit((s) => void delete members(s, 'ex#GetThingOutput').count!.traits);
    expect(triples(removed)).toEqual([['ChangedDefault', 'breaking', 'ex#GetThingOutput$count']]);
  });

  it('ChangedDefault: exact number literals compare by their digits, not their nearest double', () => {
    const withDefault = (text: string) => {
      const shapes = base();
      members(shapes, 'ex#GetThingOutput').count!.traits = { 'smithy.api#default': new ExactNumber(text) };
      return load(shapes);
    };
    expect(diffModels(withDefault('9223372036854775807'), withDefault('9223372036854775807')).changes).toEqual([]);
    const r = diffModels(withDefault('9223372036854775807'), withDefault('9223372036854775806'));
    expect(triples(r)).toEqual([['ChangedDefault', 'dangerous', 'ex#GetThingOutput$count']]);
    expect(r.changes[0]!.message).toContain('from 9223372036854775807 to 9223372036854775806');
  });

  it('ChangedHttpBinding: a renamed @httpQuery parameter is breaking', () => {
    const r = diffEdit((s) => void (members(s, 'ex#GetThingInput').view!.traits = { 'smithy.api#httpQuery': 'mode' }));
    expect(triples(r)).toEqual([['ChangedHttpBinding', 'breaking', 'ex#GetThingInput$view']]);
  });
});

describe('diff: constraints, enums, shape types, documentation', () => {
  it('tightens() compares bounds, absent bounds being unbounded', () => {
    expect(tightens({ min: 1, max: 10 }, { min: 2, max: 10 })).toBe(true);
    expect(tightens({ min: 1, max: 10 }, { min: 1, max: 9 })).toBe(true);
    expect(tightens({ min: 1, max: 10 }, { min: 0, max: 11 })).toBe(false);
    expect(tightens({}, { max: 10 })).toBe(true);
    expect(tightens({ max: 10 }, {})).toBe(false);
  });

  it('ChangedLengthTrait / ChangedRangeTrait: tightening is breaking, loosening is safe', () => {
    const tight = diffEdit((s) => {
      s['ex#ThingId']!.traits = { 'smithy.api#length': { min: 1, max: 32 }, 'smithy.api#pattern': '^[a-z]+$' };
      s['ex#Size']!.traits = { 'smithy.api#range': { min: 1, max: 100 } };
    });
    expect(triples(tight)).toEqual([
      ['ChangedRangeTrait', 'breaking', 'ex#Size'],
      ['ChangedLengthTrait', 'breaking', 'ex#ThingId'],
    ]);
    expect(tight.changes[1]!.message).toBe('ex#ThingId: @length tightened from {"min":1,"max":64} to {"min":1,"max":32}');
    expect(tight.bumps).toEqual({ types: 'major', client: 'none', msw: 'major' });
    const loose = diffEdit((s) => {
      s['ex#ThingId']!.traits = { 'smithy.api#length': { max: 128 }, 'smithy.api#pattern': '^[a-z]+$' };
      delete s['ex#Size']!.traits;
    });
    expect(triples(loose)).toEqual([
      ['ChangedRangeTrait', 'safe', 'ex#Size'],
      ['ChangedLengthTrait', 'safe', 'ex#ThingId'],
    ]);
    expect(loose.bumps).toEqual({ types: 'patch', client: 'none', msw: 'patch' });
  });

  it('ChangedPatternTrait: added is breaking, changed is dangerous, removed is safe', () => {
    const r = diffEdit((s) => {
      s['ex#ThingId']!.traits = { 'smithy.api#length': { min: 1, max: 64 }, 'smithy.api#pattern': '^[a-z0-9]+$' };
      s['ex#Size']!.traits = { 'smithy.api#range': { min: 0, max: 100 } };
      s['ex#Extra'] = { type: 'string', traits: { 'smithy.api#pattern': '^x$' } };
    });
    expect(triples(r)).toEqual([
      ['ChangedPatternTrait', 'dangerous', 'ex#ThingId'],
      ['AddedShape', 'safe', 'ex#Extra'],
    ]);
    const added = diffEdit((s) => void ((s['ex#Size']!.traits as Record<string, unknown>)['smithy.api#pattern'] = '^1$'));
    expect(triples(added)).toEqual([['ChangedPatternTrait', 'breaking', 'ex#Size']]);
    const removed = diffEdit((s) => void (s['ex#ThingId']!.traits = { 'smithy.api#length': { min: 1, max: 64 } }));
    expect(triples(removed)).toEqual([['ChangedPatternTrait', 'safe', 'ex#ThingId']]);
  });

  it('enum values: removed or changed is breaking, added is dangerous (enum and intEnum)', () => {
    const r = diffEdit((s) => {
      const color = members(s, 'ex#Color');
      delete color.BLUE;
      color.GREEN = { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'green' } };
      const level = members(s, 'ex#Level');
      level.HIGH!.traits = { 'smithy.api#enumValue': 3 };
    });
    expect(triples(r)).toEqual([
      ['RemovedEnumValue', 'breaking', 'ex#Color$BLUE'],
      ['ChangedEnumValue', 'breaking', 'ex#Level$HIGH'],
      ['AddedEnumValue', 'dangerous', 'ex#Color$GREEN'],
    ]);
    expect(r.changes.map((c) => c.message)).toEqual([
      'ex#Color$BLUE: enum value "blue" removed',
      'ex#Level$HIGH: enum value changed from 2 to 3',
      'ex#Color$GREEN: enum value "green" added',
    ]);
  });

  it('ChangedShapeType is breaking', () => {
    const r = diffEdit((s) => void (s['ex#Size'] = { type: 'long', traits: { 'smithy.api#range': { min: 0, max: 100 } } }));
    expect(triples(r)).toEqual([['ChangedShapeType', 'breaking', 'ex#Size']]);
  });

  it('documentation and deprecation changes are safe patch releases', () => {
    const r = diffEdit((s) => {
      s['ex#GetThing']!.traits = {
        'smithy.api#http': { method: 'GET', uri: '/things/{id}', code: 200 },
        'smithy.api#documentation': 'Reads one thing.',
        'smithy.api#deprecated': { message: 'use GetThing2' },
      };
    });
    expect(triples(r)).toEqual([
      ['ChangedDeprecation', 'safe', 'ex#GetThing'],
      ['ChangedDocumentation', 'safe', 'ex#GetThing'],
    ]);
    expect(r.bumps).toEqual({ types: 'patch', client: 'patch', msw: 'patch' });
  });
});

describe('diff: rendering', () => {
  const report = diffEdit((s) => {
    delete members(s, 'ex#Color').BLUE;
    members(s, 'ex#PutThingInput').note = { target: 'smithy.api#String' };
  });

  it('renders Markdown grouped by class and subject', () => {
    expect(renderMarkdown(report)).toBe(
      [
        '# API changes: `old` → `new`',
        '',
        '| class | changes |',
        '|---|---:|',
        '| breaking | 1 |',
        '| dangerous | 0 |',
        '| safe | 1 |',
        '',
        'Proposed releases: types **major**, client **major**, msw **major**.',
        '',
        '## Breaking (1)',
        '',
        '### Enum values (1)',
        '',
        '- `RemovedEnumValue` `ex#Color$BLUE` — enum value "blue" removed',
        '',
        '## Safe (1)',
        '',
        '### Members (1)',
        '',
        '- `AddedMember` `ex#PutThingInput$note` — optional member added (target smithy.api#String)',
        '',
      ].join('\n'),
    );
  });

  it('renders a changeset with one bump line per package', () => {
    const text = renderChangeset(report, { types: '@x/t', client: '@x/c', msw: '@x/m' });
    expect(text).toBe(
      [
        '---',
        '"@x/t": major',
        '"@x/c": major',
        '"@x/m": major',
        '---',
        '',
        'Model update (old → new): 1 breaking, 0 dangerous, 1 safe change(s).',
        '',
        '- breaking: ex#Color$BLUE: enum value "blue" removed',
        '',
      ].join('\n'),
    );
    expect(renderChangeset(diffModels(load(base()), load(base())), { types: 'a', client: 'b', msw: 'c' })).toBeUndefined();
  });
});
