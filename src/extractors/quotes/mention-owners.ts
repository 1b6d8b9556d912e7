import { countStartingBelow, type Span } from '../../document/span.js';

/** A mention with the index of its owner (a person or an organization) in the owners' list. */
export type OwnedMention<M extends Span> = M & { owner: number };

/** A mention where the index keeps it: its span, itself and its owner's index. */
interface Entry<M extends Span> {
  start: number;
  end: number;
  mention: M;
  owner: number;
}

/**
 * The mentions of people or organizations, indexed by position, for the speaker look-ups made at
 * every quote: a scan of every owner's mentions at each look-up made long articles quadratic.
 * "The first owner" is the first in the owners' list, as a scan of the list would find it.
 */
export class MentionOwners<M extends Span, O extends { mentions: readonly M[] }> {
  /** Sorted by start; owners' order, then mentions' order among those sharing a start, as a scan meets them. */
  private readonly entries: Entry<M>[] = [];
  /** The longest mention: one overlapping [s, e) starts at or after s - longest. */
  private readonly longest: number = 0;

  constructor(readonly owners: readonly O[]) {
    for (let owner = 0; owner < owners.length; owner++) {
      for (const m of owners[owner]!.mentions) {
        this.entries.push({ start: m.start, end: m.end, mention: m, owner });
        if (m.end - m.start > this.longest) this.longest = m.end - m.start;
      }
    }
    // a stable sort: the order above stays among entries sharing a start
    this.entries.sort((a, b) => a.start - b.start);
  }

  /** The first owner with a mention overlapping [s, e) that passes `test`. */
  ownerAt(s: number, e: number, test?: (m: M) => boolean): O | undefined {
    let first = -1;
    const entries = this.entries;
    const to = countStartingBelow(entries, e);
    for (let k = countStartingBelow(entries, s - this.longest); k < to; k++) {
      const m = entries[k]!;
      if (s < m.end && (first < 0 || m.owner < first) && (!test || test(m.mention))) first = m.owner;
    }
    return first < 0 ? undefined : this.owners[first];
  }

  /** The mentions starting in [from, to), in text order (a scan's order among those sharing a start). */
  startingIn(from: number, to: number): OwnedMention<M>[] {
    return this.entriesStartingIn(from, to).map((m) => ({ ...m.mention, owner: m.owner }));
  }

  /** The owners with a mention starting in [from, to), in the owners' order. */
  ownersStartingIn(from: number, to: number): O[] {
    const owners = new Set(this.entriesStartingIn(from, to).map((m) => m.owner));
    return [...owners].sort((a, b) => a - b).map((k) => this.owners[k]!);
  }

  private entriesStartingIn(from: number, to: number): Entry<M>[] {
    return this.entries.slice(countStartingBelow(this.entries, from), countStartingBelow(this.entries, to));
  }
}
