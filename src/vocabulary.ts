// The closed vocabularies of the output, as plain constants: importing them does not load zod,
// which keeps it off the start-up path of `gzperf parse` (schema.ts builds the zod types from these).
export const OPS = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range', 'text'] as const;
export const STATUSES = ['met', 'not-met', 'unknown'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const KINDS = [
  'department-evaluation',
  'department-target',
  'project-evaluation',
  'project-target',
  'unknown',
] as const;
export const LAYOUTS = ['tab', 'spaces', 'pipe', 'html', 'enumerated', 'markdown', 'key-value', 'prose'] as const;
// The forms a file can be read as (SPEC §1b).
export const FORMS = ['text', 'markdown', 'html', 'docx', 'doc', 'xlsx', 'xls', 'pdf'] as const;
