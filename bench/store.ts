import type { BenchRow } from './table';

// Placeholder until the owner of this area lands its bench.
export async function run(): Promise<BenchRow[]> {
  return [];
}
