// Prints the README's environment-variable table (npm run env-table).
import { envTableMarkdown } from '../schemas/config-table.js';

console.log(envTableMarkdown());
