/**
 * The streaming EndNote XML parser. Files are often one 3 MB line, so the text is cut at each
 * `</record>` and only one record is ever parsed (and held) at a time.
 */
import type { ImportedRecord } from '../../records/record.js';
import { finishRecord } from '../csv/build-record.js';
import { countNewlines, createNewlineNormaliser } from '../csv/text-stream.js';
import type { Diagnostic } from '../diagnostic.js';
import { diag, fileDiagnosticCodes } from '../diagnostic.js';
import type { ParseOptions, StreamParser } from '../plugin.js';
import { endnoteDraft } from './to-record.js';
import { readXmlRecord } from './xml-record.js';

export const endnoteXmlDiagnosticCodes = {
  ENDNOTE_XML_MALFORMED_RECORD: 'A record is not well-formed XML and was skipped.',
  FILE_TRUNCATED: fileDiagnosticCodes.FILE_TRUNCATED,
} as const;

const closeTag = '</record>';
const openTag = /<record[\s>]/g;

/** Create an EndNote XML stream parser. */
export function createEndnoteXmlParser(_options?: ParseOptions): StreamParser {
  const newlines = createNewlineNormaliser();
  const diagnostics: Diagnostic[] = [];
  let buffer = '';
  let bufferLine = 1; // line of buffer[0]
  let searchFrom = 0;
  let index = 0;

  function read(xml: string, line: number): ImportedRecord | undefined {
    const result = readXmlRecord(xml);
    if ('error' in result) {
      diagnostics.push(
        diag('ENDNOTE_XML_MALFORMED_RECORD', 'error', `Record skipped: ${result.error}`, {
          line: line + result.line - 1,
          recordIndex: index,
        }),
      );
      return undefined;
    }
    const { draft, sourceId } = endnoteDraft(result.fields);
    return finishRecord(draft, { raw: result.fields, index: index++, line, sourceId });
  }

  function run(): ImportedRecord[] {
    const out: ImportedRecord[] = [];
    let consumed = 0;
    let lineAtConsumed = bufferLine;
    for (;;) {
      const end = buffer.indexOf(closeTag, searchFrom);
      if (end < 0) break;
      openTag.lastIndex = consumed;
      const open = openTag.exec(buffer);
      const stop = end + closeTag.length;
      if (open && open.index < end) {
        const line = lineAtConsumed + countNewlines(buffer, consumed, open.index);
        const record = read(buffer.slice(open.index, stop), line);
        if (record) out.push(record);
      }
      lineAtConsumed += countNewlines(buffer, consumed, stop);
      consumed = stop;
      searchFrom = stop;
    }
    if (consumed > 0) {
      buffer = buffer.slice(consumed);
      bufferLine = lineAtConsumed;
    }
    // `</record>` may be split between two chunks: look again from just before the end.
    searchFrom = Math.max(0, buffer.length - closeTag.length + 1);
    return out;
  }

  return {
    push(chunk: string): ImportedRecord[] {
      buffer += newlines.push(chunk);
      return run();
    },
    end(): ImportedRecord[] {
      buffer += newlines.end();
      const out = run();
      openTag.lastIndex = 0;
      const open = openTag.exec(buffer);
      if (open) {
        diagnostics.push(
          diag('FILE_TRUNCATED', 'error', 'The file ends inside a record (no closing </record>).', {
            line: bufferLine + countNewlines(buffer, 0, open.index),
            recordIndex: index,
          }),
        );
      }
      buffer = '';
      return out;
    },
    diagnostics,
  };
}
