import 'reflect-metadata';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from '../schema';

/** Prints the API's GraphQL schema as sorted SDL to stdout. Needs no database. */
process.stdout.write(`${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`);
