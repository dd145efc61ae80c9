// Table rows in document order → facts, budget figures, indicators, total and grade.
// A header row opens a context (indicator table, budget grid, narrative table) that lasts until the next one.
import type { Line } from '../extract/lines.js';
import { BUDGET_WORDS, mergeHeaders, rowHeader, subHeaderRoles, targetOfYear, UNIT_IN_BRACKETS, unitInBrackets } from '../extract/header.js';
import { NARRATIVE_ROLES, type Role } from '../extract/columns.js';
import { hasFigures, isFigure, readGridRow, takeRowAmount, type Grid } from './budget-grid.js';
import { newTableState, readIndicatorRow, type TableState } from './indicator-rows.js';
import { isFooterKey, isTotalKey, projectName, takeFacts, takeScoreRow } from './special-rows.js';
import type { Collector } from './collector.js';
import { detectDocUnit } from './doc-unit.js';
import { classLabel } from './taxonomy.js';
import { checkedRoles, headerlessFromRight, headerlessRoles, rightAligned, rowsBelow } from './inferred-columns.js';
import { takeKeyedAmount, takeSpacedBudgetLine } from './budget-lines.js';

type Context =
  | { kind: 'none' }
  | { kind: 'indicators'; table: TableState; headerLine: number; twoUp?: TwoUp; headerless?: boolean; padTo?: number }
  | { kind: 'budget'; grid: Grid }
  | { kind: 'narrative'; roles: (string | null)[]; labels: string[] };

const DIGIT = /[0-9０-９]/;

/** A form printed two-up (一级 | 二级 | 三级 | 指标值 | 二级 | 三级 | 指标值): each half of a row is an indicator. */
interface TwoUp {
  left: number[];
  right: number[];
  rightTable: TableState;
}

/** The columns of each half when the header names the indicator twice; the right half borrows the left's 一级 column. */
function twoUpColumns(roles: readonly (string | null)[]): { left: number[]; right: number[] } | null {
  const names = roles.flatMap((r, i) => (r === 'name' ? [i] : []));
  if (names.length !== 2 || roles.filter((r) => r === 'target').length !== 2) return null;
  let start = names[1]!;
  while (start - 1 > names[0]! && (roles[start - 1] === 'class1' || roles[start - 1] === 'class2')) start--;
  const left = roles.map((_, i) => i).filter((i) => i < start);
  const right = roles.map((_, i) => i).filter((i) => i >= start);
  const shared = left.filter((i) => roles[i] === 'class1' && !right.some((j) => roles[j] === 'class1'));
  return { left, right: [...shared, ...right] };
}

function indicatorContext(roles: (Role | null)[], labels: string[], no: number, w: Walk): Context {
  const split = twoUpColumns(roles);
  const half = (cols: number[]) => newTableState({ line: no, roles: cols.map((i) => roles[i] ?? null), labels: cols.map((i) => labels[i] ?? '') });
  const table = split ? half(split.left) : newTableState({ line: no, roles, labels });
  table.group = w.project;
  if (!split) return { kind: 'indicators', table, headerLine: no };
  const rightTable = half(split.right);
  rightTable.group = w.project;
  return { kind: 'indicators', table, headerLine: no, twoUp: { left: split.left, right: split.right, rightTable } };
}

interface Walk {
  ctx: Context;
  previous: Line | null;
  /** The project a `项目名称` row named: the group of the tables below it. */
  project: string | null;
  lines: readonly Line[];
  /** Index of the line being read. */
  at: number;
  /** A money unit a label line stated (资金情况（万元）) for the budget figures right below it. */
  unitAbove: string | null;
}

export function walkTables(lines: readonly Line[], c: Collector): void {
  const w: Walk = { ctx: { kind: 'none' }, previous: null, project: null, lines, at: 0, unitAbove: null };
  for (const line of lines) {
    w.at++;
    const before = c.budget.length;
    readLine(line, w, c);
    // The unit holds over the figures right below its label, and ends at the first line that is none.
    if (line.kind !== 'blank') w.unitAbove = unitLabel(line) ?? (c.budget.length > before || w.ctx.kind === 'budget' ? w.unitAbove : null);
  }
}

/** The money unit of a label line with no figure of its own: 资金情况（万元）, （万元）. */
function unitLabel(line: Line): string | null {
  const text = line.kind === 'row' ? (line.cells.filter(Boolean).length === 1 ? line.text : '') : line.kind === 'prose' ? line.text : '';
  return text.length <= 40 && !DIGIT.test(text.replace(UNIT_IN_BRACKETS, '')) ? unitInBrackets(text) : null;
}

function readLine(line: Line, w: Walk, c: Collector): void {
  if (line.kind === 'heading') w.ctx = { kind: 'none' };
  if (line.kind !== 'row') {
    // '金额单位：元' on its own line holds for the tables below it.
    if (line.kind === 'prose' && line.text.length <= 40) detectDocUnit(line.text, c, line.no);
    // A class label alone on its line inside a table ('（一）数量指标' in a PDF copy) still heads the rows below.
    const label = w.ctx.kind === 'indicators' && line.kind === 'prose' && line.text.length <= 20 ? classLabel(line.text) : null;
    if (label && w.ctx.kind === 'indicators') {
      w.ctx.table.classes.see(label);
      c.used.add(line.no);
    }
    // '项目名称：X' on its own line starts that project's forms, as a 项目名称 row does.
    const project = line.kind === 'prose' ? projectName([line.text]) : null;
    if (project) {
      w.project = project;
      w.ctx = { kind: 'none' };
      c.used.add(line.no);
    }
    // 年度资金总额 387664.62 387664.62 10: a budget line whose tabs were lost.
    if (line.kind === 'prose' && w.ctx.kind !== 'indicators') takeSpacedBudgetLine(line, w.previous, c);
    if (line.kind !== 'blank') w.previous = line;
    return;
  }
  w.ctx = readRow(line, w, c);
  w.previous = line;
}

function readRow(line: Line, w: Walk, c: Collector): Context {
  // A table read without a header ends where its rows stop reaching the name column (评价结论 | 暂无).
  if (w.ctx.kind === 'indicators' && w.ctx.headerless && w.ctx.padTo === undefined && line.cells.length <= w.ctx.table.header.roles.indexOf('name')) w.ctx = { kind: 'none' };
  // Read from the right, a table ends at a row too wide for it or with no figure.
  if (w.ctx.kind === 'indicators' && w.ctx.padTo !== undefined && (line.cells.length > w.ctx.padTo || !/\d/.test(line.text))) w.ctx = { kind: 'none' };
  const { ctx, previous } = w;
  const { cells, no } = line;
  const project = projectName(cells);
  if (project) {
    w.project = project;
    c.used.add(no);
    return { kind: 'none' };
  }
  if (detectDocUnit(line.text, c, no) && cells.filter(Boolean).length <= 2) return ctx;
  const scored = ctx.kind === 'indicators' && ctx.table.header.roles.includes('got');
  const gotCol = ctx.kind === 'indicators' ? ctx.table.header.roles.indexOf('got') : -1;
  // 合计 under a target form's 权重 column adds up the weights: read, but no total score.
  const firstCell = cells.find(Boolean) ?? '';
  if (ctx.kind === 'indicators' && !scored && ctx.table.header.roles.includes('max') && isTotalKey(firstCell, true) && !isTotalKey(firstCell, false)) {
    c.used.add(no);
    return ctx;
  }
  // 合计 under a table read without a header adds up its column of weights: no indicator of its own.
  if (ctx.kind === 'indicators' && ctx.headerless && !scored && isTotalKey(firstCell, true) && !isTotalKey(firstCell, false)) {
    c.used.add(no);
    return ctx;
  }
  if (takeScoreRow(line, gotCol >= 0 ? cells[gotCol] ?? null : null, c, scored)) {
    c.used.add(no);
    return ctx;
  }
  if (isFooterKey(cells.find(Boolean) ?? '')) {
    c.narrative.add(no);
    return { kind: 'none' };
  }
  const header = rowHeader(cells);
  // A second header row directly below the first refines it: 年度指标值 over 指标性质 | 指标值 | 度量单位,
  // 评分 over 分值 | 得分, 绩效指标 over 一级指标 | 二级指标 | 三级指标.
  const below = ctx.kind === 'indicators' && previous?.no === ctx.headerLine ? (header?.kind === 'indicators' ? header.roles : subHeaderRoles(cells)) : null;
  if (ctx.kind === 'indicators' && below) {
    c.used.add(no);
    const labels = ctx.table.header.labels.map((l, i) => cells[i] || l);
    const roles = checkedRoles(mergeHeaders(ctx.table.header.roles, below), labels, rowsBelow(w.lines, w.at), no, c);
    return indicatorContext(targetOfYear(roles, labels, c.docYear), labels, no, w);
  }
  if (header?.kind === 'indicators') {
    c.used.add(no);
    // The same header again (a page break in a PDF copy) continues the table: merged class cells run on.
    const roles = targetOfYear(header.roles, cells, c.docYear);
    if (ctx.kind === 'indicators' && !ctx.twoUp && sameRoles(ctx.table.header.roles, roles)) {
      // The classes run on; the header's own words may differ (年度指标值（%） states a unit the first did not).
      ctx.table.header = { ...ctx.table.header, line: no, labels: [...cells] };
      return { ...ctx, headerLine: no };
    }
    return indicatorContext(checkedRoles(roles, cells, rowsBelow(w.lines, w.at), no, c), [...cells], no, w);
  }
  if (header?.kind === 'budget') {
    const continuing = ctx.kind === 'budget' && !ctx.grid.readFigures;
    const headers = continuing ? [...ctx.grid.headers, [...cells]] : [[...cells]];
    c.used.add(no);
    const unit = headers.some((row) => row.some((cell) => unitInBrackets(cell))) ? null : w.unitAbove;
    return { kind: 'budget', grid: { headers, readFigures: false, unit } };
  }
  if (header?.kind === 'narrative') return { kind: 'narrative', roles: header.roles, labels: [...cells] };
  if (takeFacts(cells, no, c)) {
    c.used.add(no);
    c.layouts.add('key-value');
    markNarrative(line, c);
    return ctx;
  }
  // A budget grid of flattened text runs on into the indicator rows below it when their header was lost.
  const flatBudget = ctx.kind === 'budget' && line.layouts.includes('spaces') && cells.some((x) => /^[≥≤><=＝≧≦＞＜═]$/.test(x));
  if ((ctx.kind === 'none' || flatBudget) && cells.filter(Boolean).length >= 3) {
    // Rows outside any indicator header that read as one by their cells (the header lost on an earlier page, or none).
    const below = rowsBelow(w.lines, w.at - 1);
    const roles = line.layouts.includes('spaces') ? null : headerlessRoles(below, no, c);
    if (roles) {
      const inferred = indicatorContext(roles, roles.map(() => ''), no, w);
      return readData(line, { ...inferred, headerLine: -1, headerless: true } as Context, c);
    }
    // Space-separated rows lost their empty cells: read from the right, where the values still line up.
    const fromRight = line.layouts.includes('spaces') ? headerlessFromRight(below, no, c) : null;
    if (fromRight) {
      const inferred = indicatorContext(fromRight.roles, fromRight.roles.map(() => ''), no, w);
      return readData(line, { ...inferred, headerLine: -1, headerless: true, padTo: fromRight.width } as Context, c);
    }
  }
  return readData(line, ctx, c, w.unitAbove);
}

function readData(line: Line, ctx: Context, c: Collector, unitAbove: string | null = null): Context {
  const { cells, no } = line;
  switch (ctx.kind) {
    case 'indicators': {
      // Space-separated rows (copied out of PDF) have lost their empty cells.
      const gapped = line.layouts.includes('spaces');
      if (ctx.twoUp) {
        const { left, right, rightTable } = ctx.twoUp;
        const pick = (cols: number[]) => cols.map((i) => cells[i] ?? '');
        const read = [readIndicatorRow(pick(left), no, ctx.table, c), readIndicatorRow(pick(right), no, rightTable, c)];
        if (!read.some(Boolean)) markNarrativeCells(line, ctx.table.header.roles, c);
        return ctx;
      }
      if (ctx.padTo !== undefined) {
        if (!readIndicatorRow(rightAligned([[...cells]], ctx.padTo)[0]!, no, ctx.table, c)) markNarrativeCells(line, ctx.table.header.roles, c);
        return ctx;
      }
      if (!readIndicatorRow(cells, no, ctx.table, c, gapped)) markNarrativeCells(line, ctx.table.header.roles, c);
      return ctx;
    }
    case 'budget':
      if (hasFigures(cells)) {
        readGridRow(cells, no, ctx.grid, c);
        return ctx;
      }
      if (cells.some(isSentence)) {
        markNarrative(line, c);
        return { kind: 'none' };
      }
      // Text only: another header row of the grid.
      if (!ctx.grid.readFigures) ctx.grid.headers.push([...cells]);
      else return { kind: 'budget', grid: { headers: [[...cells]], readFigures: false } };
      return ctx;
    case 'narrative': {
      // A table of tasks with their money (任务名称 | 主要内容 | 预算金额): the money is the task's budget figure.
      const col = ctx.roles.indexOf('budget');
      const item = cells[ctx.roles.indexOf('group')] || cells.find((x) => x && !isFigure(x) && !isSentence(x)) || '';
      if (col < 0 || !takeRowAmount(item, ctx.labels[col] ?? '', cells[col] ?? '', no, c)) markNarrative(line, c);
      return ctx;
    }
    case 'none':
      if (takeKeyedAmount(cells, no, c, unitAbove)) return ctx;
      // A budget line outside any grid: 项目资金（万元） | 年度资金总额 | 3,260.00
      if (hasFigures(cells) && cells.some((x) => BUDGET_WORDS.test(x) || UNIT_IN_BRACKETS.test(x))) {
        const grid: Grid = { headers: [], readFigures: true };
        readGridRow(cells, no, grid, c);
        return { kind: 'budget', grid };
      }
      markNarrative(line, c);
      return ctx;
  }
}

function sameRoles(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  const trim = (r: readonly (string | null)[]) => r.slice(0, r.findLastIndex((x) => x !== null) + 1).join('|');
  return trim(a) === trim(b);
}

/** A cell that reads as a sentence, not a value: long, or punctuated like prose. */
function isSentence(cell: string): boolean {
  return cell.length > 30 || (cell.length > 12 && /[，。；,;]/.test(cell));
}

/** A row whose numbers all sit in sentences reads as narrative, not data. */
function markNarrative(line: Line, c: Collector): void {
  const digitCells = line.cells.filter((x) => DIGIT.test(x));
  if (digitCells.length > 0 && digitCells.every(isSentence)) c.narrative.add(line.no);
}

/** Under an indicator header: sentences in goal, explanation or detail columns are narrative. */
function markNarrativeCells(line: Line, roles: readonly (string | null)[], c: Collector): void {
  const data = line.cells.filter((cell, i) => DIGIT.test(cell) && !(NARRATIVE_ROLES.has((roles[i] ?? '') as never) && isSentence(cell)));
  if (data.length === 0) c.narrative.add(line.no);
  else markNarrative(line, c);
}
