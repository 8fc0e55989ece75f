import { createRandom } from './random.js';
import type { LabelledDoc } from './types.js';

export type SyntheticOptions = Readonly<{
  records: number;
  includes: number;
  /** Share of an include's words drawn from the topic vocabulary (0 = indistinguishable). */
  signal: number;
  seed: number;
}>;

const syllables = ['ba', 'ko', 'ti', 'fu', 'me', 'ra', 'lo', 'sen', 'da', 'vi', 'pu', 'gor', 'nel', 'xa', 'qui', 'ter'];

/** Pseudo-words of three syllables ("kotifu"): distinct, never English stop words, never numbers. */
function words(count: number, offset: number): string[] {
  const out: string[] = [];
  for (let i = offset; out.length < count; i += 1) {
    const s = syllables.length;
    out.push(`${syllables[i % s]!}${syllables[Math.floor(i / s) % s]!}${syllables[Math.floor(i / (s * s)) % s]!}`);
  }
  return out;
}

/**
 * A seeded synthetic labelled set for tests and benchmarks: every record draws its words from a
 * shared background vocabulary, and includes draw a share `signal` of theirs from a small topic
 * vocabulary, so a ranker can learn the topic from a few includes. Ids are `rec-0001`….
 */
export function syntheticCorpus(options: SyntheticOptions): LabelledDoc[] {
  const random = createRandom(options.seed, 99);
  const background = words(400, 0);
  const topic = words(12, 400);
  const pick = (list: readonly string[]): string => list[random.int(list.length)]!;
  const text = (length: number, include: boolean): string =>
    Array.from({ length }, () => (include && random.next() < options.signal ? pick(topic) : pick(background))).join(' ');
  const includeAt = new Set<number>();
  while (includeAt.size < Math.min(options.includes, options.records)) includeAt.add(random.int(options.records));
  return Array.from({ length: options.records }, (_, i) => {
    const include = includeAt.has(i);
    return {
      id: `rec-${String(i + 1).padStart(4, '0')}`,
      title: text(8, include),
      abstract: text(60, include),
      label: include ? 1 : 0,
    };
  });
}
