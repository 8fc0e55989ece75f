/**
 * Compressed sparse rows: row r's non-zero columns are `indices[indptr[r] .. indptr[r+1])`, with the
 * matching `values`. Columns within a row are ascending. This is the only matrix shape the ranker
 * needs: documents are rows, features are columns, and every model step is a row dot product or a
 * scaled row added to a dense weight vector.
 */
export type SparseMatrix = Readonly<{
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}>;

/** w · x_row. */
export function dotRow(matrix: SparseMatrix, row: number, weights: Float64Array): number {
  const { indptr, indices, values } = matrix;
  let sum = 0;
  for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) sum += values[k]! * weights[indices[k]!]!;
  return sum;
}

/** weights += scale · x_row. */
export function addRow(matrix: SparseMatrix, row: number, scale: number, weights: Float64Array): void {
  const { indptr, indices, values } = matrix;
  for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) weights[indices[k]!]! += scale * values[k]!;
}

/** x_row · x_row. */
export function squaredNorm(matrix: SparseMatrix, row: number): number {
  const { indptr, values } = matrix;
  let sum = 0;
  for (let k = indptr[row]!, end = indptr[row + 1]!; k < end; k += 1) sum += values[k]! * values[k]!;
  return sum;
}

/** X · w + bias for every row, into `out`. */
export function scoreRows(matrix: SparseMatrix, weights: Float64Array, bias: number, out: Float64Array): void {
  for (let r = 0; r < matrix.rows; r += 1) out[r] = dotRow(matrix, r, weights) + bias;
}
