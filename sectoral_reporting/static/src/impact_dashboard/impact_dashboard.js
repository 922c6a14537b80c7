import { Component, onMounted, onWillStart, onWillUnmount, useRef, useState } from "@odoo/owl";
import { loadBundle } from "@web/core/assets";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { formatFloat } from "@web/core/utils/numbers";
import { useService } from "@web/core/utils/hooks";

// One palette for every chart: a destination or a stream keeps its colour.
const COLOURS = ["#2e7d32", "#1565c0", "#f9a825", "#6a1b9a", "#c62828", "#00838f", "#8d6e63"];
const DESTINATION_COLOURS = {
    reuse: "#2e7d32",
    repair: "#00838f",
    recycling: "#1565c0",
    energy: "#f9a825",
    disposal: "#8d6e63",
};

/**
 * The manager's impact dashboard: headline figures against the previous period and,
 * month by month, tonnes by stream and by destination, reuse and valorisation rates,
 * CO2e avoided and jobs. Every number comes from the server, computed by the impact
 * report's rules; the screen only draws them, in the user's number format.
 */
export class ImpactDashboard extends Component {
    static template = "sectoral_reporting.ImpactDashboard";
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.state = useState({ data: null, period: "last_12_months", loading: true });
        this.canvases = {
            streams: useRef("streams"),
            destinations: useRef("destinations"),
            rates: useRef("rates"),
            co2: useRef("co2"),
            jobs: useRef("jobs"),
        };
        this.charts = [];
        // the figures are asked for at once, beside the charts' library: a dashboard
        // left before the library arrives asks nothing of a component gone
        onWillStart(() => Promise.all([loadBundle("web.chartjs_lib"), this.load()]));
        onMounted(() => this.draw());
        onWillUnmount(() => this.destroy());
    }

    async load() {
        this.state.loading = true;
        this.state.data = await this.orm.call("sectoral.impact.dashboard", "load", [
            this.state.period,
        ]);
        this.state.loading = false;
    }

    async onPeriod(ev) {
        this.state.period = ev.target.value;
        await this.load();
        this.draw();
    }

    openReport() {
        this.action.doAction("sectoral_reporting.sectoral_impact_report_action");
    }

    destroy() {
        for (const chart of this.charts) {
            chart.destroy();
        }
        this.charts = [];
    }

    number(value, digits) {
        return formatFloat(value, { digits: [false, digits] });
    }

    chart(ref, config) {
        const canvas = this.canvases[ref].el;
        if (canvas) {
            this.charts.push(new window.Chart(canvas, config));
        }
    }

    options({ stacked = false, unit = "t", digits = 1 } = {}) {
        const format = (value) => `${this.number(value, digits)} ${unit}`;
        return {
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: "index", intersect: false },
            plugins: {
                legend: { position: "bottom" },
                tooltip: {
                    callbacks: {
                        label: (ctx) => `${ctx.dataset.label}: ${format(ctx.parsed.y)}`,
                    },
                },
            },
            scales: {
                x: { stacked },
                y: { stacked, beginAtZero: true, ticks: { callback: format } },
            },
        };
    }

    draw() {
        this.destroy();
        const { data } = this.state;
        if (!data) {
            return;
        }
        const labels = data.months;
        const charts = data.charts;
        this.chart("streams", {
            type: "bar",
            data: {
                labels,
                datasets: charts.streams.map((set, i) => ({
                    ...set,
                    backgroundColor: COLOURS[i % COLOURS.length],
                })),
            },
            options: this.options({ stacked: true, digits: 2 }),
        });
        this.chart("destinations", {
            type: "bar",
            data: {
                labels,
                datasets: [
                    ...charts.destinations.map((set) => ({
                        ...set,
                        backgroundColor: DESTINATION_COLOURS[set.key],
                        stack: "sorted",
                    })),
                    {
                        type: "line",
                        label: _t("Reused: left to be used again"),
                        data: charts.reused,
                        borderColor: "#1b5e20",
                        backgroundColor: "#1b5e20",
                        borderDash: [6, 4],
                    },
                ],
            },
            options: this.options({ stacked: true, digits: 2 }),
        });
        this.chart("rates", {
            type: "line",
            data: {
                labels,
                datasets: charts.rates.map((set, i) => ({
                    ...set,
                    borderColor: COLOURS[i],
                    backgroundColor: COLOURS[i],
                    tension: 0.2,
                })),
            },
            options: this.options({ unit: "%", digits: 1 }),
        });
        this.chart("co2", {
            type: "bar",
            data: {
                labels,
                datasets: [
                    {
                        label: _t("CO2e avoided"),
                        data: charts.co2,
                        backgroundColor: "#558b2f",
                    },
                ],
            },
            options: this.options({ digits: 2 }),
        });
        if (charts.jobs) {
            this.chart("jobs", {
                type: "line",
                data: {
                    labels,
                    datasets: charts.jobs.map((set, i) => ({
                        ...set,
                        borderColor: COLOURS[i + 1],
                        backgroundColor: COLOURS[i + 1],
                        stepped: true,
                    })),
                },
                options: this.options({ unit: _t("FTE"), digits: 2 }),
            });
        }
    }
}

registry.category("actions").add("sectoral_reporting.impact_dashboard", ImpactDashboard);
