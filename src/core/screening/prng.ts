/**
 * A small seeded pseudo-random source for the bootstrap. Core is deterministic (no `Math.random`), and a
 * report must give the same confidence interval every time it is generated from the same data.
 */

/** A source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator with a full 2^32 period, ample for
 * resampling a few thousand records a few thousand times, and identical on every JavaScript engine.
 * @param seed any number; only its low 32 bits are used.
 */
export function seededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
