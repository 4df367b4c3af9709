/** A schema exercising every schema kind and constraint, for fake/validate agreement tests. */
import type { ListSchema, StructureSchema, UnionSchema } from '@anvil/runtime';

const ns = 'test.rich#';

const Item$: StructureSchema = {
  type: 'structure',
  id: ns + 'Item',
  name: 'Item',
  members: {
    name: { target: { type: 'string', id: ns + 'Name', length: { min: 3, max: 12 } }, required: true },
    code: { target: { type: 'string', id: ns + 'Code', pattern: '^[A-Z]{2}-[0-9]{3}$' } },
    weight: { target: { type: 'double', id: ns + 'Weight', range: { min: 0.5, max: 2.5 } } },
  },
};

const Choice$: UnionSchema = {
  type: 'union',
  id: ns + 'Choice',
  name: 'Choice',
  members: {
    text: { target: { type: 'string', id: ns + 'Text', length: { max: 5 } } },
    count: { target: { type: 'integer', id: ns + 'Count', range: { min: 10, max: 20 } } },
    item: { target: Item$ },
  },
};

const Tags$: ListSchema = {
  type: 'list',
  id: ns + 'Tags',
  member: { target: { type: 'string', id: ns + 'Tag', pattern: '^[a-z]+$', length: { min: 2, max: 6 } } },
  uniqueItems: true,
  length: { min: 2, max: 4 },
};

/** Every kind: string with one-sided bounds, quoted/anchored pattern, enums, all numbers, blobs, timestamps, documents, lists, maps, unions, recursion. */
export const Rich$: StructureSchema = {
  type: 'structure',
  id: ns + 'Rich',
  name: 'Rich',
  members: {
    id: { target: { type: 'string', id: ns + 'Id', pattern: '^r-[0-9a-f]{8}$', length: { min: 10, max: 10 } }, required: true },
    minString: { target: { type: 'string', id: ns + 'MinString', length: { min: 30 } } },
    maxString: { target: { type: 'string', id: ns + 'MaxString', length: { max: 3 } } },
    quoted: { target: { type: 'string', id: ns + 'Quoted', pattern: '^[a-z]+\'"\\\\$' } },
    unanchored: { target: { type: 'string', id: ns + 'Unanchored', pattern: '[0-9]{3}', length: { min: 8, max: 10 } } },
    memberOverride: {
      target: { type: 'string', id: ns + 'Overridden', pattern: '^[a-z]+$', length: { min: 1, max: 100 } },
      pattern: '^[0-9]+$',
      length: { min: 4, max: 4 },
    },
    color: { target: { type: 'enum', id: ns + 'Color', values: ['red', 'green', 'blue'] } },
    level: { target: { type: 'intEnum', id: ns + 'Level', values: [1, 5, 9] } },
    byte: { target: { type: 'byte', id: ns + 'Byte' } },
    short: { target: { type: 'short', id: ns + 'Short', range: { min: -40000 } } },
    integer: { target: { type: 'integer', id: ns + 'Integer', range: { max: -5 } } },
    long: { target: { type: 'long', id: ns + 'Long', range: { min: 9007199254740000 } } },
    float: { target: { type: 'float', id: ns + 'Float', range: { min: 2.2, max: 8.8 } } },
    double: { target: { type: 'double', id: ns + 'Double' } },
    bigInteger: { target: { type: 'bigInteger', id: ns + 'BigInteger', range: { min: 5, max: 6 } } },
    bigDecimal: { target: { type: 'bigDecimal', id: ns + 'BigDecimal', range: { max: 1 } } },
    flag: { target: { type: 'boolean' }, required: true },
    blob: { target: { type: 'blob', id: ns + 'Blob', length: { min: 2, max: 3 } } },
    when: { target: { type: 'timestamp' } },
    doc: { target: { type: 'document' } },
    tags: { target: Tags$ },
    flags: { target: { type: 'list', id: ns + 'Flags', member: { target: { type: 'boolean' } }, uniqueItems: true, length: { min: 2 } } },
    sparse: { target: { type: 'list', id: ns + 'Sparse', member: { target: { type: 'integer' } }, sparse: true } },
    items: { target: { type: 'list', id: ns + 'Items', member: { target: Item$ }, length: { min: 1, max: 2 } } },
    byColor: {
      target: {
        type: 'map',
        id: ns + 'ByColor',
        key: { target: { type: 'enum', id: ns + 'Color', values: ['red', 'green', 'blue'] } },
        value: { target: Item$ },
        length: { min: 2 },
      },
    },
    choice: { target: Choice$, required: true },
    next: { target: () => Rich$ },
  },
};
