// The intake tablet's own page (/sectoral/intake): the tablet alone, without the web
// client's menus, and a service worker that keeps what the page needs to start again
// without network.
import { whenReady } from "@odoo/owl";
import { mountComponent } from "@web/env";
import { hasTouch } from "@web/core/browser/feature_detection";
import { IntakeTablet } from "@sectoral_collection/intake_tablet/intake_tablet";

const WORKER = "/sectoral/intake/service-worker.js";
const SCOPE = "/sectoral/intake";
// Server calls are the tablet's business (its queue and its copy of the screen data).
const NOT_KEPT = ["/web/dataset", "/json/", "/web/session", "/websocket", "/bus/"];

/** What this page loaded from its server: scripts, styles, translations, images. */
function loadedUrls() {
    return performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name))
        .filter(
            (url) =>
                url.origin === location.origin &&
                !NOT_KEPT.some((prefix) => url.pathname.startsWith(prefix))
        )
        .map((url) => url.href);
}

async function keepForOffline() {
    if (!navigator.serviceWorker) {
        return;
    }
    const registration = await navigator.serviceWorker.register(WORKER, { scope: SCOPE });
    await navigator.serviceWorker.ready;
    const worker = registration.active || navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener("message", (event) => {
        if (event.data?.type === "sectoral_intake_kept") {
            // the page would start again without network from here on
            document.body.dataset.offlineReady = "1";
        }
    });
    worker?.postMessage({ type: "sectoral_intake_keep", urls: [location.pathname, ...loadedUrls()] });
}

(async function startIntakePage() {
    await whenReady();
    if (hasTouch()) {
        document.body.classList.add("o_touch_device");
    }
    await mountComponent(IntakeTablet, document.body, { name: "Intake tablet", props: {} });
    keepForOffline().catch((error) => console.warn("The tablet cannot keep its page for offline use", error));
})();
