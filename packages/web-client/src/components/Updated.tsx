import { useT } from '../i18n';
import { useEffect, useState } from 'react';
import { useLiveUpdatesPaused } from '../live';
import './Updated.css';

const SHOWN_MS = 8_000;

/**
 * The polite live region of a page with live refresh: "updated just now" after a refresh, and
 * "live updates paused" while the connection is lost. The region itself always exists.
 */
export function Updated({ at }: { at: number | null }) {
  const { t } = useT();
  const paused = useLiveUpdatesPaused();
  // The refresh whose notice has run its time; a newer refresh shows the notice again.
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (at == null) return;
    const timer = setTimeout(() => setExpired(at), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [at]);
  const shown = at != null && expired !== at;
  return (
    <p className={paused ? 'updated paused' : 'updated'} aria-live="polite" role="status">
      {paused ? t.livePaused : shown ? t.updatedNow : ''}
    </p>
  );
}
