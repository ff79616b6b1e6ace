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
  ],
};
