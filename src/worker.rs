//! What the background workers share: the signal that tells them to stop,
//! and what one pass of a drainable worker did. It sits low in the module
//! graph so the domain's workers (dialer, recording fetcher) need nothing
//! from `app`, which starts them.

use tokio::sync::watch;

/// The outcome of one pass of a drainable worker.
#[derive(Debug, PartialEq, Eq)]
pub enum WorkOutcome {
    TaskCompleted,
    EmptyQueue,
}

/// Whether a background worker should stop: it was told to, or whoever
/// could tell it is gone (the service's run was dropped), in which case
/// waiting for a change would return at once, for ever.
pub fn stopped(shutdown: &watch::Receiver<bool>) -> bool {
    *shutdown.borrow() || shutdown.has_changed().is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workers_stop_when_told_or_when_nobody_is_left_to_tell_them() {
        let (tx, rx) = watch::channel(false);
        assert!(!stopped(&rx));
        tx.send(true).unwrap();
        assert!(stopped(&rx));
        let (tx, rx) = watch::channel(false);
        drop(tx);
        assert!(
            stopped(&rx),
            "a dropped run must not leave workers spinning"
        );
    }
}
