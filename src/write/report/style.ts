// The page's stylesheet, inlined: system fonts only, so the page asks for nothing over the network.
//   <style>${REPORT_CSS}</style>
export const REPORT_CSS = `
:root{--met:#1b7f3b;--met-bg:#e3f4e8;--bad:#b3261e;--bad-bg:#fbe4e2;--unk:#6b6b6b;--unk-bg:#eeeeee;--warn:#9a6200;--warn-bg:#fff1cc;--fed:#d9ecff;--sel:#ffd54f;--line:#d0d7de}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#f6f8fa}
header.top{background:#24292f;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:baseline}
header.top h1{font-size:16px;margin:0}
main{padding:12px 16px 120px}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:0 0 12px}
section>h3{margin:0 0 8px;font-size:15px}
table{border-collapse:collapse}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f0f3f6;font-weight:600}
.controls{display:flex;gap:10px;align-items:center;margin-bottom:8px;flex-wrap:wrap}
.controls input[type=search]{padding:4px 8px;min-width:240px}
#overview-table th{cursor:pointer;user-select:none;white-space:nowrap}
#overview-table th.sorted::after{content:" ▲"}#overview-table th.sorted.desc::after{content:" ▼"}
#overview-table tbody tr{cursor:pointer}#overview-table tbody tr:hover{background:#f3f8ff}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.sub{color:#57606a;font-size:12px}
.badge{display:inline-block;border-radius:10px;padding:0 7px;font-size:12px;white-space:nowrap}
.met{color:var(--met);background:var(--met-bg)}.not-met{color:var(--bad);background:var(--bad-bg)}.unknown{color:var(--unk);background:var(--unk-bg)}
.error{color:var(--bad);background:var(--bad-bg)}.warning{color:var(--warn);background:var(--warn-bg)}.info{color:#0b5cad;background:#e5f0ff}
tr.st-met td.st{background:var(--met-bg)}tr.st-not-met td.st{background:var(--bad-bg)}tr.st-unknown td.st{background:var(--unk-bg)}
.ok{color:var(--met);font-weight:600}.fail{color:var(--bad);font-weight:600}
.summary{display:grid;grid-template-columns:minmax(260px,1fr) 2fr;gap:0 12px}
.check.none{border-color:#d0d7de;color:#57606a}
.check{padding:4px 8px;border-left:4px solid var(--met);margin:4px 0;background:#fafafa}.check.failed{border-color:var(--bad);background:var(--bad-bg)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}dl.facts dt{color:#57606a}dl.facts dd{margin:0}
.val{cursor:pointer;border-bottom:1px dashed #0969da}.val.nolink{cursor:help;border-bottom:1px dotted #bbb}
.val.selected{background:var(--sel)}
tr.hit td{background:#fff6cc !important}
.grid td.fed{background:var(--fed);cursor:pointer}
.grid td.head{background:#f0f3f6;font-weight:600;cursor:pointer}
.grid td.unused{color:#8c959f;background:repeating-linear-gradient(135deg,#fff,#fff 4px,#f3f3f3 4px,#f3f3f3 8px);cursor:pointer}
.grid td.unused.num{color:var(--warn);outline:1px dashed var(--warn);outline-offset:-2px}
.grid th.no,.line .no{color:#8c959f;font-weight:400;background:#f6f8fa;font-size:12px;text-align:right;min-width:3em}
.grid td.notes{border:none;background:none}
.grid caption{text-align:left;color:#57606a;font-size:12px}
.grid{margin:6px 0;font-size:13px}
td.selected,.txt.selected{outline:3px solid #e36209 !important;outline-offset:-3px;background:var(--sel) !important}
.line{display:flex;gap:8px;align-items:flex-start;padding:1px 0}
.line .txt{white-space:pre-wrap;flex:1;cursor:pointer;padding:0 2px}.line .txt.fed{background:var(--fed)}
.line .txt mark{background:#9ccaff;color:inherit;border-radius:2px}
.line.h .txt{font-weight:700}.line.joined .txt{color:#8c959f;font-style:italic}
.note{font-size:12px;margin:1px 0;max-width:520px}.note .badge{margin-right:4px}
.notes-col{min-width:200px}
.legend span{margin-right:12px}.legend i{display:inline-block;width:14px;height:12px;border:1px solid var(--line);vertical-align:middle;margin-right:4px}
#inspector{position:fixed;right:12px;bottom:12px;width:380px;max-height:40vh;overflow:auto;background:#fff;border:2px solid #e36209;border-radius:6px;padding:8px 10px;box-shadow:0 4px 16px rgba(0,0,0,.15);display:none;font-size:13px}
#inspector h4{margin:0 0 4px}#inspector .close{float:right;cursor:pointer;border:none;background:none;font-size:16px}
#inspector li{cursor:pointer}
.flash{animation:flash 1.2s ease-out}@keyframes flash{from{box-shadow:0 0 0 4px #e36209}to{box-shadow:none}}
.chart{width:100%;min-height:120px}
.scroll{overflow-x:auto}
nav.docnav{display:flex;gap:12px;margin-bottom:8px}
a{color:#0969da}
`;
