// The menu and the home screen of intake operators and drivers open the intake tablet on
// its own page, which keeps working when the network drops.
import { browser } from "@web/core/browser/browser";
import { registry } from "@web/core/registry";

registry.category("actions").add("sectoral_collection.intake_tablet", () => {
    browser.location.assign("/sectoral/intake");
});
