// What the surrounding table says about a value cell (SPEC §2).
//   { unit: '万元' } + '15,230.73' → 152307300 元;  { target: '≤90万元' } + '90' → 900000 元
/** What the row and table say around a value cell, for {@link normalizeQuantity}; every field is optional. */
export interface QuantityContext {
  /** A unit stated once by a header or the document, e.g. '万元'. */
  unit?: string;
  /** The indicator name, for units and `(≥**单位)` patterns in it. */
  name?: string;
  /** The target's raw text, when normalizing an achieved value. */
  target?: string;
}
