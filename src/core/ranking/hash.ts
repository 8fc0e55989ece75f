/**
 * FNV-1a over UTF-16 code units, two independent 32-bit lanes (a 64-bit-ish fingerprint as 16 hex
 * characters). Used to fingerprint a feature vocabulary so that a saved ranker state can tell whether
 * it is being replayed against the same features. Not cryptographic; collisions only cost a false
 * "same vocabulary", never a wrong order silently claimed to be reproduced for different records,
 * because the record ids are checked too.
 */
export type Hasher = Readonly<{ update: (text: string) => Hasher; digest: () => string }>;

/** Creates an incremental hasher; `update` separates its inputs so ["ab","c"] and ["a","bc"] differ. */
export function createHasher(): Hasher {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  const hasher: Hasher = {
    update(text: string): Hasher {
      for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
      }
      // A separator that cannot occur as a code unit sequence boundary ambiguity.
      h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
      h2 = Math.imul(h2 ^ 0xfffe, 0x01000193) ^ (h2 >>> 15);
      return hasher;
    },
    digest(): string {
      return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
    },
  };
  return hasher;
}
