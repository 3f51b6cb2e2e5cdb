import type { ResponsibilityRowFragment } from '@samverkan/schema';
import { useT } from '../i18n';
import { Link } from '../router';
import { recordUrl, routes } from '../routes';
import { Period } from './Status';
import { Source } from './Source';
import { RESPONSIBILITY_ROLES } from '../enums';
import { ResponsibilityControls } from '../edit/Responsibilities';
import './Responsibilities.css';

export function Subject({ subject }: { subject: ResponsibilityRowFragment['subject'] }) {
  switch (subject.__typename) {
    case 'Strategy':
    case 'Forum':
      return <Link to={recordUrl(subject)}>{subject.name}</Link>;
    case 'Objective':
      return (
        <span>
          {subject.code} {subject.title}
        </span>
      );
    case 'Area':
    case 'Topic':
      return <span>{subject.name}</span>;
    default:
      return null;
  }
}

/** A subject's name in a sentence: an objective's code and title, another record's name. */
function subjectName(subject: ResponsibilityRowFragment['subject']): string {
  if (subject.__typename === 'Objective') return `${subject.code} ${subject.title}`;
  return 'name' in subject ? subject.name : '';
}

/**
 * Responsibilities grouped by role; `show` picks what a row names (the subject or the actor).
 * Given `onChanged` (the page reads itself again), each row carries its controls for those who
 * may change it.
 */
export function Responsibilities({
  rows,
  show = 'subject',
  onChanged,
}: {
  rows: readonly ResponsibilityRowFragment[];
  show?: 'subject' | 'actor';
  onChanged?: () => void;
}) {
  const { t, label } = useT();
  if (rows.length === 0) return <p className="muted">{t.none}</p>;
  const roles = RESPONSIBILITY_ROLES.filter((role) => rows.some((row) => row.role === role));
  return (
    <div className="role-groups">
      {roles.map((role) => (
        <section key={role} className="role-group" aria-labelledby={`role-${show}-${role}`}>
          <h3 id={`role-${show}-${role}`}>
            <span className={`raci raci-${rows.find((r) => r.role === role)?.raci}`}>
              {label(role)}
            </span>
          </h3>
          <ul className="facts">
            {rows
              .filter((row) => row.role === role)
              .map((row) => (
                <li key={row.id} className="fact">
                  <div className="fact-main">
                    {show === 'subject' ? (
                      <Subject subject={row.subject} />
                    ) : (
                      <Link to={routes.actor(row.actor.slug)}>{row.actor.name}</Link>
                    )}
                    {row.person ? <span className="muted"> · {row.person.name}</span> : null}
                    {row.status !== 'ACTIVE' ? (
                      <span className="badge">{label(row.status)}</span>
                    ) : null}
                    {onChanged ? (
                      <ResponsibilityControls
                        responsibility={row}
                        what={`${row.actor.name}: ${subjectName(row.subject)}`}
                        onChanged={onChanged}
                      />
                    ) : null}
                  </div>
                  {row.mandate ? (
                    <p className="mandate">
                      <span className="muted">{t.mandate}: </span>
                      {row.mandate.text}
                      {row.mandate.reference ? (
                        <span className="muted"> ({row.mandate.reference})</span>
                      ) : null}
                    </p>
                  ) : null}
                  <div className="fact-meta">
                    <Period from={row.validFrom} to={row.validTo} />
                    <Source citations={row.sources} />
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
