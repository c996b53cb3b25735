import type { StorybookConfig } from '@storybook/web-components-vite';
import { writePhoneMetadata } from '../scripts/phone-metadata.mjs';
import { writeGeoData } from '../scripts/geo-data.mjs';

// src/phone/metadata/*.js: libphonenumber-js's metadata per calling code, generated (git-ignored).
writePhoneMetadata();
// src/geo/data/*.js: libphonenumber's places and time zones per calling code, generated (git-ignored).
writeGeoData();

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};

export default config;
