// The page's script, part 1: shared helpers and the overview of all documents (sort, filter, open).
//   #gz-summary [{ path, kind, met, … }] → a sortable, filterable table; a click opens '#d3'
// Plain ES2020 kept as text: it runs in the browser, inlined into the page; no backticks inside.
export const CLIENT_OVERVIEW = String.raw`
'use strict';
var $ = function (id) { return document.getElementById(id); };
var readJson = function (id) { var el = $(id); return el ? JSON.parse(el.textContent) : null; };
var T = readJson('gz-labels');
var S = readJson('gz-summary');
var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
function num(n) { return n == null ? '' : String(Number(Number(n).toFixed(6))); }
function kindLabel(k) { return T['kind:' + k] || k; }

var COLUMNS = [
  ['path', 'file'], ['kind', 'kind'], ['department', 'department'], ['year', 'year'], ['total', 'total'],
  ['grade', 'grade'], ['met', 'met'], ['notMet', 'notMet'], ['unknown', 'unknown'], ['errors', 'errors'], ['warnings', 'warnings']
];
var NUMERIC = { year: 1, total: 1, met: 1, notMet: 1, unknown: 1, errors: 1, warnings: 1 };
// Rows drawn at first; the rest on request, so a batch of thousands opens at once.
var PAGE_ROWS = 300;
var state = { sort: 'path', dir: 1, q: '', kind: '', problems: false, limit: PAGE_ROWS };
// One collator: localeCompare with a locale builds one per call, seconds for a 1,000-row sort.
var collate = new Intl.Collator('zh-CN').compare;

function renderOverview() {
  var root = $('overview');
  $('count').textContent = T.count.replace('{n}', S.length);
  var kinds = {};
  S.forEach(function (s) { kinds[s.kind] = 1; });
  var h = '<section><h3>' + esc(T.overview) + ' (' + S.length + ')</h3><div class="controls">' +
    '<input type="search" id="filter" placeholder="' + esc(T.filter) + '">' +
    '<select id="kind"><option value="">' + esc(T.allKinds) + '</option>' +
    Object.keys(kinds).sort().map(function (k) { return '<option value="' + esc(k) + '">' + esc(kindLabel(k)) + '</option>'; }).join('') +
    '</select><label><input type="checkbox" id="problems"> ' + esc(T.problemsOnly) + '</label><span id="shown" class="sub"></span></div>' +
    '<div class="scroll"><table id="overview-table"><thead><tr>' +
    COLUMNS.map(function (c) { return '<th data-key="' + c[0] + '">' + esc(T[c[1]]) + '</th>'; }).join('') +
    '</tr></thead><tbody></tbody></table></div><button id="more" hidden></button></section>';
  root.innerHTML = h;
  var typing = 0;
  // Typing re-renders once it pauses: a 1,000-row table takes a while to lay out on a slow machine.
  $('filter').addEventListener('input', function (e) {
    clearTimeout(typing);
    typing = setTimeout(function () { state.q = e.target.value.trim().toLowerCase(); state.limit = PAGE_ROWS; renderRows(); }, 120);
  });
  $('kind').addEventListener('change', function (e) { state.kind = e.target.value; renderRows(); });
  $('more').addEventListener('click', function () { state.limit = Infinity; renderRows(); });
  $('problems').addEventListener('change', function (e) { state.problems = e.target.checked; renderRows(); });
  root.querySelector('thead').addEventListener('click', function (e) {
    var key = e.target.closest('th') && e.target.closest('th').dataset.key;
    if (!key) return;
    state.dir = state.sort === key ? -state.dir : 1;
    state.sort = key;
    renderRows();
  });
  root.querySelector('tbody').addEventListener('click', function (e) {
    var tr = e.target.closest('tr');
    if (tr) location.hash = '#d' + tr.dataset.i;
  });
  renderRows();
}

function visible() {
  var rows = [];
  S.forEach(function (s, i) {
    if (state.kind && s.kind !== state.kind) return;
    if (state.problems && s.errors + s.warnings + s.notMet === 0) return;
    if (state.q) {
      var hay = [s.path, s.title, s.department, s.year, s.grade, kindLabel(s.kind)].join(' ').toLowerCase();
      if (hay.indexOf(state.q) < 0) return;
    }
    rows.push(i);
  });
  var key = state.sort, dir = state.dir;
  rows.sort(function (a, b) {
    var x = S[a][key], y = S[b][key];
    if (x == null && y == null) return a - b;
    if (x == null) return 1;
    if (y == null) return -1;
    var c = NUMERIC[key] ? x - y : collate(String(x), String(y));
    return c !== 0 ? c * dir : a - b;
  });
  return rows;
}

function renderRows() {
  var rows = visible();
  var html = rows.slice(0, state.limit).map(function (i) {
    var s = S[i];
    return '<tr data-i="' + i + '"><td><a href="#d' + i + '">' + esc(s.path) + '</a>' + (s.title ? '<div class="sub">' + esc(s.title) + '</div>' : '') + '</td>' +
      '<td>' + esc(kindLabel(s.kind)) + '</td><td>' + esc(s.department) + '</td><td class="n">' + esc(s.year) + '</td>' +
      '<td class="n">' + num(s.total) + '</td><td>' + esc(s.grade) + '</td>' +
      '<td class="n"><span class="badge met">' + s.met + '</span></td><td class="n"><span class="badge not-met">' + s.notMet + '</span></td>' +
      '<td class="n"><span class="badge unknown">' + s.unknown + '</span></td>' +
      '<td class="n">' + (s.errors ? '<span class="badge error">' + s.errors + '</span>' : '0') + '</td>' +
      '<td class="n">' + (s.warnings ? '<span class="badge warning">' + s.warnings + '</span>' : '0') + '</td></tr>';
  }).join('');
  var root = $('overview');
  root.querySelector('tbody').innerHTML = html;
  root.querySelectorAll('th').forEach(function (th) {
    th.classList.toggle('sorted', th.dataset.key === state.sort);
    th.classList.toggle('desc', th.dataset.key === state.sort && state.dir < 0);
  });
  $('shown').textContent = T.shown + ' ' + rows.length + ' / ' + S.length;
  $('more').hidden = rows.length <= state.limit;
  $('more').textContent = T.showAll + ' (' + rows.length + ')';
}
`;
