export interface Measured {
  readonly ms: number;
  readonly rssMiB: number;
}
export declare function measure(
  args: readonly string[],
  options?: { env?: Record<string, string>; cwd?: string; expectExit?: number },
): Measured;
export declare function compare<Name extends string>(
  cases: Record<Name, () => Measured>,
  rounds: number,
): Record<Name, Measured & { runs: number }>;
export declare function median(values: readonly number[]): number;
