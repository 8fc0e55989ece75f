import type { Locator, Page } from 'playwright-core';
import { waitForText } from '../support/wait.js';
import { ProjectNav } from './project-nav.js';

/** The sign-in control in the top bar. */
export class AccountMenu {
  constructor(readonly page: Page) {}

  get who(): Locator {
    return this.page.getByTestId('current-user');
  }

  async signIn(name: string, password: string, displayName: string): Promise<void> {
    await this.who.waitFor();
    await this.page.getByRole('button', { name: /^(Sign in|Switch user)$/ }).click();
    const form = this.page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('User name').fill(name);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await waitForText(this.who, `Signed in as ${displayName}`);
  }
}

export type Decision = 'Include' | 'Exclude' | 'Maybe';

/** The screening page: the current record, the decision buttons, progress, and the owner's panels. */
export class ScreeningPage {
  readonly nav: ProjectNav;
  readonly record: Locator;
  readonly recordTitle: Locator;
  readonly recordsLeft: Locator;

  constructor(readonly page: Page) {
    this.nav = new ProjectNav(page);
    this.record = page.getByTestId('screening-record');
    this.recordTitle = this.record.getByRole('heading', { level: 2 });
    this.recordsLeft = page.getByTestId('records-left');
  }

  async open(): Promise<this> {
    await this.nav.open('Screening');
    await this.recordsLeft.waitFor();
    return this;
  }

  /** Decide records until the queue is empty; `choose` picks the decision from the title shown. */
  async screenAll(choose: (title: string) => Decision, useKeyboard = false): Promise<string[]> {
    const seen: string[] = [];
    for (;;) {
      const left = Number(await this.recordsLeft.textContent());
      if (left === 0) return seen;
      const title = (await this.recordTitle.textContent()) ?? '';
      seen.push(title);
      const decision = choose(title);
      if (useKeyboard) await this.page.keyboard.press(decision[0]!.toLowerCase());
      else await this.record.getByRole('button', { name: decision, exact: true }).click();
      await waitForText(this.recordsLeft, String(left - 1));
    }
  }
}
