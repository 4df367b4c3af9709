/**
 * Rendering an API change report as Markdown (for reviews and release notes)
 * and as JSON (for tools).
 * @packageDocumentation
 */
import { CHANGE_CLASSES, type Change, type ChangeSubject, type DiffReport } from './types.js';

const SUBJECT_TITLES: ReadonlyArray<[ChangeSubject, string]> = [
  ['service', 'Services and bindings'],
  ['operation', 'Operations'],
  ['error', 'Errors'],
  ['shape', 'Shapes'],
  ['member', 'Members'],
  ['enumValue', 'Enum values'],
  ['trait', 'Traits'],
];

function title(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function line(c: Change): string {
  const at = c.message.startsWith(`${c.id}: `) ? c.message.slice(c.id.length + 2) : c.message;
  return `- \`${c.rule}\` \`${c.id}\` — ${at.replace(/\|/g, '\\|')}`;
}

/**
 * @param report a diff report
 * @returns Markdown: a count table, the proposed bumps, then one section per class
 *   (breaking, dangerous, safe) grouped by subject
 */
export function renderMarkdown(report: DiffReport): string {
  const out: string[] = [`# API changes: \`${report.from}\` → \`${report.to}\``, ''];
  out.push('| class | changes |', '|---|---:|');
  for (const cls of CHANGE_CLASSES) out.push(`| ${cls} | ${report.counts[cls]} |`);
  out.push('', `Proposed releases: types **${report.bumps.types}**, client **${report.bumps.client}**, msw **${report.bumps.msw}**.`, '');
  if (!report.changes.length) out.push('No API changes.', '');
  for (const cls of CHANGE_CLASSES) {
    const of = report.changes.filter((c) => c.class === cls);
    if (!of.length) continue;
    out.push(`## ${title(cls)} (${of.length})`, '');
    for (const [subject, heading] of SUBJECT_TITLES) {
      const group = of.filter((c) => c.subject === subject);
      if (!group.length) continue;
      out.push(`### ${heading} (${group.length})`, '', ...group.map(line), '');
    }
  }
  return out.join('\n');
}

/** @returns the report as pretty-printed JSON with a trailing newline */
export function renderJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
