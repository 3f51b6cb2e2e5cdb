import { ActionRetractDocument, DecisionRetractDocument } from '@samverkan/schema';
import { Section } from '../../components/Section';
import { changeOf } from '../../edit/kind';
import { ActionStatusChoice } from '../../edit/Instant';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { Agenda } from './Agenda';
import type { Forum } from './ForumPage';

export type Meeting = Forum['meetings'][number];

/** What a meeting decided, each with its controls, and "add a decision", for those who may. */
function Decisions({ meeting, what, onChanged }: Parts) {
  const { t, date } = useT();
  if (!meeting.decisions.length && !meeting.viewerCanUpdate) return null;
  return (
    <>
      <h3>{t.decisions}</h3>
      <ul className="meeting-list">
        {meeting.decisions.map((decision) => (
          <li key={decision.id}>
            {decision.text}
            {decision.date ? <span className="muted"> · {date(decision.date)}</span> : null}
            <RelationControls
              typename="Decision"
              relation={decision}
              what={decision.text.slice(0, 60)}
              retract={(input) => changeOf(DecisionRetractDocument, input)}
              onChanged={onChanged}
            />
          </li>
        ))}
      </ul>
      <AddRelation
        typename="Decision"
        label={t.editAddDecision}
        title={t.editAddDecisionTitle(what)}
        fixed={{ meeting: meeting.id }}
        may={meeting.viewerCanUpdate}
        onChanged={onChanged}
      />
    </>
  );
}

/** The actions a meeting gave, with who owns each, when due and its status (set in place). */
function Actions({ meeting, what, onChanged }: Parts) {
  const { t, date } = useT();
  if (!meeting.actions.length && !meeting.viewerCanUpdate) return null;
  return (
    <>
      <h3>{t.meetingActions}</h3>
      <ul className="meeting-list">
        {meeting.actions.map((action) => (
          <li key={action.id}>
            {action.title}
            <span className="muted">
              {' · '}
              <Link to={routes.actor(action.owner.slug)}>{action.owner.name}</Link>
              {action.due ? ` · ${t.due} ${date(action.due)}` : null}
            </span>{' '}
            <ActionStatusChoice action={action} onChanged={onChanged} />
            <RelationControls
              typename="Action"
              relation={action}
              what={action.title}
              retract={(input) => changeOf(ActionRetractDocument, input)}
              onChanged={onChanged}
            />
          </li>
        ))}
      </ul>
      <AddRelation
        typename="Action"
        label={t.editAddAction}
        title={t.editAddActionTitle(what)}
        fixed={{ meeting: meeting.id }}
        may={meeting.viewerCanUpdate}
        onChanged={onChanged}
      />
    </>
  );
}

/** What a part of a meeting shows: the meeting, its name in a sentence, and the page's refresh. */
interface Parts {
  meeting: Meeting;
  what: string;
  onChanged: () => void;
}

/**
 * A meeting, closed to its date, title and format; opened, its theme, agenda, decisions and
 * actions, and the controls of those who may change them.
 */
function MeetingItem({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const { label, date } = useT();
  const what = `${meeting.title} ${date(meeting.startsAt)}`;
  const parts = { meeting, what, onChanged };
  return (
    <li className="meeting">
      <details>
        <summary>
          <span className="meeting-date">{date(meeting.startsAt)}</span>
          <span className="meeting-title">{meeting.title}</span>
          {meeting.format ? <span className="badge">{label(meeting.format)}</span> : null}
        </summary>
        <RelationControls typename="Meeting" relation={meeting} what={what} onChanged={onChanged} />
        {meeting.theme ? <p>{meeting.theme}</p> : null}
        <Agenda {...parts} />
        <Decisions {...parts} />
        <Actions {...parts} />
      </details>
    </li>
  );
}

/** The forum's meetings as the API orders them; "add a meeting" for those who may. */
export function Meetings({ forum, onChanged }: { forum: Forum; onChanged: () => void }) {
  const { t } = useT();
  return (
    <Section id="meetings" title={t.meetings} wide>
      <ol className="meetings">
        {forum.meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} onChanged={onChanged} />
        ))}
      </ol>
      <AddRelation
        typename="Meeting"
        label={t.editAddMeeting}
        title={t.editAddMeetingTitle(forum.name)}
        fixed={{ forum: forum.id }}
        may={forum.viewerCanUpdate}
        onChanged={onChanged}
      />
    </Section>
  );
}
