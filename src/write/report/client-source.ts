// The page's script, part 4: the source with every cell linked both ways, the inspector, and routing.
//   click a value → its cell is selected and scrolled to; click a cell → the inspector says what it became
// Plain ES2020 kept as text: it runs in the browser, inlined into the page; no backticks inside.
export const CLIENT_SOURCE = String.raw`
function cellClass(id, text, head) {
  if (current.cellToRefs[id]) return 'fed';
  if (!text) return '';
  if (head) return 'head';
  return /[0-9０-９]/.test(text) ? 'unused num' : 'unused';
}

function notesAt(v, anchor) {
  var list = v.findings.filter(function (f) { return f.anchor === anchor; });
  return list.map(noteHtml).join('');
}

function sourceHtml(v) {
  var whole = v.findings.filter(function (f) { return f.anchor == null; });
  var h = '<section id="source"><h3>' + esc(T.source) + '</h3><div class="legend"><span><i style="background:var(--fed)"></i>' + esc(T.legendFed) +
    '</span><span><i class="unused-swatch" style="background:#f3f3f3"></i>' + esc(T.legendUnused) + '</span><span><i style="outline:1px dashed var(--warn)"></i>' +
    esc(T.legendUnusedNumber) + '</span></div>';
  if (whole.length) h += '<div class="check failed"><b>' + esc(T.documentLevel) + '</b>' + notesList(whole) + '</div>';
  v.source.blocks.forEach(function (b) {
    if (b.t === 'text') {
      var cls = 'line' + (b.level ? ' h' : '') + (b.joined ? ' joined' : '');
      h += '<div class="' + cls + '" id="a-' + b.anchor + '"' + (b.joined ? ' title="' + esc(T.joined) + '"' : '') + '><span class="no">' + b.no + '</span>' +
        '<span class="txt ' + cellClass(b.cell, b.joined ? '' : b.text) + '" id="s-' + b.cell + '" data-cell="' + b.cell + '">' + marked(b.text, current.cellToRefs[b.cell]) + '</span>' +
        '<div class="notes-col">' + notesAt(v, b.anchor) + '</div></div>';
      return;
    }
    h += '<div class="scroll"><table class="grid">' + (b.caption ? '<caption>' + esc(b.caption) + '</caption>' : '');
    b.rows.forEach(function (r) {
      h += '<tr id="a-' + r.anchor + '"><th class="no">' + r.no + '</th>' + r.cells.map(function (c) {
        return '<td id="s-' + c.id + '" data-cell="' + c.id + '" class="' + cellClass(c.id, c.text, r.head) + '"' + (c.rs ? ' rowspan="' + c.rs + '"' : '') +
          (c.cs ? ' colspan="' + c.cs + '"' : '') + '>' + esc(c.text) + '</td>';
      }).join('') + '<td class="notes">' + notesAt(v, r.anchor) + '</td></tr>';
    });
    h += '</table></div>';
  });
  return h + '</section>';
}

// In a sentence, the words each value was read from are marked: the first free place each stands, without overlaps.
function marked(text, refs) {
  var spans = [];
  (refs || []).forEach(function (ref) {
    var words = valueText(ref);
    var clash = function (at) { return spans.some(function (s) { return at < s[1] && s[0] < at + words.length; }); };
    // 分值 4 分，自评得分 4 分: the second value of the same words takes their next place.
    var at = words ? text.indexOf(words) : -1;
    while (at >= 0 && clash(at)) at = text.indexOf(words, at + 1);
    if (at >= 0) spans.push([at, at + words.length]);
  });
  spans.sort(function (a, b) { return a[0] - b[0]; });
  var out = '', from = 0;
  spans.forEach(function (s) { out += esc(text.slice(from, s[0])) + '<mark>' + esc(text.slice(s[0], s[1])) + '</mark>'; from = s[1]; });
  return out + esc(text.slice(from));
}

function valueText(ref) {
  var v = current.v;
  if (ref === 'total') return num(v.scores.total);
  if (ref === 'grade') return v.scores.grade;
  var m = /^b(\d+)$/.exec(ref);
  if (m) return v.budget[+m[1]].amount.raw;
  m = /^i(\d+)\.(\w+?)(\d*)$/.exec(ref);
  if (!m) return '';
  var x = v.indicators[+m[1]], f = m[2];
  if (f === 'category') return x.category[+m[3]];
  if (f === 'max' || f === 'got') return num(x.score[f]);
  return f === 'name' || f === 'group' ? x[f] : x[f] && x[f].raw;
}

function describeRef(ref) {
  var v = current.v, value = valueText(ref);
  if (ref === 'total' || ref === 'grade') return T[ref] + ': ' + value;
  var m = /^b(\d+)$/.exec(ref);
  if (m) { var b = v.budget[+m[1]]; return T.budget + ' · ' + b.item + (b.column ? ' · ' + b.column : '') + ': ' + value; }
  m = /^i(\d+)\.(\w+?)(\d*)$/.exec(ref);
  if (!m) return ref;
  var x = v.indicators[+m[1]], f = m[2], q = x[f];
  // A quantity also shows how it was read: its operator, number and unit.
  if (q && q.op) value += ' (' + q.op + (q.value != null ? ' ' + q.value : '') + (q.unit ? ' ' + q.unit : '') + ')';
  var label = f === 'max' || f === 'got' ? T.score + ' (' + f + ')' : T[f] || f;
  return '#' + (+m[1] + 1) + ' “' + (x.name || '—') + '” · ' + label + ': ' + value;
}

function clearMarks() {
  document.querySelectorAll('.selected, tr.hit').forEach(function (el) { el.classList.remove('selected'); el.classList.remove('hit'); });
}

function flash(el) {
  el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
}

function markRefs(refs) {
  refs.forEach(function (ref) {
    document.querySelectorAll('[data-ref="' + ref + '"]').forEach(function (el) { el.classList.add('selected'); });
    var m = /^i(\d+)\./.exec(ref);
    var row = m && document.querySelector('tr[data-ind="' + m[1] + '"]');
    if (row) row.classList.add('hit');
  });
}

function inspect(cellId, refs, note) {
  var box = $('inspector');
  var cell = cellId && $('s-' + cellId);
  var h = '<button class="close" aria-label="close">×</button><h4>' + esc(T.inspector) + '</h4>';
  if (cell) h += '<div class="sub" id="inspector-cell">“' + esc(cell.textContent) + '”</div>';
  h += note ? '<p>' + esc(note) + '</p>' : '<ul id="inspector-refs">' + refs.map(function (r) { return '<li data-goref="' + esc(r) + '">' + esc(describeRef(r)) + '</li>'; }).join('') + '</ul>';
  box.innerHTML = h;
  box.style.display = 'block';
}

function selectCell(id) {
  clearMarks();
  var cell = $('s-' + id);
  if (!cell) return;
  cell.classList.add('selected');
  var refs = current.cellToRefs[id] || [];
  markRefs(refs);
  inspect(id, refs, refs.length ? null : T.becameNothing);
}

function selectRef(ref) {
  var ids = current.refToCells[ref];
  if (!ids) { clearMarks(); markRefs([ref]); inspect(null, [], describeRef(ref) + ' — ' + T.noCell); return; }
  selectCell(ids[0]);
  ids.slice(1).forEach(function (id) { var el = $('s-' + id); if (el) el.classList.add('selected'); });
  flash($('s-' + ids[0]));
}

document.addEventListener('click', function (e) {
  var t = e.target;
  if (!current || !t.closest) return;
  var el;
  if ((el = t.closest('.close'))) { $('inspector').style.display = 'none'; clearMarks(); return; }
  if ((el = t.closest('[data-goref]'))) { var r = el.dataset.goref, vals = document.querySelectorAll('#indicators [data-ref="' + r + '"], #checks [data-ref="' + r + '"], #budget [data-ref="' + r + '"]'); if (vals[0]) flash(vals[0]); return; }
  if ((el = t.closest('[data-goto]'))) { e.preventDefault(); var a = $('a-' + el.dataset.goto); if (a) flash(a); return; }
  if ((el = t.closest('[data-ref]'))) { selectRef(el.dataset.ref); return; }
  if ((el = t.closest('[data-cell]'))) { selectCell(el.dataset.cell); }
});

// A value reached with Tab opens its cell with Enter or Space, as a click does.
document.addEventListener('keydown', function (e) {
  if ((e.key === 'Enter' || e.key === ' ') && e.target.dataset && e.target.dataset.ref) { e.preventDefault(); e.target.click(); }
});

function route() {
  var m = /^#d(\d+)$/.exec(location.hash);
  $('inspector').style.display = 'none';
  if (m && +m[1] < S.length) return showDoc(+m[1]);
  opening++;
  if (chart) { chart.dispose(); chart = null; }
  current = null;
  $('doc').hidden = true;
  $('doc').innerHTML = '';
  $('overview').hidden = false;
  delete document.body.dataset.doc;
  return Promise.resolve();
}

window.addEventListener('hashchange', route);
renderOverview();
route().then(function () { document.body.dataset.ready = '1'; });
`;
