//! The toolbar under the page header: the draft menu, export and import, then the storage
//! banners and the import summary; the drop overlay covers the page while a file is dragged.

use leptos::prelude::*;

use super::banners::StorageBanners;
use super::menu::DraftMenu;
use crate::components::io::{DropZone, ExportButton, ImportControls, ImportSummary};

/// The drafts and import/export toolbar.
#[component]
pub fn DraftsBar() -> impl IntoView {
    view! {
        <div class="drafts-bar" role="toolbar" aria-label="草稿与导入导出">
            <DraftMenu />
            <span class="io-buttons">
                <ExportButton />
                <ImportControls />
            </span>
        </div>
        <StorageBanners />
        <ImportSummary />
        <DropZone />
    }
}
