export interface SpanFailure { kind: string; rule: string; start: number; end: number; text: string; file: string; why?: string }
export function spanFailures(
  file: string,
  record: { removed: Array<{ rule: string; start: number; end: number; text: string }>; edits: Array<{ rule: string; start: number; end: number; before: string }>; findings: Array<{ rule: string; start: number; end: number; excerpt: string }> },
  place: (start: number, end: number) => [number, number],
  json: boolean,
): { total: number; notVerbatim: number; failures: SpanFailure[] };
