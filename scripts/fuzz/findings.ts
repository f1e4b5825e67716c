// What the fuzzer counts and what it found: cases tried, and each finding by kind with a line that
// says how to see it again (the part, the seed and the case).

export type FindingKind = 'crash' | 'hang' | 'wrong error code' | 'mismatch';

export interface Finding {
  kind: FindingKind;
  part: string;
  what: string;
}

export class Tally {
  cases = 0;
  milliseconds = 0;
  readonly findings: Finding[] = [];
  /** Extra figures each part reports ("sessions", "surrogate splits"). */
  readonly figures = new Map<string, number>();

  constructor(readonly part: string) {}

  add(kind: FindingKind, what: string): void {
    this.findings.push({ kind, part: this.part, what });
  }

  count(figure: string, by = 1): void {
    this.figures.set(figure, (this.figures.get(figure) ?? 0) + by);
  }

  of(kind: FindingKind): number {
    return this.findings.filter((f) => f.kind === kind).length;
  }
}

export const KINDS: readonly FindingKind[] = ['crash', 'hang', 'wrong error code', 'mismatch'];

/** "3,012". */
export function n(value: number): string {
  return value.toLocaleString('en-US');
}
