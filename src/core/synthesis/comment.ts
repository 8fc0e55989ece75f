import { EntityRef } from './entity-ref.js';
import { CommentId } from './ids.js';
import { definedOnly, requireText, requireTime } from './validate.js';

/** A team member's comment on any entity (a reply is a comment on a comment). */
export type Comment = Readonly<{ id: CommentId; author: string; at: string; text: string; on: EntityRef; resolved: boolean }>;

export type CommentInput = Readonly<{
  id: string;
  author: string;
  at: string;
  text: string;
  on: Readonly<{ kind: string; id: string }>;
  resolved?: boolean;
}>;

export const Comment = {
  /** Validates and freezes a comment (unresolved unless stated). */
  create(input: CommentInput): Comment {
    return Object.freeze(
      definedOnly({
        id: CommentId.of(input.id),
        author: requireText(input.author, 'Comment', 'author'),
        at: requireTime(input.at, 'Comment', 'at'),
        text: requireText(input.text, 'Comment', 'text'),
        on: EntityRef.create(input.on),
        resolved: input.resolved === true,
      }),
    );
  },
} as const;
