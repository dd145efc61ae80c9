// One message format everywhere, like eslint or remark: `path:line:col  severity  message  rule-id`.
export function formatMessage(path: string, line: number, severity: string, message: string, code: string): string {
  return `${path}:${line}:1  ${severity}  ${message}  ${code}`;
}
