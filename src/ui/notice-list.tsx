import { noticeText, type Notice } from '../core/url/notices';

/** What a link asked for and did not get, once, in words (loaded only when there is something to say). */
export default function NoticeList({
  notices,
  titleOf,
}: {
  notices: readonly Notice[];
  titleOf: (id: string) => string | undefined;
}) {
  return (
    <ul className="notices" aria-label="About this link" role="status">
      {notices.map((n, i) => (
        <li key={i}>{noticeText(n, titleOf)}</li>
      ))}
    </ul>
  );
}
