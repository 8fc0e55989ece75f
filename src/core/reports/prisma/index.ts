/**
 * The PRISMA 2020 flow diagram (new review; databases/registers and other methods): counts computed from
 * the project's data, consistency warnings, and a self-contained SVG.
 */
export type { PrismaInput, PrismaReason, PrismaRecord, PrismaSource, PrismaSourceKind } from './input.js';
export { prismaRecordFromScreening, prismaRecordsFromState } from './input.js';
export type {
  DatabaseColumnCounts,
  OtherMethodsColumnCounts,
  PendingCounts,
  PrismaCounts,
  PrismaWarning,
  PrismaWarningCode,
  ReasonCount,
  SourceCount,
} from './counts.js';
export { prismaCounts } from './counts.js';
export type { PrismaSvgOptions } from './svg.js';
export { prismaSvg } from './svg.js';
