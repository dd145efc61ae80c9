// The page's script, part 2: one document, rendered when it is opened (its JSON is parsed only then).
//   '#d3' → facts, the score and budget checks, findings, indicators coloured by status, chart, budget, source
// Plain ES2020 kept as text: it runs in the browser, inlined into the page; no backticks inside.
export const CLIENT_DOCUMENT = String.raw`
var cache = {};
var current = null;

var opening = 0;

// A document's data is gzip in base64: unpacked by the browser itself (DecompressionStream), nothing fetched.
function viewOf(i) {
  if (!(i in cache)) {
    var bin = atob($('gz-d' + i).textContent), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    cache[i] = new Response(stream).text().then(JSON.parse);
  }
  return cache[i];
}

function showDoc(i) {
  var token = ++opening;
  return viewOf(i).then(function (v) { if (token === opening) drawDoc(i, v); });
}

function drawDoc(i, v) {
  current = { i: i, v: v, refToCells: {}, cellToRefs: {} };
  v.links.forEach(function (l) {
    // A value spelled across cells (≧ | 735 | 人次) links to each of them.
    (current.refToCells[l.ref] = current.refToCells[l.ref] || []).push(l.cell);
    (current.cellToRefs[l.cell] = current.cellToRefs[l.cell] || []).push(l.ref);
  });
  var nav = '<nav class="docnav"><a href="#">' + esc(T.back) + '</a>' +
    (i > 0 ? '<a href="#d' + (i - 1) + '">‹</a>' : '') + '<span>' + (i + 1) + ' / ' + S.length + '</span>' +
    (i + 1 < S.length ? '<a href="#d' + (i + 1) + '">›</a>' : '') + '</nav>';
  var title = (v.document && v.document.title) || v.path;
  $('doc').innerHTML = nav + '<h2>' + esc(title) + '</h2><div class="sub">' + esc(v.path) + '</div>' +
    '<div class="summary">' + factsHtml(v) + '<div>' + checksHtml(v) + findingsHtml(v) + '</div></div>' + indicatorsHtml(v) +
    '<section><h3>' + esc(T.chart) + '</h3><div id="chart" class="chart"></div></section>' +
    budgetHtml(v) + sourceHtml(v);
  $('overview').hidden = true;
  $('doc').hidden = false;
  window.scrollTo(0, 0);
  drawChart(v);
  document.body.dataset.doc = i;
}

function factsHtml(v) {
  var d = v.document;
  if (!d) return '<section><h3>' + esc(T.facts) + '</h3><p class="fail">' + esc(T.cannotRead) + '</p></section>';
  var s = v.scores || {};
  var rows = [[T.titleFact, d.title], [T.kind, kindLabel(d.kind)], [T.department, d.department], [T.year, d.year],
    [T.total, s.total == null ? null : num(s.total)], [T.grade, s.grade], [T.form, d.form], [T.encoding, v.encoding],
    [T.layouts, (d.layouts || []).join(', ')]];
  return '<section><h3>' + esc(T.facts) + '</h3><dl class="facts">' + rows.map(function (r) {
    return '<dt>' + esc(r[0]) + '</dt><dd>' + (r[1] == null || r[1] === '' ? '—' : esc(r[1])) + '</dd>';
  }).join('') + '</dl></section>';
}

function failing(v, code, line) {
  return v.findings.filter(function (f) { return f.code === code && (line == null || f.line === line); });
}

function checksHtml(v) {
  var c = v.scoreCheck, h = '<section id="checks"><h3>' + esc(T.checks) + '</h3>';
  var bad = failing(v, 'score-sum-mismatch').concat(failing(v, 'score-over-max'), failing(v, 'grade-mismatch'));
  if (c.count === 0 && c.total == null) h += '<div class="check none">' + esc(T.scoreCheck) + ': ' + esc(T.noScores) + '</div>';
  else h += '<div class="check' + (bad.length ? ' failed' : '') + '" data-check="score"><b>' + esc(T.scoreCheck) + '</b><br>' +
    'Σ ' + esc(T.sumOf.replace('{n}', c.count)) + ' = <b>' + num(c.sum) + '</b> · ' + esc(T.statedTotal) + ' = ' +
    (c.total == null ? '—' : refVal('total', num(c.total))) + ' → ' + verdict(bad) + notesList(bad) + '</div>';
  if (v.budgetChecks.length === 0) h += '<div class="check none">' + esc(T.budgetCheck) + ': ' + esc(T.noBudget) + '</div>';
  v.budgetChecks.forEach(function (b) {
    var rate = v.budget[b.rate], ex = v.budget[b.executed], bu = v.budget[b.budget];
    var badB = failing(v, 'budget-rate-mismatch', rate.line);
    h += '<div class="check' + (badB.length ? ' failed' : '') + '" data-check="budget"><b>' + esc(T.budgetCheck) + '</b><br>' +
      refVal('b' + b.executed, ex.amount.raw) + ' ÷ ' + refVal('b' + b.budget, bu.amount.raw) + ' = <b>' + esc(b.computed) + '</b> · ' +
      esc(T.stated) + ' ' + refVal('b' + b.rate, rate.amount.raw) + ' → ' + verdict(badB) + notesList(badB) + '</div>';
  });
  return h + '</section>';
}

function verdict(bad) {
  return bad.length ? '<span class="fail">✗ ' + esc(T.fail) + '</span>' : '<span class="ok">✓ ' + esc(T.pass) + '</span>';
}

function notesList(list) {
  return list.map(function (f) { return noteHtml(f); }).join('');
}

function noteHtml(f) {
  return '<div class="note" data-code="' + esc(f.code) + '"><span class="badge ' + f.severity + '">' + esc(f.severity) + '</span>' + (f.line ? '<a href="#" data-goto="' + esc(f.anchor || '') + '">' + esc(T.line) + ' ' + f.line + '</a> ' : '') +
    esc(f.message) + ' <span class="sub">' + esc(f.code) + '</span></div>';
}

function findingsHtml(v) {
  var shown = v.findings.filter(function (f) { return f.severity !== 'info'; });
  var info = v.findings.filter(function (f) { return f.severity === 'info'; });
  // Notes on prose the parser skipped would bury the problems; they stay one click away, and beside their lines.
  return '<section id="findings"><h3>' + esc(T.findings) + ' (' + shown.length + ')</h3>' +
    (shown.length ? notesList(shown) : '<span class="ok">✓ ' + esc(T.noFindings) + '</span>') +
    (info.length ? '<details><summary>' + info.length + ' info</summary>' + notesList(info) + '</details>' : '') + '</section>';
}

function refVal(ref, text) {
  var linked = current && ref in current.refToCells;
  return '<span class="val' + (linked ? '' : ' nolink') + '" tabindex="0" role="button" data-ref="' + esc(ref) + '"' + (linked ? '' : ' title="' + esc(T.noCell) + '"') + '>' + esc(text) + '</span>';
}

function qty(q, ref) { return q ? refVal(ref, q.raw) : '—'; }

function indicatorsHtml(v) {
  var period = v.indicators.some(function (x) { return x.periodTarget; });
  var head = ['#', T.group, T.category, T.name, T.target].concat(period ? [T.periodTarget] : [], [T.achieved, T.score, T.status, T.completion, T.line]);
  var rows = v.indicators.map(function (x, n) {
    var p = 'i' + n + '.';
    var score = x.score ? (x.score.got == null ? '—' : refVal(p + 'got', num(x.score.got))) + ' / ' + (x.score.max == null ? '—' : refVal(p + 'max', num(x.score.max))) : '—';
    var st = x.status === 'met' ? T.met : x.status === 'not-met' ? T.notMet : T.unknown;
    return '<tr class="st-' + x.status + '" data-ind="' + n + '"><td class="n">' + (n + 1) + '</td><td>' + (x.group ? refVal(p + 'group', x.group) : '') + '</td>' +
      '<td>' + x.category.map(function (c, k) { return refVal(p + 'category' + k, c); }).join(' / ') + '</td>' +
      '<td>' + refVal(p + 'name', x.name || '—') + '</td><td>' + qty(x.target, p + 'target') + '</td>' +
      (period ? '<td>' + qty(x.periodTarget, p + 'periodTarget') + '</td>' : '') +
      '<td>' + qty(x.achieved, p + 'achieved') + '</td><td class="n">' + score + '</td>' +
      '<td class="st"><span class="badge ' + x.status + '">' + esc(st) + '</span></td>' +
      '<td class="n">' + (x.completion == null ? '—' : num(x.completion * 100) + '%') + '</td><td class="n">' + x.line + '</td></tr>';
  }).join('');
  return '<section id="indicators"><h3>' + esc(T.indicators) + ' (' + v.indicators.length + ')</h3><div class="scroll"><table id="indicator-table"><thead><tr>' +
    head.map(function (x) { return '<th>' + esc(x) + '</th>'; }).join('') + '</tr></thead><tbody>' + rows + '</tbody></table></div></section>';
}

function budgetHtml(v) {
  if (!v.budget.length) return '';
  return '<section id="budget"><h3>' + esc(T.budget) + '</h3><table><thead><tr><th>' + esc(T.item) + '</th><th>' + esc(T.column) + '</th><th>' +
    esc(T.amount) + '</th><th>' + esc(T.line) + '</th></tr></thead><tbody>' + v.budget.map(function (b, n) {
      return '<tr><td>' + esc(b.item) + '</td><td>' + esc(b.column || '') + '</td><td>' + refVal('b' + n, b.amount.raw) + '</td><td class="n">' + b.line + '</td></tr>';
    }).join('') + '</tbody></table></section>';
}
`;
