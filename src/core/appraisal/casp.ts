import { Checklist } from './checklist.js';

const yesNoCantTell = [
  { value: 'yes', label: 'Yes', favourable: true },
  { value: 'no', label: 'No' },
  { value: 'cant-tell', label: "Can't tell" },
];

/**
 * CASP Qualitative Studies Checklist (2018): ten questions in three sections. Wording paraphrased; cite the
 * original. CASP intends no scoring: it is a prompt for reflection, so reports show the answers, not a sum.
 */
export const caspQualitative: Checklist = Checklist.define({
  id: 'casp-qualitative-2018',
  name: 'CASP Qualitative Studies Checklist',
  version: '2018',
  source: {
    citation: 'Critical Appraisal Skills Programme (2018). CASP Qualitative Checklist. Oxford: CASP UK.',
    url: 'https://casp-uk.net/casp-tools-checklists/',
  },
  sections: [
    { id: 'A', title: 'Are the results valid?' },
    { id: 'B', title: 'What are the results?' },
    { id: 'C', title: 'Will the results help locally?' },
  ],
  note: 'Questions 1–2 are screening questions. No scoring is intended; answers prompt reflection.',
  items: [
    { id: 'q1', number: 1, section: 'A', short: 'Aims', question: 'Were the aims of the research stated clearly?', kind: 'choice', options: yesNoCantTell },
    { id: 'q2', number: 2, section: 'A', short: 'Qualitative fit', question: 'Is a qualitative methodology suited to the question?', kind: 'choice', options: yesNoCantTell },
    { id: 'q3', number: 3, section: 'A', short: 'Design', question: 'Did the research design suit the aims?', kind: 'choice', options: yesNoCantTell },
    { id: 'q4', number: 4, section: 'A', short: 'Recruitment', question: 'Did the recruitment strategy suit the aims?', kind: 'choice', options: yesNoCantTell },
    { id: 'q5', number: 5, section: 'A', short: 'Data collection', question: 'Were the data collected in a way that addressed the research issue?', kind: 'choice', options: yesNoCantTell },
    { id: 'q6', number: 6, section: 'A', short: 'Reflexivity', question: 'Was the relationship between researcher and participants given adequate thought?', kind: 'choice', options: yesNoCantTell },
    { id: 'q7', number: 7, section: 'B', short: 'Ethics', question: 'Were ethical issues considered?', kind: 'choice', options: yesNoCantTell },
    { id: 'q8', number: 8, section: 'B', short: 'Analysis', question: 'Was the analysis rigorous enough?', kind: 'choice', options: yesNoCantTell },
    { id: 'q9', number: 9, section: 'B', short: 'Findings', question: 'Are the findings stated clearly?', kind: 'choice', options: yesNoCantTell },
    { id: 'q10', number: 10, section: 'C', short: 'Value', question: 'How valuable is the research?', kind: 'text', allowComment: false },
  ],
});
