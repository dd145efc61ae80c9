// Money as spreadsheets format it → the figure to read: the yuan sign is 元, brackets a minus only where money is meant.
//   '¥1,234.56' → '1,234.56元';  '(12.50)' in a 万元 column → '-12.50';  '（2）' → null (an outline number: the scanner reads it as a marker)
const YUAN_SIGN = /^\s*[¥￥]\s*(?=[-+(（]?\s*\d)/;
const BRACKETED = /^\s*[(（]\s*([¥￥]?)\s*(\d[\d,]*(?:\.\d+)?)\s*[)）]\s*$/;
// Written as an amount: thousands grouped (1,234) or cents (12.50), the way an accounting format prints it.
const AMOUNT = /\d,\d{3}|\.\d\d$/;

/**
 * The text a money-formatted cell stands for, or null when it is not one. A bracketed number is negative only in
 * money (a yuan sign, or a column whose unit is 元) and only when it looks like an accounting figure: Excel's ASCII
 * brackets, or an amount with grouped thousands or cents; （2） in full-width brackets is an outline number.
 */
export function readMoneyFormat(raw: string, moneyColumn: boolean): string | null {
  let text = raw.replace(YUAN_SIGN, '');
  const bracketed = BRACKETED.exec(text);
  const yuan = text !== raw || (bracketed !== null && bracketed[1] !== '');
  const digits = bracketed?.[2];
  if (digits !== undefined && (yuan || moneyColumn) && (text.trimStart().startsWith('(') || AMOUNT.test(digits))) {
    text = `-${digits}`;
  }
  if (text === raw) return null;
  return yuan && !/[元%]/.test(text) ? `${text}元` : text;
}
