import type { ReactNode } from 'react';
import { Link } from '../router';

/** A record's page and the name its link shows. */
interface InlineLink {
  to: string;
  name: string;
}

/** Links within a sentence, separated by commas: "Berg, Bräcke, Krokom". */
function InlineLinks({ links }: { links: readonly InlineLink[] }) {
  return (
    <>
      {links.map((link, i) => (
        <span key={link.to}>
          {i > 0 ? ', ' : ''}
          <Link to={link.to}>{link.name}</Link>
        </span>
      ))}
    </>
  );
}

/**
 * Records linked within a sentence, `link` giving each one's page and name; false when there are
 * none, so that a `Summary` leaves the fact out (and a label around the links can go too).
 */
export function inlineLinks<T>(records: readonly T[], link: (record: T) => InlineLink): ReactNode {
  return records.length > 0 && <InlineLinks links={records.map(link)} />;
}
