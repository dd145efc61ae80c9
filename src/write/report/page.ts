// Document views → one self-contained HTML page: style, data, chart library and script inlined, nothing fetched.
//   renderPage([view], { lang: 'en', echarts }) → '<!doctype html>…<script type="application/gzip+base64" id="gz-d0">H4sI…</script>…'
// Each document's data is its own element (gzip, base64), unpacked only when the document is opened, so 1,000 stay usable.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { reportLabels, type Lang } from '../../messages/report.js';
import { CLIENT_CHART } from './client-chart.js';
import { CLIENT_DOCUMENT } from './client-document.js';
import { CLIENT_OVERVIEW } from './client-overview.js';
import { CLIENT_SOURCE } from './client-source.js';
import { REPORT_CSS } from './style.js';
import { summaryOf } from './view.js';
import type { DocView, Summary } from './types.js';

export interface PageOptions {
  lang: Lang;
  /** The charting library's script text (echartsSource()); the page draws no chart without it. */
  echarts: string;
}

// The page may load nothing from anywhere, and run no script but its own two (by their hashes): a browser enforces
// this, so a stray URL cannot phone home and markup a document smuggles in cannot run.
function policy(scripts: readonly string[]): string {
  const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ');
  return `default-src 'none'; script-src ${hashes}; style-src 'unsafe-inline'; img-src data: blob:; font-src data:`;
}

/** The page in three parts, so a batch is written one document at a time and never held whole in memory. */
export interface PageWriter {
  head(): string;
  /** One document's data, parsed by the page only when the document is opened. */
  doc(view: DocView): string;
  /** The overview rows of every document written, the chart library and the script. */
  tail(): string;
}

export function createPage(options: PageOptions): PageWriter {
  const labels = reportLabels(options.lang);
  const summaries: Summary[] = [];
  const app = `(function(){${CLIENT_OVERVIEW}${CLIENT_DOCUMENT}${CLIENT_CHART}${CLIENT_SOURCE}})();`;
  return {
    head: () =>
      '<!doctype html>\n' +
      `<html lang="${options.lang}"><head><meta charset="utf-8">` +
      `<meta http-equiv="Content-Security-Policy" content="${policy([options.echarts, app])}">` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${escapeHtml(labels.title)}</title><style>${REPORT_CSS}</style></head>\n<body>` +
      `<header class="top"><h1>${escapeHtml(labels.title)}</h1><span id="count"></span></header>` +
      '<main><div id="overview"></div><div id="doc" hidden></div></main><div id="inspector"></div>\n' +
      jsonElement('gz-labels', labels),
    doc: (view) => {
      summaries.push(summaryOf(view));
      // gzip cuts a batch to a fifth (the page unpacks one document when it is opened); base64 holds no '<'.
      const packed = gzipSync(JSON.stringify(view)).toString('base64');
      return `<script type="application/gzip+base64" id="gz-d${summaries.length - 1}">${packed}</script>\n`;
    },
    tail: () =>
      jsonElement('gz-summary', summaries) +
      `<script>${options.echarts}</script>\n` +
      `<script>${app}</script>\n` +
      '</body></html>\n',
  };
}

/** The whole page at once: for tests and small batches. */
export function renderPage(views: readonly DocView[], options: PageOptions): string {
  const page = createPage(options);
  return page.head() + views.map(page.doc).join('') + page.tail();
}

/** JSON inside <script type="application/json">: every < escaped, so no text can close the element. */
export function jsonElement(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
