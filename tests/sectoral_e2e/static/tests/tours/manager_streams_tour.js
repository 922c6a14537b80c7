import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

registry.category("web_tour.tours").add("sectoral_manager_streams", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Reuse app",
            trigger: ".o_app[data-menu-xmlid='sectoral_base.menu_reuse_root']",
            run: "click",
        },
        {
            content: "The app opens on the intakes, with its menus",
            trigger: ".o_menu_sections .o_nav_entry, .o_menu_sections button",
        },
        {
            content: "Open the configuration menu",
            trigger: ".o_menu_sections button[data-menu-xmlid='sectoral_base.menu_reuse_configuration']",
            run: "click",
        },
        {
            content: "Open the material streams",
            trigger: ".dropdown-item[data-menu-xmlid='sectoral_base.sectoral_stream_menu']",
            run: "click",
        },
        {
            content: "Textiles are listed with the source of their CO2e factor",
            trigger: ".o_data_row:has(td[name='code']:contains(TEX)):contains('Eproductive')",
        },
        {
            content: "Open the seating stream",
            trigger: ".o_data_row td[name='code']:contains(FUR-SEAT)",
            run: "click",
        },
        {
            content: "Its form shows its producer responsibility scheme",
            trigger: ".o_form_view .o_field_widget[name='rep_scheme'] input",
            run() {
                const chosen = this.anchor.value;
                if (!chosen.includes("Ecomaison")) {
                    throw new Error(`Seating should be declared to Ecomaison, not "${chosen}"`);
                }
            },
        },
    ],
});
