/**
 * The property tests' independent model of who knew what. Every verdict or rationale a colleague
 * writes is an event remembering the events that colleague had seen (their own and everything
 * merged in); exchanges unite what two colleagues have seen. From that alone, without looking at
 * the sync log, it says which values of a field are concurrent: the written values no later write
 * of the same field had seen. The implementation must show one of them and, when they differ,
 * list them all as a conflict.
 */
export type TrackedField = 'verdict' | 'rationale';

export interface WriteEvent {
  id: number;
  claimId: string;
  field: TrackedField;
  value: string;
  actor: string;
  knows: ReadonlySet<number>;
}

export class KnowledgeModel {
  private next = 0;
  readonly events: WriteEvent[] = [];
  /** Per colleague: the ids of the events they have seen. */
  readonly known: Set<number>[];
  /** The shared folder: events published there. */
  private folder = new Set<number>();

  constructor(colleagues: number) {
    this.known = Array.from({ length: colleagues }, () => new Set<number>());
  }

  /** Records a write by colleague `r` (or by everyone's common ancestor when r is 'all'). */
  write(r: number | 'all', claimId: string, field: TrackedField, value: string, actor: string): void {
    const id = this.next++;
    const knows = r === 'all' ? new Set<number>() : new Set(this.known[r]);
    this.events.push({ id, claimId, field, value, actor, knows });
    for (const [i, k] of this.known.entries()) if (r === 'all' || r === i) k.add(id);
  }

  /** Colleague `r` merged colleague `from`'s copy. */
  merge(r: number, from: number): void {
    for (const id of this.known[from]!) this.known[r]!.add(id);
  }

  /** Colleague `r` ran a sync round: shared all it knows, read all that was shared. */
  folderRound(r: number): void {
    for (const id of this.known[r]!) this.folder.add(id);
    for (const id of this.folder) this.known[r]!.add(id);
  }

  /** The latest writes of a field: those no other write of it had seen. */
  concurrentWrites(claimId: string, field: TrackedField): WriteEvent[] {
    const writes = this.events.filter((e) => e.claimId === claimId && e.field === field);
    return writes.filter((e) => !writes.some((f) => f !== e && f.knows.has(e.id)));
  }
}
