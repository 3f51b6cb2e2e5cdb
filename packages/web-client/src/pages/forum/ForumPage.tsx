import { ForumDetailDocument, type ForumDetailQuery } from '@samverkan/schema';
import { useAsOf, useKnownAt } from '../../day';
import { useT } from '../../i18n';
import { records, type Watch } from '../../live';
import { Link } from '../../router';
import { routes } from '../../routes';
import { Assessments } from '../../components/Assessments';
import { Fact, FactList } from '../../components/Facts';
import { History } from '../../components/History';
import { RecordPage } from '../../components/RecordPage';
import { Responsibilities } from '../../components/Responsibilities';
import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { ForumHeader } from './ForumHeader';
import { AddReview, AssessmentList } from './Assessing';
import { Meetings } from './Meetings';
import { Members } from './Members';
import { ReviewCard } from './ReviewCard';
import './forum.css';

export type Forum = NonNullable<ForumDetailQuery['forum']>;

/** The forum, its members and responsibilities (new ones too), its meetings and reviews shown. */
function watched(forum: Forum): Watch[] {
  return [
    { record: forum.id },
    { forumMembers: forum.id },
    { responsibilities: { subject: forum.id } },
    ...records(forum.meetings, forum.reviews),
  ];
}

/** The forum's purpose, point by point in the source's order. */
function Purpose({ forum }: { forum: Forum }) {
  const { t } = useT();
  return (
    <Section id="purpose" title={t.purpose}>
      <ol className="purpose">
        {forum.purpose.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
      <Source citations={forum.sources} />
    </Section>
  );
}

/** The forum's sub-groups (such as its presidium). */
function SubGroups({ groups }: { groups: Forum['children'] }) {
  const { t, label } = useT();
  return (
    <Section id="children" title={t.presidium}>
      <FactList items={groups} keyOf={(group) => group.slug}>
        {(group) => (
          <Fact>
            <Link to={routes.forum(group.slug)}>{group.name}</Link>
            <span className="muted"> · {label(group.kind)}</span>
          </Fact>
        )}
      </FactList>
    </Section>
  );
}

export function ForumPage({ slug }: { slug: string }) {
  const { t } = useT();
  const asOf = useAsOf();
  const knownAt = useKnownAt();
  return (
    <RecordPage
      query={ForumDetailDocument}
      variables={{ slug, asOf, knownAt }}
      pick={(data) => data.forum}
      watched={watched}
      address={(forum) => routes.forum(forum.slug)}
    >
      {(forum, refreshedAt, changed) => (
        <>
          <ForumHeader forum={forum} refreshedAt={refreshedAt} onChanged={changed} />
          <div className="columns">
            {forum.purpose.length ? <Purpose forum={forum} /> : null}
            {forum.children.length ? <SubGroups groups={forum.children} /> : null}
            <Members forum={forum} onChanged={changed} />
            {forum.responsibilities.length ? (
              <Section id="forum-responsibilities" title={t.responsibilities} wide>
                <Responsibilities rows={forum.responsibilities} show="actor" />
              </Section>
            ) : null}
            {forum.assessments.length || forum.viewerCanUpdate ? (
              <Section id="assessments" title={t.assessments} wide>
                {forum.assessments.length ? <Assessments assessments={forum.assessments} /> : null}
                <AssessmentList forum={forum} onChanged={changed} />
              </Section>
            ) : null}
            {forum.meetings.length || forum.viewerCanUpdate ? (
              <Meetings forum={forum} onChanged={changed} />
            ) : null}
            {forum.reviews.map((review) => (
              <ReviewCard key={review.id} review={review} />
            ))}
            <AddReview forum={forum} onChanged={changed} />
            <History id={forum.id} refreshedAt={refreshedAt} />
          </div>
        </>
      )}
    </RecordPage>
  );
}
