import { Passage } from '../../components/Passage';
import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import type { Review } from './ReviewPage';

type Question = Review['followUp'][number];

/** An action decided on an open question: its status, who owns it, by when, and its source. */
function Action({ action }: { action: Question['actions'][number] }) {
  const { t, label, date } = useT();
  return (
    <li>
      <strong>{action.title}</strong>
      <span className={`status status-${action.status}`}>{label(action.status)}</span>
      <div className="fact-meta">
        <Link to={routes.actor(action.owner.slug)}>{action.owner.name}</Link>
        {action.person ? (
          <Link to={routes.person(action.person.slug)}>{action.person.name}</Link>
        ) : null}
        {action.due ? (
          <span>
            {t.due} {date(action.due)}
          </span>
        ) : null}
        <Source citations={action.sources} />
      </div>
      {action.description ? <p className="small">{action.description}</p> : null}
    </li>
  );
}

/**
 * An open question, where its follow-up stands, its controls for those who may change it, and
 * the actions decided on it.
 */
function OpenQuestion({ item, onChanged }: { item: Question; onChanged: () => void }) {
  const { label } = useT();
  return (
    <li className="question">
      <h3>
        {item.openQuestion.title}
        <span className={`status status-${item.status}`}>{label(item.status)}</span>
        <Source citations={item.openQuestion.sources} />
      </h3>
      <Passage text={item.openQuestion.text} points={item.openQuestion.points} />
      <RelationControls
        typename="OpenQuestion"
        relation={item.openQuestion}
        what={item.openQuestion.title}
        onChanged={onChanged}
      />
      {/* None yet: its status says so. */}
      {item.actions.length ? (
        <ul className="actions">
          {item.actions.map((action) => (
            <Action key={action.id} action={action} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The review's open questions and their follow-up; "add an open question" for those who may. */
export function FollowUp({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { t } = useT();
  return (
    <Section id="follow-up" title={t.followUp} wide>
      {review.followUp.length ? (
        <ol className="facts">
          {review.followUp.map((item) => (
            <OpenQuestion key={item.openQuestion.id} item={item} onChanged={onChanged} />
          ))}
        </ol>
      ) : null}
      <AddRelation
        typename="OpenQuestion"
        label={t.editAddQuestion}
        title={t.editAddQuestionTitle(review.title)}
        fixed={{ review: review.id }}
        may={review.viewerCanUpdate}
        onChanged={onChanged}
      />
    </Section>
  );
}
