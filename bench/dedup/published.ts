/**
 * Published record-level figures of other tools on the same sets (bib-dedupe's benchmark,
 * ../shared/datasets/dedup/published_results_bib_dedupe.md; its ASySD rows are broken and left out).
 */
export type Published = Readonly<{
  tool: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  sensitivity: number;
  specificity: number;
  precision: number;
  f1: number;
  runtime: string;
}>;

const row = (tool: string, fp: number, tp: number, fn: number, tn: number, runtime: string): Published => {
  const sensitivity = tp / (tp + fn);
  const precision = tp / (tp + fp);
  return {
    tool,
    tp,
    fp,
    fn,
    tn,
    sensitivity,
    specificity: tn / (tn + fp),
    precision,
    f1: (2 * precision * sensitivity) / (precision + sensitivity),
    runtime,
  };
};

export const published: Readonly<Record<string, readonly Published[]>> = {
  bibdedupe_cytology_screening: [
    row('bib-dedupe', 0, 766, 6, 1084, '0:07'),
    row('asreview', 12, 753, 19, 1072, '0:01'),
    row('buhos', 29, 741, 31, 1055, '6:52'),
  ],
  bibdedupe_digital_work: [
    row('bib-dedupe', 0, 368, 1, 6790, '0:35'),
    row('buhos', 66, 306, 63, 6724, '29:44'),
    row('asreview', 217, 240, 129, 6573, '0:02'),
  ],
  asysd_diabetes: [
    row('bib-dedupe', 0, 1261, 0, 584, '0:08'),
    row('asreview', 0, 1102, 159, 584, '0:01'),
    row('buhos', 121, 1141, 120, 463, '8:19'),
  ],
  bibdedupe_special_cases: [
    row('bib-dedupe', 0, 1, 2, 9, '0:00'),
    row('asreview', 2, 2, 1, 7, '0:01'),
    row('buhos', 2, 1, 2, 7, '0:00'),
  ],
};
