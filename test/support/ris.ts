/**
 * RIS text for records given as tag → value maps, for tests that import small hand-made searches.
 * A value with `|` repeats its tag once per part (`AU: 'Oman, Kamal|Rahman, Sadia'`).
 */
export const risOf = (records: readonly Readonly<Record<string, string>>[]): Buffer =>
  Buffer.from(
    records
      .map((r) => ['TY  - JOUR', ...Object.entries(r).flatMap(([tag, value]) => value.split('|').map((v) => `${tag}  - ${v}`)), 'ER  - '].join('\n'))
      .join('\n\n'),
  );
