//! Tests of the crash marker: written by the panic hook for the feature in scope, read back,
//! and what the next load does with the stored state it names.

use super::crash::*;
use super::*;

fn review_marker() -> CrashMarker {
    CrashMarker {
        feature: Feature::Review,
        draft: None,
        at: 5.0,
    }
}

#[test]
fn a_marker_round_trips_and_clears() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    assert_eq!(read_crash(&kv, &ns).unwrap(), None);
    let m = CrashMarker {
        feature: Feature::Draft,
        draft: Some("d1".into()),
        at: 7.0,
    };
    record_crash(&kv, &ns, &m).unwrap();
    assert_eq!(read_crash(&kv, &ns).unwrap(), Some(m));
    assert_eq!(read_crash(&kv, &Namespace::new("portal")).unwrap(), None);
    clear_crash(&kv, &ns).unwrap();
    assert_eq!(read_crash(&kv, &ns).unwrap(), None);
}

#[test]
fn a_damaged_marker_names_no_feature() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    for raw in ["{", "{\"feature\":\"later\"}", "42"] {
        kv.set(&ns.crash(), raw).unwrap();
        assert_eq!(read_crash(&kv, &ns).unwrap(), None, "{raw}");
    }
}

#[test]
fn a_panic_in_scope_writes_the_marker_and_outside_scope_does_not() {
    let ns = Namespace::default();
    let hook = |kv: &MemoryKv| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // What the app's hook does first, then the panic unwinds here (aborts in WASM).
            let r = std::panic::catch_unwind(|| panic!("stored state"));
            if r.is_err() {
                record_active(kv);
            }
        }))
        .unwrap();
    };
    let kv = MemoryKv::default();
    hook(&kv);
    assert_eq!(read_crash(&kv, &ns).unwrap(), None);
    enter(&ns, review_marker());
    hook(&kv);
    assert_eq!(read_crash(&kv, &ns).unwrap(), Some(review_marker()));
    clear_crash(&kv, &ns).unwrap();
    leave(Feature::Draft); // another feature's end leaves this scope
    hook(&kv);
    assert!(read_crash(&kv, &ns).unwrap().is_some());
    clear_crash(&kv, &ns).unwrap();
    leave(Feature::Review);
    hook(&kv);
    assert_eq!(read_crash(&kv, &ns).unwrap(), None);
}

#[test]
fn the_review_entries_download_as_stored_and_drop_alone() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    kv.set(&ns.review("r1"), "{broken").unwrap();
    kv.set(&ns.review("r2"), "{\"review_version\":1}").unwrap();
    kv.set(&ns.draft("d1"), "draft").unwrap();
    kv.set(&Namespace::new("portal").review("r3"), "other")
        .unwrap();
    let raw: serde_json::Value = serde_json::from_str(&review_raw(&kv, &ns).unwrap()).unwrap();
    assert_eq!(raw.as_object().unwrap().len(), 2);
    assert_eq!(raw[ns.review("r1")], "{broken");
    assert_eq!(drop_review(&kv, &ns).unwrap(), 2);
    assert_eq!(kv.map.borrow().len(), 2);
    assert!(kv.get(&ns.draft("d1")).unwrap().is_some());
}

#[test]
fn the_crashed_draft_moves_to_the_quarantine_intact() {
    let kv = MemoryKv::default();
    let ns = Namespace::default();
    kv.set(&ns.draft("d1"), "the draft as stored").unwrap();
    let q = quarantine_crashed_draft(&kv, &ns, "d1", 9.0)
        .unwrap()
        .unwrap();
    assert_eq!(kv.get(&ns.draft("d1")).unwrap(), None);
    let moved = q.moved_to.clone().unwrap();
    assert_eq!(
        kv.get(&moved).unwrap().as_deref(),
        Some("the draft as stored")
    );
    assert_eq!(q.reason, Some(Unreadable::Crashed));
    assert_eq!(quarantine_crashed_draft(&kv, &ns, "d1", 9.0).unwrap(), None);
}
