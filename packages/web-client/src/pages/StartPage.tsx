import { StartOverviewDocument, type StartOverviewQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';
import { routes } from '../routes';
import { Section } from '../components/Section';
import { Summary } from '../components/Summary';
import { CreateRecords } from '../edit/CreateRecords';
import './StartPage.css';

type Listed = {
  totalCount: number;
  nodes: { id: string; slug: string; name: string; kind: string }[];
};

/** A short list of records of one kind, with "and N more" when the register holds more. */
function Listing({
  id,
  title,
  list,
  urlOf,
}: {
  id: string;
  title: string;
  list: Listed;
  urlOf: (slug: string) => string;
}) {
  const { t, label } = useT();
  const more = list.totalCount - list.nodes.length;
  return (
    <Section id={id} title={title} count={list.totalCount}>
      <ul className="start-list">
        {list.nodes.map((record) => (
          <li key={record.id}>
            <Link to={urlOf(record.slug)}>{record.name}</Link>{' '}
            <span className="muted">{label(record.kind)}</span>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="muted">{t.startMore(more)}</p> : null}
    </Section>
  );
}

function Figures({ data }: { data: StartOverviewQuery }) {
  const { t } = useT();
  return (
    <section aria-labelledby="start-register">
      <h2 id="start-register" className="visually-hidden">
        {t.startRegister}
      </h2>
      <Summary
        className="figures"
        facts={[
          [t.kinds.ACTOR, data.actors.totalCount],
          [t.kinds.FORUM, data.forums.totalCount],
          [t.kinds.STRATEGY, data.strategies.totalCount],
          [t.kinds.PERSON, data.people.totalCount],
        ]}
      />
    </section>
  );
}

export function StartPage() {
  const { t } = useT();
  const state = useQuery(StartOverviewDocument, {});
  const data = state.data;
  return (
    <article className="page start">
      <header className="hero">
        <h1>{t.tagline}</h1>
        <p className="lead">{t.startIntro}</p>
        <p>{t.startSearch}</p>
      </header>
      {data ? <Figures data={data} /> : null}
      <CreateRecords />
      <section aria-labelledby="start-explore">
        <h2 id="start-explore">{t.startExplore}</h2>
        <ul className="tiles">
          {[
            { to: routes.map, title: t.navMap, text: t.mapIntro },
            { to: routes.geo, title: t.navGeo, text: t.geoIntro },
          ].map((tile) => (
            <li key={tile.to}>
              <Link to={tile.to} className="tile">
                <span className="tile-title">{tile.title}</span>
                <span className="tile-text">{tile.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {state.status === 'error' ? (
        <p className="notice" role="alert">
          {state.error.message}
        </p>
      ) : null}
      {data ? (
        <div className="columns">
          <Listing
            id="start-forums"
            title={t.kinds.FORUM}
            list={data.forums}
            urlOf={routes.forum}
          />
          <Listing
            id="start-strategies"
            title={t.kinds.STRATEGY}
            list={data.strategies}
            urlOf={routes.strategy}
          />
        </div>
      ) : null}
    </article>
  );
}
