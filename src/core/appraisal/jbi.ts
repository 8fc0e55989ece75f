import { Checklist } from './checklist.js';

const yesNoUnclearNa = [
  { value: 'yes', label: 'Yes', favourable: true },
  { value: 'no', label: 'No' },
  { value: 'unclear', label: 'Unclear' },
  { value: 'not-applicable', label: 'Not applicable', notApplicable: true },
];

/** JBI Critical Appraisal Checklist for Qualitative Research: ten items. Wording paraphrased; cite the original. */
export const jbiQualitative: Checklist = Checklist.define({
  id: 'jbi-qualitative',
  name: 'JBI Critical Appraisal Checklist for Qualitative Research',
  version: '2020',
  source: {
    citation:
      'Lockwood C, Munn Z, Porritt K. Qualitative research synthesis: methodological guidance for systematic reviewers utilizing meta-aggregation. Int J Evid Based Healthc. 2015;13(3):179–187. JBI Manual for Evidence Synthesis, appendix 2.1.',
    url: 'https://jbi.global/critical-appraisal-tools',
  },
  items: [
    { id: 'j1', number: 1, short: 'Philosophy ↔ methodology', question: 'Do the stated philosophical perspective and the methodology agree?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j2', number: 2, short: 'Methodology ↔ question', question: 'Does the methodology fit the research question or objectives?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j3', number: 3, short: 'Methodology ↔ data collection', question: 'Does the methodology fit the methods used to collect data?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j4', number: 4, short: 'Methodology ↔ analysis', question: 'Does the methodology fit how the data are represented and analysed?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j5', number: 5, short: 'Methodology ↔ interpretation', question: 'Does the methodology fit how the results are interpreted?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j6', number: 6, short: 'Researcher located', question: 'Is the researcher located culturally or theoretically?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j7', number: 7, short: 'Researcher influence', question: 'Is the influence of the researcher on the research, and the reverse, addressed?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j8', number: 8, short: 'Participant voices', question: 'Are participants, and their voices, adequately represented?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j9', number: 9, short: 'Ethics', question: 'Is the research ethical by current criteria, or is there evidence of ethical approval?', kind: 'choice', options: yesNoUnclearNa },
    { id: 'j10', number: 10, short: 'Conclusions', question: 'Do the conclusions follow from the analysis or interpretation of the data?', kind: 'choice', options: yesNoUnclearNa },
  ],
});
