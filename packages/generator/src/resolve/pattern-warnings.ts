/**
 * Generation warnings for `@pattern`s the mocks cannot honour: a pattern with no faithful ECMAScript
 * form (see `translatePattern` of `@anvil/runtime`: Java syntax such as `\p{InGreek}` or `\G`). The
 * mock's validation skips such a pattern and its fake data ignores it; each pattern is named once with
 * the first shape id that declares it.
 * @packageDocumentation
 */
import { translatePattern } from '@anvil/runtime/pattern';
import type { MemberNode, ServiceNode, ShapeNode } from './index.js';

function membersOf(shape: ShapeNode): readonly MemberNode[] {
  switch (shape.kind) {
    case 'structure':
    case 'union':
      return shape.members;
    case 'list':
      return [shape.member];
    case 'map':
      return [shape.key, shape.value];
    default:
      return [];
  }
}

/**
 * One message per distinct untranslatable `@pattern` of the service's shapes and members.
 * @param service - the resolved service.
 * @returns messages naming the shape (or member) id, the pattern and the reason, in shape order.
 */
export function patternWarnings(service: ServiceNode): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const check = (id: string, pattern: string | undefined): void => {
    if (pattern === undefined || seen.has(pattern)) return;
    seen.add(pattern);
    const translation = translatePattern(pattern);
    if (!translation.ok) out.push(`${id}: @pattern ${JSON.stringify(pattern)} has no ECMAScript form (${translation.reason}); mocks do not check it and fake values ignore it`);
  };
  for (const shape of service.shapes) {
    check(shape.id, shape.constraints.pattern);
    for (const member of membersOf(shape)) check(member.id, member.constraints.pattern);
  }
  return out;
}
