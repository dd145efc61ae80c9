// Document views → one self-contained HTML page: style, data, chart library and script inlined, nothing fetched.
//   renderPage([view], { lang: 'en', echarts }) → '<!doctype html>…<script type="application/json" id="gz-d0">{…}</script>…'
// Each document's data is its own JSON element, parsed only when the document is opened, so 1,000 stay usable.
import { reportLabels, type Lang } from '../../messages/report.js';
import { CLIENT_CHART } from './client-chart.js';
import { CLIENT_DOCUMENT } from './client-document.js';
import { CLIENT_OVERVIEW } from './client-overview.js';
import { CLIENT_SOURCE } from './client-source.js';
import { REPORT_CSS } from './style.js';
import { summaryOf } from './view.js';
import type { DocView } from './types.js';

export interface PageOptions {
  lang: Lang;
  /** The charting library's script text (echartsSource()); the page draws no chart without it. */
  echarts: string;
}

// The page may load nothing from anywhere: a browser enforces this, so a stray URL cannot phone home.
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

/** The page as chunks, so a large batch is written piece by piece rather than built as one string. */
export function* renderPage(views: readonly DocView[], options: PageOptions): Generator<string> {
  const labels = reportLabels(options.lang);
  yield '<!doctype html>\n';
  yield `<html lang="${options.lang}"><head><meta charset="utf-8">`;
  yield `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  yield '<meta name="viewport" content="width=device-width, initial-scale=1">';
  yield `<title>${escapeHtml(`${labels.title} — ${views.length} ${labels.overview}`)}</title>`;
  yield `<style>${REPORT_CSS}</style></head>\n<body>`;
  yield `<header class="top"><h1>${escapeHtml(labels.title)}</h1><span>${views.length} ${escapeHtml(labels.overview)}</span></header>`;
  yield '<main><div id="overview"></div><div id="doc" hidden></div></main><div id="inspector"></div>\n';
  yield jsonElement('gz-labels', labels);
  yield jsonElement('gz-summary', views.map(summaryOf));
  for (const [i, view] of views.entries()) yield jsonElement(`gz-d${i}`, view);
  yield `<script>${options.echarts}</script>\n`;
  yield `<script>(function(){${CLIENT_OVERVIEW}${CLIENT_DOCUMENT}${CLIENT_CHART}${CLIENT_SOURCE}})();</script>\n`;
  yield '</body></html>\n';
}

/** JSON inside <script type="application/json">: every < escaped, so no text can close the element. */
export function jsonElement(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
