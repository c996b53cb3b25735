/**
 * French texts of every element (fr): a lazily loaded chunk, fetched the first time an
 * element finds `lang="fr"` (or a regional variant) on itself or an ancestor.
 * (Checked complete where `strings.ts` loads it: every key of `LocaleTable`.)
 * @module
 */

const fr = {
  label: 'Numéro de rappel',
  search: 'Rechercher un numéro',
  default: 'Mon numéro par défaut',
  setDefault: 'Définir comme mon numéro par défaut',
  clearDefault: 'Retirer mon numéro par défaut',
  locked: 'Verrouillé',
  empty: 'Aucun numéro de rappel disponible',
  noMatch: 'Aucun numéro correspondant',
  loading: 'Chargement…',
  changed: 'Numéro de rappel changé : {}',
  loadError: 'Impossible de charger la configuration : {}',
  retry: 'Réessayer',
  required: 'Choisissez un numéro de rappel',
  other: 'Autres',
  automatic: 'Automatique, {}',
  override: 'Votre choix pour cet appel',
  notPlaced: 'Appel vers {} non passé.',
  'refused-invalid': '{} n’est pas un numéro de téléphone valide.',
  'refused-not-configured': '{} ne fait pas partie des numéros de rappel de ce compte.',
  'refused-not-permitted': '{} ne vous est pas autorisé.',
  refusedNext: 'Choisissez un autre numéro et rappelez.',
  chooseAnother: 'Choisissez un autre numéro.',
  requestedNumber: 'Le numéro demandé',
  noneAllowed: 'Aucun numéro de rappel ne vous est autorisé. Demandez à votre administrateur d’en autoriser un.',
  storageFailed: 'Votre numéro par défaut n’a pas pu être enregistré ; il ne vaut que pour cette page ({}).',
  configInvalid: 'Les numéros de rappel n’ont pas pu être configurés : {}',
  destination: 'Numéro à appeler',
  call: 'Appeler',
  checking: 'Vérification du numéro…',
  presenting: 'Numéro présenté : {}, {}',
  placed: 'Appel vers {} avec {}',
  'why-requested': 'demandé pour cet appel',
  'why-field-rule': 'choisi selon {}',
  'why-prefix-rule': 'choisi selon le préfixe {}',
  'why-selector': 'choisi automatiquement',
  'why-call': 'votre choix pour cet appel',
  'why-agent-default': 'votre numéro par défaut',
  'why-account-default': 'numéro par défaut du compte',
  'why-fallback': 'premier numéro disponible',
  'bad-too-short': 'Le numéro est trop court',
  'bad-too-long': 'Le numéro est trop long',
  'bad-not-a-number': 'Ce n’est pas un numéro de téléphone',
  'bad-needs-country': 'Ajoutez l’indicatif du pays, par ex. +33',
  'bad-invalid': 'Numéro de téléphone non valide',
};
export default fr;
