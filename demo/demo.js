// The demo's event log: what a softphone integration would receive from the elements.
const log = document.getElementById('log');
const show = (event) => {
  const item = document.createElement('li');
  const time = new Date().toLocaleTimeString();
  const detail = JSON.stringify(event.detail, (key, value) => (key === 'tags' ? undefined : value));
  item.textContent = `${time}  ${event.type}  ${detail}`;
  log.prepend(item);
};
for (const type of ['clid-change', 'clid-default-change', 'clid-call', 'clid-rejected', 'clid-error']) {
  document.addEventListener(type, show);
}
