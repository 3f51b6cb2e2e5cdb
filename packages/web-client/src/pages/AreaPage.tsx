import { AreaActorsDocument, AreaDetailDocument, type AreaDetailQuery } from '@samverkan/schema';
import { useState } from 'react';
import { useAsOf } from '../day';
import { useQuery } from '../graphql';
import { identifiersText } from '../components/identifiers';
import { useT } from '../i18n';
import type { Watch } from '../live';
import { Link } from '../router';
import { routes } from '../routes';
import { Fact, FactList } from '../components/Facts';
import { RecordHeader } from '../components/RecordHeader';
import { RecordPage } from '../components/RecordPage';
import { Responsibilities } from '../components/Responsibilities';
import { Section } from '../components/Section';
import { Loaded, Period } from '../components/Status';
import './AreaPage.css';

const FIRST = 100; // the API's largest page
const SHOWN = 24;

type Area = NonNullable<AreaDetailQuery['area']>;

/**
 * The area and the responsibilities for it (new ones too). The actors working here are many and
 * not watched one by one; their list is read again with every refresh of the page.
 */
function watched(area: Area): Watch[] {
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
  const asOf = useAsOf();
  return (
    <RecordPage
      query={AreaDetailDocument}
      variables={{ code, asOf }}
      pick={(data) => data.area}
      watched={watched}
    >
      {(area, refreshedAt) => {
        // Its children, and for an area drawn across municipalities those it covers.
        const within = [...area.children, ...area.municipalities];
        return (
          <>
            <RecordHeader
              kind={t.areaKinds[area.kind] ?? t.area}
              name={area.name}
              facts={[
                [
                  t.parent,
                  area.parent && <Link to={routes.area(area.parent.code)}>{area.parent.name}</Link>,
                ],
                [t.identifiers, identifiersText(area.identifiers)],
              ]}
              sources={area.sources}
              refreshedAt={refreshedAt}
            />

            <div className="columns">
              {within.length ? (
                <Section id="children" title={t.areasWithin} count={within.length} wide>
                  <ul className="chips link-list">
                    {within.map((child) => (
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
          </>
        );
      }}
    </RecordPage>
  );
}
