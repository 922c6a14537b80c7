import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("sectoral_impact_dashboard", {
    steps: () => [
        {
            content: "the headline figures",
            trigger: ".o_sectoral_impact_dashboard .o_dashboard_tile[data-key='collected_kg']",
        },
        {
            content: "the charts are drawn",
            trigger: ".o_sectoral_impact_dashboard canvas[height]",
        },
        {
            content: "last year",
            trigger: ".o_dashboard_period",
            run: "select last_year",
        },
        {
            content: "the tiles of last year",
            trigger: ".o_dashboard_tile[data-key='reuse_rate'] .o_tile_value",
        },
        {
            content: "on to the report",
            trigger: ".o_dashboard_open_report",
            run: "click",
        },
        {
            content: "the impact report opens",
            trigger: ".o_form_view .o_field_widget[name='period']",
        },
    ],
});
