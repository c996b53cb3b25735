// The demo's event log: one line per event, newest first, with the payload one click away.
// Built with DOM APIs and textContent only (no HTML strings), as a CSP page must.

const fmt = (n) => {
  if (!n?.clid) return '';
  return n.clid.name ? `${n.clid.name} (${n.clid.number})` : n.clid.number;
};
/** What a rule says in a line: the prefix, `Field = value`, the date it stuck, the place. */
const ruleText = (rule) => {
  switch (rule.kind) {
    case 'prefix':
      return rule.prefix;
    case 'field':
      return `${rule.field} = ${rule.value}`;
    case 'sticky':
      return `since ${rule.since.slice(0, 10)}`;
    default:
      return `${rule.level}: ${rule.place}`;
  }
};
const why = ({ source, rule }) =>
  rule ? `${source.replaceAll('-', ' ')} ${ruleText(rule)}` : source.replaceAll('-', ' ');

/** A one-line summary of an event's detail. */
function summary(type, d) {
  switch (type.replace(/^clid-/, '')) {
    case 'call':
      return `To ${d.destination}${d.place ? ` (${d.place})` : ''} from ${fmt(d)}, by ${why(d)}`;
    case 'outcome':
      return `${d.destination}: ${d.outcome}`;
    case 'change':
      return d.clid ? `${fmt(d)} ${d.scope === 'default' ? 'is now the default' : 'for the next call'}` : 'no number';
    case 'default-change':
      return d.clid ? `default: ${fmt(d)}` : 'default cleared';
    case 'rejected':
      return `${d.reason}: ${d.message}`;
    case 'error':
      return `${d.code}: ${d.message}`;
    case 'ready':
      return `connected; ${d.numbers.length} numbers, next call ${d.selected?.name ?? 'none'}`;
    default:
      return '';
  }
}

const el = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
};

/** Returns `add(type, detail)`, which prepends an entry to the list `ol`. */
export function eventLog(ol, clear) {
  clear?.addEventListener('click', () => ol.replaceChildren());
  return (type, detail) => {
    const li = el('li', 'entry');
    const kind = type.replace(/^clid-/, '');
    li.dataset.kind = kind;
    const head = el('div', 'entry-head');
    head.append(el('span', 'badge', type), el('time', 'time', new Date().toLocaleTimeString()));
    const more = el('details');
    more.append(el('summary', null, 'detail'), el('pre', null, JSON.stringify(detail, null, 2)));
    li.append(head, el('p', 'entry-text', summary(type, detail)), more);
    ol.prepend(li);
  };
}
