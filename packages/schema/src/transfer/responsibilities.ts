import { ResponsibilitiesUpsertDocument } from '../generated/documents';
import { RESPONSIBILITY_ROLES, RESPONSIBILITY_STATUSES } from './enums';
import type { TransferFormat } from './format';
import { ID_COLUMN } from './people';
import { areaOf, CellError, keyOf, referenceOf, textOf, type Cell } from './row';

/** A subject cell as the bulk input's subject key. */
function subjectOf(cell: Cell | undefined) {
  const text = textOf(cell);
  const [kind, key, code] = (text ?? '').split('/');
  if (kind === 'objective' && key && code) return { objective: { strategy: keyOf(key), code } };
  if (kind === 'area' && key) return { area: areaOf(key) };
  if (['strategy', 'forum', 'topic'].includes(kind) && key) return { [kind]: keyOf(key) };
  throw new CellError(
    `subject: "${text ?? ''}" is not strategy/<slug>, objective/<strategy>/<code>, forum/<slug>, area/<code> or topic/<slug>.`,
  );
}

export const responsibilities: TransferFormat = {
  type: 'responsibilities',
  description: "who does what: actors' roles for strategies, objectives, forums, areas, topics",
  columns: [
    ID_COLUMN,
    {
      name: 'actor',
      kind: 'text',
      description: 'the actor that holds it: slug or scheme:value (required)',
    },
    { name: 'person', kind: 'text', description: 'the person acting for the actor' },
    {
      name: 'person_is_external',
      kind: 'bool',
      description: 'true: the person holds no position at the actor',
    },
    {
      name: 'role',
      kind: 'text',
      description: 'what the actor does (required)',
      choices: RESPONSIBILITY_ROLES,
    },
    {
      name: 'subject',
      kind: 'text',
      description:
        'what it is for: strategy/<slug>, objective/<strategy>/<code>, forum/<slug>, area/<code> or topic/<slug>',
    },
    { name: 'mandate', kind: 'text', description: 'what gives the actor it, in words' },
    { name: 'mandate_reference', kind: 'text', description: 'the law or document it rests on' },
    {
      name: 'status',
      kind: 'text',
      description: 'default ACTIVE',
      choices: RESPONSIBILITY_STATUSES,
    },
    { name: 'valid_from', kind: 'text', description: 'the first day it holds, YYYY-MM-DD' },
    { name: 'valid_to', kind: 'text', description: 'the first day it no longer holds' },
  ],
  item: (row) => {
    const mandate = textOf(row.mandate);
    return {
      key: row.id ? { id: textOf(row.id) } : undefined,
      actor: referenceOf(row.actor),
      person: referenceOf(row.person),
      personIsExternal: row.person_is_external ?? undefined,
      role: textOf(row.role),
      subject: subjectOf(row.subject),
      mandate:
        row.mandate === undefined
          ? undefined
          : mandate
            ? { text: mandate, reference: textOf(row.mandate_reference) ?? null }
            : null,
      status: textOf(row.status),
      validFrom: textOf(row.valid_from),
      validTo: textOf(row.valid_to),
    };
  },
  bulk: { document: ResponsibilitiesUpsertDocument, field: 'responsibilitiesUpsert' },
};
