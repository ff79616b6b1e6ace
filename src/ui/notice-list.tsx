import { noticeText, type Notice } from '../core/url/notices';

/**
 * What a link asked for and did not get, once, in words (loaded only when there is something to
 * say). The live region wraps the list: a `status` role on the `<ul>` itself would take its list
 * semantics away (axe "listitem").
 */
export default function NoticeList({
  notices,
  titleOf,
}: {
  notices: readonly Notice[];
  titleOf: (id: string) => string | undefined;
}) {
  return (
    <div role="status" aria-label="About this link">
      <ul className="notices">
        {notices.map((n, i) => (
          <li key={i}>{noticeText(n, titleOf)}</li>
        ))}
      </ul>
    </div>
  );
}
