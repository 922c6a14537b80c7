// @odoo-module ignore
/* eslint-disable no-restricted-globals */
// The intake tablet's service worker: the page and what it loads (scripts, styles,
// translations, icons) come from the network when it answers, else from the copy kept
// here, so that a reload without network still shows the tablet. Calls to the server
// (loading the screen's data, sending weighings) are never answered from here: the
// tablet keeps its own copy of its data and of the weighings waiting to be sent.

const CACHE = "sectoral-intake";
const PAGE = "/sectoral/intake";
// What a reverse proxy answers while Odoo itself is down: the tablet is offline too.
const SERVER_DOWN = [502, 503, 504];
const TRANSLATIONS = "/web/webclient/translations";

function keptFor(url) {
    return (
        url.origin === self.location.origin &&
        !url.pathname.startsWith("/web/dataset") &&
        !url.pathname.startsWith("/json/") &&
        !url.pathname.startsWith("/web/session") &&
        !url.pathname.startsWith("/websocket") &&
        !url.pathname.startsWith("/bus/") &&
        !url.pathname.endsWith("/service-worker.js")
    );
}

function cacheKey(request) {
    // the page is one, whatever its query (?debug=...)
    return request.mode === "navigate" ? PAGE : request;
}

async function fromNetworkElseKept(request) {
    const cache = await caches.open(CACHE);
    try {
        const response = await fetch(request);
        if (!SERVER_DOWN.includes(response.status)) {
            if (response.ok && !response.redirected && response.type === "basic") {
                await cache.put(cacheKey(request), response.clone());
            }
            // a redirection to the login page, a refusal: the server answered
            return response;
        }
    } catch {
        // no network: what was kept answers
    }
    // the page whatever its query; translations whatever their hash (the tablet asks
    // with the hash of the copy it keeps itself)
    const anyQuery =
        request.mode === "navigate" || new URL(request.url).pathname === TRANSLATIONS;
    const kept =
        (await cache.match(cacheKey(request))) ||
        (anyQuery && (await cache.match(cacheKey(request), { ignoreSearch: true })));
    if (kept) {
        return kept;
    }
    return Response.error();
}

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== "GET" || !keptFor(url)) {
        return;
    }
    event.respondWith(fromNetworkElseKept(event.request));
});

/**
 * The page lists what it loaded before this worker controlled it: kept now, and what
 * an earlier version of the page loaded (older asset bundles) is let go.
 */
async function keep(urls) {
    const cache = await caches.open(CACHE);
    const wanted = new Set(urls.map((url) => new URL(url, self.location.origin).href));
    wanted.add(new URL(PAGE, self.location.origin).href);
    await Promise.all(
        [...wanted].map(async (href) => {
            try {
                const response = await fetch(href, { credentials: "same-origin" });
                if (response.ok && !response.redirected) {
                    await cache.put(href, response);
                }
            } catch {
                // offline already: what is kept stays
            }
        })
    );
    for (const request of await cache.keys()) {
        if (!wanted.has(request.url)) {
            await cache.delete(request);
        }
    }
}

self.addEventListener("message", (event) => {
    if (event.data?.type === "sectoral_intake_keep") {
        event.waitUntil(
            keep(event.data.urls).then(() => event.source?.postMessage({ type: "sectoral_intake_kept" }))
        );
    }
});
