import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import data from 'chinese-days/dist/chinese-days.json';
import { addDays, weekday } from './calendar-date.ts';
import {
  NO_FILTER,
  dueDate,
  filterProblems,
  isOpenAt,
  isOverdue,
  overdueByProject,
  problemClock,
  problemCounts,
  reviewOrder,
  ruleDueDate,
} from './problems.ts';
import { aDoc, aProblem, aProject } from './test-factories.ts';
import { projectStatus } from './status.ts';
import { DEFAULT_STATUS_RULES } from './status-rules.ts';
import type { Problem } from './types.ts';
import { calendarFromChineseDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

// The real calendar, as the app seeds it from the chinese-days package.
const cn = calendarFromChineseDays(data, 'chinese-days');

const due = (raisedOn: string, scope: Problem['scope']): string =>
  dueDate(aProblem({ raisedOn, scope }), cn);

describe('the deadline rule on the official calendar', () => {
  it('gives own-authority problems 5 working days and external ones 2', () => {
    // Monday 2018-03-05: Tue…Mon for 5, Tue–Wed for 2.
    expect(due('2018-03-05', 'own')).toBe('2018-03-12');
    expect(due('2018-03-05', 'external')).toBe('2018-03-07');
  });

  it('skips the weekend for a problem raised on a Friday', () => {
    expect(weekday('2018-03-02')).toBe(5);
    expect(due('2018-03-02', 'external')).toBe('2018-03-06');
    expect(due('2018-03-02', 'own')).toBe('2018-03-09');
  });

  it('counts the make-up Sunday before the Spring Festival and skips the holiday week', () => {
    // Friday 02-09: Sunday 02-11 is a 调休 working day, then Monday 02-12.
    expect(due('2018-02-09', 'external')).toBe('2018-02-12');
    // Monday 02-12: Tue 13, Wed 14, then 15–21 off; Thu 22, Fri 23.
    expect(due('2018-02-12', 'own')).toBe('2018-02-24');
    expect(due('2018-02-12', 'external')).toBe('2018-02-14');
    // Wednesday 02-14, the last working day before the holiday.
    expect(due('2018-02-14', 'external')).toBe('2018-02-23');
    expect(due('2018-02-14', 'own')).toBe('2018-02-27');
  });

  it('counts from the end of the holiday for a problem raised during it', () => {
    expect(due('2018-02-16', 'external')).toBe('2018-02-23');
    expect(due('2018-02-18', 'own')).toBe('2018-02-27');
  });

  it('counts the make-up working Saturday 2018-02-24 as a day, and from it', () => {
    expect(isWorkingDay('2018-02-24', cn)).toBe(true);
    // Thursday 02-22: Fri 23, Sat 24 (调休).
    expect(due('2018-02-22', 'external')).toBe('2018-02-24');
    // Raised on the Saturday itself: Monday 26, Tuesday 27.
    expect(due('2018-02-24', 'external')).toBe('2018-02-27');
    expect(due('2018-02-24', 'own')).toBe('2018-03-02');
  });

  it('always falls on a working day, exactly 5 or 2 working days after it was raised', () => {
    const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2010-01-01', n));
    const scope = fc.constantFrom<Problem['scope']>('own', 'external');
    fc.assert(
      fc.property(day, scope, (raisedOn, s) => {
        const d = ruleDueDate(aProblem({ raisedOn, scope: s }), cn);
        expect(isWorkingDay(d, cn)).toBe(true);
        expect(workingDaysBetween(raisedOn, d, cn)).toBe(s === 'own' ? 5 : 2);
        // No working day is skipped: the day before the due date leaves one still to go.
        expect(workingDaysBetween(raisedOn, addDays(d, -1), cn)).toBe(s === 'own' ? 4 : 1);
      }),
    );
  });

  it('uses an override instead of the rule', () => {
    const p = aProblem({
      raisedOn: '2018-03-02',
      dueOverride: { date: '2018-03-30', reason: '省厅审批周期' },
    });
    expect(ruleDueDate(p, cn)).toBe('2018-03-09');
    expect(dueDate(p, cn)).toBe('2018-03-30');
  });
});

describe('the clock at the as-of date', () => {
  const p = aProblem({ raisedOn: '2018-02-12', scope: 'own' }); // due 2018-02-24

  it('counts working days left, across the holiday', () => {
    expect(problemClock(p, '2018-02-12', cn)).toEqual({
      state: 'open',
      due: '2018-02-24',
      workingDaysLeft: 5,
    });
    expect(problemClock(p, '2018-02-20', cn)).toMatchObject({ state: 'open', workingDaysLeft: 3 });
  });

  it('is due on the due date and overdue, in calendar days, after it', () => {
    expect(problemClock(p, '2018-02-24', cn).state).toBe('dueToday');
    expect(isOverdue(p, '2018-02-24', cn)).toBe(false);
    expect(problemClock(p, '2018-02-26', cn)).toEqual({
      state: 'overdue',
      due: '2018-02-24',
      daysOverdue: 2,
    });
    expect(isOverdue(p, '2018-02-26', cn)).toBe(true);
  });

  it('is closed from its resolved-on date, on time or late', () => {
    const closed = { ...p, status: 'resolved' as const, resolvedOn: '2018-02-27' };
    expect(problemClock(closed, '2018-02-27', cn)).toMatchObject({ state: 'resolved', late: true });
    expect(isOverdue(closed, '2018-03-01', cn)).toBe(false);
    const onTime = { ...closed, resolvedOn: '2018-02-23' };
    expect(problemClock(onTime, '2018-02-23', cn)).toMatchObject({
      state: 'resolved',
      late: false,
    });
  });

  it('shows a problem as it was when looking back', () => {
    const closed = { ...p, status: 'resolved' as const, resolvedOn: '2018-02-27' };
    // Before it was closed it was open, and overdue after 02-24.
    expect(isOpenAt(closed, '2018-02-26')).toBe(true);
    expect(isOverdue(closed, '2018-02-26', cn)).toBe(true);
    // Before it was raised it did not exist.
    expect(problemClock(p, '2018-02-11', cn).state).toBe('notRaised');
    expect(isOpenAt(p, '2018-02-11')).toBe(false);
  });
});

describe('counts and filters', () => {
  const doc = aDoc({
    projects: [
      aProject({ id: 'p1', leader: '市长', unit: '高铁新区指挥部' }),
      aProject({ id: 'p2', leader: '副市长(交通)', unit: '市交通运输局' }),
    ],
    problems: [
      aProblem({ id: 'a', projectId: 'p1', raisedOn: '2018-02-01', ownerUnit: '高铁新区指挥部' }),
      aProblem({ id: 'b', projectId: 'p1', raisedOn: '2018-02-09', ownerUnit: '市国土资源局' }),
      aProblem({ id: 'c', projectId: 'p2', raisedOn: '2018-02-05', ownerUnit: '市交通运输局' }),
      aProblem({
        id: 'd',
        projectId: 'p2',
        raisedOn: '2018-02-01',
        ownerUnit: '市交通运输局',
        status: 'resolved',
        resolvedOn: '2018-02-07',
        resolution: '已协调',
      }),
      aProblem({ id: 'later', projectId: 'p2', raisedOn: '2018-03-01', ownerUnit: '市交通运输局' }),
    ],
  });
  // At 2018-02-12: a (due 02-08) and c (due 02-11) are overdue; b (due 02-22) is open; d is
  // closed; 'later' is not raised yet.
  const asOf = '2018-02-12';

  it('counts open and overdue problems per owner unit and per linked leader, worst first', () => {
    const counts = problemCounts(doc, asOf, cn);
    expect(counts.open).toBe(3);
    expect(counts.overdue).toBe(2);
    expect(counts.byUnit).toEqual([
      // Ties in pinyin order: gāo before shì.
      { name: '高铁新区指挥部', open: 1, overdue: 1 },
      { name: '市交通运输局', open: 1, overdue: 1 },
      { name: '市国土资源局', open: 1, overdue: 0 },
    ]);
    expect(counts.byLeader).toEqual([
      { name: '市长', open: 2, overdue: 1 },
      { name: '副市长(交通)', open: 1, overdue: 1 },
    ]);
  });

  it('counts overdue problems per project, which turns the project red', () => {
    const overdue = overdueByProject(doc.problems, asOf, cn);
    expect(Object.fromEntries(overdue)).toEqual({ p1: 1, p2: 1 });
    const p1 = doc.projects[0];
    if (!p1) throw new Error('no p1');
    const input = { asOf, year: 2018, rules: DEFAULT_STATUS_RULES };
    expect(projectStatus(p1, input).light).toBe('green');
    expect(projectStatus(p1, { ...input, overdueProblems: overdue.get('p1') }).light).toBe('red');
    expect(overdueByProject(doc.problems, '2018-02-07', cn).size).toBe(0);
  });

  it('filters by status, unit, leader and overdue', () => {
    const projects = new Map(doc.projects.map((p) => [p.id, p]));
    const ids = (filter: Partial<typeof NO_FILTER>): string[] =>
      filterProblems(doc.problems, projects, { ...NO_FILTER, ...filter }, asOf, cn).map(
        (p) => p.id,
      );
    expect(ids({})).toEqual(['a', 'b', 'c', 'd', 'later']);
    expect(ids({ status: 'open' })).toEqual(['a', 'b', 'c']);
    expect(ids({ status: 'resolved' })).toEqual(['d']);
    expect(ids({ unit: '市交通运输局' })).toEqual(['c', 'd', 'later']);
    expect(ids({ leader: '市长' })).toEqual(['a', 'b']);
    expect(ids({ overdueOnly: true })).toEqual(['a', 'c']);
    expect(ids({ overdueOnly: true, leader: '副市长(交通)' })).toEqual(['c']);
  });
});

describe('reviewOrder', () => {
  it('puts open problems by due date first, then those not raised yet, then the latest closed', () => {
    const problems = [
      aProblem({
        id: 'closedEarly',
        raisedOn: '2018-02-01',
        status: 'resolved',
        resolvedOn: '2018-02-02',
        resolution: 'x',
      }),
      aProblem({ id: 'dueLater', raisedOn: '2018-02-12' }),
      aProblem({ id: 'future', raisedOn: '2018-03-01' }),
      aProblem({
        id: 'closedLate',
        raisedOn: '2018-02-01',
        status: 'resolved',
        resolvedOn: '2018-02-09',
        resolution: 'x',
      }),
      aProblem({ id: 'overdue', raisedOn: '2018-02-01' }),
      aProblem({ id: 'dueSoon', raisedOn: '2018-02-12', scope: 'external' }),
    ];
    expect(reviewOrder(problems, '2018-02-12', cn).map((p) => p.id)).toEqual([
      'overdue',
      'dueSoon',
      'dueLater',
      'future',
      'closedLate',
      'closedEarly',
    ]);
  });
});
