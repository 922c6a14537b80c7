import { Component, useState } from "@odoo/owl";
import { formatCurrency } from "@web/core/currency";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";

const MODEL = "sectoral.lending.desk";

function errorText(error) {
    return error?.data?.message || error?.message || _t("Something went wrong.");
}

/** The desk with nobody at it, in a mode ("lend" or "return"). */
function blankDesk(mode) {
    return {
        mode,
        query: "",
        members: [],
        member: null,
        code: "",
        objects: [],
        unavailable: null,
        depositTaken: false,
        returning: null,
        missing: {},
        damaged: false,
        damage: "",
        condition: "",
        message: "",
        error: "",
    };
}

/**
 * The library's desk, on a touch screen: lend (the member's card or name, then the
 * objects scanned, the deposit taken) or take back (the object scanned, its kit
 * counted, a damage said). The server checks every rule and says why not.
 */
export class LendingDesk extends Component {
    static template = "sectoral_lending.LendingDesk";
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.state = useState(blankDesk("lend"));
        this.conditions = [
            { code: "new", label: _t("✨ As new") },
            { code: "good", label: _t("👍 Good") },
            { code: "worn", label: _t("🪫 Worn") },
        ];
    }

    setMode(mode) {
        Object.assign(this.state, blankDesk(mode));
    }

    async call(method, args) {
        this.state.error = "";
        try {
            return await this.orm.silent.call(MODEL, method, args);
        } catch (error) {
            this.state.error = errorText(error);
            return null;
        }
    }

    // --- lend ---------------------------------------------------------------------------
    async findMembers(ev) {
        ev?.preventDefault();
        if (!this.state.query.trim()) {
            return;
        }
        const members = await this.call("find_members", [this.state.query]);
        if (members) {
            this.state.members = members;
            this.state.message = "";
            if (members.length === 1) {
                this.chooseMember(members[0]);
            } else if (!members.length) {
                this.state.error = _t("Nobody found: check the card or the name.");
            }
        }
    }

    async printCard() {
        // the card number is given at its first printing: the member's data follows
        this.state.error = "";
        try {
            const action = await this.orm.silent.call("res.partner", "action_sectoral_print_card", [
                [this.state.member.id],
            ]);
            await this.action.doAction(action);
            const member = await this.call("member", [this.state.member.id]);
            if (member) {
                this.state.member = member;
            }
        } catch (error) {
            this.state.error = errorText(error);
        }
    }

    chooseMember(member) {
        this.state.member = member;
        this.state.members = [];
        this.state.unavailable = null;
    }

    money(amount) {
        return formatCurrency(amount, this.state.objects[0]?.currency_id);
    }

    get deposit() {
        return this.state.objects.reduce((total, object) => total + object.deposit, 0);
    }

    async scanObject(ev) {
        ev?.preventDefault();
        const code = this.state.code.trim();
        if (!code) {
            return;
        }
        const object = await this.call("find_object", [code]);
        this.state.code = "";
        if (!object) {
            return;
        }
        if (this.state.mode === "return") {
            this.state.returning = object;
            this.state.condition = object.condition || "";
            this.state.missing = {};
            this.state.damaged = false;
            this.state.damage = "";
            if (!object.loan) {
                this.state.error = _t("%s is not on loan.", object.name);
                this.state.returning = null;
            }
            return;
        }
        if (this.state.objects.some((o) => o.id === object.id)) {
            return;
        }
        this.state.unavailable = null;
        if (object.state !== "available") {
            this.state.error = object.loan
                ? _t("%(object)s is on loan to %(member)s.", { object: object.name, member: object.loan.member })
                : _t("%s cannot be lent now.", object.name);
            // the member may ask for it: in line for its return
            this.state.unavailable = object.state === "retired" ? null : object;
            return;
        }
        this.state.objects.push(object);
    }

    async askFor() {
        const result = await this.call("hold", [this.state.member.id, this.state.unavailable.id]);
        this.state.unavailable = null;
        if (result) {
            this.state.member = result.member;
            this.state.message = result.ready
                ? _t("📌 %(object)s put aside until %(date)s", { object: result.object, date: result.until })
                : _t("📌 %(object)s: in line, number %(position)s", {
                      object: result.object,
                      position: result.position,
                  });
        }
    }

    removeObject(object) {
        this.state.objects = this.state.objects.filter((o) => o.id !== object.id);
    }

    async lend() {
        const result = await this.call("lend", [
            this.state.member.id,
            this.state.objects.map((o) => o.id),
            this.state.depositTaken,
        ]);
        if (result) {
            this.state.member = result.member;
            this.state.objects = [];
            this.state.depositTaken = false;
            this.state.message = _t("✔ Lent: %s", result.loans.map((l) => `${l.object} (${l.due})`).join(", "));
        }
    }

    // --- take back -------------------------------------------------------------------------
    missingOf(piece) {
        return this.state.missing[piece.id] || 0;
    }

    changeMissing(piece, delta) {
        const count = Math.min(piece.quantity, Math.max(0, this.missingOf(piece) + delta));
        this.state.missing = { ...this.state.missing, [piece.id]: count };
    }

    async takeBack() {
        const missing = Object.fromEntries(
            Object.entries(this.state.missing).filter(([, count]) => count > 0)
        );
        const result = await this.call("take_back", [
            this.state.returning.id,
            missing,
            this.state.damaged ? this.state.damage : "",
            this.state.condition,
        ]);
        if (result) {
            const notes = [];
            if (result.repair) {
                notes.push(_t("🔧 sent to the workshop"));
            }
            if (result.to_settle) {
                notes.push(_t("⚠️ to settle with %s", result.member));
            }
            if (result.next_member) {
                notes.push(_t("📌 put aside for %s", result.next_member));
            }
            this.state.message = [_t("✔ Back: %s", result.object), ...notes].join(" · ");
            this.state.returning = null;
        }
    }

    exit() {
        this.action.doAction("sectoral_lending.sectoral_lending_loan_action");
    }
}

registry.category("actions").add("sectoral_lending.desk", LendingDesk);
