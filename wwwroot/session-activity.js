// What the user does in an open tab keeps the session alive on the server; what the server pushes to the tab does
// not, so a tab left open ends with the idle timeout like any other session. One request a minute at most.
(() => {
    const every = 60_000;
    let last = Date.now();
    const ping = () => {
        const now = Date.now();
        if (now - last < every)
            return;
        last = now;
        fetch('account/activity', { method: 'POST', credentials: 'same-origin', keepalive: true }).catch(() => { });
    };
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'])
        addEventListener(type, ping, { passive: true, capture: true });
})();
