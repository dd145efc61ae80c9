// The page's script, part 3: the completion chart of one document, drawn with ECharts when it is opened.
//   indicators with a completion → horizontal bars coloured by status, a dashed line at 100%; a click selects the value
// Plain ES2020 kept as text: it runs in the browser, inlined into the page; no backticks inside.
export const CLIENT_CHART = String.raw`
var chart = null;

function drawChart(v) {
  if (chart) { chart.dispose(); chart = null; }
  var el = $('chart');
  var items = [];
  v.indicators.forEach(function (x, n) { if (x.completion != null) items.push(n); });
  if (!items.length || typeof echarts === 'undefined') { el.textContent = T.noChart; return; }
  el.style.height = (items.length * 22 + 70) + 'px';
  var COLOR = { met: '#1b7f3b', 'not-met': '#b3261e', unknown: '#8c959f' };
  var data = items.map(function (n) {
    var x = v.indicators[n], pct = Number((x.completion * 100).toFixed(1));
    return { value: Math.min(pct, 200), pct: pct, n: n, itemStyle: { color: COLOR[x.status] } };
  });
  chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 60, top: 24, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', formatter: function (p) { return tip(v.indicators[p.data.n], p.data.pct); } },
    xAxis: { type: 'value', max: function (e) { return Math.max(110, Math.ceil(e.max / 10) * 10); }, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: items.map(function (n) { var s = v.indicators[n].name || '#' + (n + 1); return s.length > 16 ? s.slice(0, 15) + '…' : s; }) },
    series: [{ type: 'bar', data: data, label: { show: true, position: 'right', formatter: function (p) { return p.data.pct + '%'; } },
      markLine: { silent: true, symbol: 'none', data: [{ xAxis: 100 }], lineStyle: { color: '#24292f', type: 'dashed' }, label: { formatter: '100%' } } }]
  });
  chart.on('click', function (p) { selectRef('i' + p.data.n + '.achieved'); });
}

function tip(x, pct) {
  var less = x.target && (x.target.op === 'lte' || x.target.op === 'lt');
  return esc(x.name) + '<br>' + esc(T.target) + ': ' + esc(x.target ? x.target.raw : '—') + ' · ' + esc(T.achieved) + ': ' +
    esc(x.achieved ? x.achieved.raw : '—') + '<br>' + esc(T.completion) + ': ' + pct + '% (' + esc(less ? T.lessIsBetter : T.moreIsBetter) + ')';
}
`;
