import { Link } from '../router';

/** Links within a sentence, separated by commas: "Berg, Bräcke, Krokom". */
export function InlineLinks({ links }: { links: readonly { to: string; name: string }[] }) {
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
