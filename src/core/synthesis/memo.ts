import { EntityRef } from './entity-ref.js';
import { MemoId } from './ids.js';
import { definedOnly, requireOneOf, requireText, requireTime } from './validate.js';

export const memoTags = ['reflexive', 'decision', 'alternative-interpretation', 'method'] as const;
/**
 * What a journal entry records: the team's reflexivity (eMERGe 18), an interpretive decision, an
 * alternative interpretation that was considered (eMERGe 13, 15) or a note on method.
 */
export type MemoTag = (typeof memoTags)[number];

/** An entry of the team's reflexive journal, optionally about one entity. */
export type Memo = Readonly<{ id: MemoId; author: string; at: string; text: string; tag: MemoTag; about?: EntityRef }>;

export type MemoInput = Readonly<{
  id: string;
  author: string;
  at: string;
  text: string;
  tag?: MemoTag;
  about?: Readonly<{ kind: string; id: string }>;
}>;

export const Memo = {
  /** Validates and freezes a memo (tag defaults to reflexive). */
  create(input: MemoInput): Memo {
    return Object.freeze(
      definedOnly({
        id: MemoId.of(input.id),
        author: requireText(input.author, 'Memo', 'author'),
        at: requireTime(input.at, 'Memo', 'at'),
        text: requireText(input.text, 'Memo', 'text'),
        tag: requireOneOf(input.tag ?? 'reflexive', memoTags, 'Memo', 'tag'),
        about: input.about === undefined ? undefined : EntityRef.create(input.about),
      }),
    );
  },
} as const;
