// Writes schemas/*.schema.json from the zod schemas (npm run schemas).
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../schemas/json-schemas.js';
import { packagePath } from '../src/util/package-root.js';

for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(packagePath('schemas', file), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote schemas/${file}`);
}
