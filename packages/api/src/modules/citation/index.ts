import { defineModule } from '../../core/module';
import { CitationResolver } from './citation.resolver';

/** Citations: a record's references to the passages of sources (stored beside each record). */
export const citationModule = defineModule({
  name: 'citation',
  resolvers: [CitationResolver],
});
