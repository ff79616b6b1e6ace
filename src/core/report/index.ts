/**
 * Exports of a comparison: Markdown, CSV, terminal text and JSON. Pure functions of the
 * comparison and the source register, shared by the page's downloads and the CLI so both give
 * the same bytes.
 */
export { comparisonToMarkdown, escapeMarkdown, type MarkdownOptions } from './markdown';
export { comparisonToCsv, csvField, CSV_COLUMNS } from './csv';
export { comparisonToText } from './text';
export {
  comparisonToJson,
  type ComparisonJson,
  type ComparisonJsonRow,
  type ComparisonJsonVersion,
} from './json';
