import type { ConceptId, ConstructId, StudyId, ThirdOrderId, TranslationId, TranslationLinkId } from './ids.js';
import type { ConstructOrder } from './construct.js';
import { indexState, type SynthesisState } from './state.js';
import { constructRefs, studyRef } from './translation-table.js';

/**
 * One contradiction between studies (a refutational translation link) and how it was explained (eMERGe
 * 13: how refutational translation was done), with the third-order constructs it bears on — which a
 * CERQual coherence judgement must take into account.
 */
export type RefutationRow = Readonly<{
  linkId: TranslationLinkId;
  translationId: TranslationId;
  concept: Readonly<{ id: ConceptId; label: string }>;
  from: Readonly<{ id: StudyId; label: string }>;
  to: Readonly<{ id: StudyId; label: string }>;
  fromConstructs: readonly Readonly<{ id: ConstructId; order: ConstructOrder; label: string }>[];
  toConstructs: readonly Readonly<{ id: ConstructId; order: ConstructOrder; label: string }>[];
  rationale: string;
  resolution?: string;
  /** Whether the team recorded how the contradiction is explained. */
  resolved: boolean;
  author: string;
  at: string;
  /** Third-order constructs linked to the concept or to one of the link's constructs. */
  thirdOrders: readonly Readonly<{ id: ThirdOrderId; label: string }>[];
}>;

/** The refutation register, derived from the translations: concept order, then link order. */
export function refutationRegister(model: SynthesisState): RefutationRow[] {
  const index = indexState(model);
  return model.concepts.flatMap((concept) => {
    const translation = model.translations.find((t) => t.conceptId === concept.id);
    if (!translation) return [];
    return translation.links
      .filter((l) => l.kind === 'refutational')
      .map((l) => {
        const constructs = new Set<string>([...l.fromConstructIds, ...l.toConstructIds]);
        const thirdOrders = model.thirdOrders
          .filter((t) => t.conceptIds.includes(concept.id) || t.constructIds.some((c) => constructs.has(c)))
          .map((t) => ({ id: t.id, label: t.label }));
        return {
          linkId: l.id,
          translationId: translation.id,
          concept: { id: concept.id, label: concept.label },
          from: studyRef(index, l.fromStudyId),
          to: studyRef(index, l.toStudyId),
          fromConstructs: constructRefs(index, l.fromConstructIds),
          toConstructs: constructRefs(index, l.toConstructIds),
          rationale: l.rationale,
          ...(l.resolution !== undefined ? { resolution: l.resolution } : {}),
          resolved: (l.resolution ?? '').trim() !== '',
          author: l.author,
          at: l.at,
          thirdOrders,
        };
      });
  });
}
