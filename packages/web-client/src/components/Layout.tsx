import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Link, setParams, useLocation } from '../router';
import { PATTERNS, routes } from '../routes';
import { useViewer } from '../viewer';
import { Footer } from './Footer';
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
            <SignedIn />
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
      <Footer />
    </>
  );
}

/**
 * The signed-in user's name, to their account (and for an admin, the page of users); else a link
 * to sign in and come back here.
 */
function SignedIn() {
  const { t } = useT();
  const { path, params } = useLocation();
  const { state } = useViewer();
  const viewer = state.data?.viewer;
  if (viewer?.user) {
    return (
      <>
        {viewer.role === 'ADMIN' && <Link to={routes.adminUsers}>{t.navUsers}</Link>}
        <Link to={routes.account} aria-label={`${t.signedInAs} ${viewer.user.displayName}`}>
          {viewer.user.displayName}
        </Link>
      </>
    );
  }
  // Not while asking (no flash of "sign in" for a signed-in user), nor on the sign-in pages.
  if (state.status !== 'done' || path === PATTERNS.signIn || path === PATTERNS.invitation) {
    return null;
  }
  const here = path + (params.size ? `?${params}` : '');
  return <Link to={routes.signIn(here)}>{t.signIn}</Link>;
}
