// `npm start`: serves the demo pages (demo/) with the built script-tag bundle (dist/) on localhost.
import { serve } from './static-server.mjs';

const port = Number(process.env.PORT || 8000);
try {
  const { url } = await serve({ root: 'demo', port, mounts: { '/dist/': 'dist' } });
  console.log(`clid-picker demo: ${url}  (CRM page: ${url}crm/)  Ctrl+C to stop`);
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use. Start the demo on another one: PORT=8080 npm start`);
  process.exit(1);
}
