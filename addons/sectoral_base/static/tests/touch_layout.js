// A check shared by the touch screens' layout tours: the keypad and the buttons to
// record keep their size and stay on the screen, whatever the mode and the tablet.

const MIN_TAP = 48;

/** Throws when one of ``selectors`` is smaller than a tap or out of the screen. */
export function assertReachable(selectors) {
    for (const selector of selectors) {
        const elements = document.querySelectorAll(selector);
        if (!elements.length) {
            throw new Error(`${selector}: not on the screen`);
        }
        for (const element of elements) {
            const box = element.getBoundingClientRect();
            const where = `${selector} at ${Math.round(box.top)}-${Math.round(box.bottom)} of ${window.innerHeight}px`;
            if (box.height < MIN_TAP || box.width < MIN_TAP) {
                throw new Error(`${where}: ${Math.round(box.width)}x${Math.round(box.height)}, too small to tap`);
            }
            if (box.top < 0 || box.bottom > window.innerHeight + 1) {
                throw new Error(`${where}: out of the screen`);
            }
        }
    }
}

/** A tour step that checks ``selectors`` once ``trigger`` is there. */
export function reachableStep(content, trigger, selectors) {
    return {
        content,
        trigger,
        run() {
            assertReachable(selectors);
        },
    };
}
