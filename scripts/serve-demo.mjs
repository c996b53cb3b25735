// `npm start`: serves the demo pages (demo/) with the built script-tag bundle (dist/) and the
// reference softphone (examples/softphone/) on localhost.
import { serveDemo } from './demo-server.mjs';

const port = Number(process.env.PORT || 8000);
try {
  const { url } = await serveDemo({ port });
  console.log(`clid-picker demo: ${url}  (CRM page: ${url}crm/, softphone: ${url}examples/softphone/)  Ctrl+C to stop`);
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use. Start the demo on another one: PORT=8080 npm start`);
  process.exit(1);
}
