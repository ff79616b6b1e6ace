import { percent, READER_BADGE } from '../core/compare/claims';
import type { Row } from '../core/compare/rows';
import type { Version } from '../core/model/types';
import { useViewerData } from './data-context';
import { SourceList } from './source-link';

/** An engine pairing it is not sure of: both sides have points and the tier says "possible". */
export function isPossible(row: Row): boolean {
  return (
    row.basis.kind === 'engine' &&
    row.basis.tier === 'possible' &&
    row.left.length > 0 &&
    row.right.length > 0
  );
}

/** The engine's reasons, minus what the line already says ("62% similar" once, not twice). */
function reasons(row: Row, similar: string): string[] {
  return row.explain.filter((e) => e !== similar && e !== 'recorded correspondence');
}

/** How the row's claim is known, in one line in its head: reported (outlets), inferred, matched. */
export function BasisLine({ row, via }: { row: Row; via?: Version | undefined }) {
  const { source } = useViewerData();
  const basis = row.basis;
  switch (basis.kind) {
    case 'reported':
      // Fate rows list their sources with each reading.
      return row.readings ? null : (
        <div className="link-basis">
          <span className="badge badge--basis">Reported</span>
          <SourceList ids={basis.sources} lookup={source} prefix="Reported by" compact />
        </div>
      );
    case 'inferred':
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Inferred by the project</span>{' '}
          {basis.via
            ? `through the ${via?.id === basis.via ? via.title : basis.via}: no link is recorded between these two versions`
            : 'no outlet said so'}
          .
        </p>
      );
    case 'engine': {
      const similar =
        basis.similarity === undefined
          ? 'no counterpart found'
          : `${percent(basis.similarity)} similar`;
      const more = reasons(row, similar);
      const possible = isPossible(row);
      return (
        <p className="link-basis">
          <span className="badge badge--basis">Matched by text</span>{' '}
          {possible ? (
            <>
              <span className="badge badge--possible">Possible match</span>{' '}
            </>
          ) : null}
          {similar}; the engine&apos;s judgement{possible ? ', not sure' : ''}, no link is recorded
          {more.length ? ` · ${more.join(' · ')}` : ''}
        </p>
      );
    }
    case 'reader': {
      const similar =
        basis.similarity === undefined ? undefined : `${percent(basis.similarity)} similar`;
      const more = reasons(row, similar ?? '');
      return (
        <p className="link-basis">
          <span className="badge badge--basis badge--reader">{READER_BADGE[basis.by]}</span>{' '}
          {basis.verdict === 'confirmed'
            ? 'The same point: the engine proposed it as a possible match'
            : 'Not the same point: the engine had proposed a possible match'}
          {similar ? ` (${similar})` : ''}; no outlet or project record links them
          {more.length ? ` · ${more.join(' · ')}` : ''}
        </p>
      );
    }
    case 'none':
      return null;
    default:
      return basis satisfies never;
  }
}
