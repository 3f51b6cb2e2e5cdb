import { SourcePageDocument, type SourcePageQuery } from '@samverkan/schema';
import { useRef, useState } from 'react';
import { RecordHeader } from '../../components/RecordHeader';
import { Loaded } from '../../components/Status';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { CitedBy } from './CitedBy';
import { SourceText } from './SourceText';
import { citingName, type CitingName } from './citing';
import { useOpenedPassage } from './opened';
import { hasEditorRole } from '../../edit/role';
import { useViewer } from '../../viewer';
import { useSelectedPassage, Workbench, WorkbenchStatus } from './workbench/Workbench';
import './source.css';

export type SourceOnPage = Extract<NonNullable<SourcePageQuery['node']>, { __typename: 'Source' }>;

/** A citation of the document as its page shows it, with its record's name and page. */
export type Citing = SourceOnPage['citedBy'][number] & { name: CitingName };

/**
 * A source document's page (`/sources/:id`): its title, publisher, date and address, its text
 * with every cited passage marked and linked to the records citing it, and those records listed
 * beside it with their quotations. Opened at a passage (`#passage-<start>-<end>`, from a "källa"
 * anywhere in the client), it scrolls to it and marks it.
 */
export function SourcePage({ id }: { id: string }) {
  const state = useQuery(SourcePageDocument, { id });
  return (
    <Loaded
      state={state}
      pick={(data) => (data.node?.__typename === 'Source' ? (data.node as SourceOnPage) : null)}
    >
      {(source) => <SourceArticle source={source} />}
    </Loaded>
  );
}

function SourceArticle({ source }: { source: SourceOnPage }) {
  const translation = useT();
  const { t, date } = translation;
  const opened = useOpenedPassage(true);
  const mayCite = hasEditorRole(useViewer().state.data?.viewer?.role);
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useSelectedPassage(textRef, source.text, mayCite);
  const [saved, setSaved] = useState(false);
  const text = mayCite ? source.text : null;
  const citing = source.citedBy.map((c) => ({ ...c, name: citingName(c.record, translation) }));
  return (
    <article className="source-page">
      <RecordHeader
        back={
          <Link to={routes.sources} className="back-link">
            ← {t.sourceAll}
          </Link>
        }
        kind={t.sourceKind}
        name={source.title}
        facts={[
          [
            t.sourcePublisher,
            source.publisher && (
              <Link to={routes.actor(source.publisher.slug)}>{source.publisher.name}</Link>
            ),
          ],
          [t.sourceDate, source.publishedOn && date(source.publishedOn)],
          [
            t.sourceUrl,
            source.url && (
              <a href={source.url} rel="noreferrer" className="source-url">
                {source.url}
              </a>
            ),
          ],
          [t.sourceFile, source.fileName],
        ]}
        undated
        refreshedAt={null}
      />
      <div className="source-layout">
        <SourceText
          text={source.text}
          citing={citing}
          opened={opened}
          textRef={textRef}
          after={
            text !== null && selected
              ? {
                  at: selected.end - 1,
                  node: (
                    <Workbench
                      source={{ id: source.id, text, publishedOn: source.publishedOn ?? null }}
                      selected={selected}
                      onDrop={() => setSelected(null)}
                      onSaved={() => {
                        setSelected(null);
                        setSaved(true);
                      }}
                    />
                  ),
                }
              : null
          }
        >
          {text !== null ? <WorkbenchStatus selected={selected} saved={saved} /> : null}
        </SourceText>
        <CitedBy citing={citing} />
      </div>
    </article>
  );
}
