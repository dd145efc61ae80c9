// The readers of Excel workbooks, loaded by src/read/forms.ts the first time a .xlsx or .xls is seen.
//   XLSX_READER.read(<PK… xl/workbook.xml …>, { path: 'a.xlsx' }) → DocModel { form: 'xlsx', blocks: [one table per sheet] }
import type { FormReader } from '../../model.js';
import { readWorkbook } from './workbook.js';

export const XLSX_READER: FormReader = { form: 'xlsx', read: (bytes) => readWorkbook(bytes, 'xlsx') };
export const XLS_READER: FormReader = { form: 'xls', read: (bytes) => readWorkbook(bytes, 'xls') };
