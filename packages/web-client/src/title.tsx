import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useT } from './i18n';

const PageTitle = createContext<(title: string | null) => void>(() => undefined);

/**
 * Names the page in the browser's title: `<what it shows> – Samverkan`. `routeTitle` is the
 * route's own name (the map, the account page …); a page that shows a record names it by the
 * record instead (`usePageTitle`), once it has it.
 */
export function PageTitleProvider({
  routeTitle,
  children,
}: {
  routeTitle: string | null;
  children: ReactNode;
}) {
  const { t } = useT();
  const [pageTitle, setPageTitle] = useState<string | null>(null);
  const title = pageTitle ?? routeTitle;
  useEffect(() => {
    document.title = title ? `${title} – ${t.appName}` : `${t.appName} – ${t.tagline}`;
  }, [title, t]);
  return <PageTitle.Provider value={setPageTitle}>{children}</PageTitle.Provider>;
}

/** Names the page by what it shows (a record's name, "not found"), while it is shown. */
export function usePageTitle(title: string | null | undefined) {
  const setTitle = useContext(PageTitle);
  useEffect(() => {
    if (!title) return;
    setTitle(title);
    return () => setTitle(null);
  }, [title, setTitle]);
}
