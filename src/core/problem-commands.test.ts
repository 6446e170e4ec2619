import { describe, expect, it } from 'vitest';
import { applyCommand, type Command, type CommandResult } from './commands.ts';
import type { NewProblem } from './problem-commands.ts';
import { aDoc, aProject, deepFreeze, okDoc } from './test-factories.ts';
import type { CampaignDoc, Problem } from './types.ts';

const ON = '2018-02-12';

const draft = (overrides: Partial<NewProblem> = {}): NewProblem => ({
  id: 'q1',
  projectId: 'hsr',
  description: '坂头村部分征迁户对补偿标准有异议',
  scope: 'own',
  raisedOn: '2018-02-12',
  ownerUnit: '高铁新区指挥部',
  escalation: 'leader',
  ...overrides,
});

/** A frozen campaign with two projects and one open problem, so a mutating command throws. */
function withProblem(): CampaignDoc {
  const doc = aDoc({
    projects: [
      aProject({ id: 'hsr', code: 'JJ2018-0005', name: '高铁新区' }),
      aProject({ id: 'road', code: 'JJ2018-0019', name: '安海镇南环路改造提升工程' }),
    ],
  });
  return deepFreeze(okDoc(applyCommand(doc, { type: 'raiseProblem', problem: draft(), on: ON })));
}

const run = (doc: CampaignDoc, cmd: Command): CampaignDoc => okDoc(applyCommand(doc, cmd));
const problem = (doc: CampaignDoc, id = 'q1'): Problem => {
  const p = doc.problems.find((x) => x.id === id);
  if (!p) throw new Error(`no problem ${id}`);
  return p;
};
const refusal = (result: CommandResult): string => (result.ok ? 'accepted' : result.reason);

describe('raiseProblem', () => {
  it('adds an open problem with a "raised" entry in its history', () => {
    const p = problem(withProblem());
    expect(p).toMatchObject({
      projectId: 'hsr',
      scope: 'own',
      status: 'open',
      resolvedOn: null,
      resolution: '',
      dueOverride: null,
    });
    expect(p.history).toEqual([
      { on: ON, kind: 'raised', note: '坂头村部分征迁户对补偿标准有异议' },
    ]);
  });

  it('refuses an unknown project, an empty description, a bad date or a reused id', () => {
    const doc = withProblem();
    const raise = (d: Partial<NewProblem>): string =>
      refusal(
        applyCommand(doc, { type: 'raiseProblem', problem: draft({ id: 'q2', ...d }), on: ON }),
      );
    expect(raise({ projectId: 'nope' })).toBe('unknownProject');
    expect(raise({ description: '  ' })).toBe('emptyDescription');
    expect(raise({ raisedOn: '2018-02-30' })).toBe('notADate');
    expect(raise({ id: 'q1' })).toBe('duplicateProblem');
    expect(raise({})).toBe('accepted');
  });
});

describe('setProblemField', () => {
  const set = (doc: CampaignDoc, field: string, value: unknown): CommandResult =>
    applyCommand(doc, {
      type: 'setProblemField',
      problemId: 'q1',
      field: field as 'scope',
      value,
      on: '2018-02-13',
    });

  it('reads what planners type and records each change in the history', () => {
    let doc = withProblem();
    doc = okDoc(set(doc, 'scope', '外部'));
    doc = okDoc(set(doc, 'escalation', '市委市政府'));
    doc = okDoc(set(doc, 'raisedOn', '2018年2月9日'));
    doc = okDoc(set(doc, 'projectId', 'road'));
    const p = problem(doc);
    expect(p).toMatchObject({
      scope: 'external',
      escalation: 'city',
      raisedOn: '2018-02-09',
      projectId: 'road',
    });
    expect(p.history.slice(1)).toEqual([
      { on: '2018-02-13', kind: 'edited', note: '', field: 'scope', value: 'external' },
      { on: '2018-02-13', kind: 'edited', note: '', field: 'escalation', value: 'city' },
      { on: '2018-02-13', kind: 'edited', note: '', field: 'raisedOn', value: '2018-02-09' },
      { on: '2018-02-13', kind: 'edited', note: '', field: 'projectId', value: 'road' },
    ]);
  });

  it('keeps the document when nothing changes', () => {
    const doc = withProblem();
    expect(okDoc(set(doc, 'scope', '本级权限'))).toBe(doc);
  });

  it('refuses bad values and leaves the close-out fields to closing', () => {
    const doc = withProblem();
    expect(refusal(set(doc, 'scope', '省级'))).toBe('unknownChoice');
    expect(refusal(set(doc, 'raisedOn', '下周'))).toBe('notADate');
    expect(refusal(set(doc, 'raisedOn', ''))).toBe('empty');
    expect(refusal(set(doc, 'description', ''))).toBe('emptyDescription');
    expect(refusal(set(doc, 'projectId', 'nope'))).toBe('unknownProject');
    expect(refusal(set(doc, 'resolution', '已解决'))).toBe('notResolved');
    expect(refusal(set(doc, 'status', 'resolved'))).toBe('unknownField');
  });
});

describe('closing (销号) and reopening', () => {
  const close = (doc: CampaignDoc, resolvedOn: unknown, resolution: string): CommandResult =>
    applyCommand(doc, { type: 'closeProblem', problemId: 'q1', resolvedOn, resolution, on: ON });

  it('requires a resolution text and a date, and refuses otherwise', () => {
    const doc = withProblem();
    expect(refusal(close(doc, '2018-02-14', ''))).toBe('emptyResolution');
    expect(refusal(close(doc, '2018-02-14', '   '))).toBe('emptyResolution');
    expect(refusal(close(doc, '', '已签订补偿协议'))).toBe('empty');
    expect(refusal(close(doc, null, '已签订补偿协议'))).toBe('empty');
    expect(refusal(close(doc, '春节后', '已签订补偿协议'))).toBe('notADate');
    expect(refusal(close(doc, '2018-02-11', '已签订补偿协议'))).toBe('resolvedBeforeRaised');
    expect(problem(doc).status).toBe('open');
  });

  it('closes with both, and a closed problem cannot be closed again', () => {
    const doc = run(withProblem(), {
      type: 'closeProblem',
      problemId: 'q1',
      resolvedOn: '2018/2/14',
      resolution: '已签订补偿协议',
      on: ON,
    });
    expect(problem(doc)).toMatchObject({
      status: 'resolved',
      resolvedOn: '2018-02-14',
      resolution: '已签订补偿协议',
    });
    expect(refusal(close(doc, '2018-02-14', '再次销号'))).toBe('alreadyResolved');
  });

  it('reopens keeping the whole history, the old resolution included', () => {
    let doc = withProblem();
    doc = okDoc(close(doc, '2018-02-14', '已签订补偿协议'));
    doc = run(doc, {
      type: 'reopenProblem',
      problemId: 'q1',
      reason: '3户未签约',
      on: '2018-02-22',
    });
    const p = problem(doc);
    expect(p).toMatchObject({ status: 'open', resolvedOn: null, resolution: '' });
    expect(p.history.map((h) => [h.kind, h.note])).toEqual([
      ['raised', '坂头村部分征迁户对补偿标准有异议'],
      ['closed', '已签订补偿协议'],
      ['reopened', '3户未签约'],
    ]);
    expect(p.history[1]).toMatchObject({ on: ON, value: '2018-02-14' });
    // Closed again later: the history keeps growing.
    doc = okDoc(close(doc, '2018-02-26', '全部签约'));
    expect(problem(doc).history.map((h) => h.kind)).toEqual([
      'raised',
      'closed',
      'reopened',
      'closed',
    ]);
    expect(
      refusal(
        applyCommand(withProblem(), { type: 'reopenProblem', problemId: 'q1', reason: '', on: ON }),
      ),
    ).toBe('notResolved');
  });
});

describe('overrideDue', () => {
  const override = (doc: CampaignDoc, date: unknown, reason: string): CommandResult =>
    applyCommand(doc, { type: 'overrideDue', problemId: 'q1', date, reason, on: ON });

  it('sets a due date with a reason, and drops it again', () => {
    let doc = okDoc(override(withProblem(), '2018-03-15', '需省政府批准'));
    expect(problem(doc).dueOverride).toEqual({ date: '2018-03-15', reason: '需省政府批准' });
    doc = okDoc(override(doc, null, '已并入常规流程'));
    expect(problem(doc).dueOverride).toBeNull();
    expect(problem(doc).history.slice(1)).toEqual([
      { on: ON, kind: 'edited', field: 'due', value: '2018-03-15', note: '需省政府批准' },
      { on: ON, kind: 'edited', field: 'due', value: '', note: '已并入常规流程' },
    ]);
  });

  it('refuses an override without a reason or before the problem was raised', () => {
    const doc = withProblem();
    expect(refusal(override(doc, '2018-03-15', ' '))).toBe('emptyReason');
    expect(refusal(override(doc, '2018-02-01', '原因'))).toBe('dueBeforeRaised');
    expect(refusal(override(doc, 'soon', '原因'))).toBe('notADate');
  });
});

describe('deleteProblem and deleting projects', () => {
  it('deletes a problem, and a deleted project takes its problems with it', () => {
    const doc = withProblem();
    expect(run(doc, { type: 'deleteProblem', problemId: 'q1' }).problems).toEqual([]);
    expect(refusal(applyCommand(doc, { type: 'deleteProblem', problemId: 'x' }))).toBe(
      'unknownProblem',
    );
    expect(run(doc, { type: 'deleteProjects', projectIds: ['hsr'] }).problems).toEqual([]);
    const other = run(doc, { type: 'deleteProjects', projectIds: ['road'] });
    expect(other.problems).toBe(doc.problems);
  });

  it('is all or nothing inside a batch', () => {
    const doc = withProblem();
    const result = applyCommand(doc, {
      type: 'batch',
      commands: [
        { type: 'setProblemField', problemId: 'q1', field: 'ownerUnit', value: '永和镇', on: ON },
        { type: 'closeProblem', problemId: 'q1', resolvedOn: ON, resolution: '', on: ON },
      ],
    });
    expect(result).toMatchObject({ ok: false, reason: 'emptyResolution', index: 1 });
  });
});
