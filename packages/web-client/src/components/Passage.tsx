/** A passage as the source words it: a paragraph, then its points as a bulleted list. */
export function Passage({ text, points }: { text?: string | null; points: readonly string[] }) {
  return (
    <>
      {text ? <p>{text}</p> : null}
      {points.length ? (
        <ul>
          {points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
