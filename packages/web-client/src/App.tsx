import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Outlet, RouterProvider, ScrollRestoration, useMatches, useParams } from 'react-router';
import { Layout } from './components/Layout';
import { NotFound } from './components/Status';
import { useT } from './i18n';
import type { Dictionary } from './i18n/sv';
import { NewPage } from './components/NewPage';
import { PageTitleProvider } from './title';
import { queryClient } from './graphql';
import { createRouter } from './router';
import { PATTERNS } from './routes';
import { StartPage } from './pages/StartPage';
import { ViewerProvider } from './viewer';

// Every page but the start page is a chunk of its own, loaded when first visited: the first load
// carries React, the layout, search and the start page only (the maps' cytoscape and d3-geo, and
// the live updates' graphql-ws, come with the pages that use them).
const MapPage = lazy(() => import('./pages/map/MapPage'));
const GeoPage = lazy(() => import('./pages/geo/GeoPage'));
const ActorPage = lazy(() => import('./pages/ActorPage').then((m) => ({ default: m.ActorPage })));
const ForumPage = lazy(() =>
  import('./pages/forum/ForumPage').then((m) => ({ default: m.ForumPage })),
);
const StrategyPage = lazy(() =>
  import('./pages/strategy/StrategyPage').then((m) => ({ default: m.StrategyPage })),
);
const PersonPage = lazy(() =>
  import('./pages/PersonPage').then((m) => ({ default: m.PersonPage })),
);
const SearchPage = lazy(() =>
  import('./pages/SearchPage').then((m) => ({ default: m.SearchPage })),
);
const AreaPage = lazy(() => import('./pages/AreaPage').then((m) => ({ default: m.AreaPage })));
const ReviewPage = lazy(() =>
  import('./pages/review/ReviewPage').then((m) => ({ default: m.ReviewPage })),
);
const SignInPage = lazy(() =>
  import('./pages/account/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const InvitationPage = lazy(() =>
  import('./pages/account/InvitationPage').then((m) => ({ default: m.InvitationPage })),
);
const AccountPage = lazy(() =>
  import('./pages/account/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const AboutPage = lazy(() =>
  import('./pages/about/AboutPage').then((m) => ({ default: m.AboutPage })),
);
const AccessibilityPage = lazy(() =>
  import('./pages/about/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })),
);
const UsersPage = lazy(() =>
  import('./pages/admin/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const TokensPage = lazy(() =>
  import('./pages/admin/TokensPage').then((m) => ({ default: m.TokensPage })),
);
const WebhooksPage = lazy(() =>
  import('./pages/admin/webhooks/WebhooksPage').then((m) => ({ default: m.WebhooksPage })),
);
const WebhookPage = lazy(() =>
  import('./pages/admin/webhooks/WebhookPage').then((m) => ({ default: m.WebhookPage })),
);
const SourcesPage = lazy(() =>
  import('./pages/source/SourcesPage').then((m) => ({ default: m.SourcesPage })),
);
const SourcePage = lazy(() =>
  import('./pages/source/SourcePage').then((m) => ({ default: m.SourcePage })),
);
const NewSourcePage = lazy(() =>
  import('./pages/source/NewSourcePage').then((m) => ({ default: m.NewSourcePage })),
);
const ImportPage = lazy(() =>
  import('./pages/import/ImportPage').then((m) => ({ default: m.ImportPage })),
);

/** A route's name in the browser's title; a record's page is named by the record instead. */
type RouteTitle = (t: Dictionary) => string;

/**
 * The client's routes: a path pattern, the page it shows (given the pattern's one parameter) and
 * its name, where the route has one of its own.
 */
const PAGES: [pattern: string, page: ComponentType<{ param: string }>, title?: RouteTitle][] = [
  [PATTERNS.map, () => <MapPage />, (t) => t.mapTitle],
  [PATTERNS.geo, () => <GeoPage />, (t) => t.geoTitle],
  [PATTERNS.actor, ({ param }) => <ActorPage slug={param} />],
  [PATTERNS.forum, ({ param }) => <ForumPage slug={param} />],
  [PATTERNS.strategy, ({ param }) => <StrategyPage slug={param} />],
  [PATTERNS.person, ({ param }) => <PersonPage slug={param} />],
  [PATTERNS.area, ({ param }) => <AreaPage code={param} />],
  [PATTERNS.review, ({ param }) => <ReviewPage id={param} />],
  [PATTERNS.search, () => <SearchPage />, (t) => t.searchTitle],
  [PATTERNS.signIn, () => <SignInPage />, (t) => t.signIn],
  [PATTERNS.invitation, () => <InvitationPage />, (t) => t.invitationTitle],
  [PATTERNS.account, () => <AccountPage />, (t) => t.accountTitle],
  [PATTERNS.adminUsers, () => <UsersPage />, (t) => t.adminTitle],
  [PATTERNS.adminTokens, () => <TokensPage />, (t) => t.adminTokensTitle],
  [PATTERNS.adminWebhooks, () => <WebhooksPage />, (t) => t.webhooksTitle],
  [PATTERNS.adminWebhook, ({ param }) => <WebhookPage id={param} />, (t) => t.webhooksTitle],
  [PATTERNS.about, () => <AboutPage />, (t) => t.aboutTitle],
  [PATTERNS.accessibility, () => <AccessibilityPage />, (t) => t.accessibilityTitle],
  [PATTERNS.sources, () => <SourcesPage />, (t) => t.sourcesTitle],
  // Before a source's page, whose pattern would take "new" for an id.
  [PATTERNS.sourceNew, () => <NewSourcePage />, (t) => t.sourceAdd],
  [PATTERNS.source, ({ param }) => <SourcePage id={param} />],
  [PATTERNS.import, () => <ImportPage />, (t) => t.importTitle],
];

/** A lazy page, shown with the loading notice until its chunk is in. */
function Lazy({
  page: Shown,
  pattern,
}: {
  page: ComponentType<{ param: string }>;
  pattern: string;
}) {
  const { t } = useT();
  const [param] = Object.values(useParams());
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t.loading}
        </p>
      }
    >
      {/* A new key per record: a page's state never carries over to another record. */}
      <Shown key={param ?? pattern} param={param ?? ''} />
    </Suspense>
  );
}

/**
 * What every page shares: who is signed in, the header and footer, the page's title, the scroll
 * and the focus on navigation.
 */
function Shell() {
  const { t, lang } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const title = (useMatches().at(-1)?.handle as { title?: RouteTitle } | undefined)?.title;
  return (
    <ViewerProvider>
      <PageTitleProvider routeTitle={title?.(t) ?? null}>
        <Layout>
          <Outlet />
        </Layout>
      </PageTitleProvider>
      <ScrollRestoration />
      <NewPage />
    </ViewerProvider>
  );
}

const router = createRouter([
  {
    Component: Shell,
    children: [
      { path: PATTERNS.start, Component: StartPage },
      ...PAGES.map(([pattern, page, title]) => ({
        path: pattern,
        element: <Lazy page={page} pattern={pattern} />,
        handle: { title },
      })),
      { path: '*', Component: NotFound, handle: { title: (t: Dictionary) => t.notFound } },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
