// What the surrounding table says about a value cell (SPEC §2).
export interface QuantityContext {
  /** A unit stated once by a header or the document, e.g. '万元'. */
  unit?: string;
  /** The indicator name, for units and `(≥**单位)` patterns in it. */
  name?: string;
  /** The target's raw text, when normalizing an achieved value. */
  target?: string;
}
