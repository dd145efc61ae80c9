// The closed vocabularies of the output, as plain constants: importing them does not load zod,
// which keeps it off the start-up path of `gzperf parse` (schema.ts builds the zod types from these).
// The operators that state one number (`value`); `range` states two (`min`, `max`), `text` none.
export const NUMBER_OPS = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx'] as const;
/** Every quantity operator (SPEC §4). */
export const OPS = [...NUMBER_OPS, 'range', 'text'] as const;
/** An indicator's status (SPEC §5). */
export const STATUSES = ['met', 'not-met', 'unknown'] as const;
/** How serious a diagnostic or finding is. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** The kinds of document: department or project, target table or evaluation. */
export const KINDS = [
  'department-evaluation',
  'department-target',
  'project-evaluation',
  'project-target',
  'unknown',
] as const;
/** How the indicator rows were laid out in the source. */
export const LAYOUTS = ['tab', 'spaces', 'pipe', 'html', 'enumerated', 'markdown', 'key-value', 'prose'] as const;
// The forms a file can be read as (SPEC §1b).
export const FORMS = ['text', 'markdown', 'html', 'docx', 'doc', 'xlsx', 'xls', 'pdf'] as const;
