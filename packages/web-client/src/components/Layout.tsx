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
            <PageLink to={routes.map}>{t.navMap}</PageLink>
            <PageLink to={routes.geo}>{t.navGeo}</PageLink>
            <PageLink to={routes.sources}>{t.navSources}</PageLink>
            <span className="site-nav-account">
              <SignedIn />
            </span>
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

/** A link of the navigation, marked as the current page on it and the pages under it. */
function PageLink({ to, children }: { to: string; children: ReactNode }) {
  const { path } = useLocation();
  const current = path === to || path.startsWith(`${to}/`);
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/**
 * The signed-in user's name, to their account; a caller with an API token (a script, a test, a
 * browser that sends one), the token's name, since it has no account to manage here nor a
 * session to end; for an admin either way, the admin pages. Else a link to sign in and come
 * back here.
 */
function SignedIn() {
  const { t } = useT();
  const { path, params } = useLocation();
  const { state } = useViewer();
  const viewer = state.data?.viewer;
  const admin = viewer?.role === 'ADMIN' && <Link to={routes.adminUsers}>{t.navAdmin}</Link>;
  if (viewer?.token) {
    return (
      <>
        {admin}
        <span className="site-nav-token">{t.signedInToken(viewer.token.name)}</span>
      </>
    );
  }
  if (viewer?.user) {
    return (
      <>
        {admin}
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
