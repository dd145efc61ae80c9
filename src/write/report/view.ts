// One parsed document (+ its source and validate findings) → what the review page shows of it.
//   docView(doc, textSource(text), (x) => `l${x.line}`) → { indicators, links, findings placed at 'l41', … }
import { validateDocument, type Finding } from '../../check/index.js';
import { scoredItems } from '../../check/scores.js';
import { percent, statedRate, trios } from '../../check/budget.js';
import type { ParsedDocument } from '../../schema.js';
import { linkValues, type AnchorOf } from './links.js';
import type { BudgetCheck, DocView, PlacedFinding, ScoreCheck, Source, Summary } from './types.js';

export function docView(doc: ParsedDocument, source: Source, anchorOf: AnchorOf): DocView {
  const findings = validateDocument(doc);
  const anchors = new Set(source.blocks.flatMap((b) => (b.t === 'grid' ? b.rows.map((r) => r.anchor) : [b.anchor])));
  const place = (f: Finding): PlacedFinding => {
    const anchor = f.line > 0 ? anchorOf({ line: f.line }) : null;
    return { ...f, anchor: anchor && anchors.has(anchor) ? anchor : null };
  };
  return {
    path: doc.source.path,
    document: doc.document,
    encoding: doc.source.encoding,
    scores: doc.scores,
    indicators: doc.indicators,
    budget: doc.budget,
    scoreCheck: scoreCheck(doc),
    budgetChecks: budgetChecks(doc),
    findings: findings.map(place),
    source,
    links: linkValues(doc, source, anchorOf),
  };
}

/** A file that could not be read or parsed: one row in the overview, its reason as the finding. */
export function failedView(path: string, finding: Finding): DocView {
  return {
    path,
    document: null,
    encoding: '',
    scores: null,
    indicators: [],
    budget: [],
    scoreCheck: { count: 0, sum: null, total: null },
    budgetChecks: [],
    findings: [{ ...finding, anchor: null }],
    source: { kind: 'lines', blocks: [] },
    links: [],
  };
}

// The figures the rules compare; whether they agree is the rules' verdict (validateDocument), not decided here.
function scoreCheck(doc: ParsedDocument): ScoreCheck {
  const got = scoredItems(doc).flatMap((i) => (i.got === null ? [] : [i.got]));
  const sum = got.length > 0 ? Number(got.reduce((a, b) => a + b, 0).toFixed(6)) : null;
  return { count: got.length, sum, total: doc.scores?.total ?? null };
}

function budgetChecks(doc: ParsedDocument): BudgetCheck[] {
  return trios(doc.budget).flatMap(({ rate, executed, budget }) => {
    const stated = statedRate(rate);
    const [e, b] = [executed.amount, budget.amount];
    // Shown where the rule compares: two sums of money; elsewhere the rule is silent and so is the page.
    const money = e.unit === '元' && b.unit === '元' && e.op === 'eq' && b.op === 'eq';
    if (!stated || !money || b.value === 0) return [];
    const scaled = String(percent(e.value, b.value, stated.decimals)).padStart(stated.decimals + 1, '0');
    const computed = stated.decimals === 0 ? scaled : `${scaled.slice(0, -stated.decimals)}.${scaled.slice(-stated.decimals)}`;
    return [{ rate: doc.budget.indexOf(rate), executed: doc.budget.indexOf(executed), budget: doc.budget.indexOf(budget), computed: `${computed}%` }];
  });
}

export function summaryOf(view: DocView): Summary {
  const count = (s: string): number => view.indicators.filter((i) => i.status === s).length;
  return {
    path: view.path,
    title: view.document?.title ?? null,
    kind: view.document?.kind ?? 'unknown',
    department: view.document?.department ?? null,
    year: view.document?.year ?? null,
    total: view.scores?.total ?? null,
    grade: view.scores?.grade ?? null,
    met: count('met'),
    notMet: count('not-met'),
    unknown: count('unknown'),
    errors: view.findings.filter((f) => f.severity === 'error').length,
    warnings: view.findings.filter((f) => f.severity === 'warning').length,
  };
}
