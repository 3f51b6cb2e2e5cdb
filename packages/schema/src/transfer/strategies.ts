import { StrategiesUpsertDocument } from '../generated/documents';
import { STRATEGY_KINDS, STRATEGY_STATUSES } from './enums';
import { areaCellOf, recordKeyOf, referenceOf, textOf, treeOf } from './row';
import { REFERENCE as reference, type TransferFormat } from './format';

export const strategies: TransferFormat = {
  type: 'strategies',
  description: 'strategies, programmes and plans, with their objectives',
  columns: [
    {
      name: 'slug',
      kind: 'text',
      description: 'its slug; finds the strategy (made when none has it)',
    },
    { name: 'kind', kind: 'text', description: 'what kind of document', choices: STRATEGY_KINDS },
    { name: 'name', kind: 'text', description: 'the full name (required)' },
    { name: 'short_name', kind: 'text', description: 'a short name, e.g. RUS' },
    { name: 'description', kind: 'text', description: 'what it is about' },
    { name: 'owner', kind: 'text', description: `the actor that owns it: ${reference}` },
    { name: 'area', kind: 'text', description: 'the code of the area it is for' },
    { name: 'period_from', kind: 'text', description: 'the first day it covers, YYYY-MM-DD' },
    { name: 'period_to', kind: 'text', description: 'the last day it covers' },
    {
      name: 'status',
      kind: 'text',
      description: 'proposed, in force or ended (required)',
      choices: STRATEGY_STATUSES,
    },
    { name: 'implements', kind: 'text', description: `the strategy it carries out: ${reference}` },
    {
      name: 'objectives',
      kind: 'json',
      description:
        'its objectives as JSON: [{code, title, description, parentCode, position, indicators: [{name, unit, baseline, baselineDate, target, targetDate, direction, measurements: [{date, value, note}]}]}]',
    },
  ],
  item: (row) => ({
    key: recordKeyOf(row),
    kind: textOf(row.kind),
    name: textOf(row.name),
    shortName: textOf(row.short_name),
    description: textOf(row.description),
    owner: referenceOf(row.owner),
    area: areaCellOf(row.area),
    periodFrom: textOf(row.period_from),
    periodTo: textOf(row.period_to),
    status: textOf(row.status),
    implements: referenceOf(row.implements),
    objectives: treeOf(row.objectives),
  }),
  bulk: { document: StrategiesUpsertDocument, field: 'strategiesUpsert' },
};
