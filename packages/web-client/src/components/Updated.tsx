import { useEffect, useState } from 'react';
import { usePageText } from '../pages-i18n';

const SHOWN_MS = 8_000;

/** A polite "updated just now" after a live refresh; the live region itself always exists. */
export function Updated({ at }: { at: number | null }) {
  const p = usePageText();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (at == null) return;
    setShown(true);
    const timer = setTimeout(() => setShown(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [at]);
  return (
    <p className="updated" aria-live="polite" role="status">
      {shown ? p.updatedNow : ''}
    </p>
  );
}
