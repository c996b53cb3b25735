// Headless Debian Chromium through puppeteer-core, with the flags this machine needs.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, executable } from './browsers.mjs';

export function launchChromium(options = {}) {
  return puppeteer.launch({
    executablePath: executable('chromium'),
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}
