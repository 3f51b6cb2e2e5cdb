import { defineModule } from '../../core/module';
import { CitationResolver } from './citation.resolver';

/** Citations: a record's references to the passages of sources (stored beside each record). */
export const citationModule = defineModule({
  name: 'citation',
  resolvers: [CitationResolver],
});

// What other modules use of this one.
export { citationIds } from './citation.input';
export { CitedRecordService } from './cited-record.service';
export { CitationStore, crossTableCitationLoader } from './citation.store';
export type { Citation } from './citation.store';
export { CitationInput, CitationType } from './citation.types';
export { RecordResolver } from './record.resolver';
