import { Section } from '../../components/Section';
import { useT } from '../../i18n';
import type { Forum } from './ForumPage';

type Meeting = Forum['meetings'][number];

/** An agenda item's presenters: "Anna Berg, Region; Per Ek". */
function presentersOf(item: Meeting['agenda'][number]): string {
  return item.presenters
    .map((presenter) => [presenter.person.name, presenter.actor?.name].filter(Boolean).join(', '))
    .join('; ');
}

/** A meeting, closed to its date, title and format; opened, its theme and agenda. */
function MeetingItem({ meeting }: { meeting: Meeting }) {
  const { t, label, date } = useT();
  return (
    <li className="meeting">
      <details>
        <summary>
          <span className="meeting-date">{date(meeting.startsAt)}</span>
          <span className="meeting-title">{meeting.title}</span>
          {meeting.format ? <span className="badge">{label(meeting.format)}</span> : null}
        </summary>
        {meeting.theme ? <p>{meeting.theme}</p> : null}
        {meeting.agenda.length ? (
          <>
            <h3>{t.agenda}</h3>
            <ol className="agenda">
              {meeting.agenda.map((item) => (
                <li key={item.id}>
                  {item.title}
                  {item.presenters.length ? (
                    <span className="muted"> — {presentersOf(item)}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </details>
    </li>
  );
}

export function Meetings({ meetings }: { meetings: Forum['meetings'] }) {
  const { t } = useT();
  return (
    <Section id="meetings" title={t.meetings} wide>
      <ol className="meetings">
        {meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} />
        ))}
      </ol>
    </Section>
  );
}
