import { useEffect, useState } from 'react';
import { usePageText } from '../pages-i18n';

const SHOWN_MS = 8_000;

/** A polite "updated just now" after a live refresh; the live region itself always exists. */
export function Updated({ at }: { at: number | null }) {
  const p = usePageText();
  // The refresh whose notice has run its time; a newer refresh shows the notice again.
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (at == null) return;
    const timer = setTimeout(() => setExpired(at), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [at]);
  const shown = at != null && expired !== at;
  return (
    <p className="updated" aria-live="polite" role="status">
      {shown ? p.updatedNow : ''}
    </p>
  );
}
