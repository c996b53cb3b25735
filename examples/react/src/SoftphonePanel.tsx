import type { CallDetail, ClidStore } from 'clid-picker';

interface Props {
  store: ClidStore;
  record: { name: string; phone: string; Department: string };
  onCall: (call: CallDetail) => void;
}

/** The softphone panel of one CRM record: React sets `store` and `record` as properties. */
export function SoftphonePanel({ store, record, onCall }: Props) {
  return (
    <clid-provider store={store}>
      <section aria-label={`Softphone for ${record.name}`}>
        <h1>{record.name}</h1>
        <clid-picker label="My callback number" />
        <clid-dialer
          region="GB"
          record={record}
          destination={record.phone}
          onclid-call={(event) => onCall(event.detail)}
        />
      </section>
    </clid-provider>
  );
}
