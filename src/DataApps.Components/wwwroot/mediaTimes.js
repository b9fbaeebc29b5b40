// Streamlit's loop semantics for ui.Audio / ui.Video with a start or end time: playback stops at the end time, and a looping
// player starts again at the start time (the media fragment #t=start,end alone only covers the first play).
export function attach(player, start, end, loop) {
    const onTime = () => {
        if (end !== null && player.currentTime >= end) {
            if (loop) {
                player.currentTime = start;
                player.play().catch(() => { });
            } else {
                player.pause();
            }
        }
    };
    const onEnded = () => {
        if (loop) {
            player.currentTime = start;
            player.play().catch(() => { });
        }
    };
    player.addEventListener("timeupdate", onTime);
    player.addEventListener("ended", onEnded);
    return {
        dispose() {
            player.removeEventListener("timeupdate", onTime);
            player.removeEventListener("ended", onEnded);
        },
    };
}
