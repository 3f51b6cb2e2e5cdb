import type { CitingRecordFragment } from '@samverkan/schema';
import { wordFor, type Translation } from '../../i18n';
import { recordUrl } from '../../routes';

/** A record citing a source, as its page names it: its kind, its name and where it is shown. */
export interface CitingName {
  kind: string;
  name: string;
  url: string | null;
}

/** The longest name a record's text gives (a decision is named by its text). */
const LONGEST = 90;
const shortened = (text: string) =>
  text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;

/** A responsibility's subject by its name, an objective by its code and title. */
function subjectName(
  subject: Extract<CitingRecordFragment, { __typename: 'Responsibility' }>['subject'],
) {
  return 'code' in subject ? `${subject.code} ${subject.title}` : subject.name;
}

/** The name and the page of a record citing a source, of any kind the API gives. */
function nameAndUrl(record: CitingRecordFragment, tr: Translation): [string, string | null] {
  const { t, label, date } = tr;
  const lower = (value: string) => label(value).toLowerCase();
  switch (record.__typename) {
    case 'Actor':
    case 'Forum':
    case 'Strategy':
    case 'Person':
    case 'Area':
    case 'Review':
      return [record.__typename === 'Review' ? record.title : record.name, recordUrl(record)];
    case 'Topic':
    case 'CollaborationScale':
      return [record.name, null];
    case 'Objective':
      return [`${record.code} ${record.title}`, recordUrl(record)];
    case 'Indicator':
      return [record.name, recordUrl({ __typename: 'Objective', ...record.objective })];
    case 'Responsibility':
      return [
        `${record.actor.name} ${lower(record.role)} ${subjectName(record.subject)}`,
        recordUrl({ __typename: 'Actor', slug: record.actor.slug }),
      ];
    case 'ForumMembership': {
      const role = record.membershipRole;
      const relation = role !== 'MEMBER' ? `${lower(role)} ${t.mapRoleIn}` : t.mapMemberOf;
      return [
        `${record.member.name} ${relation} ${record.forum.name}`,
        recordUrl({ __typename: 'Forum', slug: record.forum.slug }),
      ];
    }
    case 'Position':
      return [
        `${record.person.name}, ${record.positionTitle ?? ''} ${t.mapAt} ${record.actor.name}`,
        recordUrl({ __typename: 'Person', slug: record.person.slug }),
      ];
    case 'Meeting':
      return [record.title, recordUrl(record)];
    case 'AgendaItem':
      return [record.title, recordUrl({ __typename: 'Meeting', ...record.itemMeeting })];
    case 'Action':
      return [
        record.title,
        record.meeting && recordUrl({ __typename: 'Meeting', ...record.meeting }),
      ];
    case 'Decision':
      return [
        shortened(record.text),
        (record.meeting && recordUrl({ __typename: 'Meeting', ...record.meeting })) ||
          (record.decisionReview && recordUrl({ __typename: 'Review', ...record.decisionReview })),
      ];
    case 'OpenQuestion':
    case 'ReviewFinding':
      return [record.title, recordUrl({ __typename: 'Review', ...record.review })];
    case 'ReviewShift':
      return [
        `${record.from} → ${record.to}`,
        recordUrl({ __typename: 'Review', ...record.review }),
      ];
    case 'CollaborationAssessment':
      return [
        [record.assessedForum?.name, date(record.date)].filter(Boolean).join(', '),
        record.assessedForum && recordUrl({ __typename: 'Forum', ...record.assessedForum }),
      ];
    case 'CollaborationFactor':
      return [record.title, null];
    default:
      return [record.__typename, null];
  }
}

export function citingName(record: CitingRecordFragment, tr: Translation): CitingName {
  const { t } = tr;
  const [name, url] = nameAndUrl(record, tr);
  return { kind: wordFor(t.recordKinds, record.__typename) ?? record.__typename, name, url };
}
