//! The toolbar under the page header: the draft menu, export and import, printing and the
//! HTML/CSV downloads, then the storage banners and the import summary; the drop overlay covers
//! the page while a file is dragged, the print preview (the tools module's, mounted into
//! `PublishMount`) while it is open.

use leptos::prelude::*;

use super::banners::StorageBanners;
use super::menu::DraftMenu;
use crate::components::io::{DropZone, ExportButton, ImportControls, ImportSummary};
use crate::components::publish::{PublishButtons, PublishMount};

/// The drafts and import/export toolbar.
#[component]
pub fn DraftsBar() -> impl IntoView {
    // What the mount chose (in the hosted page: everything).
    let crate::embed_mount::Chrome { drafts, tools, .. } = crate::embed_mount::chrome();
    // A landmark of its own (a named region), so that everything on the page is in one.
    view! {
        <section class="drafts-region" aria-label="草稿与导入导出">
        <div class="drafts-bar" role="toolbar" aria-label="草稿与导入导出">
            {drafts.then(|| view! { <DraftMenu /> })}
            {tools
                .then(|| {
                    view! {
                        <span class="io-buttons">
                            <ExportButton />
                            <ImportControls />
                            <PublishButtons />
                        </span>
                    }
                })}
        </div>
        {drafts.then(|| view! { <StorageBanners /> })}
        {tools.then(|| view! { <ImportSummary /> <DropZone /> <PublishMount /> })}
        </section>
    }
}
