/* global window, document, MutationObserver */
// A stand-in for the API VS Code gives a webview, loaded before the page's own scripts with
// addInitScript({ path }) (a plain .js file: tsx-compiled functions can fail in the page with
// "__name is not defined"). It records what the page posts, keeps its saved state, and records
// CSP violations and any script that an injected payload manages to run.
(() => {
  const config = window.__kmsTest || {};
  window.__posted = [];
  window.__cspViolations = [];
  window.__scriptRuns = 0;
  window.__pwn = () => {
    window.__scriptRuns += 1;
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = () => {
      window.__scriptRuns += 1;
    };
  }

  let state = config.state;
  let acquired = false;
  window.__savedState = () => state;
  window.acquireVsCodeApi = () => {
    // VS Code throws on a second call too: the page must acquire the API once.
    if (acquired) throw new Error('acquireVsCodeApi may only be called once');
    acquired = true;
    return Object.freeze({
      // Messages cross as plain JSON: a Uint8Array or class instance would not survive this.
      postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => state,
      setState: (next) => {
        state = JSON.parse(JSON.stringify(next));
        return next;
      },
    });
  };

  // Tag names and suspicious attributes anywhere in the page, shadow roots included: the
  // injection test compares them with a benign render.
  // The page's own nonce is random base64, which now and then spells `xss` (`...UXSs...`): it is
  // read out of every value before the marker is looked for, so only injected text can match.
  window.__inventory = () => {
    const tags = new Set();
    const marked = [];
    const nonce = document.querySelector('script[nonce]')?.nonce || '';
    const withoutNonce = (value) => (nonce ? value.split(nonce).join('') : value);
    const visit = (root) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        tags.add(element.tagName.toLowerCase());
        for (const attr of Array.from(element.attributes)) {
          if (/xss/i.test(attr.name) || /xss/i.test(withoutNonce(attr.value)) || /^on/i.test(attr.name)) marked.push(`${element.tagName} ${attr.name}=${attr.value}`);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return { tags: [...tags].sort(), marked };
  };

  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile });
  });

  // Theme variables go on <html> before any page script runs, as VS Code sets them. Init scripts
  // can run before <html> exists: wait for it then.
  const applyTheme = () => {
    for (const [name, value] of Object.entries(config.themeVars || {})) document.documentElement.style.setProperty(name, value);
  };
  if (document.documentElement) applyTheme();
  else {
    const observer = new MutationObserver(() => {
      if (!document.documentElement) return;
      observer.disconnect();
      applyTheme();
    });
    observer.observe(document, { childList: true });
  }
  if (config.bodyClass) {
    document.addEventListener('DOMContentLoaded', () => document.body.classList.add(config.bodyClass));
  }
})();
