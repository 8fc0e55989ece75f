import { describe, expect, it } from 'vitest';
import { matchQuote, maxQuoteErrors, matchLimits } from './match-quote.js';

const text = [
  'Returning doctors described the first year as the hardest. ',
  'One surgeon said that the wards lacked basic equipment and that he felt deskilled. ',
  'Another said that the wards lacked basic equipment but that colleagues improvised well. ',
  'Family obligations were the main reason to return, and pay was the main reason to leave again.',
].join('');

const quote = 'the wards lacked basic equipment';
const first = text.indexOf(quote);
const second = text.indexOf(quote, first + 1);

describe('matchQuote', () => {
  it('uses context to choose between two exact occurrences', () => {
    const m1 = matchQuote(text, quote, { prefix: 'One surgeon said that ', suffix: ' and that he felt' });
    const m2 = matchQuote(text, quote, { prefix: 'Another said that ', suffix: ' but that colleagues' });
    expect(m1?.start).toBe(first);
    expect(m2?.start).toBe(second);
  });

  it('uses the position hint when context cannot decide', () => {
    expect(matchQuote(text, quote, { hint: second })?.start).toBe(second);
    expect(matchQuote(text, quote, { hint: first })?.start).toBe(first);
  });

  it('scores exact above fuzzy, and fewer errors above more', () => {
    const context = { prefix: 'One surgeon said that ', suffix: ' and that he felt' };
    const once = text.replace('the wards lacked basic equipment but', 'the clinics had no equipment but');
    const exact = matchQuote(once, quote, context)!;
    const oneTypo = matchQuote(once.replace('basic equipment and', 'basic equipmnet and'), quote, context)!;
    const twoTypos = matchQuote(once.replace('basic equipment and', 'basik equipmnet and'), quote, context)!;
    expect(exact.errors).toBe(0);
    expect(oneTypo.errors).toBeGreaterThan(0);
    expect(exact.score).toBeGreaterThan(oneTypo.score);
    expect(oneTypo.score).toBeGreaterThan(twoTypos.score);
  });

  it('scores agreeing context above disagreeing context, and a near hint above a far one', () => {
    const good = matchQuote(text, quote, { prefix: 'One surgeon said that ', hint: first })!;
    const bad = matchQuote(text, quote, { prefix: 'The nurse explained why ', hint: first })!;
    expect(good.score).toBeGreaterThan(bad.score);
    const near = matchQuote(text, quote, { hint: first })!;
    const far = matchQuote(text, quote.slice(0), { hint: text.length })!;
    expect(near.start).toBe(first);
    expect(far.start).toBe(second);
    const onlyOnce = text.replace('the wards lacked basic equipment but', 'the clinics had no equipment but');
    expect(matchQuote(onlyOnce, quote, { hint: first })!.score).toBeGreaterThan(matchQuote(onlyOnce, quote, { hint: first + 150 })!.score);
  });

  it('prefers the edited original with agreeing context over an exact copy amid foreign context', () => {
    const edited = text.replace('basic equipment and', 'basic equipmnet and');
    const m = matchQuote(edited, quote, { prefix: 'One surgeon said that ', suffix: ' and that he felt' })!;
    expect(m.start).toBe(first);
    expect(m.errors).toBeGreaterThan(0);
  });

  it('returns null rather than a poor match', () => {
    expect(matchQuote(text, 'participants valued professional autonomy')).toBeNull();
    expect(matchQuote(text, '')).toBeNull();
  });

  it('matches short quotes only exactly, and only where their context agrees', () => {
    expect(maxQuoteErrors('pay was')).toBe(0);
    expect(matchQuote(text, 'pay wax')).toBeNull();
    expect(matchQuote(text, 'pay was', { prefix: 'reason to return, and ' })?.start).toBe(text.indexOf('pay was'));
    // The words occur, but amid unrelated context: most likely not the passage that was quoted.
    expect(matchQuote(text, 'pay was', { prefix: 'Conditions in rural clinics and ', suffix: ' never discussed' })).toBeNull();
  });

  it('allows more errors for longer quotes', () => {
    expect(maxQuoteErrors('x'.repeat(matchLimits.minFuzzyQuoteLength))).toBeGreaterThan(0);
    expect(maxQuoteErrors('x'.repeat(100))).toBeGreaterThan(maxQuoteErrors('x'.repeat(50)));
  });

  it('can be restricted to exact matches', () => {
    const typo = text.replace('basic equipment and', 'basic equipmnet and').replace('basic equipment but', 'basic equipmnet but');
    expect(matchQuote(typo, quote, { exactOnly: true })).toBeNull();
    expect(matchQuote(typo, quote)).not.toBeNull();
  });
});
