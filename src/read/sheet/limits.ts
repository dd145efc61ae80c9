// Past these a workbook is refused with one line saying why (README, "Limits on workbooks").
//   a 1 GB zip bomb → 'the workbook inflates past 64 MiB …';  a cell at row 1,000,000,000 → 'sheet "S" has a cell past …'
import type { ZipLimits } from './zip-guard.js';

export const ZIP_LIMITS: ZipLimits = { maxInflated: 64 * 2 ** 20, maxEntries: 10_000 };
/** As many rows as an Excel 97–2003 sheet holds; a form is a few hundred. */
export const MAX_ROWS = 65_536;
/** Excel's last column is XFD, the 16,384th. */
export const MAX_COLS = 16_384;
/** Grid slots one table may hold (rows × columns after compaction). */
export const MAX_SLOTS = 4_000_000;
