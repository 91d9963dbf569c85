//! Where the offer goes when a filled draft's report year requires the other format (2019–2020
//! → the 2019 format, 2021 on → the 2021 format), under the metadata. The offer itself (what the
//! conversion moves and what it cannot, 转换 and 保持) is drawn by the tools module
//! (`crates/tools-module/src/format_offer/`), loaded when the offer is due: the app hands it the
//! report after every edit while the year asks for the other format. An empty draft changes
//! format with its year and is never asked (`store::edit`).

use leptos::prelude::*;
use report_domain::format::FormatId;

use crate::components::layout::use_status;
use crate::components::review::show_format_offer;
use crate::store::use_store;

/// `id` of the element the tools module draws the format offer into.
pub const FORMAT_OFFER_ROOT_ID: &str = "format-offer-root";

/// The (year, format) the user chose to keep (保持, `drApp.keepFormat()`): not offered again for
/// it.
#[derive(Clone, Copy)]
pub struct KeptFormat(pub RwSignal<Option<(i32, FormatId)>>);

/// The kept (year, format) of this form (provided on first use).
pub fn kept_format() -> KeptFormat {
    use_context::<KeptFormat>().unwrap_or_else(|| {
        let k = KeptFormat(RwSignal::new(None));
        provide_context(k);
        k
    })
}

/// The offer's place, under the metadata.
#[component]
pub fn FormatOffer() -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let kept = kept_format();
    // Whether the year asks for the other format (and the user did not keep this one).
    let due = Memo::new(move |_| {
        let Some(year) = store.with_meta(|m| m.year) else {
            return false;
        };
        let from = store.format_def().id;
        FormatId::for_year(year) != from && kept.0.get() != Some((year, from))
    });
    // Whether the module was ever asked to show it (only then is it told to hide it).
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        let open = due.get();
        if !open && !asked.get_value() {
            return;
        }
        if open {
            // What the offer lists follows every edit while it is shown.
            let _ = store.revision();
        }
        asked.set_value(true);
        let json = open.then(|| store.report_untracked().to_json_string());
        show_format_offer(json, status);
    });
    view! { <div id=FORMAT_OFFER_ROOT_ID></div> }
}
