import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/database';
import { childrenLoader } from './loaders';
import { batchedManyWith, PreparedSelect, preparedSelect } from './prepared-select';

/** A table with the kinds of columns our entities have: uuid, text, null, date, timestamps, json. */
@Entity('prepared_select_probe')
class ProbeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column('int', { default: 1 })
  version: number;

  @Column('jsonb', { nullable: true })
  details: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Changed while hydrating, not copied as read (ours have none: see READ_AS_HYDRATED). */
  @Column('text', {
    nullable: true,
    transformer: {
      from: (text: string | null) => text?.split(',') ?? null,
      to: (list: string[] | null | undefined) => list?.join(',') ?? null,
    },
  })
  tags: string[] | null;
}

let database: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  database = await createTestDatabase();
  // A table of this test's own: `synchronize` in a throwaway database, never in the product.
  dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [ProbeEntity],
    synchronize: true,
  });
  await dataSource.initialize();
  await dataSource.getRepository(ProbeEntity).save([
    {
      name: 'Almi',
      shortName: null,
      validFrom: '2024-01-31',
      details: { a: [1, 2] },
      tags: ['a', 'b'],
    },
    { name: 'Region', shortName: 'RD', validFrom: null, details: null, version: 3 },
    { name: 'Rådet', shortName: 'R', validFrom: '2025-06-01', details: {} },
  ]);
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe('PreparedSelect', () => {
  const byName = () =>
    new PreparedSelect(dataSource, ProbeEntity, 'probe', ['names', 'from'], (query) =>
      query
        .where('probe.name = ANY(:names)')
        .andWhere('(probe.valid_from >= CAST(:from AS date) OR probe.valid_from IS NULL)')
        .orderBy('probe.name', 'DESC'),
    );

  it('reads the rows TypeORM reads, as the same entities', async () => {
    const rows = await byName().run({ names: ['Almi', 'Region', 'Rådet'], from: '2025-01-01' });
    const expected = await dataSource
      .getRepository(ProbeEntity)
      .createQueryBuilder('probe')
      .where('probe.name IN (:...names)', { names: ['Region', 'Rådet'] })
      .orderBy('probe.name', 'DESC')
      .getMany();
    expect(rows).toEqual(expected);
    expect(rows.every((row) => row instanceof ProbeEntity)).toBe(true);
    expect(rows.map((row) => row.name)).toEqual(['Rådet', 'Region']);
    expect(rows[1]).toMatchObject({ shortName: 'RD', validFrom: null, version: 3, details: null });
    expect(rows[0].createdAt).toBeInstanceOf(Date);
  });

  it('puts each named parameter in its place, whatever order they are given in', async () => {
    const rows = await byName().run({ from: '2020-01-01', names: ['Almi'] });
    expect(rows).toEqual([
      expect.objectContaining({ name: 'Almi', details: { a: [1, 2] }, tags: ['a', 'b'] }),
    ]);
  });

  it('refuses a value given while building, which would be kept for every later run', () => {
    expect(
      () =>
        new PreparedSelect(dataSource, ProbeEntity, 'probe', ['names'], (query) =>
          query
            .where('probe.name = ANY(:names)')
            .andWhere('probe.version = :version', { version: 3 }),
        ),
    ).toThrow(/was not named/);
  });

  it('is made once per data source, entity and shape', () => {
    let made = 0;
    const make = () => {
      made += 1;
      return byName();
    };
    const first = preparedSelect(dataSource, ProbeEntity, 'by name', make);
    expect(preparedSelect(dataSource, ProbeEntity, 'by name', make)).toBe(first);
    expect(preparedSelect(dataSource, ProbeEntity, 'by name, again', make)).not.toBe(first);
    expect(made).toBe(2);
  });
});

describe('childrenLoader', () => {
  const since = (values: Record<string, unknown>) =>
    childrenLoader(dataSource, ProbeEntity, {
      alias: 'probe',
      parentColumn: 'short_name',
      parentProperty: 'shortName',
      where: ['(CAST(:from AS date) IS NULL OR probe.valid_from >= CAST(:from AS date))', values],
      orderBy: [['probe.name', 'ASC']],
    });

  it('takes its parameters from the condition, so a first call without a value spoils no later one', async () => {
    expect((await since({}).loadMany(['R', 'RD'])).flat().map((row) => row.name)).toEqual([
      'Rådet',
      'Region',
    ]);
    expect((await since({ from: '2025-01-01' }).load('RD')).map((row) => row.name)).toEqual([]);
    expect((await since({ from: '2025-01-01' }).load('R')).map((row) => row.name)).toEqual([
      'Rådet',
    ]);
  });
});

describe('batchedManyWith', () => {
  it("gives each row's entity with its extra values, an entity found twice twice", async () => {
    const query = dataSource
      .getRepository(ProbeEntity)
      .createQueryBuilder('probe')
      .innerJoin(
        "(SELECT unnest(ARRAY['x', 'y']) AS tag)",
        'tag',
        "probe.name = 'Almi' OR tag.tag = 'x'",
      )
      .orderBy('probe.name', 'ASC')
      .addOrderBy('tag.tag', 'ASC');
    const rows = await batchedManyWith<ProbeEntity, { tag: string }>(query, { tag: 'tag.tag' });
    expect(rows.map(({ entity, extra }) => [entity.name, extra.tag])).toEqual([
      ['Almi', 'x'],
      ['Almi', 'y'],
      ['Region', 'x'],
      ['Rådet', 'x'],
    ]);
    const [almi] = await query.clone().where("probe.name = 'Almi'").getMany();
    expect(rows[0].entity).toEqual(almi);
    expect(rows[0].entity).toBeInstanceOf(ProbeEntity);
  });
});
