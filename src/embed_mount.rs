//! The whole form mounted into a portal's element (the `mount` function of the JS API in
//! `crates/embed`), with the portal's storage namespace and callbacks on every change of the
//! report and of its diagnostics.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use report_domain::Report;
use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::app::App;
use crate::components::layout::{use_status, Status};
use crate::storage::Namespace;
use crate::store::{Load, Store};

/// The storage namespace of a mounted form: the prefix under which its drafts and its 汇总审查
/// list are kept in `localStorage`, so that a portal with several forms (or several agencies' reports) keeps
/// them apart. Provided as context by [`mount_into`]; absent in the hosted app, which uses the
/// default namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageNamespace(pub String);

/// The namespace of everything this form keeps in storage (drafts, the 汇总审查 list): the one
/// provided by [`mount_into`], or the default.
pub fn storage_namespace() -> Namespace {
    use_context::<StorageNamespace>()
        .map(|n| Namespace::new(&n.0))
        .unwrap_or_default()
}

/// Which parts of the page around the report form are drawn: everything in the hosted app; in
/// a portal, what its `mount` options chose (the portal may show the findings itself, keep the
/// report itself, and have its own tools). Provided as context by [`mount_into`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chrome {
    /// The 检查结果 panel (and, on a narrow page, its badge).
    pub panel: bool,
    /// Drafts kept in `localStorage` and their menu. Without them the portal keeps the report
    /// (`onChange`, `report()`, `load()`).
    pub drafts: bool,
    /// The page's tools: 载入示例, 汇总审查, import, export, print and 下载离线版.
    pub tools: bool,
    /// Where "下载离线版" points; `None`: no such link.
    pub offline_url: Option<String>,
    /// Where the 规则说明 page is: each finding's link is this address with the rule's anchor
    /// ("rules/#T3-1"). The hosted page's copy is beside it (`rules/`); a portal gets the copy
    /// shipped beside the embed module unless its `mount` options name another (`rulesUrl`).
    pub rules_url: String,
}

impl Default for Chrome {
    /// The hosted page: everything, the offline copy beside the page.
    fn default() -> Chrome {
        Chrome {
            panel: true,
            drafts: true,
            tools: true,
            offline_url: Some(crate::offline::OFFLINE_FILE.to_string()),
            rules_url: RULES_PAGE.to_string(),
        }
    }
}

/// The hosted page's 规则说明 (scripts/post-build.sh copies it there; the offline file answers
/// this address from its inlined copy: scripts/build-offline.mjs).
pub const RULES_PAGE: &str = "rules/";

/// What is drawn around the form ([`Chrome`]): the mount's choice, or everything.
pub fn chrome() -> Chrome {
    use_context::<Chrome>().unwrap_or_default()
}

/// The class [`mount_into`] gives the portal's element: the form's layout follows that
/// element's width (CSS container queries), not the window's.
pub const EMBED_CLASS: &str = "dr-embed";

/// What a portal chooses when it mounts the form.
pub struct MountOptions {
    /// Storage namespace for drafts and the 汇总审查 list (see [`StorageNamespace`]).
    pub namespace: Option<String>,
    /// Called with the report (the JSON interchange object) after every change.
    pub on_change: Option<js_sys::Function>,
    /// Called with the diagnostics (`[{ code, severity, cells, message, help }]`) once after
    /// mounting and after every change of them.
    pub on_validate: Option<js_sys::Function>,
    /// What is drawn around the form. In an embed "下载离线版" appears only when the portal
    /// gives its address: the offline file is not beside the portal's page.
    pub chrome: Chrome,
}

impl Default for MountOptions {
    fn default() -> MountOptions {
        MountOptions {
            namespace: None,
            on_change: None,
            on_validate: None,
            chrome: Chrome {
                offline_url: None,
                ..Chrome::default()
            },
        }
    }
}

/// A mounted form. Dropping it (or [`Embedded::unmount`]) removes the form from the element.
pub struct Embedded {
    store: Store,
    status: Status,
    // The mount handle, type-erased: its type names the whole view tree.
    handle: Option<Box<dyn Any>>,
}

impl Embedded {
    /// The report as it is now.
    pub fn report(&self) -> Option<Report> {
        self.handle.as_ref()?;
        Some(self.store.report_untracked())
    }

    /// Replaces the report (one undo step, like an import). Its totals are computed from its
    /// entries (the form never shows a total it did not compute, which the user could not
    /// correct); when a total given differed, the form's status line says which were
    /// recomputed. Returns that note ("" when every total was right), or `None` after
    /// [`Embedded::unmount`].
    pub fn load(&self, mut report: Report) -> Option<String> {
        self.handle.as_ref()?;
        let note =
            report_domain::totals::recomputed_note(&report_domain::totals::refill(&mut report));
        self.store.replace_report(report, Load::Undoable);
        if !note.is_empty() {
            self.status.announce(note.clone());
        }
        Some(note)
    }

    /// Removes the form from the element and disposes its reactive state.
    pub fn unmount(&mut self) {
        self.handle = None;
    }
}

/// Mounts the whole form (the same `App` as the hosted page) as the last child of `element`.
/// Fails only when the form did not provide its store (a programming error).
pub fn mount_into(
    element: web_sys::HtmlElement,
    options: MountOptions,
) -> Result<Embedded, String> {
    crate::panic_banner::install();
    let MountOptions {
        namespace,
        on_change,
        on_validate,
        chrome,
    } = options;
    let classes = element.class_name();
    if !classes.split_whitespace().any(|c| c == EMBED_CLASS) {
        element.set_class_name(format!("{classes} {EMBED_CLASS}").trim());
    }
    let found: Rc<Cell<Option<(Store, Status)>>> = Rc::new(Cell::new(None));
    let slot = found.clone();
    let handle = leptos::mount::mount_to(element, move || {
        if let Some(ns) = namespace {
            provide_context(StorageNamespace(ns));
        }
        provide_context(chrome);
        // Components do not create reactive owners: `App` provides its store to this root owner,
        // where it can be read right after the call.
        let view = App();
        if let Some(store) = use_context::<Store>() {
            watch(store, on_change, on_validate);
            slot.set(Some((store, use_status())));
        }
        view
    });
    match found.take() {
        Some((store, status)) => Ok(Embedded {
            store,
            status,
            handle: Some(Box::new(handle)),
        }),
        None => Err("表单未能初始化（未找到表单数据）".into()),
    }
}

/// Calls the portal's callbacks from effects on the store.
fn watch(store: Store, on_change: Option<js_sys::Function>, on_validate: Option<js_sys::Function>) {
    if let Some(f) = on_change {
        Effect::new(move |prev: Option<u64>| {
            let revision = store.revision();
            // Not on mounting: only changes of the report are reported.
            if prev.is_some_and(|p| p != revision) {
                call(&f, &store.report_untracked().to_json());
            }
            revision
        });
    }
    if let Some(f) = on_validate {
        let diagnostics = store.diagnostics();
        // A copy, so the portal's callback may read or load the report without holding the memo.
        Effect::new(move |_| call(&f, &diagnostics.get()));
    }
}

/// Calls a portal callback with a plain JS value; an exception thrown by the portal's code is
/// logged, never propagated into the form.
fn call<T: Serialize + ?Sized>(f: &js_sys::Function, value: &T) {
    let arg = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL);
    if let Err(e) = f.call1(&JsValue::NULL, &arg) {
        leptos::logging::error!("回调函数出错：{e:?}");
    }
}
