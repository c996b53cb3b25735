import type {} from 'clid-picker/react';
import { createClidStore, type CallDetail } from 'clid-picker';
import { useState, useSyncExternalStore } from 'react';
import { config, records } from '../../config';
import { SoftphonePanel } from './SoftphonePanel';

// One store for the app, made once from the config: every panel the CRM mounts shares it.
const store = createClidStore(config);

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const useRoute = () => useSyncExternalStore(subscribe, () => location.hash || '#/records/1');

export function App() {
  const route = useRoute();
  const [calls, setCalls] = useState<CallDetail[]>([]);
  const recordId = /^#\/records\/(\w+)$/.exec(route)?.[1];
  const record = recordId ? records[recordId] : undefined;
  const links = [...Object.entries(records).map(([id, r]) => [`#/records/${id}`, r.name]), ['#/settings', 'Settings']];
  return (
    <main>
      <nav>
        {links.map(([href, text]) => (
          <a key={href} href={href} aria-current={href === route ? 'page' : undefined}>
            {text}
          </a>
        ))}
      </nav>
      {record ? (
        // A new panel for each record opened (the key remounts it).
        <SoftphonePanel
          key={recordId}
          store={store}
          record={record}
          onCall={(call) => setCalls((log) => [call, ...log])}
        />
      ) : (
        <p>No record open.</p>
      )}
      <h2>Calls</h2>
      <ol id="call-log">
        {calls.map((call) => (
          <li key={call.callId}>
            {call.destination} from {call.clid.name} ({call.source})
          </li>
        ))}
      </ol>
    </main>
  );
}
