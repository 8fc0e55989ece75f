import { CharacteristicsForm } from './form.js';

/**
 * The study characteristics most meta-ethnographies report (eMERGe 10): when and where a study was done,
 * who took part, and how it was done. Projects may replace it with their own form.
 */
export const defaultCharacteristicsForm: CharacteristicsForm = CharacteristicsForm.define({
  id: 'meta-ethnography-default',
  name: 'Study characteristics (meta-ethnography default)',
  fields: [
    { id: 'year', label: 'Year', kind: 'number', role: 'year', required: true, integer: true, min: 1900, max: 2999 },
    { id: 'country', label: 'Country of study', kind: 'country', role: 'country', required: true },
    {
      id: 'hostCountry',
      label: 'Host country',
      kind: 'country',
      role: 'host-country',
      multiple: true,
      help: 'Where relevant, e.g. where migrating participants trained or worked.',
    },
    { id: 'participantsN', label: 'Participants (n)', kind: 'number', role: 'participants-n', integer: true, min: 0 },
    { id: 'participants', label: 'Participants', kind: 'text', role: 'participants', required: true },
    { id: 'setting', label: 'Setting', kind: 'text', role: 'setting' },
    {
      id: 'methodology',
      label: 'Methodology',
      kind: 'choice',
      role: 'methodology',
      options: [
        { value: 'qualitative-unspecified', label: 'Qualitative (not specified)' },
        { value: 'qualitative-descriptive', label: 'Qualitative description' },
        { value: 'phenomenology', label: 'Phenomenology' },
        { value: 'grounded-theory', label: 'Grounded theory' },
        { value: 'ethnography', label: 'Ethnography' },
        { value: 'case-study', label: 'Case study' },
        { value: 'narrative', label: 'Narrative inquiry' },
        { value: 'mixed-methods', label: 'Mixed methods' },
        { value: 'other', label: 'Other' },
        { value: 'not-reported', label: 'Not reported' },
      ],
    },
    {
      id: 'dataCollection',
      label: 'Data collection',
      kind: 'multi-choice',
      role: 'data-collection',
      options: [
        { value: 'interviews', label: 'Interviews (type not stated)' },
        { value: 'semi-structured-interviews', label: 'Semi-structured interviews' },
        { value: 'in-depth-interviews', label: 'In-depth interviews' },
        { value: 'telephone-interviews', label: 'Telephone interviews' },
        { value: 'focus-groups', label: 'Focus groups' },
        { value: 'observation', label: 'Observation' },
        { value: 'questionnaire', label: 'Questionnaire / survey' },
        { value: 'documents', label: 'Documents' },
        { value: 'other', label: 'Other' },
      ],
    },
    {
      id: 'analysis',
      label: 'Analysis',
      kind: 'choice',
      role: 'analysis',
      options: [
        { value: 'thematic-analysis', label: 'Thematic analysis' },
        { value: 'framework-analysis', label: 'Framework analysis' },
        { value: 'content-analysis', label: 'Content analysis' },
        { value: 'constant-comparison', label: 'Constant comparison (grounded theory)' },
        { value: 'phenomenological-analysis', label: 'Phenomenological analysis (incl. IPA)' },
        { value: 'narrative-analysis', label: 'Narrative analysis' },
        { value: 'other', label: 'Other' },
        { value: 'not-reported', label: 'Not reported' },
      ],
    },
    { id: 'aims', label: 'Aims', kind: 'text', role: 'aims' },
  ],
});
