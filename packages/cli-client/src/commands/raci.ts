import type { Command } from 'commander';
import { RaciMatrixDocument, type RaciMatrixQuery } from '@samverkan/schema';
import { request, type ClientOptions } from '../client';
import { lookUpOne } from '../lookup';
import { examples, jsonOption, timeOptions } from '../options';
import { json, table, write, type Column } from '../output';
import { RACI_LETTER } from '../records';

type Matrix = RaciMatrixQuery['raciMatrix'];
type Row = Matrix['rows'][number];

const objectiveLine = (objective: { code: string; title: string }) =>
  `  ${objective.code} ${objective.title}`;

/** The matrix as people read it: actors down, the strategy and its objectives across. */
function formatMatrix(matrix: Matrix, strategy: string, knownAt: string | undefined): string {
  const heading =
    `RACI matrix of ${strategy} on ${matrix.asOf}` +
    `${knownAt ? `, as the register said it at ${knownAt}` : ''}\n\n`;
  if (!matrix.rows.length) {
    return `${heading}Nobody holds a responsibility for it or its objectives on that day.\n`;
  }
  const columns: Column<Row>[] = [
    ['ACTOR', (row) => row.actor.shortName ?? row.actor.name],
    ...matrix.columns.map(({ label }, index): Column<Row> => [
      label,
      (row) =>
        row.cells
          .filter((cell) => cell.column === index)
          .flatMap((cell) => cell.raci.map((role) => RACI_LETTER[role]))
          .join(''),
    ]),
  ];
  const objectives = matrix.columns.flatMap((column) =>
    column.objective ? [column.objective] : [],
  );
  return (
    heading +
    `${table(matrix.rows, columns)}\n\n` +
    'R responsible, A accountable, C consulted, I informed\n' +
    (objectives.length ? `\nObjectives:\n${objectives.map(objectiveLine).join('\n')}\n` : '') +
    (matrix.gaps.length ? `\nNobody leads:\n${matrix.gaps.map(objectiveLine).join('\n')}\n` : '') +
    (matrix.conflicts.length
      ? `\nLed by more than one actor:\n${matrix.conflicts
          .map(
            ({ objective, leads }) =>
              `${objectiveLine(objective)}: ${leads.map((lead) => lead.name).join(', ')}`,
          )
          .join('\n')}\n`
      : '')
  );
}

/** Adds `samverkan raci <strategy>`: who is responsible, accountable, consulted and informed. */
export function addRaciCommand(program: Command, client: () => ClientOptions): void {
  const command = program
    .command('raci')
    .summary("A strategy's RACI matrix on a day.")
    .description(
      "A strategy's RACI matrix on a day: who holds which role for it and each objective, the " +
        'objectives nobody leads and those several lead.',
    )
    .argument('<strategy>', "the strategy's slug (as `strategies list` shows it) or ID");
  timeOptions(command);
  jsonOption(command, 'the matrix');
  examples(command, 'samverkan raci rus', 'samverkan raci rus --as-of 2025-01-01 --json');
  command.action(
    async (text: string, options: { asOf?: string; knownAt?: string; json?: boolean }) => {
      const used = client();
      const strategy = await lookUpOne(used, text, ['Strategy']);
      const { raciMatrix } = await request(used, RaciMatrixDocument, {
        strategy: strategy.id,
        asOf: options.asOf,
        knownAt: options.knownAt,
      });
      write(
        options.json
          ? json(raciMatrix)
          : formatMatrix(raciMatrix, strategy.name ?? text, options.knownAt),
      );
    },
  );
}
