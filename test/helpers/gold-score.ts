// Scores parsed documents against hand-checked gold, as ../shared/eval/score.mjs does (FORMAT.md):
// indicators matched by name in document order; targets, achieved values, scores, classes, groups and facts compared.
import type { ParsedDocument, Quantity } from '../../src/schema.js';

export interface GoldQ { raw: string; op: string; value?: number; min?: number; max?: number; unit: string | null; skip?: boolean }
export interface GoldIndicator {
  name: string;
  target?: GoldQ | null;
  achieved?: GoldQ | null;
  periodTarget?: GoldQ | null;
  score?: { max: number; got: number } | null;
  category?: string[];
  group?: string;
}
export interface Gold {
  doc: string;
  document: { kind?: string; department?: string | null; year?: number | null };
  indicators: GoldIndicator[];
  scores?: { total?: number | null; grade?: string | null } | null;
  budget?: { item: string; yuan: number }[];
  ignore?: string[];
}

export interface Tally { gold: number; output: number; matched: number; fields: number; fieldsOk: number; meta: number; metaOk: number; wrong: string[] }

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/<[^>]+>/g, '').replace(/\s+/g, '');

function sameNum(a: unknown, b: unknown): boolean {
  if (a == null && b == null) return true;
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function sameQ(g: GoldQ, o: Quantity | null | undefined): boolean {
  if (!o || g.op !== o.op || (g.unit ?? null) !== (o.unit ?? null)) return false;
  if (g.op === 'text') return true;
  if (g.op === 'range') return sameNum(g.min, o.min) && sameNum(g.max, o.max);
  return sameNum(g.value, o.value);
}

export function scoreDocument(gold: Gold, out: ParsedDocument, t: Tally): void {
  const ignore = new Set((gold.ignore ?? []).map(norm));
  const outs = out.indicators.filter((x) => !ignore.has(norm(x.name)));
  t.gold += gold.indicators.length;
  t.output += outs.length;
  const used = outs.map(() => false);
  const pick: (number | undefined)[] = gold.indicators.map(() => undefined);
  const passes = [
    (g: GoldIndicator, i: number) => Boolean(g.group) && norm(outs[i]?.group) === norm(g.group),
    (g: GoldIndicator, i: number) => Boolean(g.target && !g.target.skip && sameQ(g.target, outs[i]?.target)),
    () => true,
  ];
  for (const ok of passes) {
    gold.indicators.forEach((g, gi) => {
      if (pick[gi] !== undefined) return;
      const j = outs.findIndex((o, k) => !used[k] && norm(o.name) === norm(g.name) && ok(g, k));
      if (j >= 0) {
        used[j] = true;
        pick[gi] = j;
      }
    });
  }
  gold.indicators.forEach((g, gi) => {
    const j = pick[gi];
    const o = j === undefined ? undefined : outs[j];
    t.fields++;
    if (o) {
      t.matched++;
      t.fieldsOk++;
    } else t.wrong.push(`${gold.doc}: missing ${g.name}`);
    for (const f of ['target', 'periodTarget', 'achieved'] as const) {
      const q = g[f];
      if (!q || q.skip) continue;
      t.fields++;
      if (o && sameQ(q, o[f])) t.fieldsOk++;
      else t.wrong.push(`${gold.doc}: ${g.name} ${f} want ${JSON.stringify(q)} got ${JSON.stringify(o?.[f])}`);
    }
    if (g.score) {
      t.fields++;
      if (o?.score && sameNum(g.score.max, o.score.max) && sameNum(g.score.got, o.score.got)) t.fieldsOk++;
      else t.wrong.push(`${gold.doc}: ${g.name} score want ${JSON.stringify(g.score)} got ${JSON.stringify(o?.score)}`);
    }
  });
  const facts: [unknown, unknown][] = [];
  if (gold.document.kind != null) facts.push([gold.document.kind, out.document.kind]);
  if (gold.document.department != null) facts.push([norm(gold.document.department), norm(out.document.department)]);
  if (gold.document.year != null) facts.push([gold.document.year, out.document.year]);
  if (gold.scores?.total != null) facts.push([true, sameNum(out.scores?.total, gold.scores.total)]);
  if (gold.scores?.grade != null) facts.push([gold.scores.grade, out.scores?.grade]);
  for (const b of gold.budget ?? []) facts.push([true, out.budget.some((x) => sameNum(x.amount.value, b.yuan))]);
  for (const [want, got] of facts) {
    t.meta++;
    if (want === got) t.metaOk++;
    else t.wrong.push(`${gold.doc}: fact want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
}

export function emptyTally(): Tally {
  return { gold: 0, output: 0, matched: 0, fields: 0, fieldsOk: 0, meta: 0, metaOk: 0, wrong: [] };
}
