import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { ClusterProcess } from './clusterProcess';

/** The balancer's sticky cookie (server/scripts/cluster/stickyInstance.ts). */
const INSTANCE_COOKIE = 'konsil_instance';

/**
 * Puts a browser on one instance, as the balancer itself would have after its first answer:
 * its HTTP requests and both websockets go there while that instance is healthy.
 */
export async function pinToInstance(
  context: BrowserContext,
  cluster: ClusterProcess,
  instanceName: string,
): Promise<void> {
  await context.addCookies([{ name: INSTANCE_COOKIE, value: instanceName, url: cluster.url }]);
}

/** The instance the balancer keeps this browser on now (it re-sets the cookie when it moves it). */
export async function instanceOf(
  context: BrowserContext,
  cluster: ClusterProcess,
): Promise<string | undefined> {
  const cookies = await context.cookies(cluster.url);
  return cookies.find((cookie) => cookie.name === INSTANCE_COOKIE)?.value;
}

/**
 * Keeps every value `attribute` of the element with `testId` takes, in order, on <html
 * data-log-<testId>>, even if the element is rendered anew: a state that lasts less than a poll
 * (a quick reconnect) is still seen. 'absent' while the element is not on the page.
 */
export async function recordStates(
  page: Page,
  testId: string,
  attribute: string,
): Promise<Locator> {
  await page.evaluate(
    ({ testId, attribute }) => {
      const root = document.documentElement;
      const logName = `data-log-${testId}`;
      let last: string | null = null;
      const note = () => {
        const element = document.querySelector(`[data-testid="${testId}"]`);
        const state = element?.getAttribute(attribute) ?? 'absent';
        if (state === last) return;
        last = state;
        root.setAttribute(logName, `${root.getAttribute(logName) ?? ''} ${state}`.trim());
      };
      note();
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: [attribute],
      });
    },
    { testId, attribute },
  );
  return page.locator('html');
}
