/**
 * German texts of every element (de): a lazily loaded chunk, fetched the first time an
 * element finds `lang="de"` (or a regional variant) on itself or an ancestor.
 * (Checked complete where `strings.ts` loads it: every key of `LocaleTable`.)
 * @module
 */

const de = {
  label: 'Rückrufnummer',
  search: 'Nummern suchen',
  default: 'Mein Standard',
  setDefault: 'Als meinen Standard festlegen',
  clearDefault: 'Meinen Standard entfernen',
  locked: 'Gesperrt',
  empty: 'Keine Rückrufnummer verfügbar',
  noMatch: 'Keine passende Nummer',
  loading: 'Wird geladen…',
  changed: 'Rückrufnummer geändert auf {}',
  loadError: 'Konfiguration konnte nicht geladen werden: {}',
  retry: 'Wiederholen',
  required: 'Wählen Sie eine Rückrufnummer',
  other: 'Weitere',
  automatic: 'Automatisch, {}',
  override: 'Ihre Wahl für diesen Anruf',
  notPlaced: 'Anruf an {} nicht getätigt.',
  'refused-invalid': '{} ist keine gültige Telefonnummer.',
  'refused-not-configured': '{} gehört nicht zu den Rückrufnummern dieses Kontos.',
  'refused-not-permitted': '{} ist für Sie nicht freigegeben.',
  refusedNext: 'Wählen Sie eine andere Nummer und rufen Sie erneut an.',
  chooseAnother: 'Wählen Sie eine andere Nummer.',
  requestedNumber: 'Die angeforderte Nummer',
  noneAllowed: 'Für Sie ist keine Rückrufnummer freigegeben. Bitten Sie Ihre Administration, eine freizugeben.',
  storageFailed: 'Ihr Standard konnte nicht gespeichert werden; er gilt nur für diese Seite ({}).',
  configInvalid: 'Die Rückrufnummern konnten nicht eingerichtet werden: {}',
  destination: 'Zielnummer',
  call: 'Anrufen',
  checking: 'Nummer wird geprüft…',
  presenting: 'Angezeigt wird {}, {}',
  placed: 'Anruf an {} mit {}',
  'why-requested': 'für diesen Anruf angefordert',
  'why-field-rule': 'gewählt nach {}',
  'why-prefix-rule': 'gewählt nach Vorwahl {}',
  'why-selector': 'automatisch gewählt',
  'why-call': 'Ihre Wahl für diesen Anruf',
  'why-agent-default': 'Ihr Standard',
  'why-account-default': 'Kontostandard',
  'why-fallback': 'erste verfügbare Nummer',
  'bad-too-short': 'Die Nummer ist zu kurz',
  'bad-too-long': 'Die Nummer ist zu lang',
  'bad-not-a-number': 'Keine Telefonnummer',
  'bad-needs-country': 'Ländervorwahl ergänzen, z. B. +49',
  'bad-invalid': 'Keine gültige Telefonnummer',
};
export default de;
