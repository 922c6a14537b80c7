import { registry } from "@web/core/registry";

function type(selector, text) {
    return { content: `type ${text}`, trigger: selector, run: `edit ${text}` };
}

function tap(selector, content = `tap ${selector}`) {
    return { content, trigger: selector, run: "click" };
}

registry.category("web_tour.tours").add("sectoral_lending_desk", {
    steps: () => [
        // Alice borrows the drill kit
        type(".o_lending_member_input", "Alice"),
        tap(".o_lending_member_search", "find the member"),
        { content: "Alice, a member", trigger: ".o_lending_member:contains(Alice Membre)" },
        type(".o_lending_object_input", "DRILL-1"),
        tap(".o_lending_object_add", "scan the drill"),
        { content: "the drill is in the loan", trigger: ".o_lending_object:contains(DRILL-1)" },
        { content: "with its due date", trigger: ".o_lending_object .o_lending_object_due:contains(📅)" },
        tap(".o_lending_lend", "lend without the deposit"),
        { content: "the deposit first", trigger: ".o_lending_error:contains(deposit)" },
        tap(".o_lending_deposit", "the deposit is taken"),
        tap(".o_lending_lend", "lend"),
        { content: "lent", trigger: ".o_lending_message" },
        // Bob wants the drill too: he is in line for its return
        type(".o_lending_member_input", "Bob"),
        tap(".o_lending_member_search", "find Bob"),
        { content: "Bob, a member", trigger: ".o_lending_member:contains(Bob Membre)" },
        type(".o_lending_object_input", "DRILL-1"),
        tap(".o_lending_object_add", "scan the drill"),
        { content: "on loan to Alice", trigger: ".o_lending_error:contains(Alice Membre)" },
        tap(".o_lending_ask", "Bob asks for it"),
        { content: "Bob is in line", trigger: ".o_lending_message:contains(in line)" },
        // it comes back with a drill bit missing and a damage
        tap(".o_lending_mode_return", "take back"),
        type(".o_lending_object_input", "DRILL-1"),
        tap(".o_lending_object_add", "scan the drill"),
        { content: "Alice's loan", trigger: ".o_lending_returning:contains(Alice Membre)" },
        tap(".o_lending_piece[data-piece='Mèches'] .o_lending_piece_more", "a drill bit missing"),
        {
            content: "one missing",
            trigger: ".o_lending_piece[data-piece='Mèches'] .o_lending_piece_missing:contains(1)",
        },
        tap(".o_lending_condition[data-condition='worn']", "worn"),
        tap(".o_lending_damaged", "damaged"),
        type(".o_lending_damage", "The chuck slips"),
        tap(".o_lending_take_back", "back"),
        { content: "to the workshop, to settle", trigger: ".o_lending_message:contains(⚠️):contains(🔧)" },
        // Alice is blocked until it is settled
        tap(".o_lending_mode_lend", "lend"),
        type(".o_lending_member_input", "Alice"),
        tap(".o_lending_member_search", "find the member"),
        { content: "blocked", trigger: ".o_lending_member_refusal:contains(settle)" },
    ],
});
