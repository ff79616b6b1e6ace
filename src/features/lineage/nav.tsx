import type { MouseEvent, ReactNode } from 'react';
import type { ViewState } from '../../core/url/view-state';

/** A change of view: the parts of the URL state to replace. */
export type ViewPatch = Partial<ViewState>;

/** How the lineage views move the reader: a real link (`href`) and the in-page move (`go`). */
export interface Nav {
  go: (patch: ViewPatch) => void;
  href: (patch: ViewPatch) => string;
}

/**
 * A real link to another view (it can be opened in a new tab or copied); a plain click moves in
 * the page instead of reloading it.
 */
export function NavLink({
  nav,
  to,
  children,
  className,
  ...aria
}: {
  nav: Nav;
  to: ViewPatch;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
}) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    nav.go(to);
  };
  return (
    <a href={nav.href(to)} onClick={onClick} className={className} {...aria}>
      {children}
    </a>
  );
}

/** The compare view on two versions, focused on one point. */
export function compareTo(
  left: string,
  right: string,
  focus: { side: 'left' | 'right'; label: string } | null,
): ViewPatch {
  return { panel: { kind: 'compare' }, left, right, focus };
}
