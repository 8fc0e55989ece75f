/**
 * The seven-study example: a small but complete meta-ethnography of the return migration of international
 * medical graduates, used by the golden tests, by later integration tests and as the built-in example
 * project. Everything is built through the public core API (events folded into a synthesis state,
 * validated appraisals and characteristics), so the example is also a test that the API composes.
 *
 * The seven studies are real publications, but every page text, participant quote, appraisal answer and
 * judgement here is invented for illustration: none of it reproduces or reports the papers' content, and
 * none of it should be cited as such. Where the characteristics below were not known they are left empty
 * ("not reported"), which also exercises the summaries' handling of missing values.
 */
import { StudyAppraisal, appraisalRating } from '../appraisal/answers.js';
import { caspQualitative } from '../appraisal/casp.js';
import type { Checklist } from '../appraisal/checklist.js';
import { defaultCharacteristicsForm } from '../characteristics/default-form.js';
import type { CharacteristicsForm } from '../characteristics/form.js';
import { StudyCharacteristics, type FieldValue } from '../characteristics/values.js';
import { CerqualAssessment } from '../cerqual/assessment.js';
import type { RelevanceCriterion } from '../cerqual/component-inputs.js';
import { defaultFindings, type Finding } from '../cerqual/finding.js';
import type { CerqualComponent, ConcernLevel, ConfidenceLevel } from '../cerqual/levels.js';
import { AppError } from '../errors.js';
import { applySynthesisEvents } from '../synthesis/apply.js';
import { Comment } from '../synthesis/comment.js';
import { Concept } from '../synthesis/concept.js';
import { Construct } from '../synthesis/construct.js';
import { createEvent } from '../synthesis/event-builders.js';
import type { EventMeta, SynthesisEvent } from '../synthesis/events.js';
import { Excerpt } from '../synthesis/excerpt.js';
import { GridCell } from '../synthesis/grid-cell.js';
import { ConceptId, ConstructId, StudyId, TranslationId } from '../synthesis/ids.js';
import { LineOfArgument } from '../synthesis/line-of-argument.js';
import { Memo, type MemoTag } from '../synthesis/memo.js';
import { emptySynthesisState, type SynthesisState } from '../synthesis/state.js';
import { Study } from '../synthesis/study.js';
import { SuggestionDecision } from '../synthesis/suggestion-decision.js';
import { ThirdOrderConstruct } from '../synthesis/third-order.js';
import { TranslationOrder } from '../synthesis/translation-order.js';
import { Translation, TranslationLink, type TranslationKind } from '../synthesis/translation.js';

export type SevenStudiesExample = Readonly<{
  /** Page texts of each study's full text, by study id (page 1 first). */
  documents: Readonly<Record<string, readonly string[]>>;
  /** The events that build the synthesis, in order: replay them to rebuild `state` or to fill an audit log. */
  events: readonly SynthesisEvent[];
  state: SynthesisState;
  checklist: Checklist;
  /** Two reviewers' CASP appraisals of every study, then the consensus. */
  appraisals: readonly StudyAppraisal[];
  form: CharacteristicsForm;
  characteristics: readonly StudyCharacteristics[];
  /** The protocol's context, against which CERQual relevance is judged. */
  relevance: readonly RelevanceCriterion[];
  /** One finding per third-order construct (the ten below the three overarching constructs). */
  findings: readonly Finding[];
  assessments: readonly CerqualAssessment[];
  /** Each study's consensus appraisal rating, for ordering by quality. */
  qualityOf: (studyId: StudyId) => number | undefined;
}>;

export type SevenStudiesOptions = Readonly<{
  /** When the first event happened; each later event is one minute after the previous (default 2024-03-04 09:00 UTC). */
  start?: string;
}>;

/** The reviewers of the example: the lead (who records consensus) and the second reviewer. */
export const sevenStudiesReviewers = { lead: 'ana', second: 'ben' } as const;

type StudySpec = Readonly<{
  id: string;
  label: string;
  year: number;
  pages: readonly string[];
  characteristics: Readonly<Record<string, FieldValue>>;
}>;

const studies: readonly StudySpec[] = [
  {
    id: 's-gaviria',
    label: 'Gaviria 1975',
    year: 1975,
    pages: [
      'Peruvian physicians who had completed residency training in the United States were interviewed after their return to Lima. Twenty-one doctors took part. The interviews covered the decision to return, the first years back, and plans for the future.',
      'Most returnees described a painful period of readjustment. Their American training had prepared them for technology and specialist services that Peruvian hospitals rarely offered. One internist put it simply: "In Lima I had the training but not the machines." Family expectations weighed heavily in the decision to come home, and several felt that appointments depended on connections rather than merit.',
    ],
    characteristics: {
      year: 1975,
      country: 'PE',
      hostCountry: ['US'],
      participantsN: 21,
      participants: 'Peruvian physicians returned after residency training in the United States',
      setting: 'Lima, Peru',
      methodology: 'qualitative-unspecified',
      dataCollection: ['interviews'],
      analysis: 'not-reported',
      aims: 'To describe the return and readjustment of physicians trained in the United States',
    },
  },
  {
    id: 's-oman',
    label: 'Oman 2009',
    year: 2009,
    pages: [
      'We conducted semi-structured interviews with 36 Fijian doctors, some working in Australia or New Zealand and some who had returned to Fiji. Participants were asked what had shaped their decisions to stay abroad or to come home.',
      'Returned doctors felt their clinical skills were welcomed and put to immediate use in Fijian hospitals. Many framed their return as an obligation: "Fiji paid for my training, so I owe Fiji some years." Political upheaval after successive coups unsettled both those abroad and those at home. Salaries in Fiji were a fraction of those offered in Australia, and duties to the extended family pulled in both directions.',
    ],
    characteristics: {
      year: 2009,
      country: 'FJ',
      hostCountry: ['AU', 'NZ'],
      participantsN: 36,
      participants: 'Fijian doctors abroad and returned',
      setting: 'Fiji; Australia and New Zealand',
      methodology: 'qualitative-unspecified',
      dataCollection: ['semi-structured-interviews'],
      analysis: 'not-reported',
      aims: 'To understand why Fijian doctors stay abroad or return',
    },
  },
  {
    id: 's-adzei',
    label: 'Adzei 2014',
    year: 2014,
    pages: [
      'This case study examined the retention of doctors and nurses in the Ghanaian public health sector, drawing on the accounts of staff who had worked abroad and returned.',
      'Pay dominated the accounts. A nurse remarked: "With the salary here you cannot even rent a decent house." Shortages of equipment and drugs made it hard to practise as staff had been trained to. Promotion was slow and seemed unconnected to performance. Yet staff spoke warmly of being among their own people and of the respect that came with serving at home.',
    ],
    characteristics: {
      year: 2014,
      country: 'GH',
      participants: 'Doctors and nurses in the public health sector',
      setting: 'Public health sector, Ghana',
      methodology: 'case-study',
      analysis: 'not-reported',
      aims: 'To examine the retention of doctors and nurses in Ghana',
    },
  },
  {
    id: 's-abdalla',
    label: 'Abdalla 2016',
    year: 2016,
    pages: [
      'Using a questionnaire and follow-up interviews, this mixed-methods study explored why Sudanese doctors working abroad return home or stay away.',
      'Insecurity and a deepening economic crisis were the strongest reasons to stay away. Those who returned often spoke of wanting to contribute to rebuilding the health service. Recruitment and postings were widely seen as unfair; as one respondent wrote, "Positions go to those who know someone." Reunion with parents and spouses was the most frequent personal reason for return.',
    ],
    characteristics: {
      year: 2016,
      country: 'SD',
      participants: 'Sudanese doctors abroad and returned',
      methodology: 'mixed-methods',
      analysis: 'not-reported',
      aims: 'To explore why Sudanese doctors return or stay abroad',
    },
  },
  {
    id: 's-humphries',
    label: 'Humphries 2017',
    year: 2017,
    pages: [
      'In-depth interviews were held with 50 Irish-trained doctors who had emigrated, about their intentions to return to Ireland.',
      'Whether to return turned on training and career structures rather than on pay. A registrar working overseas said: "I would go home tomorrow if there was a consultant post at the end of it." Having worked in better-resourced systems, respondents had come to expect protected training time and manageable rosters. Those with young children talked of wanting them to grow up near their grandparents. Ireland remained home, but return had become a conditional plan rather than a certainty.',
    ],
    characteristics: {
      year: 2017,
      country: 'IE',
      participantsN: 50,
      participants: 'Irish-trained doctors who had emigrated',
      methodology: 'qualitative-unspecified',
      dataCollection: ['in-depth-interviews'],
      analysis: 'not-reported',
      aims: "To explore emigrant doctors' intentions to return to Ireland",
    },
  },
  {
    id: 's-motlhatlhedi',
    label: 'Motlhatlhedi 2018',
    year: 2018,
    pages: [
      'Eight health workers who had trained or worked outside Botswana and then returned took part in semi-structured interviews. Transcripts were analysed thematically.',
      'Family responsibilities were the main reason participants gave for coming back. "My mother was alone; there was no question of staying away," one explained. Participants also described homesickness and a sense of belonging that they had not found abroad. Back at work, several were unsettled by practices they no longer accepted, a form of reverse culture shock.',
      'Specialist skills gained abroad were often underused, because posts and equipment to match them did not exist. Even so, most participants wanted to serve their own people and saw their return as a contribution to the country.',
    ],
    characteristics: {
      year: 2018,
      country: 'BW',
      participantsN: 8,
      participants: 'Health workers returned after training or working abroad',
      setting: 'Public health facilities, Botswana',
      methodology: 'qualitative-unspecified',
      dataCollection: ['semi-structured-interviews'],
      analysis: 'thematic-analysis',
      aims: 'To explore why health workers returned to Botswana',
    },
  },
  {
    id: 's-arif',
    label: 'Arif 2019',
    year: 2019,
    pages: [
      'Thirteen Pakistani physicians who had returned after working abroad, mostly in Australia, were interviewed by telephone. A phenomenological approach was used to describe their lived experience of return.',
      'Participants valued the professional growth they had gained abroad and saw it as something to bring home. Return was bound up with faith and culture: "I wanted my children to know their grandparents and their faith." Re-entry was slowed by paperwork, licensing and departmental gatekeeping. Having seen well-run services, participants expected more of their workplaces and were frustrated when change came slowly, though some were determined to bring it about.',
      'Security worries were a constant background. Families were divided about return: some relatives urged physicians to stay abroad, where they were safe and could send money home.',
    ],
    characteristics: {
      year: 2019,
      country: 'PK',
      hostCountry: ['AU'],
      participantsN: 13,
      participants: 'Pakistani physicians returned after working abroad, mostly in Australia',
      methodology: 'phenomenology',
      dataCollection: ['telephone-interviews'],
      analysis: 'not-reported',
      aims: 'To describe the lived experience of physicians returning to Pakistan',
    },
  },
];

/** Excerpts: [id, study id, page, the exact quoted text (found in that page)]. */
const excerpts: readonly (readonly [string, string, number, string])[] = [
  ['x-gav-readjust', 's-gaviria', 2, 'Most returnees described a painful period of readjustment.'],
  ['x-gav-tech', 's-gaviria', 2, 'Their American training had prepared them for technology and specialist services that Peruvian hospitals rarely offered.'],
  ['x-gav-machines', 's-gaviria', 2, 'In Lima I had the training but not the machines.'],
  ['x-gav-family', 's-gaviria', 2, 'Family expectations weighed heavily in the decision to come home'],
  ['x-gav-connections', 's-gaviria', 2, 'appointments depended on connections rather than merit'],
  ['x-oman-skills', 's-oman', 2, 'their clinical skills were welcomed and put to immediate use in Fijian hospitals'],
  ['x-oman-obligation', 's-oman', 2, 'Many framed their return as an obligation'],
  ['x-oman-owe', 's-oman', 2, 'Fiji paid for my training, so I owe Fiji some years.'],
  ['x-oman-coups', 's-oman', 2, 'Political upheaval after successive coups unsettled both those abroad and those at home.'],
  ['x-oman-salary', 's-oman', 2, 'Salaries in Fiji were a fraction of those offered in Australia'],
  ['x-oman-family', 's-oman', 2, 'duties to the extended family pulled in both directions'],
  ['x-adzei-pay', 's-adzei', 2, 'Pay dominated the accounts.'],
  ['x-adzei-rent', 's-adzei', 2, 'With the salary here you cannot even rent a decent house.'],
  ['x-adzei-shortages', 's-adzei', 2, 'Shortages of equipment and drugs made it hard to practise as staff had been trained to.'],
  ['x-adzei-promotion', 's-adzei', 2, 'Promotion was slow and seemed unconnected to performance.'],
  ['x-adzei-own-people', 's-adzei', 2, 'being among their own people and of the respect that came with serving at home'],
  ['x-abd-insecurity', 's-abdalla', 2, 'Insecurity and a deepening economic crisis were the strongest reasons to stay away.'],
  ['x-abd-contribute', 's-abdalla', 2, 'wanting to contribute to rebuilding the health service'],
  ['x-abd-unfair', 's-abdalla', 2, 'Recruitment and postings were widely seen as unfair'],
  ['x-abd-someone', 's-abdalla', 2, 'Positions go to those who know someone.'],
  ['x-abd-reunion', 's-abdalla', 2, 'Reunion with parents and spouses was the most frequent personal reason for return.'],
  ['x-hum-structures', 's-humphries', 2, 'Whether to return turned on training and career structures rather than on pay.'],
  ['x-hum-consultant', 's-humphries', 2, 'I would go home tomorrow if there was a consultant post at the end of it.'],
  ['x-hum-expect', 's-humphries', 2, 'respondents had come to expect protected training time and manageable rosters'],
  ['x-hum-grandparents', 's-humphries', 2, 'Those with young children talked of wanting them to grow up near their grandparents.'],
  ['x-hum-home', 's-humphries', 2, 'Ireland remained home, but return had become a conditional plan rather than a certainty.'],
  ['x-mot-family', 's-motlhatlhedi', 2, 'Family responsibilities were the main reason participants gave for coming back.'],
  ['x-mot-mother', 's-motlhatlhedi', 2, 'My mother was alone; there was no question of staying away'],
  ['x-mot-belonging', 's-motlhatlhedi', 2, 'a sense of belonging that they had not found abroad'],
  ['x-mot-shock', 's-motlhatlhedi', 2, 'several were unsettled by practices they no longer accepted, a form of reverse culture shock'],
  ['x-mot-underused', 's-motlhatlhedi', 3, 'Specialist skills gained abroad were often underused, because posts and equipment to match them did not exist.'],
  ['x-mot-serve', 's-motlhatlhedi', 3, 'most participants wanted to serve their own people'],
  ['x-arif-growth', 's-arif', 2, 'Participants valued the professional growth they had gained abroad and saw it as something to bring home.'],
  ['x-arif-faith', 's-arif', 2, 'Return was bound up with faith and culture'],
  ['x-arif-children', 's-arif', 2, 'I wanted my children to know their grandparents and their faith.'],
  ['x-arif-paperwork', 's-arif', 2, 'Re-entry was slowed by paperwork, licensing and departmental gatekeeping.'],
  ['x-arif-expect', 's-arif', 2, 'participants expected more of their workplaces and were frustrated when change came slowly, though some were determined to bring it about'],
  ['x-arif-security', 's-arif', 3, 'Security worries were a constant background.'],
  ['x-arif-divided', 's-arif', 3, 'some relatives urged physicians to stay abroad, where they were safe and could send money home'],
];

/** Constructs: [id, study id, order, label, text, excerpt ids]. First-order texts are the participants' words. */
const constructs: readonly (readonly [string, string, 1 | 2, string, string, readonly string[]])[] = [
  ['c-gav-overspecialised', 's-gaviria', 2, 'Overspecialised for the home setting', 'Training abroad prepared returnees for technology and specialist services their home hospitals could not provide.', ['x-gav-tech']],
  ['c-gav-machines', 's-gaviria', 1, 'the training but not the machines', 'In Lima I had the training but not the machines.', ['x-gav-machines']],
  ['c-gav-readjustment', 's-gaviria', 2, 'Painful readjustment', 'The first years back were a painful readjustment to professional life at home.', ['x-gav-readjust']],
  ['c-gav-family', 's-gaviria', 2, 'Family expectations to return', 'Families expected their doctors to come home, and this weighed on the decision.', ['x-gav-family']],
  ['c-gav-patronage', 's-gaviria', 2, 'Appointments through connections', 'Posts were felt to go to the well connected rather than the best qualified.', ['x-gav-connections']],
  ['c-oman-skills-valued', 's-oman', 2, 'Skills welcomed at home', 'Returned doctors found their clinical skills welcomed and used at once.', ['x-oman-skills']],
  ['c-oman-obligation', 's-oman', 2, 'Return as an obligation', 'Returning was framed as an obligation to the country that paid for training.', ['x-oman-obligation']],
  ['c-oman-owe', 's-oman', 1, 'I owe Fiji some years', 'Fiji paid for my training, so I owe Fiji some years.', ['x-oman-owe']],
  ['c-oman-instability', 's-oman', 2, 'Political instability', 'Coups and political upheaval unsettled doctors at home and abroad.', ['x-oman-coups']],
  ['c-oman-salary', 's-oman', 2, 'Salary gap with Australia', 'Home salaries were a fraction of those abroad.', ['x-oman-salary']],
  ['c-oman-extended-family', 's-oman', 2, 'Extended family duties', 'Duties to the extended family pulled doctors both home and abroad.', ['x-oman-family']],
  ['c-adzei-pay', 's-adzei', 2, 'Salary as the decisive factor', 'Pay dominated decisions to stay in or leave the public sector.', ['x-adzei-pay']],
  ['c-adzei-rent', 's-adzei', 1, 'cannot even rent a decent house', 'With the salary here you cannot even rent a decent house.', ['x-adzei-rent']],
  ['c-adzei-shortages', 's-adzei', 2, 'Shortage of equipment and drugs', 'Shortages kept staff from practising as they had been trained to.', ['x-adzei-shortages']],
  ['c-adzei-promotion', 's-adzei', 2, 'Slow promotion', 'Promotion was slow and not linked to performance.', ['x-adzei-promotion']],
  ['c-adzei-belonging', 's-adzei', 2, "Among one's own people", 'Serving at home brought belonging and respect.', ['x-adzei-own-people']],
  ['c-abd-insecurity', 's-abdalla', 2, 'Insecurity and economic crisis', 'Insecurity and economic collapse were the main reasons to stay away.', ['x-abd-insecurity']],
  ['c-abd-contribute', 's-abdalla', 2, 'Wish to contribute to rebuilding', 'Returnees wanted to contribute to rebuilding the health service.', ['x-abd-contribute']],
  ['c-abd-unfair', 's-abdalla', 2, 'Unfair recruitment and postings', 'Recruitment and postings were seen as unfair.', ['x-abd-unfair']],
  ['c-abd-someone', 's-abdalla', 1, 'Positions go to those who know someone', 'Positions go to those who know someone.', ['x-abd-someone']],
  ['c-abd-reunion', 's-abdalla', 2, 'Family reunion', 'Reunion with parents and spouses was the most common personal reason to return.', ['x-abd-reunion']],
  ['c-hum-career', 's-humphries', 2, 'Career structure decides return', 'Return depended on training and career structures at home.', ['x-hum-structures']],
  ['c-hum-consultant', 's-humphries', 1, 'home tomorrow if there was a consultant post', 'I would go home tomorrow if there was a consultant post at the end of it.', ['x-hum-consultant']],
  ['c-hum-conditions', 's-humphries', 2, 'Working conditions before pay', 'Pay mattered less than training and working conditions.', ['x-hum-structures']],
  ['c-hum-expectations', 's-humphries', 2, 'Expectations raised abroad', 'Better-resourced systems abroad raised expectations of training time and rosters.', ['x-hum-expect']],
  ['c-hum-children', 's-humphries', 2, 'Children near grandparents', 'Parents wanted their children to grow up near their grandparents.', ['x-hum-grandparents']],
  ['c-hum-home', 's-humphries', 2, 'Home as a conditional plan', 'Ireland remained home, but return became conditional.', ['x-hum-home']],
  ['c-mot-family', 's-motlhatlhedi', 2, 'Family responsibilities as the main pull', 'Responsibilities to family were the main reason for coming back.', ['x-mot-family']],
  ['c-mot-mother', 's-motlhatlhedi', 1, 'no question of staying away', 'My mother was alone; there was no question of staying away.', ['x-mot-mother']],
  ['c-mot-belonging', 's-motlhatlhedi', 2, 'Belonging not found abroad', 'Homesickness and a belonging that had not been found abroad.', ['x-mot-belonging']],
  ['c-mot-shock', 's-motlhatlhedi', 2, 'Reverse culture shock at work', 'Returnees were unsettled by workplace practices they no longer accepted.', ['x-mot-shock']],
  ['c-mot-underused', 's-motlhatlhedi', 2, 'Underused specialist skills', 'Specialist skills went unused for lack of matching posts and equipment.', ['x-mot-underused']],
  ['c-mot-serve', 's-motlhatlhedi', 2, "Serving one's own people", 'Returnees wanted to serve their own people and contribute to the country.', ['x-mot-serve']],
  ['c-arif-growth', 's-arif', 2, 'Professional growth to bring home', 'Growth gained abroad was something to bring home.', ['x-arif-growth']],
  ['c-arif-belonging', 's-arif', 2, 'Faith and cultural belonging', 'Return was bound up with faith and culture.', ['x-arif-faith']],
  ['c-arif-children', 's-arif', 1, 'children to know their grandparents and their faith', 'I wanted my children to know their grandparents and their faith.', ['x-arif-children']],
  ['c-arif-reentry', 's-arif', 2, 'Bureaucratic re-entry', 'Paperwork, licensing and gatekeeping slowed re-entry.', ['x-arif-paperwork']],
  ['c-arif-expectations', 's-arif', 2, 'Expectations of change', 'Returnees expected more of their workplaces and some set out to change them.', ['x-arif-expect']],
  ['c-arif-security', 's-arif', 2, 'Security worries', 'Security worries were a constant background.', ['x-arif-security']],
  ['c-arif-family-divided', 's-arif', 2, 'Families divided on return', 'Some relatives urged physicians to stay abroad for safety and income.', ['x-arif-divided']],
];

/** Concepts (the grid's columns, in this order) with the constructs each study contributes to them. */
const concepts: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['k-family', 'Family ties and obligations', 'What returnees owed to, and were asked of by, their families.', ['c-gav-family', 'c-oman-extended-family', 'c-abd-reunion', 'c-hum-children', 'c-mot-family', 'c-mot-mother', 'c-arif-family-divided']],
  ['k-duty', 'Duty to serve the home country', 'Return as repaying a debt to country and community.', ['c-oman-obligation', 'c-oman-owe', 'c-abd-contribute', 'c-mot-serve']],
  ['k-belonging', 'Belonging and cultural identity', 'Being among one\'s own people, culture and faith.', ['c-adzei-belonging', 'c-hum-home', 'c-mot-belonging', 'c-arif-belonging']],
  ['k-children', "Children's upbringing", 'Raising children near family and within their culture.', ['c-hum-children', 'c-arif-children']],
  ['k-skills', 'Skills gained abroad', 'What returnees could do with what they had learned.', ['c-gav-overspecialised', 'c-oman-skills-valued', 'c-mot-underused', 'c-arif-growth']],
  ['k-expectations', 'Changed expectations', 'How working abroad changed what returnees expected of work.', ['c-hum-expectations', 'c-arif-expectations']],
  ['k-reverse-shock', 'Reverse culture shock', 'Being unsettled by one\'s own system on return.', ['c-gav-readjustment', 'c-mot-shock']],
  ['k-resources', 'Resources and equipment', 'The means to practise as trained.', ['c-gav-machines', 'c-adzei-shortages']],
  ['k-career', 'Career progression', 'Posts, promotion and training pathways at home.', ['c-adzei-promotion', 'c-hum-career', 'c-hum-consultant']],
  ['k-pay', 'Pay', 'Income at home compared with abroad.', ['c-oman-salary', 'c-adzei-pay', 'c-adzei-rent', 'c-hum-conditions']],
  ['k-bureaucracy', 'Bureaucracy and patronage', 'How appointments and re-entry were governed.', ['c-gav-patronage', 'c-abd-unfair', 'c-abd-someone', 'c-arif-reentry']],
  ['k-security', 'Security and stability', 'Political, economic and personal security at home.', ['c-oman-instability', 'c-abd-insecurity', 'c-arif-security']],
];

type LinkSpec = readonly [id: string, from: string, to: string, kind: TranslationKind, fromC: readonly string[], toC: readonly string[], rationale: string, resolution?: string];

/** Translations: [translation id, concept id, summary, links]. */
const translations: readonly (readonly [string, string, string, readonly LinkSpec[]])[] = [
  ['t-family', 'k-family', 'Return is anchored in obligations to parents and kin, though kin who depend on income or fear for safety may urge staying away.', [
    ['l-family-1', 's-motlhatlhedi', 's-gaviria', 'reciprocal', ['c-mot-family'], ['c-gav-family'], "Gaviria's family expectations are Motlhatlhedi's family responsibilities seen from the family's side."],
    ['l-family-2', 's-motlhatlhedi', 's-oman', 'reciprocal', ['c-mot-family'], ['c-oman-extended-family'], 'Duties to the extended family in Fiji mirror the care responsibilities described in Botswana.'],
    ['l-family-3', 's-motlhatlhedi', 's-abdalla', 'reciprocal', ['c-mot-mother'], ['c-abd-reunion'], 'Reunion with parents and spouses expresses the same pull as caring for a parent left alone.'],
    ['l-family-4', 's-motlhatlhedi', 's-humphries', 'reciprocal', ['c-mot-family'], ['c-hum-children'], 'Wanting children near their grandparents is the family tie pulling home, across generations.'],
    ['l-family-5', 's-motlhatlhedi', 's-arif', 'refutational', ['c-mot-family'], ['c-arif-family-divided'], 'In Arif, relatives urged physicians to stay abroad: family pushed away rather than pulled home.', "Family pulls home where it depends on the returnee's presence (care of parents) and pushes abroad where it depends on income and safety; both are family obligation."],
  ]],
  ['t-duty', 'k-duty', 'Return is framed as repaying the country and community that trained them.', [
    ['l-duty-1', 's-motlhatlhedi', 's-oman', 'reciprocal', ['c-mot-serve'], ['c-oman-obligation', 'c-oman-owe'], "Serving one's own people and owing Fiji some years are the same debt, named personally or nationally."],
    ['l-duty-2', 's-motlhatlhedi', 's-abdalla', 'reciprocal', ['c-mot-serve'], ['c-abd-contribute'], 'Contributing to rebuilding the health service is serving one\'s people in a country recovering from crisis.'],
  ]],
  ['t-belonging', 'k-belonging', 'Home offers a belonging (people, culture, faith) that returnees did not find abroad.', [
    ['l-belonging-1', 's-motlhatlhedi', 's-adzei', 'reciprocal', ['c-mot-belonging'], ['c-adzei-belonging'], "Being among one's own people is the belonging missed abroad."],
    ['l-belonging-2', 's-motlhatlhedi', 's-arif', 'reciprocal', ['c-mot-belonging'], ['c-arif-belonging'], 'Arif names the faith and culture that make up the belonging Motlhatlhedi describes.'],
    ['l-belonging-3', 's-motlhatlhedi', 's-humphries', 'reciprocal', ['c-mot-belonging'], ['c-hum-home'], 'Ireland remaining home is the same belonging, held at a distance while return stays conditional.'],
  ]],
  ['t-children', 'k-children', 'Returnees want their children raised near family and within their culture.', [
    ['l-children-1', 's-humphries', 's-arif', 'reciprocal', ['c-hum-children'], ['c-arif-children'], 'Both want children to know their grandparents; Arif adds faith.'],
  ]],
  ['t-skills', 'k-skills', 'Skills gained abroad are capital for home, usable where posts and equipment match them.', [
    ['l-skills-1', 's-motlhatlhedi', 's-gaviria', 'reciprocal', ['c-mot-underused'], ['c-gav-overspecialised'], 'Underused specialist skills and overspecialisation describe the same mismatch, forty years apart.'],
    ['l-skills-2', 's-motlhatlhedi', 's-oman', 'refutational', ['c-mot-underused'], ['c-oman-skills-valued'], 'In Fiji skills were welcomed and used at once, contradicting their underuse in Botswana.', 'Skills are used where the home system has matching posts and equipment (general clinical skills in Fiji) and wasted where it has not (specialist skills in Botswana and Peru).'],
    ['l-skills-3', 's-oman', 's-arif', 'reciprocal', ['c-oman-skills-valued'], ['c-arif-growth'], 'Growth abroad as something to bring home is the same view of skills as an asset.'],
  ]],
  ['t-expectations', 'k-expectations', 'Working abroad raises what returnees expect of their workplaces.', [
    ['l-expectations-1', 's-humphries', 's-arif', 'refutational', ['c-hum-expectations'], ['c-arif-expectations'], 'Raised expectations made Irish doctors defer return, whereas some Pakistani returnees turned them into a resolve to change their workplaces.'],
  ]],
  ['t-reverse-shock', 'k-reverse-shock', 'Return brings a shock at one\'s own system, seen with new eyes.', [
    ['l-shock-1', 's-motlhatlhedi', 's-gaviria', 'reciprocal', ['c-mot-shock'], ['c-gav-readjustment'], 'Painful readjustment is the reverse culture shock of the workplace.'],
  ]],
  ['t-resources', 'k-resources', 'Returnees cannot practise as trained without the equipment and drugs they trained with.', [
    ['l-resources-1', 's-gaviria', 's-adzei', 'reciprocal', ['c-gav-machines'], ['c-adzei-shortages'], 'Training without machines and shortages of equipment and drugs are the same gap.'],
  ]],
  ['t-career', 'k-career', 'Careers at home are slow and uncertain.', [
    ['l-career-1', 's-adzei', 's-humphries', 'reciprocal', ['c-adzei-promotion'], ['c-hum-career', 'c-hum-consultant'], 'Slow promotion in Ghana and scarce consultant posts in Ireland both make return a career risk.'],
  ]],
  ['t-pay', 'k-pay', 'Return means a large drop in income.', [
    ['l-pay-1', 's-oman', 's-adzei', 'reciprocal', ['c-oman-salary'], ['c-adzei-pay', 'c-adzei-rent'], 'The salary gap with Australia and pay that cannot cover rent are the same sacrifice.'],
    ['l-pay-2', 's-adzei', 's-humphries', 'refutational', ['c-adzei-pay'], ['c-hum-conditions'], 'In Ireland pay mattered less than career structure and conditions, contradicting pay as decisive in Ghana.', 'Where salaries do not cover living costs (Ghana) pay decides; where they do (Ireland), career structure and conditions decide.'],
  ]],
  ['t-bureaucracy', 'k-bureaucracy', 'Appointments and re-entry are governed by connections and paperwork.', [
    ['l-bureaucracy-1', 's-gaviria', 's-abdalla', 'reciprocal', ['c-gav-patronage'], ['c-abd-unfair', 'c-abd-someone'], 'Appointments through connections and positions going to those who know someone are the same patronage.'],
    ['l-bureaucracy-2', 's-abdalla', 's-arif', 'reciprocal', ['c-abd-unfair'], ['c-arif-reentry'], 'Departmental gatekeeping is the unfairness of postings met at re-entry.'],
  ]],
  ['t-security', 'k-security', 'Insecurity at home keeps doctors away and unsettles those who return.', [
    ['l-security-1', 's-oman', 's-abdalla', 'reciprocal', ['c-oman-instability'], ['c-abd-insecurity'], 'Coups in Fiji and crisis in Sudan are both insecurity that keeps doctors away.'],
    ['l-security-2', 's-abdalla', 's-arif', 'reciprocal', ['c-abd-insecurity'], ['c-arif-security'], 'Security worries in Pakistan are the same background insecurity.'],
  ]],
];

/** Third-order constructs: [id, label, description, parent id, concept ids, construct ids]. */
const thirdOrders: readonly (readonly [string, string, string, string | undefined, readonly string[], readonly string[]])[] = [
  ['o-personal', 'Reflections on personal development', 'How time abroad changed returnees, and what they felt they owed.', undefined, [], []],
  ['h-growth', 'Growth abroad as capital to bring home', 'Returnees saw the skills and experience gained abroad as capital for their home systems, usable only where posts and equipment matched them.', 'o-personal', ['k-skills'], []],
  ['h-changed-self', 'A changed self in an unchanged workplace', 'Having worked in other systems, returnees expected more of their workplaces and were unsettled by practices at home they no longer accepted.', 'o-personal', ['k-expectations', 'k-reverse-shock'], []],
  ['h-duty', 'Return as repayment of a debt', 'Returning was framed as repaying the country and community that had educated them.', 'o-personal', ['k-duty'], []],
  ['o-social', 'Social and cultural connection to home countries', 'The people, culture and faith that drew returnees home.', undefined, [], []],
  ['h-family', 'Family as the anchor of return', 'Obligations to parents and kin drew doctors home, though families relying on remittances or fearing for their safety sometimes urged them to stay away.', 'o-social', ['k-family'], []],
  ['h-belonging', 'Belonging that could not be found abroad', "A sense of being among one's own people, culture and faith was something returnees had not found abroad.", 'o-social', ['k-belonging'], []],
  ['h-next-generation', 'Raising children at home', 'Returnees wanted their children to grow up near their grandparents and within their own culture and faith.', 'o-social', ['k-children'], []],
  ['o-reintegration', 'Challenges associated with professional reintegration', 'What made the home system hard to re-enter and to stay in.', undefined, [], []],
  ['h-resources', "Practising without the tools of one's training", 'Shortages of equipment, drugs and specialist services kept returnees from practising as they had been trained to.', 'o-reintegration', ['k-resources'], ['c-mot-underused']],
  ['h-recognition', 'Blocked careers', 'Slow, opaque promotion and scarce senior posts made return a career risk.', 'o-reintegration', ['k-career'], []],
  ['h-money', 'Financial sacrifice', 'Returning meant a large drop in income; where pay did not cover living costs, it decided whether doctors stayed.', 'o-reintegration', ['k-pay'], []],
  ['h-system', 'Navigating patronage, bureaucracy and instability', 'Appointments through connections, slow re-entry procedures and political or economic insecurity made the home system hard to re-enter.', 'o-reintegration', ['k-bureaucracy', 'k-security'], []],
];

const memos: readonly (readonly [string, 'lead' | 'second', MemoTag, string, Readonly<{ kind: string; id: string }> | undefined])[] = [
  ['m-reflexive-1', 'lead', 'reflexive', 'I trained abroad and returned myself; I noticed that I read "duty" sympathetically, so the second reviewer checked every duty translation.', { kind: 'translation', id: 't-duty' }],
  ['m-alternative-1', 'second', 'alternative-interpretation', 'Alternative reading: "family" may stand for financial dependence rather than care. We kept one construct and explained the contradiction in the refutation register.', { kind: 'thirdOrder', id: 'h-family' }],
  ['m-decision-1', 'lead', 'decision', 'Only the interview strand of Abdalla 2016 was extracted: questionnaire percentages are not constructs.', { kind: 'study', id: 's-abdalla' }],
  ['m-method-1', 'lead', 'method', 'Motlhatlhedi 2018 was chosen as the index study: the richest account of the phenomenon in a low-income setting.', undefined],
];

/** CASP consensus answers to Q1–Q9 (Y yes, N no, C can't tell), comments by question, Q10 and overall comment. */
const appraisalSpecs: Readonly<
  Record<string, Readonly<{ answers: string; comments?: Readonly<Record<number, string>>; value: string; overall: string; secondDiffers: Readonly<Record<number, string>>; leadDiffers?: Readonly<Record<number, string>> }>>
> = {
  's-gaviria': {
    answers: 'YYCCYNCCY',
    comments: { 6: "No account of the interviewers' own position.", 7: 'Ethical approval not reported, as was usual at the time.' },
    value: 'An early account of return that later studies echo; a historical baseline.',
    overall: 'Thin reporting of methods; findings clearly stated.',
    secondDiffers: { 3: 'Y', 8: 'N' },
  },
  's-oman': {
    answers: 'YYYYYCYYY',
    comments: { 6: 'The interviewer was a Fijian doctor; the influence of this is not discussed.' },
    value: 'Directly relevant to small island health systems.',
    overall: 'Well conducted; reflexivity not addressed.',
    secondDiffers: { 4: 'C' },
  },
  's-adzei': {
    answers: 'YYYCYNYCY',
    comments: { 4: 'How cases were selected is not explained.' },
    value: 'Shows the weight of pay in a low-income setting.',
    overall: 'Case selection and analysis insufficiently described.',
    secondDiffers: { 8: 'N' },
  },
  's-abdalla': {
    answers: 'YCCYYNYNY',
    comments: { 2: 'The qualitative strand is secondary to the survey.', 8: 'The qualitative analysis is only briefly described.' },
    value: 'Adds the perspective of a conflict-affected country.',
    overall: 'Qualitative strand thinly reported.',
    secondDiffers: {},
    leadDiffers: { 3: 'Y' },
  },
  's-humphries': {
    answers: 'YYYYYCYYY',
    value: 'Large sample; strong on career structures in a high-income setting.',
    overall: 'Well conducted.',
    secondDiffers: {},
  },
  's-motlhatlhedi': {
    answers: 'YYYCYYYYY',
    comments: { 4: 'A small sample of eight.' },
    value: 'Rich accounts; chosen as the index study.',
    overall: 'Well conducted; small sample.',
    secondDiffers: { 4: 'Y' },
  },
  's-arif': {
    answers: 'YYYYYYYYY',
    value: 'Detailed account of the lived experience of return.',
    overall: 'Well conducted.',
    secondDiffers: { 8: 'C' },
  },
};

type Judgement = readonly [ConcernLevel, string];
const cerqualSpecs: Readonly<Record<string, Readonly<{ components: Readonly<Record<CerqualComponent, Judgement>>; overall: readonly [ConfidenceLevel, string] }>>> = {
  'h-growth': {
    components: {
      'methodological-limitations': ['minor', 'Gaviria 1975 reports its methods thinly; the other three studies were well conducted.'],
      coherence: ['minor', 'One contradiction (skills used in Fiji, wasted in Botswana) is explained by the match between skills and local posts.'],
      adequacy: ['minor', 'Four studies with moderately rich data, but no participant quotes on this point.'],
      relevance: ['minor', 'Gaviria 1975 predates contemporary health systems.'],
    },
    overall: ['moderate', 'Minor concerns about all four components.'],
  },
  'h-changed-self': {
    components: {
      'methodological-limitations': ['minor', 'Mostly well-conducted studies; Gaviria 1975 thinly reported.'],
      coherence: ['moderate', 'An unexplained contradiction: raised expectations delayed return in Ireland but drove change in Pakistan.'],
      adequacy: ['minor', 'Four studies, two on each aspect of the finding.'],
      relevance: ['moderate', 'Partly from a high-income country (Ireland) and from 1975 (Peru).'],
    },
    overall: ['low', 'Moderate concerns about coherence and relevance.'],
  },
  'h-duty': {
    components: {
      'methodological-limitations': ['minor', 'The qualitative strand of Abdalla 2016 is thinly analysed.'],
      coherence: ['none', 'The three studies agree.'],
      adequacy: ['minor', 'Three studies and one participant quote.'],
      relevance: ['none', 'All three studies are of returnees to low- and middle-income countries.'],
    },
    overall: ['moderate', 'Minor concerns about methodological limitations and adequacy.'],
  },
  'h-family': {
    components: {
      'methodological-limitations': ['minor', 'Two of six studies report methods thinly.'],
      coherence: ['minor', 'One contradiction (families urging physicians to stay abroad) is explained by what the family depends on.'],
      adequacy: ['none', 'Six studies on five continents, with participant quotes.'],
      relevance: ['none', 'The finding holds across settings, including the one high-income country.'],
    },
    overall: ['high', 'Minor concerns about methodological limitations and coherence do not lower confidence in a finding supported by six studies.'],
  },
  'h-belonging': {
    components: {
      'methodological-limitations': ['minor', 'Adzei 2014 reports its analysis insufficiently.'],
      coherence: ['none', 'The four studies agree.'],
      adequacy: ['moderate', 'Four studies, but only author interpretations and no participant quotes.'],
      relevance: ['minor', 'One of four studies is from a high-income country.'],
    },
    overall: ['moderate', 'Moderate concerns about adequacy.'],
  },
  'h-next-generation': {
    components: {
      'methodological-limitations': ['none', 'Both studies were well conducted.'],
      coherence: ['none', 'The two studies agree.'],
      adequacy: ['serious', 'Only two studies, one of them with a single quote.'],
      relevance: ['moderate', 'One of the two studies is from a high-income country.'],
    },
    overall: ['low', 'Serious concerns about adequacy and moderate concerns about relevance.'],
  },
  'h-resources': {
    components: {
      'methodological-limitations': ['moderate', 'Two of three studies (Gaviria 1975, Adzei 2014) have important reporting gaps.'],
      coherence: ['none', 'The studies agree.'],
      adequacy: ['minor', 'Three studies, one participant quote.'],
      relevance: ['moderate', 'One study dates from 1975, when equipment gaps were of another kind.'],
    },
    overall: ['low', 'Moderate concerns about methodological limitations and relevance.'],
  },
  'h-recognition': {
    components: {
      'methodological-limitations': ['minor', 'Adzei 2014 reports its analysis insufficiently.'],
      coherence: ['none', 'The two studies agree.'],
      adequacy: ['moderate', 'Two studies, though with a participant quote.'],
      relevance: ['moderate', 'Half of the data come from a high-income country.'],
    },
    overall: ['low', 'Moderate concerns about adequacy and relevance.'],
  },
  'h-money': {
    components: {
      'methodological-limitations': ['minor', 'Adzei 2014 reports its analysis insufficiently.'],
      coherence: ['minor', 'The contradiction with Ireland is explained by whether pay covers living costs.'],
      adequacy: ['minor', 'Three studies, one participant quote.'],
      relevance: ['minor', 'One of three studies is from a high-income country.'],
    },
    overall: ['moderate', 'Minor concerns about all four components.'],
  },
  'h-system': {
    components: {
      'methodological-limitations': ['moderate', 'Gaviria 1975 and Abdalla 2016 are thinly reported.'],
      coherence: ['none', 'The four studies agree.'],
      adequacy: ['minor', 'Four studies, one participant quote.'],
      relevance: ['minor', 'Gaviria 1975 predates contemporary health systems.'],
    },
    overall: ['moderate', 'Moderate concerns about methodological limitations.'],
  },
};

/** An illustrative set of low- and middle-income countries for the protocol's relevance criterion. */
const lowAndMiddleIncome = ['BD', 'BW', 'EG', 'ET', 'FJ', 'GH', 'IN', 'KE', 'NG', 'PE', 'PH', 'PK', 'SD', 'UG', 'ZA', 'ZW'];

/**
 * Builds the seven-study example. Deterministic: the same options give the same value, event for event.
 * Throws INTERNAL if its own data are inconsistent (an excerpt not found on its page), which a test guards.
 *
 * @example
 * const example = buildSevenStudies();
 * juxtapositionGrid(example.state, { qualityOf: example.qualityOf });
 */
export function buildSevenStudies(options: SevenStudiesOptions = {}): SevenStudiesExample {
  const startMs = Date.parse(options.start ?? '2024-03-04T09:00:00Z');
  if (Number.isNaN(startMs)) throw new AppError('INVALID_ARGUMENT', `Not a date-time: ${options.start}.`);
  let tick = 0;
  const nextAt = (): string => new Date(startMs + 60_000 * tick++).toISOString();
  const meta = (who: 'lead' | 'second' = 'lead'): EventMeta => ({ actor: sevenStudiesReviewers[who], at: nextAt() });
  const events: SynthesisEvent[] = [];
  const documents: Record<string, readonly string[]> = {};

  for (const s of studies) {
    documents[s.id] = s.pages;
    const reportId = `rec-${s.id.slice(2)}-${s.year}`;
    events.push(createEvent('study', Study.create({ id: s.id, label: s.label, year: s.year, reportIds: [reportId] }), meta()));
  }
  for (const [id, studyId, page, quote] of excerpts) {
    const text = documents[studyId]?.[page - 1] ?? '';
    const start = text.indexOf(quote);
    if (start < 0) throw new AppError('INTERNAL', `Example excerpt ${id} is not on page ${page} of ${studyId}.`);
    events.push(createEvent('excerpt', Excerpt.fromSpan({ id, studyId, fileId: `file-${studyId}`, page, source: text, start, end: start + quote.length }), meta()));
  }
  for (const [id, studyId, order, label, text, excerptIds] of constructs) {
    events.push(createEvent('construct', Construct.create({ id, order, studyId, label, text, excerptIds }), meta()));
  }
  for (const [id, label, description, constructIds] of concepts) {
    events.push(createEvent('concept', Concept.create({ id, label, description }), meta()));
    for (const constructId of constructIds) {
      events.push({ type: 'link', relation: 'grid', conceptId: ConceptId.of(id), constructId: ConstructId.of(constructId), ...meta() });
    }
  }
  // A cell with a note only: the team recording that a study is silent on a concept, which is not evidence.
  events.push(
    createEvent(
      'gridCell',
      GridCell.create({ studyId: 's-humphries', conceptId: 'k-duty', note: 'Not discussed: return is framed as a career choice, not a debt.' }),
      meta('second'),
    ),
  );
  events.push({
    type: 'set-translation-order',
    order: TranslationOrder.create({ kind: 'index-study', indexStudyId: 's-motlhatlhedi' }),
    ...meta(),
  });
  for (const [id, conceptId, summary, links] of translations) {
    events.push(createEvent('translation', Translation.create({ id, conceptId, summary }), meta()));
    links.forEach(([linkId, from, to, kind, fromC, toC, rationale, resolution], i) => {
      const m = meta(i % 2 === 0 ? 'lead' : 'second');
      events.push({
        type: 'link',
        relation: 'translation',
        translationId: TranslationId.of(id),
        link: TranslationLink.create({
          id: linkId,
          fromStudyId: from,
          toStudyId: to,
          kind,
          fromConstructIds: fromC,
          toConstructIds: toC,
          rationale,
          ...(resolution !== undefined ? { resolution } : {}),
          author: m.actor,
          at: m.at,
        }),
        ...m,
      });
    });
  }
  for (const [id, label, description, parentId, conceptIds, constructIds] of thirdOrders) {
    events.push(createEvent('thirdOrder', ThirdOrderConstruct.create({ id, label, description, parentId, conceptIds, constructIds }), meta()));
  }
  events.push(
    createEvent(
      'lineOfArgument',
      LineOfArgument.create({
        id: 'loa-main',
        title: 'Return as a negotiated settlement',
        text:
          'Return was a settlement that doctors negotiated between ties that pulled them home and a professional system that pushed them away again. ' +
          'Family, belonging and a sense of debt made return desirable; what returnees had become abroad shaped how they met their workplaces; ' +
          'and pay, posts, resources and patronage decided whether the settlement held.',
        nodes: [
          { kind: 'thirdOrder', id: 'o-personal' },
          { kind: 'thirdOrder', id: 'o-social' },
          { kind: 'thirdOrder', id: 'o-reintegration' },
          { kind: 'thirdOrder', id: 'h-family' },
          { kind: 'thirdOrder', id: 'h-money' },
        ],
        edges: [
          { from: { kind: 'thirdOrder', id: 'o-social' }, to: { kind: 'thirdOrder', id: 'o-reintegration' }, kind: 'in-tension-with', label: 'pull home against push away' },
          { from: { kind: 'thirdOrder', id: 'o-personal' }, to: { kind: 'thirdOrder', id: 'o-reintegration' }, kind: 'shapes', label: 'expectations colour reintegration' },
          { from: { kind: 'thirdOrder', id: 'h-family' }, to: { kind: 'thirdOrder', id: 'h-money' }, kind: 'in-tension-with', label: 'care at home against remittances' },
        ],
      }),
      meta(),
    ),
  );
  for (const [id, who, tag, text, about] of memos) {
    const m = meta(who);
    events.push(createEvent('memo', Memo.create({ id, author: m.actor, at: m.at, text, tag, ...(about ? { about } : {}) }), m));
  }
  const commentMeta = meta('second');
  events.push(
    createEvent(
      'comment',
      Comment.create({
        id: 'x-unexplained-1',
        author: commentMeta.actor,
        at: commentMeta.at,
        text: 'Can we explain this contradiction? Career stage may differ between the two samples.',
        on: { kind: 'translationLink', id: 'l-expectations-1' },
      }),
      commentMeta,
    ),
  );
  for (const [a, b, verdict] of [
    ['c-oman-obligation', 'c-abd-contribute', 'accepted'],
    ['c-adzei-pay', 'c-hum-career', 'rejected'],
  ] as const) {
    const m = meta();
    events.push({ type: 'decide-suggestion', decision: SuggestionDecision.create({ constructIds: [a, b], verdict, decidedBy: m.actor, at: m.at }), ...m });
  }
  const state = applySynthesisEvents(emptySynthesisState, events);

  const checklist = caspQualitative;
  const answerValue: Readonly<Record<string, string>> = { Y: 'yes', N: 'no', C: 'cant-tell' };
  const appraisals: StudyAppraisal[] = [];
  for (const s of studies) {
    const spec = appraisalSpecs[s.id];
    if (!spec) continue;
    const answersWith = (differs: Readonly<Record<number, string>>, withComments: boolean) => [
      ...[...spec.answers].map((letter, i) => ({
        itemId: `q${i + 1}`,
        value: answerValue[differs[i + 1] ?? letter] ?? 'cant-tell',
        ...(withComments && spec.comments?.[i + 1] ? { comment: spec.comments[i + 1] } : {}),
      })),
      { itemId: 'q10', text: spec.value },
    ];
    for (const [role, who, differs] of [
      ['reviewer', 'lead', spec.leadDiffers ?? {}],
      ['reviewer', 'second', spec.secondDiffers],
      ['consensus', 'lead', {}],
    ] as const) {
      const m = meta(who);
      appraisals.push(
        StudyAppraisal.create(checklist, {
          studyId: s.id,
          role,
          by: m.actor,
          at: m.at,
          answers: answersWith(differs, who === 'lead'),
          ...(role === 'consensus' ? { overallComment: spec.overall } : {}),
        }),
      );
    }
  }

  const characteristics = studies.map((s) => StudyCharacteristics.create(s.id, s.characteristics));
  const findings = defaultFindings(state);
  const assessments = findings.map((f) => {
    const spec = f.thirdOrderId ? cerqualSpecs[f.thirdOrderId] : undefined;
    if (!spec) throw new AppError('INTERNAL', `The example has no CERQual assessment for ${f.id}.`);
    const m = meta();
    return CerqualAssessment.create({
      findingId: f.id,
      components: Object.fromEntries(Object.entries(spec.components).map(([k, [concerns, explanation]]) => [k, { concerns, explanation }])),
      overall: { confidence: spec.overall[0], explanation: spec.overall[1] },
      assessedBy: m.actor,
      at: m.at,
    });
  });
  const ratings = new Map(
    appraisals.filter((a) => a.role === 'consensus').map((a) => [a.studyId, appraisalRating(checklist, a)] as const),
  );

  return {
    documents,
    events,
    state,
    checklist,
    appraisals,
    form: defaultCharacteristicsForm,
    characteristics,
    relevance: [
      { fieldId: 'country', label: 'Returnees to low- and middle-income countries', anyOf: lowAndMiddleIncome },
      { fieldId: 'year', label: 'Contemporary health systems (since 1990)', min: 1990 },
    ],
    findings,
    assessments,
    qualityOf: (studyId) => ratings.get(StudyId.of(studyId)),
  };
}
