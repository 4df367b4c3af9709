import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSources } from '../src/diff/index.js';
import { sharedDir } from './helpers.js';

const shared = sharedDir();

describe.skipIf(!shared)('diff: real DRS models 2025-04 → current (needs ../shared)', () => {
  const report = shared
    ? diffSources({ paths: [join(shared, 'models', 'aws', 'drs-2025-04.json')] }, { paths: [join(shared, 'models', 'aws', 'drs.json')] })
    : undefined;

  it('lists the 20 added RecoveryPlan operations as safe', () => {
    const added = report!.changes.filter((c) => c.rule === 'AddedOperation');
    expect(added.every((c) => c.class === 'safe')).toBe(true);
    expect(added.map((c) => c.id.replace('com.amazonaws.drs#', ''))).toEqual([
      'CancelRecoveryPlanExecution',
      'CreateRecoveryPlan',
      'CreateRecoveryPlanStep',
      'DeleteRecoveryPlan',
      'DeleteRecoveryPlanExecution',
      'DeleteRecoveryPlanStep',
      'GetRecoveryPlan',
      'GetRecoveryPlanExecution',
      'GetRecoveryPlanExecutionStep',
      'GetRecoveryPlanStep',
      'ListRecoveryPlanExecutionSteps',
      'ListRecoveryPlanExecutions',
      'ListRecoveryPlanSteps',
      'ListRecoveryPlans',
      'ReorderRecoveryPlanSteps',
      'RetryRecoveryPlanExecutionStep',
      'StartRecoveryPlanExecution',
      'UpdateRecoveryPlan',
      'UpdateRecoveryPlanExecutionStep',
      'UpdateRecoveryPlanStep',
    ]);
  });

  it('lists the added optional recoveryMode members as safe', () => {
    const recoveryMode = report!.changes.filter((c) => c.id.endsWith('$recoveryMode'));
    expect(recoveryMode.map((c) => [c.rule, c.class, c.id.replace('com.amazonaws.drs#', '')])).toEqual([
      ['AddedMember', 'safe', 'CreateLaunchConfigurationTemplateRequest$recoveryMode'],
      ['AddedMember', 'safe', 'LaunchConfiguration$recoveryMode'],
      ['AddedMember', 'safe', 'LaunchConfigurationTemplate$recoveryMode'],
      ['AddedMember', 'safe', 'UpdateLaunchConfigurationRequest$recoveryMode'],
      ['AddedMember', 'safe', 'UpdateLaunchConfigurationTemplateRequest$recoveryMode'],
    ]);
  });

  it('lists the changed patterns as dangerous and the tightened PITPolicy length as breaking', () => {
    const patterns = report!.changes.filter((c) => c.trait === 'smithy.api#pattern');
    expect(patterns.map((c) => [c.rule, c.class, c.id])).toEqual([
      ['ChangedPatternTrait', 'dangerous', 'com.amazonaws.drs#AwsAvailabilityZone'],
      ['ChangedPatternTrait', 'dangerous', 'com.amazonaws.drs#AwsRegion'],
    ]);
    expect(patterns[1]!.new).toMatch(/\|eusc\|/);
    const breaking = report!.changes.filter((c) => c.class === 'breaking');
    expect(breaking.map((c) => [c.rule, c.id, c.old, c.new])).toEqual([
      ['ChangedLengthTrait', 'com.amazonaws.drs#PITPolicy', { min: 1, max: 10 }, { min: 3, max: 3 }],
    ]);
  });

  it('counts and proposed bumps', () => {
    expect(report!.counts).toEqual({ breaking: 1, dangerous: 2, safe: 131 });
    expect(report!.bumps).toEqual({ types: 'major', client: 'minor', msw: 'major' });
  });
});
