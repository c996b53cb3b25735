// `clid-picker/define`: registers the tags, and types them in HTMLElementTagNameMap.
import 'clid-picker/define';
import type { ClidDialer } from 'clid-picker';

const dialer: ClidDialer = document.createElement('clid-dialer');
dialer.addEventListener('clid-call', (event) => console.log(event.detail.clid.number));
// @ts-expect-error the dialer's region is a string
dialer.region = 44;
export { dialer };
