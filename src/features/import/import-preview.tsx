import type { ParseResult } from '../../core/text/parse-draft';

/** How the text was split: label + text per point, the count, and any line-numbered issues. */
export function ImportPreview({ parse }: { parse: ParseResult }) {
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title">Preview: {parse.points.length} points</h3>
      {parse.issues.length ? (
        <ul className="import-issues" aria-label="Notes on the text">
          {parse.issues.map((issue, i) => (
            <li key={i}>
              Line {issue.line}: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className="import-points" aria-label="Points found">
        {parse.points.map((p) => (
          <li key={p.label}>
            <span className="point-label">{p.label}.</span> {p.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
