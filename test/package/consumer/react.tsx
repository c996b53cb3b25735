// `clid-picker/react`: React 19 JSX for every element, types only.
import type {} from 'clid-picker/react';
import { useRef } from 'react';
import { createClidStore, type ClidDialer } from 'clid-picker';

const store = createClidStore({ numbers: ['+442079460000'] }, { storage: 'memory' });

export function Panel({ onCall }: { onCall: (number: string) => void }) {
  const dialer = useRef<ClidDialer>(null);
  return (
    <clid-provider store={store} onclid-error={(event) => console.error(event.detail.code)}>
      <clid-dialer
        ref={dialer}
        region="GB"
        label="Callback number"
        record={{ Department: 'Finance' }}
        disabled={false}
        onclid-call={(event) => onCall(event.detail.clid.number)}
        onclid-change={(event) => event.detail.scope === 'call' && event.preventDefault()}
      />
      <clid-picker
        config={{ numbers: ['+14155550100'] }}
        group-by="tag"
        aria-label="Callback"
        required
        className="crm"
        data-record="1"
        onFocus={(event) => event.currentTarget.checkValidity()}
      />
    </clid-provider>
  );
}

export const misuse = (
  <>
    {/* @ts-expect-error a misspelt attribute */}
    <clid-picker lable="Callback number" />
    {/* @ts-expect-error `disabled` is a boolean */}
    <clid-picker disabled="yes" />
    {/* @ts-expect-error `store` takes a store, not a config */}
    <clid-dialer store={{ numbers: ['+442079460000'] }} />
    {/* @ts-expect-error `region` is a string */}
    <clid-dialer region={44} />
    {/* @ts-expect-error a clid-call detail has no `scope` (that is clid-change's) */}
    <clid-dialer onclid-call={(event) => console.log(event.detail.scope)} />
    {/* @ts-expect-error a handler that expects another event's detail */}
    <clid-picker onclid-change={(event: CustomEvent<{ callId: string }>) => console.log(event.detail.callId)} />
    {/* @ts-expect-error a ref to another element's class */}
    <clid-picker ref={useRef<ClidDialer>(null)} />
    {/* @ts-expect-error a React DOM handler gets a React event, typed for this element */}
    <clid-picker onClick={(event) => event.currentTarget.dial('+14155550100')} />
    {/* @ts-expect-error an unknown tag */}
    <clid-dialr />
  </>
);
