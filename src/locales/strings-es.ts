/**
 * Spanish texts of every element (es): a lazily loaded chunk, fetched the first time an
 * element finds `lang="es"` (or a regional variant) on itself or an ancestor.
 * (Checked complete where `strings.ts` loads it: every key of `LocaleTable`.)
 * @module
 */

const es = {
  label: 'Número de devolución',
  search: 'Buscar números',
  default: 'Mi predeterminado',
  setDefault: 'Usar como mi predeterminado',
  clearDefault: 'Quitar mi predeterminado',
  locked: 'Bloqueado',
  empty: 'No hay ningún número de devolución disponible',
  noMatch: 'Ningún número coincide',
  loading: 'Cargando…',
  changed: 'Número de devolución cambiado a {}',
  loadError: 'No se pudo cargar la configuración: {}',
  retry: 'Reintentar',
  required: 'Elija un número de devolución',
  other: 'Otros',
  automatic: 'Automático, {}',
  override: 'Su elección para esta llamada',
  notPlaced: 'La llamada a {} no se realizó.',
  'refused-invalid': '{} no es un número de teléfono válido.',
  'refused-not-configured': '{} no es uno de los números de devolución de esta cuenta.',
  'refused-not-permitted': '{} no está permitido para usted.',
  refusedNext: 'Elija otro número y vuelva a llamar.',
  chooseAnother: 'Elija otro número.',
  requestedNumber: 'El número solicitado',
  noneAllowed: 'No tiene ningún número de devolución permitido. Pida a su administrador que le permita uno.',
  storageFailed: 'No se pudo guardar su predeterminado; solo vale para esta página ({}).',
  configInvalid: 'No se pudieron configurar los números de devolución: {}',
  destination: 'Número de destino',
  call: 'Llamar',
  checking: 'Comprobando el número…',
  presenting: 'Se mostrará {}, {}',
  placed: 'Llamando a {} con {}',
  'why-requested': 'solicitado para esta llamada',
  'why-field-rule': 'elegido por {}',
  'why-prefix-rule': 'elegido por el prefijo {}',
  'why-selector': 'elegido automáticamente',
  'why-call': 'su elección para esta llamada',
  'why-agent-default': 'su predeterminado',
  'why-account-default': 'predeterminado de la cuenta',
  'why-fallback': 'primer número disponible',
  'bad-too-short': 'El número es demasiado corto',
  'bad-too-long': 'El número es demasiado largo',
  'bad-not-a-number': 'No es un número de teléfono',
  'bad-needs-country': 'Añada el prefijo del país, p. ej. +34',
  'bad-invalid': 'Número de teléfono no válido',
};
export default es;
