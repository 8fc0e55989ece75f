import type { ReportingChecklist } from './checklist.js';

/**
 * The 21 ENTREQ items for reporting any synthesis of qualitative research (Tong et al. 2012). Many
 * journals still ask for it beside eMERGe. Wording is our paraphrase; reports cite the statement.
 */
export const entreqChecklist: ReportingChecklist = {
  id: 'entreq',
  name: 'ENTREQ statement',
  citation: 'Tong A, et al. Enhancing transparency in reporting the synthesis of qualitative research: ENTREQ. BMC Med Res Methodol. 2012;12:181.',
  items: [
    { number: 1, short: 'Aim', group: 'Introduction', part: 'Introduction', topics: ['aims', 'question'], asks: 'The research question the synthesis answers.' },
    { number: 2, short: 'Synthesis methodology', group: 'Methods', part: 'Methods', topics: ['methodology', 'rationale'], asks: 'The synthesis method or framework used, and why it was chosen.' },
    { number: 3, short: 'Approach to searching', group: 'Methods', part: 'Methods', topics: ['search-rationale'], asks: 'Whether the search was planned in advance and comprehensive, or iterative until saturation.' },
    { number: 4, short: 'Inclusion criteria', group: 'Methods', part: 'Methods', topics: ['eligibility'], asks: 'The criteria studies had to meet (population, setting, language, years, type of publication or study).' },
    { number: 5, short: 'Data sources', group: 'Methods', part: 'Methods', topics: ['searches'], asks: 'Every source searched (databases, reference lists, hand-searching, experts…) and when.' },
    { number: 6, short: 'Electronic search strategy', group: 'Methods', part: 'Methods', topics: ['search-strategies'], asks: 'The database searches in full, with terms and limits.' },
    { number: 7, short: 'Study screening methods', group: 'Methods', part: 'Methods', topics: ['screening'], asks: 'How studies were screened (titles and abstracts, then full texts) and by how many reviewers, independently or not.' },
    { number: 8, short: 'Study characteristics', group: 'Methods', part: 'Findings', topics: ['characteristics'], asks: 'The characteristics of the included studies: year, country, participants, data collection, methodology, analysis, questions.' },
    { number: 9, short: 'Study selection results', group: 'Findings', part: 'Findings', topics: ['selection-outcome'], asks: 'How many studies were screened and why they were excluded, e.g. in a flow diagram.' },
    { number: 10, short: 'Rationale for appraisal', group: 'Appraisal', part: 'Methods', topics: ['appraisal'], asks: 'Why and how the included studies were appraised.' },
    { number: 11, short: 'Appraisal items', group: 'Appraisal', part: 'Methods', topics: ['appraisal'], asks: 'The appraisal tool or the items used.' },
    { number: 12, short: 'Appraisal process', group: 'Appraisal', part: 'Methods', topics: ['appraisal'], asks: 'Whether more than one reviewer appraised the studies independently, and whether they reached consensus.' },
    { number: 13, short: 'Appraisal results', group: 'Appraisal', part: 'Findings', topics: ['appraisal'], asks: 'What the appraisal found, and what was weighted or excluded because of it, if anything.' },
    { number: 14, short: 'Data extraction', group: 'Synthesis', part: 'Methods', topics: ['reading'], asks: 'Which parts of the studies were extracted and analysed (findings, quotations…) and how.' },
    { number: 15, short: 'Software', group: 'Synthesis', part: 'Methods', topics: ['software'], asks: 'The software used, if any.' },
    { number: 16, short: 'Number of reviewers', group: 'Synthesis', part: 'Methods', topics: ['reviewers'], asks: 'Who took part in screening, coding and analysis.' },
    { number: 17, short: 'Coding', group: 'Synthesis', part: 'Methods', topics: ['reading'], asks: 'How the studies’ data were coded (e.g. line by line, to identify concepts).' },
    { number: 18, short: 'Study comparison', group: 'Synthesis', part: 'Methods', topics: ['relating', 'translation'], asks: 'How the studies were compared (e.g. concepts of one study translated into the others).' },
    { number: 19, short: 'Derivation of themes', group: 'Synthesis', part: 'Methods', topics: ['synthesis'], asks: 'Whether themes or constructs were derived inductively or deductively.' },
    { number: 20, short: 'Quotations', group: 'Findings', part: 'Findings', topics: ['quotes'], asks: 'Quotations from the primary studies that illustrate the themes, saying whose words they are.' },
    { number: 21, short: 'Synthesis output', group: 'Findings', part: 'Findings', topics: ['synthesis-outcome'], asks: 'Findings that go beyond a summary of the studies: a new interpretation, model or framework.' },
  ],
};
