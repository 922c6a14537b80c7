import { Component } from "@odoo/owl";

/**
 * The big stream tiles of the touch screens: one tile per stream of the current level; a
 * stream with sub-streams opens them, a back tile returns to the level above. The level
 * shown (``parentId``) belongs to the screen, so that it can start again from the top.
 */
export class StreamTiles extends Component {
    static template = "sectoral_base.StreamTiles";
    static props = {
        streams: Array,
        parentId: { optional: true },
        selectedId: { optional: true },
        onOpen: Function,
        onSelect: Function,
        // stream id -> a short text shown in a corner of its tile (kilograms waiting...)
        badges: { type: Object, optional: true },
    };

    get visibleStreams() {
        const parentId = this.props.parentId || false;
        return this.props.streams.filter((s) => (s.parent_id || false) === parentId);
    }

    hasChildren(stream) {
        return this.props.streams.some((s) => s.parent_id === stream.id);
    }

    badgeOf(stream) {
        return this.props.badges?.[stream.id] || "";
    }

    tap(stream) {
        if (this.hasChildren(stream)) {
            this.props.onOpen(stream.id);
        } else {
            this.props.onSelect(stream);
        }
    }

    back() {
        const parent = this.props.streams.find((s) => s.id === this.props.parentId);
        this.props.onOpen(parent?.parent_id || false);
    }
}
