/**
 * Writes the database export files, the work key (`works.json`) and the screening decisions
 * (`screening.json`) of the built-in example review, "Return migration of international medical
 * graduates".
 *
 *     npx tsx examples/img-return-migration/generate-records.ts
 *
 * Everything here is illustrative. The seven included studies are real publications, given by their
 * bibliographic facts only (authors, title, journal, year, volume, DOI where known); their abstracts are
 * short summaries written for this example, not the published abstracts. Every other record — titles,
 * authors, abstracts — is invented from the word lists below. Invented records carry no real DOI (none,
 * or one under the example prefix 10.5555/), and every accession number and PMID in the files, for
 * real and invented records alike, is an invented placeholder starting with 99.
 *
 * The output is deterministic: the same seed gives the same files, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20240212;

// ---- seeded random source -------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const chance = (p: number): boolean => random() < p;
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---- the model ------------------------------------------------------------------------------------

type Db = 'embase' | 'medline' | 'scopus' | 'cinahl' | 'assia';
const dbs: readonly Db[] = ['embase', 'assia', 'medline', 'scopus', 'cinahl'];

type Reason =
  | 'not-return-migration'
  | 'wrong-population'
  | 'not-qualitative'
  | 'wrong-publication-type'
  | 'returnee-data-not-separable'
  | 'no-full-report';

type Vote = { decision: 'include' | 'exclude'; reason?: Reason; note?: string };

/** `given` is a full given name for invented people, initials only for the real studies' authors. */
type Person = { family: string; given: string };

type Journal = {
  name: string;
  /** PubMed's `TA` and `JT`; absent for journals not indexed in MEDLINE. */
  medline?: { ta: string; jt: string };
  /** Scopus's abbreviated source title. */
  abbrev: string;
  start: number;
  end?: number;
  publisher: string;
  place: string;
  /** Online journals number articles instead of pages. */
  locator?: 'plos' | 'bmj' | 'article';
  code: string;
  /** Which databases index it (beyond the category's own tendencies). */
  social?: boolean;
};

type WorkType = 'article' | 'conference-abstract' | 'erratum' | 'review' | 'editorial' | 'thesis' | 'report' | 'chapter';

type Work = {
  key: string;
  kind: 'study' | 'candidate' | 'special' | 'template' | 'manual';
  type: WorkType;
  title: string;
  authors: Person[];
  year: number;
  month?: number;
  journal?: Journal;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  abstract?: string;
  keywords: string[];
  mesh?: string[];
  language?: { code: string; name: string; original: string };
  dbs: Db[];
  pmid?: string;
  noDoiIn?: Db[];
  titleIn?: Partial<Record<Db, string>>;
  /** A database that still holds the online-first record: a year earlier, no volume, issue, pages or DOI. */
  aheadOfPrintIn?: Db;
  ta?: { ana: Vote; ben: Vote; resolution?: { decision: 'include' | 'exclude'; reason?: Reason; note: string } };
  retrieval?: { outcome: 'retrieved' | 'not-retrieved'; note?: string };
  ft?: { ana: Vote; ben: Vote; resolution?: { decision: 'include' | 'exclude'; reason?: Reason; note: string } };
  /** Manual-search records: what kind of item, where it was found. */
  manual?: { ris: string; found: string; publisher?: string; place?: string; container?: string; university?: string };
};

// ---- journals (real names; the invented records' volumes and pages are invented) -------------------

const J = (j: Journal): Journal => j;
const journals = {
  hrh: J({ name: 'Human Resources for Health', medline: { ta: 'Hum Resour Health', jt: 'Human resources for health' }, abbrev: 'Hum. Resour. Health', start: 2003, publisher: 'BioMed Central Ltd.', place: 'United Kingdom', locator: 'article', code: 'hrh' }),
  plos: J({ name: 'PLoS ONE', medline: { ta: 'PLoS One', jt: 'PloS one' }, abbrev: 'PLoS ONE', start: 2006, publisher: 'Public Library of Science', place: 'United States', locator: 'plos', code: 'pone' }),
  jme: J({ name: 'Journal of Medical Education', medline: { ta: 'J Med Educ', jt: 'Journal of medical education' }, abbrev: 'J. Med. Educ.', start: 1952, end: 1988, publisher: 'Association of American Medical Colleges', place: 'United States', code: 'jme' }),
  apjhm: J({ name: 'Asia Pacific Journal of Health Management', abbrev: 'Asia Pac. J. Health Manage.', start: 2006, publisher: 'Australasian College of Health Service Management', place: 'Australia', code: 'apjhm', social: true }),
  ijmhsc: J({ name: 'International Journal of Migration, Health and Social Care', abbrev: 'Int. J. Migr. Health Soc. Care', start: 2005, publisher: 'Emerald Group Publishing Ltd.', place: 'United Kingdom', code: 'ijmhsc', social: true }),
  globalHealth: J({ name: 'Globalization and Health', medline: { ta: 'Global Health', jt: 'Globalization and health' }, abbrev: 'Global. Health', start: 2005, publisher: 'BioMed Central Ltd.', place: 'United Kingdom', locator: 'article', code: 'glob' }),
  bmjOpen: J({ name: 'BMJ Open', medline: { ta: 'BMJ Open', jt: 'BMJ open' }, abbrev: 'BMJ Open', start: 2011, publisher: 'BMJ Publishing Group', place: 'United Kingdom', locator: 'bmj', code: 'bmjopen' }),
  ssm: J({ name: 'Social Science and Medicine', medline: { ta: 'Soc Sci Med', jt: 'Social science & medicine (1982)' }, abbrev: 'Soc. Sci. Med.', start: 1967, publisher: 'Elsevier Ltd', place: 'United Kingdom', code: 'ssm', social: true }),
  medEduc: J({ name: 'Medical Education', medline: { ta: 'Med Educ', jt: 'Medical education' }, abbrev: 'Med. Educ.', start: 1976, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'medu' }),
  medTeach: J({ name: 'Medical Teacher', medline: { ta: 'Med Teach', jt: 'Medical teacher' }, abbrev: 'Med. Teach.', start: 1979, publisher: 'Taylor and Francis Ltd.', place: 'United Kingdom', code: 'mte' }),
  bmcMedEduc: J({ name: 'BMC Medical Education', medline: { ta: 'BMC Med Educ', jt: 'BMC medical education' }, abbrev: 'BMC Med. Educ.', start: 2001, publisher: 'BioMed Central Ltd.', place: 'United Kingdom', locator: 'article', code: 'bmcme' }),
  bmcHsr: J({ name: 'BMC Health Services Research', medline: { ta: 'BMC Health Serv Res', jt: 'BMC health services research' }, abbrev: 'BMC Health Serv. Res.', start: 2001, publisher: 'BioMed Central Ltd.', place: 'United Kingdom', locator: 'article', code: 'bmchsr' }),
  ijns: J({ name: 'International Journal of Nursing Studies', medline: { ta: 'Int J Nurs Stud', jt: 'International journal of nursing studies' }, abbrev: 'Int. J. Nurs. Stud.', start: 1963, publisher: 'Elsevier Ltd', place: 'United Kingdom', code: 'ijns' }),
  inr: J({ name: 'International Nursing Review', medline: { ta: 'Int Nurs Rev', jt: 'International nursing review' }, abbrev: 'Int. Nurs. Rev.', start: 1954, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'inr' }),
  jan: J({ name: 'Journal of Advanced Nursing', medline: { ta: 'J Adv Nurs', jt: 'Journal of advanced nursing' }, abbrev: 'J. Adv. Nurs.', start: 1976, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'jan' }),
  hpp: J({ name: 'Health Policy and Planning', medline: { ta: 'Health Policy Plan', jt: 'Health policy and planning' }, abbrev: 'Health Policy Plann.', start: 1986, publisher: 'Oxford University Press', place: 'United Kingdom', code: 'heapol' }),
  intMigr: J({ name: 'International Migration', abbrev: 'Int. Migr.', start: 1963, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'imig', social: true }),
  jems: J({ name: 'Journal of Ethnic and Migration Studies', abbrev: 'J. Ethn. Migr. Stud.', start: 1998, publisher: 'Routledge', place: 'United Kingdom', code: 'jems', social: true }),
  psp: J({ name: 'Population, Space and Place', abbrev: 'Popul. Space Place', start: 2004, publisher: 'John Wiley and Sons Ltd', place: 'United Kingdom', code: 'psp', social: true }),
  globalNetworks: J({ name: 'Global Networks', abbrev: 'Global Netw.', start: 2001, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'glob-net', social: true }),
  acadMed: J({ name: 'Academic Medicine', medline: { ta: 'Acad Med', jt: 'Academic medicine : journal of the Association of American Medical Colleges' }, abbrev: 'Acad. Med.', start: 1989, publisher: 'Lippincott Williams and Wilkins', place: 'United States', code: 'acm' }),
  canFamPhys: J({ name: 'Canadian Family Physician', medline: { ta: 'Can Fam Physician', jt: 'Canadian family physician Medecin de famille canadien' }, abbrev: 'Can. Fam. Phys.', start: 1967, publisher: 'College of Family Physicians of Canada', place: 'Canada', code: 'cfp' }),
  mja: J({ name: 'Medical Journal of Australia', medline: { ta: 'Med J Aust', jt: 'The Medical journal of Australia' }, abbrev: 'Med. J. Aust.', start: 1914, publisher: 'John Wiley and Sons Inc.', place: 'Australia', code: 'mja' }),
  rrh: J({ name: 'Rural and Remote Health', medline: { ta: 'Rural Remote Health', jt: 'Rural and remote health' }, abbrev: 'Rural Remote Health', start: 2001, publisher: 'ARHEN', place: 'Australia', locator: 'article', code: 'rrh' }),
  pamj: J({ name: 'Pan African Medical Journal', medline: { ta: 'Pan Afr Med J', jt: 'The Pan African medical journal' }, abbrev: 'Pan Afr. Med. J.', start: 2008, publisher: 'African Field Epidemiology Network', place: 'Uganda', locator: 'article', code: 'pamj' }),
  healthAff: J({ name: 'Health Affairs', medline: { ta: 'Health Aff (Millwood)', jt: 'Health affairs (Project Hope)' }, abbrev: 'Health Aff.', start: 1981, publisher: 'Project HOPE', place: 'United States', code: 'hlthaff' }),
  bullWho: J({ name: 'Bulletin of the World Health Organization', medline: { ta: 'Bull World Health Organ', jt: 'Bulletin of the World Health Organization' }, abbrev: 'Bull. World Health Organ.', start: 1947, publisher: 'World Health Organization', place: 'Switzerland', code: 'blt' }),
  ijhpm: J({ name: 'International Journal of Health Planning and Management', medline: { ta: 'Int J Health Plann Manage', jt: 'The International journal of health planning and management' }, abbrev: 'Int. J. Health Plann. Manage.', start: 1985, publisher: 'John Wiley and Sons Ltd', place: 'United Kingdom', code: 'hpm' }),
  mjm: J({ name: 'Medical Journal of Malaysia', medline: { ta: 'Med J Malaysia', jt: 'The Medical journal of Malaysia' }, abbrev: 'Med. J. Malays.', start: 1963, publisher: 'Malaysian Medical Association', place: 'Malaysia', code: 'mjm' }),
  irishMedJ: J({ name: 'Irish Medical Journal', medline: { ta: 'Ir Med J', jt: 'Irish medical journal' }, abbrev: 'Ir. Med. J.', start: 1974, publisher: 'Irish Medical Organisation', place: 'Ireland', code: 'imj' }),
  jnm: J({ name: 'Journal of Nursing Management', medline: { ta: 'J Nurs Manag', jt: 'Journal of nursing management' }, abbrev: 'J. Nurs. Manage.', start: 1993, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'jonm' }),
  qhr: J({ name: 'Qualitative Health Research', medline: { ta: 'Qual Health Res', jt: 'Qualitative health research' }, abbrev: 'Qual. Health Res.', start: 1991, publisher: 'SAGE Publications Inc.', place: 'United States', code: 'qhr' }),
  tmih: J({ name: 'Tropical Medicine and International Health', medline: { ta: 'Trop Med Int Health', jt: 'Tropical medicine & international health : TM & IH' }, abbrev: 'Trop. Med. Int. Health', start: 1996, publisher: 'Wiley-Blackwell', place: 'United Kingdom', code: 'tmi' }),
  migrStud: J({ name: 'Migration Studies', abbrev: 'Migr. Stud.', start: 2013, publisher: 'Oxford University Press', place: 'United Kingdom', code: 'migration', social: true }),
};
type JournalKey = keyof typeof journals;

// ---- invented people ------------------------------------------------------------------------------

const namePools = {
  ghana: { family: ['Mensah', 'Osei', 'Adjei', 'Boateng', 'Owusu', 'Danquah', 'Asante', 'Appiah'], given: ['Kwame', 'Akosua', 'Yaw', 'Efua', 'Kofi', 'Abena', 'Ama', 'Kwabena'] },
  nigeria: { family: ['Okafor', 'Eze', 'Adeyemi', 'Balogun', 'Nwosu', 'Olawale', 'Ibrahim', 'Okonkwo'], given: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Tunde', 'Ifeoma', 'Emeka', 'Funmilayo'] },
  eastAfrica: { family: ['Mwangi', 'Otieno', 'Kamau', 'Wanjiru', 'Nsubuga', 'Mugisha', 'Achieng', 'Kato', 'Okello'], given: ['Wanjiku', 'Brian', 'Grace', 'Samuel', 'Joseph', 'Esther', 'Moses', 'Agnes'] },
  ethiopia: { family: ['Abebe', 'Tesfaye', 'Bekele', 'Haile', 'Girma', 'Alemu', 'Tadesse', 'Mekonnen'], given: ['Meron', 'Dawit', 'Hiwot', 'Selam', 'Yonas', 'Tigist', 'Biruk', 'Mulu'] },
  southernAfrica: { family: ['Banda', 'Phiri', 'Moyo', 'Ndlovu', 'Dlamini', 'Nkosi', 'Mutasa', 'Chikwanha', 'Sibanda', 'Mokoena', 'Tembo', 'Mabuza'], given: ['Tendai', 'Chipo', 'Thandiwe', 'Sipho', 'Lerato', 'Farai', 'Nomsa', 'Tatenda', 'Kagiso', 'Rudo', 'Mpho', 'Blessing'] },
  india: { family: ['Sharma', 'Gupta', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Mehta'], given: ['Priya', 'Anil', 'Rajesh', 'Sunita', 'Shreya', 'Vikram', 'Lakshmi'] },
  pakistan: { family: ['Khan', 'Iqbal', 'Siddiqui', 'Malik', 'Qureshi', 'Butt'], given: ['Imran', 'Ayesha', 'Tariq', 'Nadia', 'Saima', 'Usman'] },
  bangladesh: { family: ['Rahman', 'Hossain', 'Chowdhury', 'Islam', 'Akter'], given: ['Farhana', 'Kamal', 'Nusrat', 'Rafiq', 'Taslima'] },
  sriLanka: { family: ['Perera', 'Fernando', 'Jayasinghe', 'Wickramasinghe', 'Silva'], given: ['Nimal', 'Dilini', 'Chaminda', 'Sanduni', 'Ruwan'] },
  nepal: { family: ['Shrestha', 'Adhikari', 'Sharma', 'Gurung', 'Thapa', 'Karki'], given: ['Bikash', 'Sunita', 'Anjana', 'Rajan', 'Pratiksha', 'Suman'] },
  china: { family: ['Chen', 'Wang', 'Li', 'Lin', 'Zhang', 'Liu', 'Huang', 'Zhou'], given: ['Wei', 'Mei', 'Jun', 'Hui', 'Xiaoming', 'Lan', 'Jie', 'Ying'] },
  vietnam: { family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang'], given: ['Hoa', 'Minh', 'Lan Anh', 'Duc', 'Thu'] },
  philippines: { family: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Mendoza', 'Villanueva'], given: ['Maria Luisa', 'Jose', 'Ramon', 'Cristina', 'Angelica', 'Paolo'] },
  indonesia: { family: ['Wijaya', 'Santoso', 'Pratama', 'Hidayat', 'Saputra'], given: ['Ayu', 'Budi', 'Dewi', 'Rizky', 'Sri'] },
  malaysia: { family: ['Tan', 'Lim', 'Wong', 'Abdullah', 'Ismail', 'Rahim'], given: ['Siew Ling', 'Ahmad', 'Mei Ling', 'Farid', 'Kok Wai'] },
  fiji: { family: ['Naidu', 'Prasad', 'Ravono', 'Tamata', 'Kumar', 'Waqa'], given: ['Sereana', 'Ravi', 'Mere', 'Losana', 'Anjali', 'Jone'] },
  samoa: { family: ['Tuilagi', 'Aiga', 'Leota', 'Faleolo', 'Tavita'], given: ['Sione', 'Ioane', 'Vika', 'Malia', 'Losa'] },
  spanish: { family: ['García', 'Rodríguez', 'Fernández', 'Morales', 'Rojas', 'Quispe', 'Castillo', 'Vargas'], given: ['Lucía', 'Carlos', 'Diego', 'Mariana', 'Javier', 'Camila', 'Andrés', 'Valeria'] },
  lusophone: { family: ['Silva', 'Santos', 'Pereira', 'Oliveira', 'Costa', 'Ferreira', 'Almeida'], given: ['Ana Paula', 'Rafael', 'Beatriz', 'Tomás', 'João', 'Mariana', 'Luís'] },
  arabic: { family: ['Haddad', 'Khoury', 'Nasser', 'Saleh', 'Mansour', 'Abdelrahman', 'Osman', 'Hamid'], given: ['Rania', 'Omar', 'Layla', 'Karim', 'Yousef', 'Huda', 'Tarek', 'Amal'] },
  turkey: { family: ['Yilmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik'], given: ['Zeynep', 'Mehmet', 'Elif', 'Emre', 'Ayşe'] },
  iran: { family: ['Hosseini', 'Karimi', 'Ahmadi', 'Rezaei', 'Moradi'], given: ['Reza', 'Shirin', 'Maryam', 'Ali', 'Parisa'] },
  irish: { family: ['Murphy', 'Kelly', 'Walsh', 'Brennan', 'Byrne', "O'Connor", 'Ryan'], given: ['Siobhan', 'Ciaran', 'Aoife', 'Niamh', 'Sean', 'Declan'] },
  polish: { family: ['Nowak', 'Kowalski', 'Wiśniewska', 'Zieliński', 'Kamiński'], given: ['Tomasz', 'Katarzyna', 'Piotr', 'Agnieszka', 'Marta'] },
  romanian: { family: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Georgescu'], given: ['Andrei', 'Elena', 'Ioana', 'Mihai', 'Alexandra'] },
  lithuanian: { family: ['Petrauskas', 'Kazlauskas', 'Vasiliauskas', 'Jankauskas'], given: ['Tomas', 'Mantas', 'Darius', 'Paulius'] },
  greek: { family: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Dimitriou'], given: ['Nikos', 'Eleni', 'Maria', 'Giorgos'] },
  albanian: { family: ['Hoxha', 'Shehu', 'Gashi', 'Krasniqi', 'Leka'], given: ['Arben', 'Elira', 'Besnik', 'Drita'] },
  uk: { family: ['Hughes', 'Morgan', 'Taylor', 'Clarke', 'Evans', 'Wright', 'Shaw'], given: ['Helen', 'David', 'Sarah', 'James', 'Rachel', 'Thomas'] },
  german: { family: ['Schmidt', 'Müller', 'Wagner', 'Becker', 'Hoffmann'], given: ['Johanna', 'Lukas', 'Katrin', 'Jan', 'Anna'] },
  norwegian: { family: ['Larsen', 'Hansen', 'Johansen', 'Berg', 'Halvorsen'], given: ['Lars', 'Ingrid', 'Kari', 'Erik', 'Sigrid'] },
  anglo: { family: ['Anderson', 'Thompson', 'Miller', 'Robinson', 'Campbell', 'Bennett', 'Foster', 'Gordon', 'Reid'], given: ['Emily', 'Michael', 'Jennifer', 'Andrew', 'Rebecca', 'Daniel', 'Laura', 'Christopher', 'Megan', 'Paul'] },
  caribbean: { family: ['Campbell', 'Brown', 'Williams', 'Grant', 'Francis', 'Henry'], given: ['Marcia', 'Andre', 'Keisha', 'Dwayne', 'Sandra'] },
} as const satisfies Record<string, { family: readonly string[]; given: readonly string[] }>;
type Pool = keyof typeof namePools;

type Country = { name: string; pool: Pool };
const homes: readonly Country[] = [
  { name: 'Ghana', pool: 'ghana' },
  { name: 'Nigeria', pool: 'nigeria' },
  { name: 'Kenya', pool: 'eastAfrica' },
  { name: 'Uganda', pool: 'eastAfrica' },
  { name: 'Ethiopia', pool: 'ethiopia' },
  { name: 'Zimbabwe', pool: 'southernAfrica' },
  { name: 'Zambia', pool: 'southernAfrica' },
  { name: 'Malawi', pool: 'southernAfrica' },
  { name: 'South Africa', pool: 'southernAfrica' },
  { name: 'India', pool: 'india' },
  { name: 'Pakistan', pool: 'pakistan' },
  { name: 'Bangladesh', pool: 'bangladesh' },
  { name: 'Sri Lanka', pool: 'sriLanka' },
  { name: 'Nepal', pool: 'nepal' },
  { name: 'the Philippines', pool: 'philippines' },
  { name: 'Vietnam', pool: 'vietnam' },
  { name: 'China', pool: 'china' },
  { name: 'Indonesia', pool: 'indonesia' },
  { name: 'Fiji', pool: 'fiji' },
  { name: 'Samoa', pool: 'samoa' },
  { name: 'Peru', pool: 'spanish' },
  { name: 'Colombia', pool: 'spanish' },
  { name: 'Brazil', pool: 'lusophone' },
  { name: 'Mexico', pool: 'spanish' },
  { name: 'Lebanon', pool: 'arabic' },
  { name: 'Egypt', pool: 'arabic' },
  { name: 'Sudan', pool: 'arabic' },
  { name: 'Iran', pool: 'iran' },
  { name: 'Turkey', pool: 'turkey' },
  { name: 'Poland', pool: 'polish' },
  { name: 'Romania', pool: 'romanian' },
  { name: 'Lithuania', pool: 'lithuanian' },
  { name: 'Ireland', pool: 'irish' },
  { name: 'Portugal', pool: 'lusophone' },
  { name: 'Greece', pool: 'greek' },
];
const hosts: readonly Country[] = [
  { name: 'the United Kingdom', pool: 'uk' },
  { name: 'the United States', pool: 'anglo' },
  { name: 'Canada', pool: 'anglo' },
  { name: 'Australia', pool: 'anglo' },
  { name: 'New Zealand', pool: 'anglo' },
  { name: 'Ireland', pool: 'irish' },
  { name: 'Germany', pool: 'german' },
  { name: 'Saudi Arabia', pool: 'arabic' },
  { name: 'Norway', pool: 'norwegian' },
];
const specialties = ['surgery', 'psychiatry', 'family medicine', 'anaesthesia', 'paediatrics', 'obstetrics and gynaecology', 'internal medicine', 'general practice'] as const;

function person(pool: Pool): Person {
  const p = namePools[pool];
  const given = chance(0.25) ? `${pick(p.given)} ${String.fromCharCode(65 + int(0, 25))}` : pick(p.given);
  return { family: pick(p.family), given };
}
function team(first: Pool, n: number, other: Pool = first): Person[] {
  const out: Person[] = [person(first)];
  const available = new Set([...namePools[first].family, ...namePools[other].family]).size;
  while (out.length < Math.min(n, available)) {
    const p = person(chance(0.6) ? first : other);
    if (!out.some((q) => q.family === p.family)) out.push(p);
  }
  return out;
}

// ---- the seven included studies (bibliographic facts only; abstracts written for the example) -----

const include = (note?: string): { ana: Vote; ben: Vote } => ({ ana: { decision: 'include', ...(note ? { note } : {}) }, ben: { decision: 'include' } });

const studies: Work[] = [
  {
    key: 'gaviria-1975',
    kind: 'study',
    type: 'article',
    title: 'Foreign medical graduates who return home after U.S. residency training: the Peruvian case',
    authors: [{ family: 'Gaviria', given: 'M' }, { family: 'Wintrob', given: 'R' }],
    year: 1975,
    journal: journals.jme,
    volume: '50',
    issue: '2',
    keywords: [],
    mesh: ['Foreign Medical Graduates', 'Humans', '*Internship and Residency', 'Peru', 'United States'],
    dbs: ['medline', 'scopus'],
    titleIn: { scopus: 'Foreign medical graduates who return home after U.S. residency training. The Peruvian case' },
    ta: include('No abstract; title alone describes returnees after training abroad.'),
    retrieval: { outcome: 'retrieved', note: 'Scanned article from the library archive.' },
    ft: include(),
  },
  {
    key: 'motlhatlhedi-2018',
    kind: 'study',
    type: 'article',
    title: "Home is home\u2014Botswana's return migrant health workers",
    authors: [{ family: 'Motlhatlhedi', given: 'K' }, { family: 'Nkomazana', given: 'O' }],
    year: 2018,
    journal: journals.plos,
    volume: '13',
    issue: '11',
    pages: 'e0206969',
    doi: '10.1371/journal.pone.0206969',
    abstract:
      'Health workers who had worked or trained abroad and then came back to Botswana took part in interviews about why they returned and how they settled again. Family ties and missing home drew them back, whereas poor quality of care, limited progression and feeling undervalued had made them leave. Difficulties in fitting back into the health system were becoming a fresh reason to consider leaving.',
    keywords: ['return migration', 'health workers', 'Botswana', 'qualitative research'],
    mesh: ['Botswana', '*Emigration and Immigration', '*Health Personnel/psychology', 'Humans', 'Qualitative Research'],
    dbs: ['medline', 'embase', 'scopus', 'cinahl'],
    titleIn: { medline: "Home is home-Botswana's return migrant health workers" },
    noDoiIn: ['cinahl'],
    ta: include(),
    retrieval: { outcome: 'retrieved' },
    ft: include('Doctors form part of the sample; their accounts are identifiable.'),
  },
  {
    key: 'arif-2019',
    kind: 'study',
    type: 'article',
    title: "To remain, migrate abroad or resettle: a complex dynamic process affecting Pakistani physicians' career decisions",
    authors: [{ family: 'Arif', given: 'M' }, { family: 'Cruickshank', given: 'M' }, { family: 'Fraser', given: 'J' }],
    year: 2019,
    journal: journals.apjhm,
    volume: '14',
    issue: '3',
    doi: '10.24083/apjhm.v14i3.321',
    abstract:
      'Thirteen Pakistani physicians who had stayed at home, left for Australia or come back were interviewed by telephone about their career decisions. Staying, leaving and resettling were shaped over time by family, personal and societal considerations, and settling back home depended on securing a permanent post.',
    keywords: ['physician migration', 'return migration', 'Pakistan', 'career decisions', 'phenomenology'],
    dbs: ['scopus', 'assia', 'cinahl'],
    titleIn: { assia: "To Remain, Migrate Abroad or Resettle: A Complex Dynamic Process Affecting Pakistani Physicians' Career Decisions" },
    ta: include(),
    retrieval: { outcome: 'retrieved' },
    ft: include('Returners reported as a distinct group.'),
  },
  {
    key: 'oman-2009',
    kind: 'study',
    type: 'article',
    title: 'Specialist training in Fiji: why do graduates migrate, and why do they remain? A qualitative study',
    authors: [{ family: 'Oman', given: 'KM' }, { family: 'Moulds', given: 'R' }, { family: 'Usher', given: 'K' }],
    year: 2009,
    journal: journals.hrh,
    volume: '7',
    pages: '9',
    abstract:
      'Semi-structured interviews with thirty-six doctors explored why graduates of specialist training in Fiji leave for Australia or New Zealand and why others stay or come back. Political instability, family obligations and blocked career progression shaped their choices, and a drift towards private practice was described.',
    keywords: ['Fiji', 'medical migration', 'specialist training', 'qualitative'],
    mesh: ['Emigration and Immigration', 'Fiji', 'Humans', 'Interviews as Topic', '*Physicians', '*Specialization'],
    dbs: ['medline', 'embase', 'scopus', 'cinahl'],
    titleIn: { embase: 'Specialist training in Fiji: Why do graduates migrate, and why do they remain? A qualitative study' },
    ta: include(),
    retrieval: { outcome: 'retrieved' },
    ft: include('Includes doctors who returned to Fiji after working abroad.'),
  },
  {
    key: 'humphries-2017',
    kind: 'study',
    type: 'article',
    title: "The consequences of Ireland's culture of medical migration",
    authors: [
      { family: 'Humphries', given: 'N' },
      { family: 'Crowe', given: 'S' },
      { family: 'McDermott', given: 'C' },
      { family: 'McAleese', given: 'S' },
      { family: 'Brugha', given: 'R' },
    ],
    year: 2017,
    journal: journals.hrh,
    volume: '15',
    doi: '10.1186/s12960-017-0263-7',
    abstract:
      'Fifty Irish doctors who had emigrated to Australia, the United Kingdom, the United States or Canada took part in in-depth interviews about Ireland\u2019s long tradition of medical migration. Leaving was treated as a normal stage of training, on the understanding that doctors would come back with new skills; what that expectation means for the health system is discussed.',
    keywords: ['medical migration', 'Ireland', 'emigration', 'return'],
    mesh: ['*Emigration and Immigration', 'Humans', 'Ireland', '*Physicians', 'Qualitative Research'],
    dbs: ['medline', 'scopus', 'assia', 'cinahl'],
    noDoiIn: ['assia'],
    titleIn: { assia: "The Consequences of Ireland's Culture of Medical Migration" },
    ta: include(),
    retrieval: { outcome: 'retrieved' },
    ft: include('Accounts of doctors who had returned are reported.'),
  },
  {
    key: 'adzei-2014',
    kind: 'study',
    type: 'article',
    title: 'Drivers of return migration of Ghanaian health professionals: perspectives from doctors and nurses in urban Ghana',
    authors: [{ family: 'Adzei', given: 'FA' }, { family: 'Sakyi', given: 'EK' }],
    year: 2014,
    journal: journals.ijmhsc,
    doi: '10.1108/IJMHSC-06-2013-0014',
    abstract:
      'This qualitative case study used content analysis of accounts from doctors and nurses in urban Ghana to examine what leads health professionals to come home after working abroad. Bureaucracy and little support from government were described as obstacles to returning.',
    keywords: ['return migration', 'health professionals', 'Ghana', 'brain drain'],
    dbs: ['scopus', 'assia'],
    titleIn: { assia: 'Drivers of Return Migration of Ghanaian Health Professionals: Perspectives from Doctors and Nurses in Urban Ghana' },
    ta: include(),
    retrieval: { outcome: 'retrieved' },
    ft: include("Doctors' accounts can be told apart from nurses'."),
  },
  {
    key: 'abdalla-2016',
    kind: 'study',
    type: 'article',
    title: 'Contribution of Sudanese medical diaspora to the healthcare delivery system in Sudan: exploring options and barriers',
    authors: [{ family: 'Abdalla', given: 'FM' }, { family: 'Omar', given: 'MA' }, { family: 'Badr', given: 'EE' }],
    year: 2016,
    journal: journals.hrh,
    volume: '14',
    issue: 'Suppl 1',
    pages: '28',
    doi: '10.1186/s12960-016-0123-x',
    abstract:
      'A survey of Sudanese doctors abroad and interviews with doctors who had returned explored how the medical diaspora in the Gulf, the United Kingdom, Ireland and the United States contributes to health care in Sudan. The ways diaspora doctors could take part, and the obstacles met by those who return, are described.',
    keywords: ['medical diaspora', 'Sudan', 'return migration', 'mixed methods'],
    mesh: ['Emigration and Immigration', 'Humans', '*Physicians', 'Sudan', 'Surveys and Questionnaires'],
    dbs: ['medline', 'embase', 'scopus'],
    ta: include(),
    retrieval: { outcome: 'retrieved' },
    ft: include('Mixed methods; the interviews with returnees are reported separately.'),
  },
];

// ---- candidates: included at title/abstract, excluded at full text (invented) ----------------------

const exclude = (reason: Reason, note?: string): Vote => ({ decision: 'exclude', reason, ...(note ? { note } : {}) });
const both = (reason: Reason, note: string): { ana: Vote; ben: Vote } => ({ ana: exclude(reason, note), ben: exclude(reason) });

type CandidateSpec = {
  key: string;
  title: string;
  pool: Pool;
  authors: number;
  year: number;
  journal: JournalKey;
  dbs: Db[];
  abstract: string;
  keywords: string[];
  type?: WorkType;
  ft?: { ana: Vote; ben: Vote; resolution?: { decision: 'include' | 'exclude'; reason?: Reason; note: string } };
  retrieval?: { outcome: 'retrieved' | 'not-retrieved'; note?: string };
  ta?: Work['ta'];
  doi?: boolean;
  titleIn?: Partial<Record<Db, string>>;
};

const candidateSpecs: CandidateSpec[] = [
  {
    key: 'c01', title: 'Return and reintegration of health workers in Zimbabwe: a qualitative study', pool: 'southernAfrica', authors: 3, year: 2012, journal: 'hrh', dbs: ['medline', 'scopus', 'cinahl'],
    abstract: 'Health workers who had returned to Zimbabwe after working in southern Africa and the United Kingdom were interviewed about coming back. Participants described loss of seniority, low pay and the value of skills gained abroad.',
    keywords: ['return migration', 'health workforce', 'Zimbabwe'],
    ft: both('wrong-population', 'Participants were nurses and pharmacists; no doctors.'),
  },
  {
    key: 'c02', title: 'Returning home after specialist training abroad: a survey of Nigerian doctors', pool: 'nigeria', authors: 4, year: 2015, journal: 'pamj', dbs: ['medline', 'embase', 'scopus'],
    abstract: 'A questionnaire was sent to Nigerian doctors who had completed specialist training abroad and returned. Most reported difficulty obtaining posts that used their new skills.',
    keywords: ['Nigeria', 'return migration', 'specialist training'],
    ft: both('not-qualitative', 'Closed questionnaire only; no qualitative analysis.'),
  },
  {
    key: 'c03', title: 'Staying or going home: interviews with Indian physicians in the United States', pool: 'india', authors: 2, year: 2010, journal: 'acadMed', dbs: ['medline', 'embase', 'scopus'],
    abstract: 'Interviews with Indian physicians practising in the United States explored whether they would return to India. Children\u2019s education, ageing parents and professional opportunity were weighed against each other.',
    keywords: ['international medical graduates', 'India', 'return intention'],
    ft: both('not-return-migration', 'All participants still abroad; intentions only.'),
  },
  {
    key: 'c04', title: 'Reverse migration of physicians to Taiwan: a mixed-methods study', pool: 'china', authors: 3, year: 2011, journal: 'bmcHsr', dbs: ['medline', 'scopus'],
    abstract: 'Registry data and interviews were used to describe physicians who returned to Taiwan after working in North America. Returnees and doctors who had never left were interviewed together.',
    keywords: ['Taiwan', 'return migration', 'physicians', 'mixed methods'],
    ft: {
      ana: exclude('returnee-data-not-separable', "Interview findings pool returnees with doctors who never left."),
      ben: exclude('not-qualitative', 'Qualitative component thin.'),
      resolution: { decision: 'exclude', reason: 'returnee-data-not-separable', note: 'Discussed with ben: there is qualitative data, but the returnees\u2019 accounts cannot be separated.' },
    },
  },
  {
    key: 'c05', title: 'Medical migration from Zimbabwe. Part 2: who comes back?', pool: 'southernAfrica', authors: 2, year: 2008, journal: 'hpp', dbs: ['medline', 'embase', 'scopus', 'assia'],
    abstract: 'The second of two papers describes doctors who returned to Zimbabwe between 1995 and 2005, using registration records. Returnees were older and more often worked in private practice.',
    keywords: ['Zimbabwe', 'physicians', 'return migration'],
    ft: both('not-qualitative', 'Registration data; descriptive statistics only.'),
  },
  {
    key: 'c06', title: 'Malaysian doctors returning from postgraduate training overseas: problems of readjustment', pool: 'malaysia', authors: 2, year: 1984, journal: 'mjm', dbs: ['medline'],
    abstract: '',
    keywords: [],
    retrieval: { outcome: 'not-retrieved', note: 'Not held by the library; interlibrary loan request unanswered after eight weeks.' },
  },
  {
    key: 'c07', title: 'Doctors coming home? Return migration and the health workforce', pool: 'irish', authors: 1, year: 2019, journal: 'irishMedJ', dbs: ['medline', 'embase'], type: 'editorial',
    abstract: 'Editorial. Doctors who trained abroad are increasingly returning, and health services should plan for them.',
    keywords: ['return migration', 'editorial'],
    ft: both('wrong-publication-type', 'Editorial; no primary data.'),
  },
  {
    key: 'c08', title: 'Career paths of Ethiopian physicians after residency training abroad', pool: 'ethiopia', authors: 3, year: 2017, journal: 'bmcMedEduc', dbs: ['medline', 'scopus'],
    abstract: 'The careers of Ethiopian physicians who completed residency abroad were traced through alumni records and a questionnaire. Many who came back moved into teaching hospitals.',
    keywords: ['Ethiopia', 'residency', 'career'],
    ta: {
      ana: { decision: 'include', note: 'Some went back; free-text answers may hold experiences.' },
      ben: exclude('not-return-migration'),
      resolution: { decision: 'include', note: 'Discussed with ben at the reconciliation meeting: check the full text for qualitative data from those who returned.' },
    },
    ft: both('not-qualitative', 'Alumni tracing and questionnaire; no qualitative data.'),
  },
  {
    key: 'c09', title: 'Health professionals returning to Kenya: motivations and experiences', pool: 'eastAfrica', authors: 3, year: 2016, journal: 'bmjOpen', dbs: ['medline', 'scopus', 'cinahl'],
    abstract: 'Focus groups with health professionals who had returned to Kenya explored why they came back and what they met on return. Family and a sense of duty were the main reasons given.',
    keywords: ['Kenya', 'return migration', 'health professionals'],
    ft: both('returnee-data-not-separable', 'Two doctors among 24 participants; their accounts are not distinguishable.'),
  },
  {
    key: 'c10', title: 'Returning health workers in the Philippines: reintegration and the labour market', pool: 'philippines', authors: 2, year: 2013, journal: 'intMigr', dbs: ['scopus', 'assia'],
    abstract: 'Life-history interviews with health workers back in the Philippines after contracts abroad explored how they re-entered the labour market. Many moved out of health care altogether.',
    keywords: ['Philippines', 'return migration', 'labour market'],
    ft: both('wrong-population', 'All participants nurses or caregivers.'),
  },
  {
    key: 'c11', title: 'Coming back to teach: visiting diaspora surgeons in Ethiopian medical schools', pool: 'ethiopia', authors: 3, year: 2020, journal: 'globalHealth', dbs: ['medline', 'scopus'],
    abstract: 'Surgeons of the Ethiopian diaspora who teach during short visits were interviewed about their role. Visits were valued but hard to sustain.',
    keywords: ['diaspora', 'surgery', 'medical education', 'Ethiopia'],
    ft: both('not-return-migration', 'Short teaching visits; participants live abroad.'),
  },
  {
    key: 'c12', title: 'Readjustment of Chinese scholars returning from the United States: interviews with physicians and scientists', pool: 'china', authors: 3, year: 2006, journal: 'jems', dbs: ['scopus', 'assia'],
    abstract: 'Interviews with returnees from the United States to China examined professional readjustment. Participants described bureaucracy and the value of networks made abroad.',
    keywords: ['China', 'returnees', 'academic mobility'],
    ft: both('wrong-population', 'Mostly laboratory scientists; two physicians, not reported separately.'),
  },
  {
    key: 'c13', title: "A qualitative study of Polish doctors' migration to the United Kingdom and Ireland", pool: 'polish', authors: 3, year: 2014, journal: 'ssm', dbs: ['medline', 'scopus', 'assia'],
    abstract: 'Polish doctors working in the United Kingdom and Ireland were interviewed about their migration after European Union accession. Many saw their stay as temporary.',
    keywords: ['Poland', 'medical migration', 'European Union'],
    ft: both('not-return-migration', 'Doctors abroad; return discussed only as a plan.'),
  },
  {
    key: 'c14', title: 'Return migration of physicians to Albania: a questionnaire study', pool: 'albanian', authors: 2, year: 2018, journal: 'ijhpm', dbs: ['medline', 'scopus'],
    abstract: 'Physicians who returned to Albania after working in Italy and Greece completed a questionnaire on their reasons for return and their working conditions.',
    keywords: ['Albania', 'return migration', 'physicians'],
    ft: both('not-qualitative', 'Questionnaire with closed items only.'),
  },
  {
    key: 'c15', title: 'The homecoming of doctors: a narrative review of return migration in the health workforce literature', pool: 'uk', authors: 2, year: 2021, journal: 'hrh', dbs: ['medline', 'embase', 'scopus', 'cinahl'], type: 'review',
    abstract: 'This narrative review summarises studies of health workers who return to their home countries. It maps reasons for return, reintegration and policy responses.',
    keywords: ['review', 'return migration', 'health workforce'],
    ft: both('wrong-publication-type', 'Narrative review; reference list checked for eligible studies.'),
  },
  {
    key: 'c16', title: "Returning home: Caribbean health professionals' experiences after working in North America", pool: 'caribbean', authors: 2, year: 2009, journal: 'jan', dbs: ['medline', 'cinahl'],
    abstract: 'Caribbean health professionals who had returned from the United States and Canada described their experiences in interviews. Professional isolation and the pull of family were recurring themes.',
    keywords: ['Caribbean', 'return migration', 'qualitative'],
    ft: both('wrong-population', 'All participants were nurses.'),
  },
  {
    key: 'c17', title: 'International medical graduates who leave: interviews with doctors departing Canada', pool: 'anglo', authors: 3, year: 2015, journal: 'canFamPhys', dbs: ['medline', 'embase', 'scopus'],
    abstract: 'International medical graduates leaving Canadian practice were interviewed about their decision. Licensing barriers and family reasons were reported.',
    keywords: ['international medical graduates', 'Canada', 'attrition'],
    ft: both('not-return-migration', 'Onward migration; few went to their home country and they are not reported apart.'),
  },
  {
    key: 'c18', title: 'Returnee doctors in Nepal: a national survey of career outcomes', pool: 'nepal', authors: 4, year: 2022, journal: 'bmjOpen', dbs: ['medline', 'embase', 'scopus'],
    abstract: 'A national survey described the careers of doctors who returned to Nepal after postgraduate training abroad. Most worked in private hospitals in Kathmandu.',
    keywords: ['Nepal', 'returnees', 'career outcomes'],
    ft: both('not-qualitative', 'Survey; no qualitative data.'),
  },
];

// ---- special cases: near-duplicates that are not duplicates (invented) ------------------------------

const sudanTeam = team('arabic', 4);
const ethiopiaTeam = team('ethiopia', 3);
const zimbabweTeam = team('southernAfrica', 2);

// ---- templates for the other records (invented) ---------------------------------------------------

type Category =
  | 'brain-drain'
  | 'nurse-migration'
  | 'img-host'
  | 'return-intention'
  | 'diaspora'
  | 'retention'
  | 'other-skilled-return'
  | 'reviews-policy'
  | 'med-education'
  | 'workforce';

type CategorySpec = {
  n: number;
  reason: Reason;
  journals: readonly JournalKey[];
  odds: Readonly<Record<Db, number>>;
  titles: readonly string[];
  /** Who took part, in the abstracts' method sentences. */
  who: string;
  findings: readonly string[];
  closing: readonly string[];
  keywords: readonly string[];
  type?: WorkType;
};

const categories: Readonly<Record<Category, CategorySpec>> = {
  'brain-drain': {
    n: 30,
    reason: 'not-return-migration',
    journals: ['hrh', 'globalHealth', 'bmjOpen', 'pamj', 'plos', 'ssm', 'bullWho', 'healthAff'],
    odds: { medline: 0.6, embase: 0.45, scopus: 0.8, cinahl: 0.15, assia: 0.2 },
    titles: [
      'Why doctors leave {C}: push and pull factors in physician emigration',
      'Emigration intentions of final-year medical students in {C}: a cross-sectional survey',
      'The cost of medical brain drain from {C} to {H}',
      'Physician emigration from {C}: trends and determinants',
      'Brain drain or brain circulation? Medical migration from {C}',
      'Factors associated with intention to emigrate among junior doctors in {C}',
      'Leaving for {H}: a qualitative study of doctors emigrating from {C}',
      'The migration of newly qualified doctors from {C}: a cohort study',
    ],
    who: 'doctors',
    findings: ['Low pay, heavy workload and poor training opportunities were the main reasons given for leaving.', 'Intention to emigrate was highest among those with family already abroad.', 'Emigration rose steadily over the study period, with {H} the main destination.', 'Career progression and working conditions outweighed salary in decisions to leave.'],
    closing: ['Retention policies should address working conditions as well as pay.', 'Source countries bear a substantial loss of training investment.', ''],
    keywords: ['brain drain', 'emigration', 'physicians', 'health workforce'],
  },
  'nurse-migration': {
    n: 26,
    reason: 'wrong-population',
    journals: ['ijns', 'inr', 'jan', 'jnm', 'hrh', 'qhr'],
    odds: { medline: 0.55, embase: 0.25, scopus: 0.6, cinahl: 0.75, assia: 0.25 },
    titles: [
      'Experiences of nurses from {C} working in {H}: a qualitative study',
      'Migration intentions of nurses in {C}: a national survey',
      'International recruitment of nurses from {C} to {H}: an ethical analysis',
      'Deskilling and discrimination: migrant nurses from {C} in {H}',
      'Return migration of nurses to {C}: a labour market analysis',
      'Nurse migration and health system capacity in {C}',
      'Adapting to practice in {H}: internationally educated nurses from {C}',
    ],
    who: 'nurses',
    findings: ['Nurses reported deskilling and limited recognition of prior experience.', 'Better pay and professional development were the main motives for migration.', 'Recruitment agencies shaped both the route and the experience of migration.', 'Returning nurses often struggled to find posts matching their experience.'],
    closing: ['Employers should support the transition of migrant nurses.', 'Ethical recruitment requires cooperation between source and destination countries.', ''],
    keywords: ['nurse migration', 'nursing workforce', 'internationally educated nurses'],
  },
  'img-host': {
    n: 28,
    reason: 'not-return-migration',
    journals: ['medEduc', 'medTeach', 'bmcMedEduc', 'acadMed', 'canFamPhys', 'mja', 'bmjOpen', 'rrh'],
    odds: { medline: 0.7, embase: 0.5, scopus: 0.75, cinahl: 0.2, assia: 0.1 },
    titles: [
      'Acculturation of international medical graduates in {S} training in {H}',
      'Experiences of international medical graduates entering general practice in {H}: a qualitative study',
      'Discrimination and belonging among international medical graduates in {H}',
      'Workplace-based assessment outcomes of international medical graduates in {S} training',
      'Transition to rural practice for international medical graduates: a qualitative study',
      'Professional identity of international medical graduates working in {H}',
      'Support needs of international medical graduates in {S} training: a survey',
    ],
    who: 'international medical graduates',
    findings: ['Participants described cultural and communication challenges in their first year.', 'International medical graduates had lower pass rates than local graduates.', 'Supportive supervision eased the transition into practice.', 'Experiences of discrimination affected wellbeing and career plans.'],
    closing: ['Induction programmes should be tailored to international medical graduates.', 'Training bodies should monitor differential attainment.', ''],
    keywords: ['international medical graduates', 'acculturation', 'postgraduate training'],
  },
  'return-intention': {
    n: 18,
    reason: 'not-return-migration',
    journals: ['hrh', 'bmjOpen', 'plos', 'globalHealth', 'pamj', 'intMigr'],
    odds: { medline: 0.55, embase: 0.4, scopus: 0.8, cinahl: 0.2, assia: 0.3 },
    titles: [
      'Intention to return among doctors from {C} working in {H}: a cross-sectional survey',
      'Will they come back? Return intentions of medical graduates from {C} working abroad',
      'Predictors of intention to return home among migrant physicians from {C}',
      'Return intentions of health professionals from {C} in the diaspora: an online survey',
      'Conditions for return: what would bring doctors from {C} home from {H}?',
    ],
    who: 'doctors working abroad',
    findings: ['Fewer than a third intended to return within five years.', 'Security, children\u2019s education and career prospects predicted intention to return.', 'Most would consider returning if posts with protected training time were offered.'],
    closing: ['Policies to attract returnees should address career structures.', ''],
    keywords: ['return intention', 'physician migration', 'diaspora'],
  },
  diaspora: {
    n: 20,
    reason: 'not-return-migration',
    journals: ['globalHealth', 'hrh', 'globalNetworks', 'migrStud', 'jems', 'psp', 'bmjOpen'],
    odds: { medline: 0.4, embase: 0.2, scopus: 0.85, cinahl: 0.1, assia: 0.6 },
    titles: [
      'Engaging the medical diaspora of {C} in health system strengthening',
      'Diaspora physicians and medical education in {C}: a partnership model',
      'Remittances, diaspora networks and the health workforce in {C}',
      'Virtual return: telemedicine links between diaspora doctors and {C}',
      'Short-term medical missions by diaspora doctors to {C}: an evaluation',
      'Knowledge transfer through the health professional diaspora of {C}',
    ],
    who: 'diaspora health professionals',
    findings: ['Diaspora doctors contributed through teaching visits, donations and online mentoring.', 'Engagement was limited by bureaucracy and a lack of coordination.', 'Participants valued links with home but had no plans to return permanently.'],
    closing: ['Governments could do more to harness diaspora expertise.', ''],
    keywords: ['diaspora', 'knowledge transfer', 'health systems'],
  },
  retention: {
    n: 20,
    reason: 'not-return-migration',
    journals: ['hrh', 'rrh', 'bmcHsr', 'hpp', 'bullWho', 'plos'],
    odds: { medline: 0.7, embase: 0.45, scopus: 0.75, cinahl: 0.3, assia: 0.15 },
    titles: [
      'Retaining doctors in rural {C}: a discrete choice experiment',
      'Incentives for health worker retention in {C}: a policy analysis',
      'Bonding schemes and the retention of medical graduates in {C}',
      'Job satisfaction and intention to stay among public sector doctors in {C}',
      'What keeps doctors in district hospitals? Evidence from {C}',
    ],
    who: 'doctors in public service',
    findings: ['Housing, postgraduate training and salary top-ups increased willingness to work in rural posts.', 'Bonding schemes delayed but did not prevent departure.', 'Job satisfaction was low and associated with intention to leave.'],
    closing: ['Packages combining financial and non-financial incentives are recommended.', ''],
    keywords: ['retention', 'rural health', 'incentives', 'health workforce'],
  },
  'other-skilled-return': {
    n: 16,
    reason: 'wrong-population',
    journals: ['intMigr', 'jems', 'psp', 'globalNetworks', 'migrStud'],
    odds: { medline: 0.05, embase: 0.05, scopus: 0.85, cinahl: 0.02, assia: 0.7 },
    titles: [
      'Return migration of highly skilled professionals to {C}: a life-course approach',
      'Returning academics and knowledge transfer in universities in {C}',
      'Readjustment of graduates returning to {C} from universities in {H}',
      'Return migration and entrepreneurship in {C}',
      'Coming home: the reintegration of returning scientists in {C}',
      'Reverse culture shock among professionals returning to {C}',
    ],
    who: 'returnees',
    findings: ['Returnees described reverse culture shock and frustration with institutions.', 'Networks built abroad helped returnees start businesses.', 'Family reasons dominated decisions to return.'],
    closing: ['Return policies should support professional reintegration.', ''],
    keywords: ['return migration', 'highly skilled migration', 'reintegration'],
  },
  'reviews-policy': {
    n: 18,
    reason: 'wrong-publication-type',
    journals: ['hrh', 'bullWho', 'globalHealth', 'healthAff', 'ssm', 'hpp'],
    odds: { medline: 0.7, embase: 0.55, scopus: 0.7, cinahl: 0.35, assia: 0.25 },
    titles: [
      'Health worker migration: a systematic review of push and pull factors',
      'The WHO Global Code on the international recruitment of health personnel: implementation in {H}',
      'Ethical recruitment of health workers from low-income countries: a commentary',
      'Circular migration of health workers: a scoping review',
      'Managing health worker migration: lessons from {C}',
      'Compensating source countries for health worker migration: a policy debate',
    ],
    who: 'stakeholders',
    findings: ['Economic and professional factors dominated the literature.', 'Implementation of the code was uneven and rarely monitored.', 'Evidence on circular and return migration remains scarce.'],
    closing: ['Further research on return and circular migration is needed.', ''],
    keywords: ['health worker migration', 'policy', 'review'],
    type: 'review',
  },
  'med-education': {
    n: 16,
    reason: 'not-return-migration',
    journals: ['medEduc', 'medTeach', 'bmcMedEduc', 'acadMed'],
    odds: { medline: 0.75, embase: 0.5, scopus: 0.7, cinahl: 0.2, assia: 0.05 },
    titles: [
      'Performance of international medical graduates on licensing examinations in {H}',
      'A bridging programme for international medical graduates in {H}: an evaluation',
      'Communication skills training for international medical graduates: a pilot study',
      'Educational supervision of international medical graduates in {S} training',
      'Induction for international medical graduates joining the workforce in {H}',
    ],
    who: 'international medical graduates',
    findings: ['Pass rates improved after the programme.', 'Participants valued feedback on communication and local systems.', 'Supervisors felt underprepared to support international graduates.'],
    closing: ['Structured induction should be offered to all international medical graduates.', ''],
    keywords: ['medical education', 'international medical graduates', 'assessment'],
  },
  workforce: {
    n: 14,
    reason: 'not-return-migration',
    journals: ['hrh', 'mja', 'healthAff', 'bmjOpen', 'bullWho', 'irishMedJ'],
    odds: { medline: 0.65, embase: 0.4, scopus: 0.75, cinahl: 0.2, assia: 0.15 },
    titles: [
      'Dependence on internationally trained doctors in {H}: workforce trends',
      'Medical workforce projections for {C}',
      'The contribution of foreign-trained physicians to primary care in {H}',
      'Distribution of doctors in {C}: urban concentration and rural shortage',
    ],
    who: 'doctors',
    findings: ['Internationally trained doctors made up a growing share of the workforce.', 'Shortages were projected to widen without new training places.', 'Doctors were concentrated in cities.'],
    closing: ['Self-sufficiency in medical training should be a planning goal.', ''],
    keywords: ['health workforce', 'workforce planning', 'physician supply'],
  },
};

// A title's study design, so that an invented abstract describes the study its title announces.
type Design = 'qual' | 'survey' | 'dce' | 'review' | 'policy' | 'eval' | 'data' | 'mixed';
function designOf(title: string): Design {
  if (/qualitative|interviews|experiences|narrative|belonging|identity|deskilling|culture shock|life-course|transition|adapting|support needs/i.test(title)) return /support needs/i.test(title) ? 'survey' : 'qual';
  if (/discrete choice/i.test(title)) return 'dce';
  if (/survey|cross-sectional|predictors|factors associated|intention|will they|conditions for return|job satisfaction/i.test(title)) return 'survey';
  if (/systematic review|scoping review/i.test(title)) return 'review';
  if (/commentary|debate|lessons|ethical|global code|policy analysis|bonding|engaging|incentives|partnership/i.test(title)) return 'policy';
  if (/evaluation|programme|pilot|training|induction|supervision|short-term|virtual/i.test(title)) return 'eval';
  if (/trends|projections|cost|scale|distribution|contribution|dependence|cohort|performance|labour market|emigration from|determinants|remittances|entrepreneurship|capacity|workplace-based/i.test(title)) return 'data';
  return 'mixed';
}
const methods: Readonly<Record<Design, readonly string[]>> = {
  qual: ['Semi-structured interviews were held with {n} {who}.', 'We conducted in-depth interviews with {n} {who} and analysed them thematically.', 'Focus groups with {n} {who} were analysed using the framework method.'],
  survey: ['A cross-sectional survey was completed by {n} {who}.', 'We surveyed {n} {who} with an online questionnaire.'],
  dce: ['A discrete choice experiment was completed by {n} {who}.'],
  review: ['We searched six databases and included {n} studies.', 'Studies published since 1990 were reviewed; {n} met the inclusion criteria.'],
  policy: ['This paper reviews policy documents and international agreements.', 'We discuss recent policy developments and their consequences for source countries.'],
  eval: ['We evaluated the programme with {n} participants using questionnaires and interviews.', 'Participants ({n}) completed assessments before and after the programme.'],
  data: ['We analysed national registration data covering {n} doctors.', 'Workforce and census data were linked and analysed.', 'We used routinely collected administrative data for {n} health workers.'],
  mixed: ['We combined a survey of {n} {who} with follow-up interviews.', 'Data came from a questionnaire ({n} respondents) and key informant interviews.'],
};
const sizes: Readonly<Record<Design, readonly [number, number]>> = { qual: [8, 45], survey: [120, 900], dce: [150, 600], review: [12, 70], policy: [0, 0], eval: [20, 140], data: [800, 24000], mixed: [60, 400] };

// National and regional journals publish on their own country or region only.
const african = new Set(['Ghana', 'Nigeria', 'Kenya', 'Uganda', 'Ethiopia', 'Zimbabwe', 'Zambia', 'Malawi', 'South Africa', 'Egypt', 'Sudan']);
function journalFits(key: JournalKey, c: Country, h: Country): boolean {
  if (key === 'pamj') return african.has(c.name);
  if (key === 'irishMedJ') return c.name === 'Ireland' || h.name === 'Ireland';
  if (key === 'canFamPhys') return h.name === 'Canada';
  if (key === 'mja') return h.name === 'Australia';
  return true;
}

// ---- building works -------------------------------------------------------------------------------

function drawYear(): number {
  const r = random();
  if (r < 0.06) return int(1970, 1989);
  if (r < 0.16) return int(1990, 1999);
  if (r < 0.4) return int(2000, 2009);
  if (r < 0.97) return int(2010, 2023);
  return 2024;
}

function volumeOf(j: Journal, year: number): string {
  return String(Math.max(1, year - j.start + 1));
}

function locatorOf(j: Journal, year: number, month: number = int(1, 12)): { pages: string; issue?: string } {
  if (j.locator === 'plos') return { pages: `e0${int(100000, 299999)}` };
  if (j.locator === 'bmj') return { pages: `e0${int(10000, 79999)}` };
  if (j.locator === 'article') return { pages: String(int(1, 180)) };
  const start = int(1, 900);
  return { pages: `${start}-${start + int(5, 16)}`, issue: String(year > 2000 ? month : Math.ceil(month / 2)) };
}

const usedTitles = new Set<string>();
const titleKey = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
let doiCounter = 0;
function exampleDoi(j: Journal, year: number): string {
  doiCounter++;
  return `10.5555/${j.code}.${year}.${String(1000 + doiCounter * 7).padStart(4, '0')}`;
}

function fill(template: string, c: Country, h: Country, n: number): string {
  return template
    .replace(/\{C\}/g, c.name)
    .replace(/\{H\}/g, h.name)
    .replace(/\{S\}/g, pick(specialties))
    .replace(/\{n\}/g, String(n));
}
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Scales every category's odds of being indexed, so the exports hold about 1.5 records per work. */
const ODDS_SCALE = 0.5;
/** How broadly each database covers this topic, relative to the categories' odds. */
const DB_FACTOR: Record<Db, number> = { embase: 1.3, assia: 1, medline: 1.1, scopus: 0.8, cinahl: 1.1 };

/** Year limits of the databases' coverage (roughly: CINAHL from 1982, ASSIA from 1987). */
const coverage: Record<Db, number> = { medline: 1946, embase: 1974, scopus: 1970, cinahl: 1982, assia: 1987 };

function dbsFor(odds: Readonly<Record<Db, number>>, year: number, j: Journal): Db[] {
  const out = dbs.filter((db) => {
    if (year < coverage[db]) return false;
    if (db === 'medline' && !j.medline) return false;
    const p = ODDS_SCALE * DB_FACTOR[db] * odds[db] * (db === 'assia' && j.social ? 1.6 : 1) * (db !== 'scopus' && db !== 'assia' && j.social && !j.medline ? 0.2 : 1);
    return chance(p);
  });
  if (out.length > 0) return out;
  // Scopus indexes nearly everything; the oldest records are found in MEDLINE only.
  return [year < coverage.scopus && j.medline ? 'medline' : 'scopus'];
}

const works: Work[] = [];
works.push(...studies);

for (const spec of candidateSpecs) {
  const j = journals[spec.journal];
  const loc = spec.key === 'c05' ? { pages: '231-239', issue: '4' } : locatorOf(j, spec.year);
  const homePool = spec.pool;
  works.push({
    key: spec.key,
    kind: 'candidate',
    type: spec.type ?? 'article',
    title: spec.title,
    authors: spec.key === 'c05' ? zimbabweTeam : team(homePool, spec.authors),
    year: spec.year,
    journal: j,
    volume: volumeOf(j, spec.year),
    ...(loc.issue ? { issue: loc.issue } : {}),
    pages: loc.pages,
    ...(spec.year >= 2000 ? { doi: exampleDoi(j, spec.year) } : {}),
    ...(spec.abstract ? { abstract: spec.abstract } : {}),
    keywords: spec.keywords,
    dbs: spec.dbs,
    ...(spec.titleIn ? { titleIn: spec.titleIn } : {}),
    ta: spec.ta ?? { ana: { decision: 'include' }, ben: { decision: 'include' } },
    retrieval: spec.retrieval ?? { outcome: 'retrieved' },
    ...(spec.ft ? { ft: spec.ft } : {}),
  });
}

// Near-duplicates that are different works.
{
  const j = journals.tmih;
  works.push({
    key: 'x-sudan-abstract',
    kind: 'special',
    type: 'conference-abstract',
    title: 'Emigration intentions among junior doctors in Sudan: a national survey',
    authors: sudanTeam,
    year: 2015,
    journal: j,
    volume: '20',
    issue: 'Suppl 1',
    pages: '212',
    abstract: 'Junior doctors in Sudan completed a national survey on plans to emigrate. Preliminary results show most intend to leave within two years.',
    keywords: ['emigration', 'junior doctors', 'Sudan'],
    dbs: ['embase'],
    ta: { ana: exclude('wrong-publication-type'), ben: exclude('wrong-publication-type') },
  });
  const k = journals.hrh;
  works.push({
    key: 'x-sudan-paper',
    kind: 'special',
    type: 'article',
    title: 'Emigration intentions among junior doctors in Sudan: results of a national survey',
    authors: sudanTeam,
    year: 2016,
    journal: k,
    volume: volumeOf(k, 2016),
    pages: '61',
    doi: exampleDoi(k, 2016),
    abstract: 'A national survey of junior doctors in Sudan examined plans to emigrate and their determinants. Most intended to leave, mainly for the Gulf states, citing pay and training.',
    keywords: ['emigration', 'junior doctors', 'Sudan', 'brain drain'],
    dbs: ['medline', 'embase', 'scopus'],
    ta: { ana: exclude('not-return-migration'), ben: exclude('not-return-migration') },
  });
  const p = journals.hpp;
  works.push({
    key: 'x-zimbabwe-part1',
    kind: 'special',
    type: 'article',
    title: 'Medical migration from Zimbabwe. Part 1: the scale of departures',
    authors: zimbabweTeam,
    year: 2008,
    journal: p,
    volume: volumeOf(p, 2008),
    issue: '4',
    pages: '222-230',
    doi: exampleDoi(p, 2008),
    abstract: 'The first of two papers estimates how many doctors left Zimbabwe between 1995 and 2005, using registration records. Departures rose sharply after 2000.',
    keywords: ['Zimbabwe', 'physicians', 'emigration'],
    dbs: ['medline', 'embase', 'scopus', 'assia'],
    ta: { ana: exclude('not-return-migration'), ben: exclude('not-return-migration') },
  });
  const b = journals.plos;
  const survey: Work = {
    key: 'x-ethiopia-survey',
    kind: 'special',
    type: 'article',
    title: 'Return intentions of Ethiopian physicians in the United States: a cross-sectional survey',
    authors: ethiopiaTeam,
    year: 2019,
    journal: b,
    volume: volumeOf(b, 2019),
    issue: '7',
    pages: 'e0219473',
    doi: exampleDoi(b, 2019),
    abstract: 'Ethiopian physicians working in the United States completed an online survey about returning home. A minority intended to return; security and family were the strongest considerations.',
    keywords: ['Ethiopia', 'return intention', 'physicians'],
    dbs: ['medline', 'embase', 'scopus'],
    titleIn: { embase: 'Return intentions of Ethiopian physicians in the United States' },
    aheadOfPrintIn: 'embase',
    ta: { ana: exclude('not-return-migration'), ben: exclude('not-return-migration') },
  };
  works.push(survey);
  works.push({
    key: 'x-ethiopia-erratum',
    kind: 'special',
    type: 'erratum',
    title: `Correction: ${survey.title}`,
    authors: [],
    year: 2019,
    journal: b,
    volume: volumeOf(b, 2019),
    issue: '9',
    pages: 'e0223119',
    doi: exampleDoi(b, 2019),
    keywords: [],
    dbs: ['medline'],
    ta: { ana: exclude('wrong-publication-type'), ben: exclude('wrong-publication-type') },
  });
}

// A conference abstract under the same title as the later paper (c18), listed without pages.
{
  const paper = works.find((w) => w.key === 'c18');
  if (!paper) throw new Error('c18 is missing');
  works.push({
    key: 'x-nepal-abstract',
    kind: 'special',
    type: 'conference-abstract',
    title: paper.title,
    authors: paper.authors,
    year: 2021,
    journal: journals.tmih,
    abstract: 'Preliminary results of a national survey of doctors who came back to Nepal after postgraduate training abroad, presented before the full analysis.',
    keywords: ['Nepal', 'returnees'],
    dbs: ['embase'],
    ta: { ana: exclude('wrong-publication-type'), ben: exclude('wrong-publication-type') },
  });
}

// Two non-English records (PubMed gives the English title in brackets, Scopus the translation).
{
  const j = journals.bullWho;
  works.push({
    key: 'x-peru-spanish',
    kind: 'special',
    type: 'article',
    title: 'Emigration of Peruvian physicians: a descriptive study',
    language: { code: 'spa', name: 'Spanish', original: 'Emigración de médicos peruanos: estudio descriptivo' },
    authors: team('spanish', 3),
    year: 2007,
    journal: j,
    volume: volumeOf(j, 2007),
    issue: '3',
    pages: '188-194',
    abstract: 'Registration data were used to describe Peruvian physicians who emigrated between 1995 and 2005. Most went to Spain, the United States and Chile.',
    keywords: ['emigration', 'physicians', 'Peru'],
    dbs: ['medline', 'scopus'],
    ta: { ana: exclude('not-return-migration'), ben: exclude('not-return-migration') },
  });
  const k = journals.ssm;
  works.push({
    key: 'x-brazil-portuguese',
    kind: 'special',
    type: 'article',
    title: 'Brazilian doctors in Portugal: migration and professional recognition',
    language: { code: 'por', name: 'Portuguese', original: 'Médicos brasileiros em Portugal: migração e reconhecimento profissional' },
    authors: team('lusophone', 2),
    year: 2012,
    journal: k,
    volume: volumeOf(k, 2012),
    issue: '5',
    pages: '401-409',
    doi: exampleDoi(k, 2012),
    abstract: 'Interviews with Brazilian doctors in Portugal explored recognition of qualifications and professional integration.',
    keywords: ['Brazil', 'Portugal', 'medical migration'],
    dbs: ['medline', 'scopus', 'assia'],
    ta: { ana: exclude('not-return-migration'), ben: exclude('not-return-migration') },
  });
}

let templateIndex = 0;
for (const [name, spec] of Object.entries(categories) as [Category, CategorySpec][]) {
  let made = 0;
  let guard = 0;
  while (made < spec.n) {
    if (++guard > 10_000) throw new Error(`cannot make enough titles for ${name}`);
    const c = pick(homes);
    const h = pick(hosts.filter((x) => x.name !== c.name));
    const title = fill(pick(spec.titles), c, h, 0);
    if (usedTitles.has(titleKey(title))) continue;
    const fits = spec.journals.filter((k) => journalFits(k, c, h));
    const j = journals[fits.length > 0 ? pick(fits) : 'hrh'];
    let year = drawYear();
    year = Math.max(year, j.start);
    if (j.end !== undefined) year = Math.min(year, j.end);
    usedTitles.add(titleKey(title));
    made++;
    templateIndex++;
    const design = designOf(title);
    const n = int(...sizes[design]);
    const who = /medical students/.test(title) ? 'final-year medical students' : /junior doctors/.test(title) ? 'junior doctors' : spec.who;
    const method = fill(pick(methods[design]), c, h, n).replace('{who}', who);
    const sentences = [method, fill(pick(spec.findings), c, h, n), pick(spec.closing)].filter(Boolean);
    const hasAbstract = year >= 1980 ? chance(0.93) : chance(0.3);
    const month = int(1, year === 2024 ? 2 : 12);
    const loc = locatorOf(j, year, month);
    const authorPool = name === 'img-host' || name === 'med-education' || name === 'workforce' ? h.pool : c.pool;
    const type: WorkType = spec.type === 'review' && !/review/.test(title) ? (/commentary|debate/.test(title) ? 'editorial' : 'article') : (spec.type ?? 'article');
    const work: Work = {
      key: `w${String(templateIndex).padStart(3, '0')}`,
      kind: 'template',
      type,
      title: capitalise(title),
      authors: team(authorPool, int(1, 5), pick(['uk', 'anglo', authorPool] as const)),
      year,
      month,
      journal: j,
      volume: volumeOf(j, year),
      ...(loc.issue ? { issue: loc.issue } : {}),
      pages: loc.pages,
      ...((year >= 2000 ? chance(0.75) : chance(0.15)) ? { doi: exampleDoi(j, year) } : {}),
      ...(hasAbstract ? { abstract: sentences.join(' ') } : {}),
      keywords: shuffle(spec.keywords).slice(0, int(2, spec.keywords.length)),
      dbs: dbsFor(spec.odds, year, j),
      ta: {
        ana: exclude(spec.reason),
        ben: chance(0.35) ? { decision: 'exclude' } : exclude(spec.reason),
      },
    };
    if (work.doi && work.dbs.length > 1 && chance(0.12)) work.noDoiIn = [pick(work.dbs)];
    works.push(work);
  }
}

// ---- manual searching (citation chasing and hand searching) ---------------------------------------

const manual: Work[] = [
  {
    key: 'm01', kind: 'manual', type: 'report',
    title: 'Health worker migration and return in the Pacific: a situational analysis',
    authors: team('fiji', 2), year: 2011, keywords: ['Pacific', 'health workforce', 'migration'], dbs: [],
    abstract: 'Report describing the movement of doctors and nurses between Pacific Island countries, Australia and New Zealand, with workforce statistics by country.',
    manual: { ris: 'RPRT', found: 'Citation chasing: reference list of Oman et al. 2009.', publisher: 'Pacific Health Workforce Observatory', place: 'Suva' },
    retrieval: { outcome: 'retrieved', note: 'PDF from the publisher\u2019s website.' },
    ft: both('not-qualitative', 'Workforce statistics; no qualitative data.'),
  },
  {
    key: 'm02', kind: 'manual', type: 'chapter',
    title: 'The returning doctor: reflections on a career between two health systems',
    authors: team('ghana', 1), year: 2005, keywords: ['return migration', 'memoir'], dbs: [],
    manual: { ris: 'CHAP', found: 'Hand search of books on medical migration.', container: 'Doctors on the Move: Essays on Medical Migration', publisher: 'Example University Press', place: 'London' },
    retrieval: { outcome: 'retrieved', note: 'Borrowed through the library.' },
    ft: both('wrong-publication-type', 'Personal essay; no research.'),
  },
  {
    key: 'm03', kind: 'manual', type: 'thesis',
    title: 'Going home: a narrative study of return migration among Sri Lankan nurses',
    authors: team('sriLanka', 1), year: 2014, keywords: ['Sri Lanka', 'nurses', 'return migration', 'narrative inquiry'], dbs: [],
    abstract: 'Narrative interviews with Sri Lankan nurses who returned from the Gulf states and the United Kingdom.',
    manual: { ris: 'THES', found: 'Citation chasing: reference list of a narrative review found in the database searches.', university: 'University of Example' },
    retrieval: { outcome: 'retrieved', note: 'From the university repository.' },
    ft: both('wrong-population', 'Nurses only.'),
  },
  {
    key: 'm04', kind: 'manual', type: 'report',
    title: 'Return of Filipino physicians after training in the United States: a follow-up survey',
    authors: team('philippines', 2), year: 1982, keywords: ['Philippines', 'physicians', 'return'], dbs: [],
    manual: { ris: 'RPRT', found: 'Forward citation search on Gaviria and Wintrob 1975.', publisher: 'Example Institute for Population Studies', place: 'Manila' },
    retrieval: { outcome: 'retrieved', note: 'Photocopy received by interlibrary loan.' },
    ft: both('not-qualitative', 'Questionnaire with tabulated answers only.'),
  },
  {
    key: 'm05', kind: 'manual', type: 'conference-abstract',
    title: 'Knowledge transfer by doctors returning to Uganda after fellowships abroad',
    authors: team('eastAfrica', 3), year: 2019, keywords: ['Uganda', 'knowledge transfer', 'returnees'], dbs: [],
    abstract: 'Conference abstract describing interviews with doctors who returned to Uganda after fellowships in Europe.',
    manual: { ris: 'ABST', found: 'Hand search of conference programmes.', container: 'Annual Scientific Conference of the Uganda Medical Association' },
    retrieval: { outcome: 'retrieved', note: 'Abstract only; authors contacted, no full report available.' },
    ft: both('wrong-publication-type', 'Conference abstract only.'),
  },
];

// ---- identifiers ----------------------------------------------------------------------------------

// PMIDs for records indexed in MEDLINE, ordered by year (older records have smaller numbers).
const byYear = [...works].sort((a, b) => a.year - b.year || (a.key < b.key ? -1 : 1));
let pmidNext = 99001000;
for (const w of byYear) {
  pmidNext += int(3, 400);
  if (w.dbs.includes('medline')) w.pmid = String(pmidNext);
}

type Placed = { work: Work; id: string };
const accessionBase: Record<Db, number> = { embase: 9920000000, assia: 9950000000, medline: 0, scopus: 0, cinahl: 990000000 };

function idFor(db: Db, w: Work, i: number): string {
  if (db === 'medline') return w.pmid ?? '';
  if (db === 'scopus') return `2-s2.0-${99900000000 + w.year * 10000 + i * 37}`;
  return String(accessionBase[db] + w.year * 1000 + i * 13);
}

const files: Record<Db, Placed[]> = { embase: [], assia: [], medline: [], scopus: [], cinahl: [] };
for (const db of dbs) {
  let members = works.filter((w) => w.dbs.includes(db));
  // Order as each database lists results: PubMed and Scopus newest first, the others by relevance.
  if (db === 'medline' || db === 'scopus') members = [...members].sort((a, b) => b.year - a.year || (a.key < b.key ? -1 : 1));
  else members = shuffle(members);
  files[db] = members.map((work, i) => ({ work, id: idFor(db, work, i) }));
}

// ---- writers --------------------------------------------------------------------------------------

const initials = (given: string): string =>
  given.length <= 3 && given === given.toUpperCase() ? given.replace(/\s+/g, '') : given.split(/[\s-]+/).map((p) => p.charAt(0).toUpperCase()).join('');
const dotted = (given: string): string => initials(given).split('').map((c) => `${c}.`).join('');
const titleCase = (t: string): string =>
  t.replace(/\b([a-z])([a-z']*)/g, (m: string, a: string, rest: string) => (['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'for', 'from', 'or', 'at', 'by', 'with'].includes(m) ? m : a.toUpperCase() + rest)).replace(/^./, (c) => c.toUpperCase()).replace(/: ([a-z])/g, (_m, c: string) => `: ${c.toUpperCase()}`);
const titleFor = (w: Work, db: Db): string => w.titleIn?.[db] ?? w.title;
/** The work as one database records it. */
function view(w: Work, db: Db): Work {
  if (w.aheadOfPrintIn !== db) return w;
  const { volume: _v, issue: _i, pages: _p, doi: _d, ...rest } = w;
  return { ...rest, year: w.year - 1 };
}
const doiFor = (w: Work, db: Db): string | undefined => (w.noDoiIn?.includes(db) ? undefined : w.doi);
const fullName = (p: Person): string => (p.given.length <= 3 && p.given === p.given.toUpperCase() ? `${p.family}, ${dotted(p.given)}` : `${p.family}, ${p.given}`);
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const startPage = (pages: string | undefined): string | undefined => pages?.split('-')[0];
const endPage = (pages: string | undefined): string | undefined => (pages?.includes('-') ? pages.split('-')[1] : undefined);
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

class Lines {
  private readonly out: string[] = [];
  constructor(private readonly eol: string) {}
  tag(tag: string, value: string | undefined): void {
    if (value === undefined || value === '') return;
    this.out.push(`${tag}  - ${value}`);
  }
  line(text: string): void {
    this.out.push(text);
  }
  text(): string {
    return this.out.join(this.eol) + this.eol;
  }
}

function ovidEmbase(placed: Placed[]): string {
  const l = new Lines('\n');
  placed.forEach(({ work, id }, i) => {
    const w = view(work, 'embase');
    l.line(`${i + 1}.`);
    l.tag('TY', 'JOUR');
    l.tag('DB', 'Embase');
    l.tag('AN', id);
    l.tag('T1', titleFor(w, 'embase'));
    for (const a of w.authors) l.tag('A1', `${a.family}, ${dotted(a.given)}`);
    l.tag('Y1', `${w.year}//`);
    l.tag('N2', w.abstract);
    for (const k of w.keywords) l.tag('KW', k);
    for (const k of w.mesh ?? []) l.tag('KW', k.replace(/\/.*$/, ''));
    l.tag('JF', w.journal?.name);
    l.tag('JA', w.journal?.medline?.ta ?? w.journal?.abbrev.replace(/\./g, ''));
    l.tag('VL', w.volume);
    l.tag('IS', w.issue);
    if (w.pages) {
      l.tag('SP', startPage(w.pages));
      l.tag('EP', endPage(w.pages));
    } else {
      l.tag('SP', 'No');
      l.tag('EP', 'Specified');
    }
    l.tag('CY', w.journal?.place);
    l.tag('PB', w.journal?.publisher);
    l.tag('M3', w.type === 'conference-abstract' ? 'Conference Abstract' : w.type === 'review' ? 'Review' : w.type === 'editorial' ? 'Editorial' : 'Article');
    l.tag('LA', w.language?.name ?? 'English');
    l.tag('UR', `http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=emed25&NEWS=N&AN=${id}`);
    const doi = doiFor(w, 'embase');
    if (doi) l.tag('L2', `http://dx.doi.org/${doi}`);
    l.line('ER  - ');
    l.line('');
    l.line(`Link to the Ovid Full Text or citation: http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=emed25&AN=${id}`);
    l.line('');
  });
  return l.text();
}

function proquestAssia(placed: Placed[]): string {
  const l = new Lines('\r\n');
  for (const { work, id } of placed) {
    const w = view(work, 'assia');
    l.tag('TY', 'JOUR');
    const title = titleFor(w, 'assia');
    l.tag('T1', w.titleIn?.assia ? title : chance(0.5) ? titleCase(title) : title);
    l.tag('AN', id);
    l.tag('AB', w.abstract);
    l.tag('JF', w.journal?.name);
    for (const a of w.authors) l.tag('AU', fullName(a));
    l.tag('PY', String(w.year));
    for (const k of w.keywords) l.tag('KW', capitalise(k));
    l.tag('Y2', String(w.year));
    l.tag('DA', w.month ? `${w.year}/${String(w.month).padStart(2, '0')}//` : String(w.year));
    l.tag('SP', startPage(w.pages));
    l.tag('EP', endPage(w.pages));
    l.tag('VL', w.volume);
    l.tag('IS', w.issue);
    l.tag('PB', w.journal?.publisher);
    l.tag('CY', w.journal?.place);
    l.tag('LA', w.language?.name ?? 'English');
    l.tag('DB', 'Applied Social Sciences Index & Abstracts (ASSIA)');
    l.tag('UR', `https://www.proquest.com/scholarly-journals/${slug(title)}/docview/${id}/se-2`);
    const doi = doiFor(w, 'assia');
    if (doi) l.tag('DO', `https://doi.org/${doi}`);
    l.tag('N1', 'Copyright - Copyright the publisher');
    l.line('ER  - ');
    l.line('');
  }
  return l.text();
}

function wrap(tag: string, value: string): string[] {
  const head = `${tag.padEnd(4)}- `;
  const words = value.split(' ');
  const lines: string[] = [];
  let current = head;
  for (const word of words) {
    if (current.length + word.length + 1 > 80 && current.trim().length > head.trim().length) {
      lines.push(current.trimEnd());
      current = `      ${word}`;
    } else current += (current === head ? '' : ' ') + word;
  }
  lines.push(current.trimEnd());
  return lines;
}

function pubmed(placed: Placed[]): string {
  const records: string[] = [];
  for (const { work, id } of placed) {
    const w = view(work, 'medline');
    const j = w.journal;
    if (!j?.medline) throw new Error(`${w.key} is in MEDLINE but its journal is not`);
    const out: string[] = [];
    const put = (tag: string, value: string | undefined): void => {
      if (value !== undefined && value !== '') out.push(...wrap(tag, value));
    };
    const month = w.month ? ` ${monthNames[w.month - 1] ?? 'Jan'}` : '';
    put('PMID', id);
    put('OWN', 'NLM');
    put('STAT', w.year >= 2023 ? 'In-Process' : 'MEDLINE');
    if (w.year < 2023) put('DCOM', `${Math.min(w.year + 1, 2023)}0${int(1, 9)}${String(int(10, 28))}`);
    put('VI', w.volume);
    put('IP', w.issue);
    put('DP', `${w.year}${month}`);
    put('TI', w.language ? `[${w.title}].` : `${titleFor(w, 'medline')}.`);
    put('PG', w.pages);
    const doi = doiFor(w, 'medline');
    if (doi) put('LID', `${doi} [doi]`);
    put('AB', w.abstract);
    for (const a of w.authors) {
      put('FAU', fullName(a).replace(/\.$/, ''));
      put('AU', `${a.family} ${initials(a.given)}`);
    }
    put('LA', w.language?.code ?? 'eng');
    put('PT', w.type === 'erratum' ? 'Published Erratum' : w.type === 'editorial' ? 'Editorial' : 'Journal Article');
    if (w.type === 'review') put('PT', 'Review');
    if (w.language) put('TT', w.language.original);
    if (w.type === 'erratum') {
      const original = works.find((x) => x.key === 'x-ethiopia-survey');
      if (original) put('EFR', `${j.medline.ta}. ${original.year};${original.volume ?? ''}(${original.issue ?? ''}):${original.pages ?? ''}. doi: ${original.doi ?? ''}. PMID: ${original.pmid ?? ''}`);
    }
    put('PL', j.place);
    put('TA', j.medline.ta);
    put('JT', j.medline.jt);
    put('SB', 'IM');
    for (const m of w.mesh ?? []) put('MH', m);
    for (const k of w.keywords) put('OT', k);
    put('EDAT', `${w.year}/${String(w.month ?? 1).padStart(2, '0')}/01 00:00`);
    put('CRDT', `${w.year}/${String(w.month ?? 1).padStart(2, '0')}/01 00:00`);
    if (doi) put('AID', `${doi} [doi]`);
    put('PST', 'ppublish');
    const loc = `${w.volume ?? ''}${w.issue ? `(${w.issue})` : ''}${w.pages ? `:${w.pages}` : ''}`;
    put('SO', `${j.medline.ta}. ${w.year}${month};${loc}.${doi ? ` doi: ${doi}.` : ''}`);
    records.push(out.join('\n'));
  }
  return `\n${records.join('\n\n')}\n`;
}

function csvCell(v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return `"${v.replace(/"/g, '""')}"`;
}

function scopus(placed: Placed[]): string {
  const header = ['Authors', 'Title', 'Year', 'Source title', 'Volume', 'Issue', 'Art. No.', 'Page start', 'Page end', 'Page count', 'Cited by', 'DOI', 'Link', 'Abstract', 'Author Keywords', 'Index Keywords', 'Publisher', 'PubMed ID', 'Language of Original Document', 'Abbreviated Source Title', 'Document Type', 'Publication Stage', 'Open Access', 'Source', 'EID'];
  const rows = [header.join(',')];
  for (const { work, id } of placed) {
    const w = view(work, 'scopus');
    const j = w.journal;
    const doi = doiFor(w, 'scopus');
    const article = j?.locator !== undefined;
    const sp = article ? undefined : startPage(w.pages);
    const ep = article ? undefined : endPage(w.pages);
    const count = sp && ep ? Number(ep) - Number(sp) + 1 : undefined;
    const link = `https://www.scopus.com/inward/record.uri?eid=${id}${doi ? `&doi=${encodeURIComponent(doi).toLowerCase()}` : ''}&partnerID=40`;
    const docType = w.type === 'review' ? 'Review' : w.type === 'editorial' ? 'Editorial' : w.type === 'erratum' ? 'Erratum' : 'Article';
    rows.push(
      [
        csvCell(w.authors.map((a) => `${a.family} ${dotted(a.given)}`).join('; ')),
        csvCell(titleFor(w, 'scopus')),
        w.year,
        csvCell(j?.name),
        csvCell(w.volume),
        csvCell(w.issue),
        csvCell(article ? w.pages : undefined),
        csvCell(sp),
        csvCell(ep),
        count,
        w.year < 2024 ? int(0, 60) : undefined,
        csvCell(doi),
        csvCell(link),
        csvCell(w.abstract ?? '[No abstract available]'),
        csvCell(w.keywords.join('; ') || undefined),
        csvCell(w.mesh?.map((m) => m.replace(/^\*/, '').replace(/\/.*$/, '')).join('; ')),
        csvCell(j?.publisher),
        csvCell(w.pmid),
        csvCell(w.language?.name ?? 'English'),
        csvCell(j?.abbrev),
        csvCell(docType),
        csvCell('Final'),
        csvCell(j?.locator ? 'All Open Access; Gold Open Access' : undefined),
        csvCell('Scopus'),
        csvCell(id),
      ].join(','),
    );
  }
  return `\uFEFF${rows.join('\n')}\n`;
}

function cinahl(placed: Placed[]): string {
  const l = new Lines('\r\n');
  for (const { work, id } of placed) {
    const w = view(work, 'cinahl');
    const j = w.journal;
    const month = w.month ?? int(1, 12);
    l.tag('TY', 'JOUR');
    l.tag('ID', id);
    l.tag('T1', titleFor(w, 'cinahl'));
    for (const a of w.authors) l.tag('AU', fullName(a).replace(/García/g, 'Garcia').replace(/Rodríguez/g, 'Rodriguez'));
    l.tag('Y1', `${w.year}/${String(month).padStart(2, '0')}//`);
    l.tag('N2', w.abstract);
    const pubType = w.type === 'review' ? 'Article; review' : w.type === 'editorial' ? 'Editorial' : 'Article; research';
    l.tag('N1', `Accession Number: ${id}. Language: ${w.language?.name ?? 'English'}. Entry Date: ${w.year}${String(month).padStart(2, '0')}15. Revision Date: ${w.year}${String(month).padStart(2, '0')}15. Publication Type: ${pubType}. Journal Subset: ${/Nurs/.test(j?.name ?? '') ? 'Core Nursing; Nursing' : 'Biomedical'}; Peer Reviewed.${w.pmid ? ` PMID: ${w.pmid}.` : ''}`);
    for (const k of w.keywords) l.tag('KW', titleCase(k));
    l.tag('SP', startPage(w.pages));
    l.tag('EP', endPage(w.pages));
    l.tag('JO', j?.name);
    l.tag('JF', j?.name);
    l.tag('JA', j?.abbrev.replace(/\./g, '').toUpperCase());
    l.tag('VL', w.volume);
    l.tag('IS', w.issue);
    l.tag('CY', j?.place);
    l.tag('PB', j?.publisher);
    if (w.pmid) l.tag('U2', `PMID: ${w.pmid}.`);
    const doi = doiFor(w, 'cinahl');
    if (doi) l.tag('DO', doi);
    l.tag('DP', 'EBSCOhost');
    l.tag('DB', 'ccm');
    l.tag('UR', `https://search.ebscohost.com/login.aspx?direct=true&db=ccm&AN=${id}&site=ehost-live`);
    l.line('ER  - ');
    l.line('');
  }
  return l.text();
}

function manualRis(items: Work[]): string {
  const l = new Lines('\r\n');
  items.forEach((w, i) => {
    const m = w.manual;
    if (!m) throw new Error(`${w.key} has no manual details`);
    l.tag('TY', m.ris);
    l.tag('ID', `HS${String(i + 1).padStart(2, '0')}`);
    l.tag('TI', w.title);
    for (const a of w.authors) l.tag('AU', fullName(a));
    l.tag('PY', String(w.year));
    l.tag('AB', w.abstract);
    if (m.ris === 'CHAP') l.tag('BT', m.container);
    else if (m.container) l.tag('T2', m.container);
    l.tag('PB', m.university ?? m.publisher);
    l.tag('CY', m.place);
    if (m.ris === 'THES') l.tag('M3', 'PhD thesis');
    for (const k of w.keywords) l.tag('KW', k);
    l.tag('N1', m.found);
    l.line('ER  - ');
    l.line('');
  });
  return l.text();
}

// ---- write ----------------------------------------------------------------------------------------

const fileNames: Record<Db, string> = {
  embase: 'embase-ovid.ris',
  assia: 'assia-proquest.ris',
  medline: 'medline-pubmed.nbib',
  scopus: 'scopus.csv',
  cinahl: 'cinahl-ebsco.ris',
};
const MANUAL_FILE = 'manual-search.ris';

const write = (name: string, text: string): void => writeFileSync(join(here, name), text);
write(fileNames.embase, ovidEmbase(files.embase));
write(fileNames.assia, proquestAssia(files.assia));
write(fileNames.medline, pubmed(files.medline));
write(fileNames.scopus, scopus(files.scopus));
write(fileNames.cinahl, cinahl(files.cinahl));
write(MANUAL_FILE, manualRis(manual));

const all = [...works, ...manual];
const recordsOf = (w: Work): { file: string; id: string }[] => {
  if (w.kind === 'manual') return [{ file: MANUAL_FILE, id: `HS${String(manual.indexOf(w) + 1).padStart(2, '0')}` }];
  return dbs.flatMap((db) => files[db].filter((p) => p.work === w).map((p) => ({ file: fileNames[db], id: p.id })));
};

/** JSON with one line per list item, so that the files read (and diff) a record at a time. */
function jsonLines(about: string, lists: Record<string, readonly unknown[]>): string {
  const parts = [`  "about": ${JSON.stringify(about)}`];
  for (const [name, items] of Object.entries(lists)) {
    parts.push(items.length === 0 ? `  ${JSON.stringify(name)}: []` : `  ${JSON.stringify(name)}: [\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

write(
  'works.json',
  jsonLines(
    'The de-duplication key of the example: every work (a publication) and the export records that report it, by file and by the record id the database gave it (Embase, ProQuest and Scopus accession numbers, PubMed PMIDs, CINAHL record ids, the hand-search labels). Written by generate-records.ts.',
    { works: all.map((w) => ({ key: w.key, ...(w.kind === 'study' ? { study: true } : {}), title: w.title, records: recordsOf(w) })) },
  ),
);

const vote = (v: Vote): Record<string, string> => ({ decision: v.decision, ...(v.reason ? { reason: v.reason } : {}), ...(v.note ? { note: v.note } : {}) });
const screened = works.filter((w) => w.ta);
write(
  'screening.json',
  jsonLines(
    'Screening of the example review by two reviewers working independently and blinded: ana (lead) and ben. Records are named by their work key in works.json. Written by generate-records.ts; the decisions are illustrative.',
    {
      titleAbstract: screened.map((w) => ({ work: w.key, ana: vote(w.ta!.ana), ben: vote(w.ta!.ben) })),
      titleAbstractResolutions: screened.filter((w) => w.ta?.resolution).map((w) => ({ work: w.key, by: 'ana', method: 'consensus', with: ['ben'], ...w.ta!.resolution })),
      retrieval: all.filter((w) => w.retrieval).map((w) => ({ work: w.key, by: 'ana', outcome: w.retrieval!.outcome, ...(w.retrieval!.note ? { note: w.retrieval!.note } : {}) })),
      fullText: all.filter((w) => w.ft).map((w) => ({ work: w.key, ana: vote(w.ft!.ana), ben: vote(w.ft!.ben) })),
      fullTextResolutions: all.filter((w) => w.ft?.resolution).map((w) => ({ work: w.key, by: 'ana', method: 'consensus', with: ['ben'], ...w.ft!.resolution })),
    },
  ),
);

// ---- report ---------------------------------------------------------------------------------------

const total = dbs.reduce((n, db) => n + files[db].length, 0);
for (const db of dbs) console.log(`${fileNames[db].padEnd(22)} ${files[db].length}`);
console.log(`${MANUAL_FILE.padEnd(22)} ${manual.length}`);
console.log(`database records ${total}, works in databases ${works.length}, duplicates ${total - works.length}, with manual ${total + manual.length} records / ${all.length} works`);
console.log(`title/abstract includes ${screened.filter((w) => w.ta!.resolution?.decision === 'include' || (w.ta!.ana.decision === 'include' && w.ta!.ben.decision === 'include')).length}`);
