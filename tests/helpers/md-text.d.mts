export function asText(s: string): string;
export function frontMatter(file: string): string;
export interface SpanFailure { kind: string; rule: string; start: number; end: number; text: string; file: string }
export function positionsOk(file: string, record: { removed: Array<{ rule: string; start: number; end: number; text: string }>; edits: Array<{ rule: string; start: number; end: number; before: string }>; findings: Array<{ rule: string; start: number; end: number; excerpt: string }> }): { total: number; failures: SpanFailure[] };
