import type { CatalogEntry } from './types';

/**
 * Every operation whose documentation names this entry: its own operations, those whose tables
 * list a common code too, and those of its messages, notes and other statuses,
 * alphabetically.
 */
export function documentedOperations(entry: CatalogEntry): readonly string[] {
  const all = new Set([...entry.operations, ...(entry.listedIn ?? [])]);
  for (const m of entry.messages) for (const op of m.operations ?? []) all.add(op);
  for (const n of entry.operationNotes ?? []) for (const op of n.operations) all.add(op);
  for (const s of entry.otherStatuses ?? []) for (const op of s.operations) all.add(op);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** Whether an error of this entry can come from `operation`: a common error from any operation. */
export function answersOperation(entry: CatalogEntry, operation: string): boolean {
  return entry.operations.length === 0 || entry.operations.includes(operation);
}

/** `operations` with `found` first when it is one of them, the others in their order. */
export function foundFirst(operations: readonly string[], found: string | null | undefined): readonly string[] {
  if (!found || !operations.includes(found)) return operations;
  return [found, ...operations.filter((o) => o !== found)];
}
