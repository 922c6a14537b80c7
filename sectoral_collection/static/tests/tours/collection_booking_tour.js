import { registry } from "@web/core/registry";

// Somebody who gives books a place on a round from the public form.
registry.category("web_tour.tours").add("sectoral_collection_booking", {
    steps: () => [
        { content: "Name", trigger: "input[name='contact_name']", run: "edit Jeanne Tour" },
        { content: "Phone", trigger: "input[name='phone']", run: "edit 0470 11 22 33" },
        { content: "E-mail", trigger: "input[name='email']", run: "edit jeanne.tour@example.com" },
        { content: "Street", trigger: "input[name='street']", run: "edit Rue du Tour 7" },
        { content: "Postcode", trigger: "input[name='zip']", run: "edit 6000" },
        { content: "City", trigger: "input[name='city']", run: "edit Charleroi" },
        {
            content: "The first date the round can come",
            trigger: "select[name='booking']",
            async run() {
                this.anchor.value = this.anchor.options[1].value;
                this.anchor.dispatchEvent(new Event("change", { bubbles: true }));
                // a person takes a few seconds to fill the form
                await new Promise((resolve) => setTimeout(resolve, 3500));
            },
        },
        {
            content: "Send",
            trigger: "button[type='submit']",
            run: "click",
            expectUnloadPage: true,
        },
        { content: "Booked: the day is confirmed", trigger: ".o_collection_booked" },
    ],
});
