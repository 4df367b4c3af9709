/**
 * A fake ARN that a service's endpoint rules accept: rules that parse an ARN parameter
 * (`aws.parseArn`) often require parts of it (CloudFront KeyValueStore: service `cloudfront`, empty
 * region), which no shape constraint of the model states. The literals are read from the compiled
 * rule set's `stringEquals(getAttr(<arn>, "<part>"), "<literal>")` conditions (the part read inline, as `{ ref: "<arn>#<part>" }`, or
 * through a variable a `getAttr` assigned, in rule-set order).
 * @packageDocumentation
 */

const PARTS = ['service', 'region', 'accountId', 'resourceId[0]'] as const;

/** What the rule set says about ARN parts: required literals, and variables assigned a part. */
interface Findings {
  readonly literals: Map<string, string>;
  /** `["getAttr", [{ ref }, "resourceId[0]"], "arnType"]`: variable name → part. */
  readonly assigned: Map<string, string>;
}

/**
 * The ARN part an argument reads: `getAttr(<arn>, "<part>")` inline (compiled to the reference `{ ref: "<arn>#<part>" }`),
 * or a variable assigned one.
 */
function partOf(arg: unknown, assigned: ReadonlyMap<string, string>): string | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { fn, argv, ref } = arg as { fn?: unknown; argv?: unknown; ref?: unknown };
  if (fn === 'getAttr' && Array.isArray(argv) && typeof argv[1] === 'string') return argv[1];
  if (typeof ref !== 'string') return undefined;
  const hash = ref.indexOf('#');
  return hash < 0 ? assigned.get(ref) : ref.slice(hash + 1);
}

function collect(node: unknown, found: Findings): void {
  if (!Array.isArray(node)) {
    if (typeof node === 'object' && node !== null) for (const value of Object.values(node)) collect(value, found);
    return;
  }
  const [fn, args, assign] = node as [unknown, unknown, unknown];
  if (fn === 'getAttr' && Array.isArray(args) && typeof args[1] === 'string' && typeof assign === 'string') found.assigned.set(assign, args[1]);
  if (fn === 'stringEquals' && Array.isArray(args)) {
    const part = partOf(args[0], found.assigned);
    const literal: unknown = args[1];
    if (part && typeof literal === 'string' && (PARTS as readonly string[]).includes(part) && !found.literals.has(part)) found.literals.set(part, literal);
  }
  for (const item of node) collect(item, found);
}

/**
 * @param ruleSet the generated client's compiled endpoint rule set (`src/endpoint-rules.ts`), if any
 * @returns `arn:aws:<service>:<region>:<account>:<resource>/corpus-calls`, each part the rules' literal when they
 *   require one, else `service`, `us-east-1`, `123456789012`, `resource`
 */
export function fakeArn(ruleSet: unknown): string {
  const findings: Findings = { literals: new Map(), assigned: new Map() };
  collect(ruleSet, findings);
  const found = findings.literals;
  return `arn:aws:${found.get('service') ?? 'service'}:${found.get('region') ?? 'us-east-1'}:${found.get('accountId') ?? '123456789012'}:${found.get('resourceId[0]') ?? 'resource'}/corpus-calls`;
}
