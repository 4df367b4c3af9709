/**
 * Evaluating a JMESPath syntax tree against plain data (JMESPath specification: projections, filters,
 * comparators, truthiness, the supported functions).
 * @packageDocumentation
 */
import { getOwn } from '@anvil/runtime';
import type { Node } from './ast.js';

function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return String(a) === String(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return (a ?? null) === (b ?? null);
  return JSON.stringify(a) === JSON.stringify(b);
}

function project(base: unknown, right: Node): unknown {
  if (!Array.isArray(base)) return null;
  const out: unknown[] = [];
  for (const item of base) {
    const v = evaluate(right, item);
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  length: (v) => (typeof v === 'string' || Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : null),
  contains: (subject, search) =>
    typeof subject === 'string' ? subject.includes(String(search)) : Array.isArray(subject) ? subject.some((x) => equal(x, search)) : false,
  starts_with: (s, p) => typeof s === 'string' && typeof p === 'string' && s.startsWith(p),
  ends_with: (s, p) => typeof s === 'string' && typeof p === 'string' && s.endsWith(p),
  to_string: (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
  to_number: (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : null),
  not_null: (...args) => args.find((a) => a !== null && a !== undefined) ?? null,
  abs: (v) => (typeof v === 'number' ? Math.abs(v) : null),
  keys: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : null),
};

/**
 * Evaluate a syntax tree against a value.
 * @returns the result (`null` for missing values)
 * @throws SyntaxError for a function the subset does not support
 */
export function evaluate(node: Node, value: unknown): unknown {
  switch (node.t) {
    case 'field':
      // Own members only: `constructor` or `toString` in an expression names a member, never Object.prototype's.
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? (getOwn(value, node.name) ?? null) : null;
    case 'current':
      return value ?? null;
    case 'literal':
      return node.value;
    case 'sub':
    case 'pipe':
      return evaluate(node.right, evaluate(node.left, value));
    case 'index': {
      const base = evaluate(node.left, value);
      if (!Array.isArray(base)) return null;
      return base[node.index < 0 ? base.length + node.index : node.index] ?? null;
    }
    case 'flatten': {
      const base = evaluate(node.left, value);
      return Array.isArray(base) ? base.flatMap((x) => (Array.isArray(x) ? x : [x])) : null;
    }
    case 'project': {
      const base = evaluate(node.left, value);
      if (node.values) return base !== null && typeof base === 'object' && !Array.isArray(base) ? project(Object.values(base), node.right) : null;
      return project(base, node.right);
    }
    case 'filter': {
      const base = evaluate(node.left, value);
      return Array.isArray(base) ? project(base.filter((x) => truthy(evaluate(node.cond, x))), node.right) : null;
    }
    case 'cmp': {
      const a = evaluate(node.left, value);
      const b = evaluate(node.right, value);
      if (node.op === '==') return equal(a, b);
      if (node.op === '!=') return !equal(a, b);
      if (typeof a !== 'number' || typeof b !== 'number') return null;
      return node.op === '<' ? a < b : node.op === '<=' ? a <= b : node.op === '>' ? a > b : a >= b;
    }
    case 'and': {
      const a = evaluate(node.left, value);
      return truthy(a) ? evaluate(node.right, value) : a;
    }
    case 'or': {
      const a = evaluate(node.left, value);
      return truthy(a) ? a : evaluate(node.right, value);
    }
    case 'not':
      return !truthy(evaluate(node.expr, value));
    case 'multi':
      return value === null || value === undefined ? null : node.items.map((item) => evaluate(item, value));
    case 'call': {
      const fn = Object.hasOwn(FUNCTIONS, node.name) ? FUNCTIONS[node.name] : undefined;
      if (!fn) throw new SyntaxError(`JMESPath function ${node.name}() is not supported`);
      return fn(...node.args.map((a) => evaluate(a, value)));
    }
  }
}
