import type { SearchHitFieldsFragment } from '@samverkan/schema';

type Hit = SearchHitFieldsFragment;

/** The API's snippet (escaped HTML whose only tags are `<mark>`) as text parts, some marked. */
function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const decoded = (html: string) =>
    html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return snippet
    .split(/(<mark>.*?<\/mark>)/s)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decoded(part.slice('<mark>'.length, -'</mark>'.length)), marked: true }
        : { text: decoded(part), marked: false },
    );
}

/**
 * Why a hit matched: its title with the matching words marked when the snippet is the title,
 * else the title and the snippet under it ("Regionråd" under a person found by a position).
 */
export function HitText({ hit }: { hit: Hit }) {
  const parts = hit.snippet ? snippetParts(hit.snippet) : [];
  const marked = parts.map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
  );
  if (parts.map((part) => part.text).join('') === hit.title) {
    return <span className="search-title">{marked}</span>;
  }
  return (
    <>
      <span className="search-title">{hit.title}</span>
      {parts.length ? <span className="search-snippet">{marked}</span> : null}
    </>
  );
}
