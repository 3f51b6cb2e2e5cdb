import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Link, setParams } from '../router';
import { routes } from '../routes';
import { Search } from './Search';
import './Layout.css';

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang } = useT();
  return (
    <>
      <a className="skip" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to={routes.start} className="brand">
            <span className="brand-mark" aria-hidden="true">
              S
            </span>
            <span>
              <span className="brand-name">{t.appName}</span>
              <span className="brand-tagline">{t.tagline}</span>
            </span>
          </Link>
          <Search />
          <nav className="site-nav" aria-label={t.nav}>
            <Link to={routes.map}>{t.navMap}</Link>
            <Link to={routes.geo}>{t.navGeo}</Link>
          </nav>
          <nav className="lang" aria-label={t.language}>
            <button
              type="button"
              aria-pressed={lang === 'sv'}
              lang="sv"
              onClick={() => setParams({ lang: null })}
            >
              Svenska
            </button>
            <button
              type="button"
              aria-pressed={lang === 'en'}
              lang="en"
              onClick={() => setParams({ lang: 'en' })}
            >
              English
            </button>
          </nav>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t.tagline}.</p>
      </footer>
    </>
  );
}
