import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Layout } from './components/Layout';
import { NotFound } from './components/Status';
import { useT } from './i18n';
import { match, useLocation } from './router';
import { ActorPage } from './pages/ActorPage';
import { ForumPage } from './pages/ForumPage';
import { StartPage } from './pages/StartPage';
import { StrategyPage } from './pages/StrategyPage';
import { PersonPage } from './pages/PersonPage';
import { AreaPage } from './pages/AreaPage';
import { ReviewPage } from './pages/ReviewPage';

// The map pages load cytoscape and d3-geo: split off so the first load stays small.
const MapPage = lazy(() => import('./pages/MapPage'));
const GeoPage = lazy(() => import('./pages/GeoPage'));

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useT();
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t.loading}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

function Page({ path }: { path: string }) {
  if (path === '/') return <StartPage />;
  if (path === '/map')
    return (
      <Lazy>
        <MapPage />
      </Lazy>
    );
  if (path === '/geo')
    return (
      <Lazy>
        <GeoPage />
      </Lazy>
    );
  let params = match('/actors/:slug', path);
  if (params) return <ActorPage key={params.slug} slug={params.slug} />;
  params = match('/forums/:slug', path);
  if (params) return <ForumPage key={params.slug} slug={params.slug} />;
  params = match('/strategies/:slug', path);
  if (params) return <StrategyPage key={params.slug} slug={params.slug} />;
  params = match('/people/:slug', path);
  if (params) return <PersonPage key={params.slug} slug={params.slug} />;
  params = match('/areas/:code', path);
  if (params) return <AreaPage key={params.code} code={params.code} />;
  params = match('/reviews/:id', path);
  if (params) return <ReviewPage key={params.id} id={params.id} />;
  return <NotFound />;
}

export function App() {
  const { path } = useLocation();
  const { lang } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <Layout>
      <Page path={path} />
    </Layout>
  );
}
