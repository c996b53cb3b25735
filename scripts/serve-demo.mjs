// `npm start`: serves the demo page (demo/) with the built script-tag bundle (dist/) on localhost.
import { serve } from './static-server.mjs';

const port = Number(process.env.PORT || 8000);
const { url } = await serve({ root: 'demo', port, mounts: { '/dist/': 'dist' } });
console.log(`clid-picker demo: ${url}  (Ctrl+C to stop)`);
