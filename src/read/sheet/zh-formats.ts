// The number formats as a Chinese Excel or WPS shows them: the built-in ids it stores with no format text, and
// format codes rewritten to what SheetJS renders as Excel does (Chinese numerals and locale tags become plain digits).
//   ZH_IMPLIED[31] → 'yyyy"年"m"月"d"日"';  zhFormat('[DBNum2][$-804]G/通用格式') → 'General';  zhFormat('¥#,##0.00') → '"¥"#,##0.00'

/**
 * The formats a zh-CN Excel writes by id alone (ECMA-376 Part 1 §18.8.30, "zh-cn"; [MS-XLS] 2.4.126 lists the same,
 * and a .xls may not hold a FORMAT record for them). 22 is the short date and time, as 14 is shown as yyyy/m/d.
 */
export const ZH_IMPLIED: Readonly<Record<number, string>> = {
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** A zh-CN system's long date and time, which [$-F800] / [$-x-sysdate] and [$-F400] / [$-x-systime] stand for. */
const SYSTEM_DATE = 'yyyy"年"m"月"d"日"';
const SYSTEM_TIME = 'h:mm:ss';

/** Chinese numerals (Excel's [DBNum1]–[DBNum3], LibreOffice's [NatNumN]): the number reads in digits instead. */
const NUMERALS = /\[(?:DBNum|NatNum)\d+\]/gi;
/** A locale tag with no currency symbol ([$-804], [$-zh-CN]); SheetJS would print it as '$'. */
const LOCALE = /\[\$-([^\]]*)\]/g;
/** The name a Chinese Excel or WPS gives General in its own language. */
const GENERAL_ZH = /G\/通用格式/g;
/** The AM/PM marker SheetJS reads in Chinese formats; every other character outside ASCII is a literal. */
const AM_PM = '上午/下午';

/** The format SheetJS should be given for `code`; the code itself when nothing needs changing. */
export function zhFormat(code: string): string {
  let out = code.replace(NUMERALS, '').replace(GENERAL_ZH, 'General');
  let system: string | null = null;
  out = out.replace(LOCALE, (_, locale: string) => {
    if (/^(?:[0-9a-f]*F800|x-sysdate)$/i.test(locale)) system ??= SYSTEM_DATE;
    if (/^(?:[0-9a-f]*F400|x-systime)$/i.test(locale)) system ??= SYSTEM_TIME;
    return '';
  });
  return system ?? quoteLiterals(out);
}

/**
 * Characters outside ASCII that stand unquoted in a format (¥, 万, 元, as WPS writes them) quoted, as Excel reads
 * them: literals. Quoted text, [brackets], escapes (\x, _x, *x) and the AM/PM marker are kept as they are.
 */
function quoteLiterals(code: string): string {
  let out = '';
  let run = '';
  const flush = (): void => {
    if (run) out += `"${run}"`;
    run = '';
  };
  for (let i = 0; i < code.length; ) {
    const ch = code[i]!;
    const end = spanEnd(code, i);
    if (end > i + 1 || ch.charCodeAt(0) < 0x80 || code.startsWith(AM_PM, i)) {
      flush();
      const to = code.startsWith(AM_PM, i) ? i + AM_PM.length : end;
      out += code.slice(i, to);
      i = to;
    } else {
      run += ch;
      i++;
    }
  }
  flush();
  return out;
}

/** Where the token starting at `i` ends: past a quoted string, a [bracket], or an escape and its character. */
function spanEnd(code: string, i: number): number {
  const ch = code[i];
  if (ch === '"') return closing(code, '"', i);
  if (ch === '[') return closing(code, ']', i);
  if (ch === '\\' || ch === '_' || ch === '*') return Math.min(code.length, i + 2);
  return i + 1;
}

function closing(code: string, mark: string, i: number): number {
  const at = code.indexOf(mark, i + 1);
  return at < 0 ? code.length : at + 1;
}
