import { useEffect, useState } from 'react';

/**
 * The passage the page was opened at (the URL's `#passage-…`, also when a link within the page
 * changes it), once `ready`: scrolled to the middle of the window and focused, so it is where the
 * user looks and where a screen reader reads on. Its id, to mark it.
 */
export function useOpenedPassage(ready: boolean): string | null {
  const [opened, setOpened] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  useEffect(() => {
    const follow = () => setOpened(decodeURIComponent(window.location.hash.slice(1)));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (!ready || !opened) return;
    const element = document.getElementById(opened);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [ready, opened]);
  return opened || null;
}
