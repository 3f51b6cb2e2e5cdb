import { defineModule } from '../../core/module';
import { CitationResolver } from './citation.resolver';
import { CitationRetractResolver } from './citation-retract.resolver';
import { citationLoader, citingRecordsLoader } from './citation.store';
import { SourceCitationsResolver } from './source-citations.resolver';

/** Citations: a record's references to the passages of sources (stored beside each record). */
export const citationModule = defineModule({
  name: 'citation',
  services: ({ dataSource }) => ({ citationSource: dataSource }),
  loaders: ({ citationSource }) => ({
    citations: () => citationLoader(citationSource),
    citingRecords: () => citingRecordsLoader(citationSource),
  }),
  resolvers: [CitationResolver, CitationRetractResolver, SourceCitationsResolver],
});

// What other modules use of this one.
export { citationIds } from './citation.input';
export { CitedRecordService } from './cited-record.service';
export { CitationStore } from './citation.store';
export type { Citation } from './citation.store';
export { CitationInput, CitationType } from './citation.types';
export { RecordResolver } from './record.resolver';
