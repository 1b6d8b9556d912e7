import { OverlapIndex } from '../../document/overlap-index.js';
import type { Span } from '../../document/span.js';

/** A mention with the index of its owner (a person or an organization) in the owners' list. */
export type OwnedMention<M extends Span> = M & { owner: number };

/**
 * The mentions of people or organizations, indexed by position, for the speaker look-ups made at
 * every quote: a scan of every owner's mentions at each look-up made long articles quadratic.
 * "The first owner" is the first in the owners' list, as a scan of the list would find it.
 */
export class MentionOwners<M extends Span, O extends { mentions: readonly M[] }> {
  private readonly index: OverlapIndex<OwnedMention<M>>;

  constructor(readonly owners: readonly O[]) {
    // owners' order, then mentions' order: the order of a scan, kept among mentions sharing a start
    this.index = new OverlapIndex(owners.flatMap((o, owner) => o.mentions.map((m) => ({ ...m, owner }))));
  }

  /** The first owner with a mention overlapping [s, e) that passes `test`. */
  ownerAt(s: number, e: number, test?: (m: M) => boolean): O | undefined {
    let first = -1;
    for (const m of this.index.overlapping(s, e)) {
      if ((first < 0 || m.owner < first) && (!test || test(m))) first = m.owner;
    }
    return first < 0 ? undefined : this.owners[first];
  }

  /** The mentions starting in [from, to), in text order (a scan's order among those sharing a start). */
  startingIn(from: number, to: number): OwnedMention<M>[] {
    return this.index.startingIn(from, to);
  }

  /** The owners with a mention starting in [from, to), in the owners' order. */
  ownersStartingIn(from: number, to: number): O[] {
    const owners = new Set(this.startingIn(from, to).map((m) => m.owner));
    return [...owners].sort((a, b) => a - b).map((k) => this.owners[k]!);
  }
}
