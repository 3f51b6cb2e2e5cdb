import { AreaActorsDocument, AreaDetailDocument, type AreaDetailQuery } from '@samverkan/schema';
import { useState } from 'react';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';
import { routes } from '../routes';
import { AsOf } from '../components/AsOf';
import { Fact, FactList } from '../components/Facts';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { Loaded, Period } from '../components/Status';
import { Source } from '../components/Source';
import { Summary } from '../components/Summary';
import { Updated } from '../components/Updated';
import { useLiveRefresh, type Watch } from '../live';
import './AreaPage.css';

const FIRST = 100; // the API's largest page
const SHOWN = 24;

type Area = NonNullable<AreaDetailQuery['area']>;

/**
 * The area and the responsibilities for it (new ones too). The actors working here are many and
 * not watched one by one; their list is read again with every refresh of the page.
 */
function watched(area: Area | null | undefined): Watch[] {
  if (!area) return [];
  return [{ record: area.id }, { responsibilities: { subject: area.id } }];
}

function AreaActors({ area, refreshedAt }: { area: string; refreshedAt: number | null }) {
  const { t, label } = useT();
  const [all, setAll] = useState(false);
  const state = useQuery(AreaActorsDocument, { area, first: FIRST }, false, refreshedAt);
  return (
    <Loaded state={state} pick={(data) => data.actors}>
      {(actors) => (
        <>
          <FactList items={all ? actors.nodes : actors.nodes.slice(0, SHOWN)} keyOf={(a) => a.slug}>
            {(actor) => (
              <Fact
                meta={
                  <>
                    <span>{label(actor.type)}</span>
                    <span>{label(actor.sector)}</span>
                  </>
                }
              >
                <Link to={routes.actor(actor.slug)}>{actor.name}</Link>
              </Fact>
            )}
          </FactList>
          {!all && actors.nodes.length > SHOWN ? (
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              {t.showAll(actors.totalCount)}
            </button>
          ) : null}
        </>
      )}
    </Loaded>
  );
}

export function AreaPage({ code }: { code: string }) {
  const { t, label } = useT();
  const { params } = useLocation();
  const asOf = params.get('asOf') || undefined;
  const state = useQuery(AreaDetailDocument, { code, asOf });
  const refreshedAt = useLiveRefresh(watched(state.data?.area), state.refetch);
  return (
    <Loaded state={state} pick={(data) => data.area}>
      {(area) => (
        <article className="page">
          <header className="page-header">
            <p className="eyebrow">{t.areaKinds[area.kind] ?? t.area}</p>
            <h1>{area.name}</h1>
            <Summary
              facts={[
                [
                  t.parent,
                  area.parent && <Link to={routes.area(area.parent.code)}>{area.parent.name}</Link>,
                ],
                [
                  t.identifiers,
                  area.identifiers
                    .map((id) => `${id.scheme.toUpperCase()} ${id.value}`)
                    .join(' · '),
                ],
              ]}
            />
            <Source citations={area.sources} />
            <AsOf />
            <Updated at={refreshedAt} />
          </header>

          <div className="columns">
            {area.children.length ? (
              <Section id="children" title={t.areasWithin} count={area.children.length} wide>
                <ul className="link-list">
                  {area.children.map((child) => (
                    <li key={child.code}>
                      <Link to={routes.area(child.code)}>{child.name}</Link>
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}

            <Section id="actors" title={t.actorsHere}>
              <AreaActors area={area.id} refreshedAt={refreshedAt} />
            </Section>

            <Section id="strategies" title={t.strategiesHere}>
              <FactList items={area.strategies} keyOf={(strategy) => strategy.slug}>
                {(strategy) => (
                  <Fact
                    meta={
                      <>
                        <span>{label(strategy.kind)}</span>
                        <Period from={strategy.periodFrom} to={strategy.periodTo} />
                      </>
                    }
                  >
                    <Link to={routes.strategy(strategy.slug)}>{strategy.name}</Link>
                  </Fact>
                )}
              </FactList>
            </Section>

            <Section id="area-responsibilities" title={t.responsibilities} wide>
              <Responsibilities rows={area.responsibilities} show="actor" />
            </Section>
          </div>
        </article>
      )}
    </Loaded>
  );
}
