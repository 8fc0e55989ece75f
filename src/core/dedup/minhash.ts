/**
 * MinHash signatures and LSH band hashes for near-duplicate titles (hand-written: the npm `minhash`
 * package throws on lookups). Shingles are character 4-grams of the space-free title key, so one
 * typo or a changed hyphen moves the estimated Jaccard similarity only a little.
 */

export type LshParams = Readonly<{ bands: number; rows: number; shingle: number }>;

/** 6 bands × 4 rows: two titles with 4-gram Jaccard 0.8 meet with p ≈ 0.96, 0.4 with p ≈ 0.14. */
export const defaultLsh: LshParams = { bands: 6, rows: 4, shingle: 4 };

// Seeds from a fixed 32-bit LCG: deterministic, no Math.random in core.
const seeds: Uint32Array = (() => {
  const s = new Uint32Array(256);
  let x = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s[i] = x;
  }
  return s;
})();

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * MinHash signature (`bands × rows` minima) of the character shingles of `key`. A repeated shingle
 * cannot change a minimum, so shingles are hashed on the fly without building their set.
 */
export function signature(key: string, params: LshParams = defaultLsh): Uint32Array {
  const k = params.bands * params.rows;
  const size = params.shingle;
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let i = 0; i + size <= key.length; i++) {
    // FNV-1a over the shingle's code units, without allocating the substring
    let h = 0x811c9dc5;
    for (let j = i; j < i + size; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    h >>>= 0;
    for (let s = 0; s < k; s++) {
      const v = mix(h, seeds[s] ?? 0);
      if (v < (sig[s] ?? 0)) sig[s] = v;
    }
  }
  return sig;
}

/** One hash per band: records that share any band hash become candidates. */
export function bandHashes(sig: Uint32Array, params: LshParams = defaultLsh): Uint32Array {
  const out = new Uint32Array(params.bands);
  for (let b = 0; b < params.bands; b++) {
    let h = 0x9e3779b9 ^ b;
    for (let r = 0; r < params.rows; r++) h = mix(h, sig[b * params.rows + r] ?? 0);
    out[b] = h;
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures (share of equal minima). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}
