import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../i18n';

/** How long to wait for a page's data before it is left as it is. */
const WAIT_MS = 15_000;

/**
 * Calls `found` with the first element `find` finds in the main column, now or once the page's
 * data has come in and drawn it; returns what stops the waiting.
 */
function whenShown(find: () => HTMLElement | null, found: (element: HTMLElement) => void) {
  const main = document.getElementById('main');
  const now = find();
  if (now || !main) {
    if (now) found(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = find();
    if (!element) return;
    stop();
    found(element);
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

function focusWithoutScrolling(element: HTMLElement) {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/**
 * What a new page does, as the browser does on a full load: a link to a part of a page
 * (`/strategies/…#<objective>`) scrolls to it and puts the focus on it once it is drawn; a page
 * opened from another takes the focus to its main heading, and a polite live region tells a
 * screen reader that a new page opened, with its name. Changing only the query string (a filter,
 * the day, the language) is no new page.
 */
export function NewPage() {
  const { t } = useT();
  const { pathname, hash } = useLocation();
  const [told, setTold] = useState('');
  const first = useRef(true);
  const tell = useEffectEvent((heading: HTMLElement) =>
    setTold(t.pageOpened(heading.textContent ?? '')),
  );
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    const id = decodeURIComponent(hash.slice(1));
    if (id) {
      return whenShown(
        () => document.getElementById(id),
        (target) => {
          target.scrollIntoView({ block: 'start' });
          focusWithoutScrolling(target);
        },
      );
    }
    if (isFirst) return;
    return whenShown(
      () => document.querySelector<HTMLElement>('#main h1'),
      (heading) => {
        focusWithoutScrolling(heading);
        tell(heading);
      },
    );
  }, [pathname, hash]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {told}
    </p>
  );
}
