/**
 * The bundled data files, listed explicitly so the same module loads in Vite, in Node (CLI, bench,
 * tests) and in a Worker. Adding a version: add its import here (the data test fails if a file in
 * data/versions/ is missing from this list).
 */
import type { RawDataFiles } from '../core/model/schema';
import sources from '../../data/sources.json';
import correspondences from '../../data/correspondences.json';
import us28 from '../../data/versions/us-28.json';
import usSgAxios from '../../data/versions/us-sg-axios.json';
import e3Counter from '../../data/versions/e3-counter.json';
import genevaFramework from '../../data/versions/geneva-framework.json';
import geneva19 from '../../data/versions/geneva-19.json';
import trump22 from '../../data/versions/trump-22.json';
import zelensky20Count from '../../data/versions/zelensky-20-count.json';
import zelensky20 from '../../data/versions/zelensky-20.json';
import eu24 from '../../data/versions/eu-24.json';
import usRu27 from '../../data/versions/us-ru-27.json';
import uaRevisionDec from '../../data/versions/ua-revision-dec.json';
import parisDeclaration from '../../data/versions/paris-declaration.json';
import usUaGuarantees from '../../data/versions/us-ua-guarantees.json';
import prosperityFramework from '../../data/versions/prosperity-framework.json';
import euCoreInterests from '../../data/versions/eu-core-interests.json';

export const bundledFiles: RawDataFiles = {
  sources: { file: 'data/sources.json', json: sources },
  correspondences: { file: 'data/correspondences.json', json: correspondences },
  versions: [
    { file: 'data/versions/us-28.json', json: us28 },
    { file: 'data/versions/us-sg-axios.json', json: usSgAxios },
    { file: 'data/versions/e3-counter.json', json: e3Counter },
    { file: 'data/versions/geneva-framework.json', json: genevaFramework },
    { file: 'data/versions/geneva-19.json', json: geneva19 },
    { file: 'data/versions/trump-22.json', json: trump22 },
    { file: 'data/versions/zelensky-20-count.json', json: zelensky20Count },
    { file: 'data/versions/zelensky-20.json', json: zelensky20 },
    { file: 'data/versions/eu-24.json', json: eu24 },
    { file: 'data/versions/us-ru-27.json', json: usRu27 },
    { file: 'data/versions/ua-revision-dec.json', json: uaRevisionDec },
    { file: 'data/versions/paris-declaration.json', json: parisDeclaration },
    { file: 'data/versions/us-ua-guarantees.json', json: usUaGuarantees },
    { file: 'data/versions/prosperity-framework.json', json: prosperityFramework },
    { file: 'data/versions/eu-core-interests.json', json: euCoreInterests },
  ],
};
