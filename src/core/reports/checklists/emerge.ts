import type { ReportingChecklist } from './checklist.js';

/**
 * The 19 eMERGe reporting criteria for meta-ethnography (France et al. 2019), grouped by Noblit and Hare's
 * phases. Wording is our paraphrase; reports cite the guidance.
 */
export const emergeChecklist: ReportingChecklist = {
  id: 'emerge',
  name: 'eMERGe meta-ethnography reporting guidance',
  citation: 'France EF, et al. Improving reporting of meta-ethnography: the eMERGe reporting guidance. BMC Med Res Methodol. 2019;19:25.',
  items: [
    { number: 1, short: 'Rationale and context', group: 'Phase 1: selecting meta-ethnography and getting started', part: 'Introduction', topics: ['background'], asks: 'What gap in knowledge the synthesis fills, and its wider context (policy, funding, timescale).' },
    { number: 2, short: 'Aim(s)', group: 'Phase 1: selecting meta-ethnography and getting started', part: 'Introduction', topics: ['aims'], asks: 'What the synthesis sets out to do, in terms open to a new interpretation, model or theory.' },
    { number: 3, short: 'Focus', group: 'Phase 1: selecting meta-ethnography and getting started', part: 'Introduction', topics: ['question'], asks: 'The review question or objectives, and how they were refined, if they were.' },
    { number: 4, short: 'Rationale for using meta-ethnography', group: 'Phase 1: selecting meta-ethnography and getting started', part: 'Introduction', topics: ['rationale'], asks: 'Why meta-ethnography fits this question better than other ways of synthesising qualitative evidence.' },
    { number: 5, short: 'Search strategy', group: 'Phase 2: deciding what is relevant', part: 'Methods', topics: ['search-rationale'], asks: 'The reasoning behind the search approach, e.g. comprehensive or purposive.' },
    { number: 6, short: 'Search processes', group: 'Phase 2: deciding what is relevant', part: 'Methods', topics: ['searches'], asks: 'How the searching was done: the sources and other methods used, and when.' },
    { number: 7, short: 'Selecting primary studies', group: 'Phase 2: deciding what is relevant', part: 'Methods', topics: ['screening'], asks: 'How studies were screened and selected, and who took part.' },
    { number: 8, short: 'Outcome of study selection', group: 'Phase 2: deciding what is relevant', part: 'Findings', topics: ['selection-outcome'], asks: 'What searching and screening produced, usually shown as a flow diagram.' },
    { number: 9, short: 'Reading and data extraction approach', group: 'Phase 3: reading included studies', part: 'Methods', topics: ['reading'], asks: 'How the studies were read and what was extracted from them (e.g. first- and second-order constructs).' },
    { number: 10, short: 'Characteristics of included studies', group: 'Phase 3: reading included studies', part: 'Findings', topics: ['characteristics'], asks: 'What the included studies were like, e.g. a table of their contexts.' },
    { number: 11, short: 'Process for determining how studies are related', group: 'Phase 4: determining how studies are related', part: 'Methods', topics: ['relating'], asks: 'Which aspects of the studies were compared, and how the comparison was made.' },
    { number: 12, short: 'Outcome of relating studies', group: 'Phase 4: determining how studies are related', part: 'Findings', topics: ['relating-outcome'], asks: 'How the studies turned out to relate to one another.' },
    { number: 13, short: 'Process of translating studies', group: 'Phase 5: translating studies into one another', part: 'Methods', topics: ['translation'], asks: 'How translation kept each study’s context and the meaning of the relations between its concepts; how reciprocal and refutational translation were done; how alternative interpretations were weighed.' },
    { number: 14, short: 'Outcome of translation', group: 'Phase 5: translating studies into one another', part: 'Findings', topics: ['translation-outcome'], asks: 'The interpretive findings the translation produced.' },
    { number: 15, short: 'Synthesis process', group: 'Phase 6: synthesising translations', part: 'Methods', topics: ['synthesis'], asks: 'How the translations were brought together into overarching concepts, and how alternative interpretations were weighed.' },
    { number: 16, short: 'Outcome of synthesis process', group: 'Phase 6: synthesising translations', part: 'Findings', topics: ['synthesis-outcome'], asks: 'The new interpretation the synthesis produced: a line of argument, model, framework or theory.' },
    { number: 17, short: 'Summary of findings', group: 'Phase 7: expressing the synthesis', part: 'Discussion', topics: ['discussion'], asks: 'The main interpretive findings, summarised and set against existing literature.' },
    { number: 18, short: 'Strengths, limitations and reflexivity', group: 'Phase 7: expressing the synthesis', part: 'Discussion', topics: ['strengths-limitations', 'reflexivity'], asks: 'How the nature of the included studies and the conduct of the synthesis shaped the findings, and how the review team may have influenced them.' },
    { number: 19, short: 'Recommendations and conclusions', group: 'Phase 7: expressing the synthesis', part: 'Discussion', topics: ['conclusion'], asks: 'What the findings mean for policy, practice, research and theory.' },
  ],
};
