/**
 * A small seeded pseudo-random source, so that everything the ranker and the simulation draw is
 * reproducible from a seed (core never calls Math.random). sfc32 seeded through splitmix32: fast,
 * passes PractRand to 2^36+ bytes, and 32-bit integer maths keeps it identical on every platform.
 */
export type Random = Readonly<{
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
}>;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a seeded random source. Seeds are mixed with `stream` so that independent draws (prior
 * knowledge, presumptive negatives, cold-start order) never share a sequence.
 */
export function createRandom(seed: number, stream = 0): Random {
  const mix = splitmix32((Math.trunc(seed) ^ Math.imul(stream + 1, 0x27d4eb2f)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const nextUint = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs: sfc32 is weak for a few rounds after seeding.
  for (let i = 0; i < 12; i += 1) nextUint();
  const next = (): number => nextUint() / 4294967296;
  return { next, int: (n) => Math.floor(next() * n) };
}

/** Returns a new array with the items of `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}
