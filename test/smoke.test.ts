import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
describe('smoke', () => {
  it('types', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'b' });
    expect(input.value).to.equal('ab');
    input.remove();
  });
});
