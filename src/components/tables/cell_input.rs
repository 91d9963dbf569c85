//! One entered table cell: a spreadsheet-like text input. Focus selects the content so typing
//! replaces it; F2 or a double click edits in place; arrows, Tab and Enter move (see
//! `grid_nav`); a pasted tab-separated block fills the table from here as one undo step.
//! Text typed through an IME is committed at `compositionend`, never in the middle.

use leptos::ev::{ClipboardEvent, Event, KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use report_domain::format::CellId;
use report_domain::input::parse_cell;
use report_domain::paste::parse_block;
use report_domain::FormatDef;
use web_sys::HtmlInputElement;

use super::grid_nav::{Grid, Move, Pos};
use super::paste_map;
use crate::components::diagnostics::{
    focus_fixes, is_fix_key, place_state, CellMarker, Presentation, Revealed, FIX_KEYS,
};
use crate::components::dom::{focus_cell, is_focused, outside_composition};
use crate::components::layout::use_status;
use crate::store::{use_store, Edit};

/// An entered cell of table `grid` at `pos`.
#[component]
pub fn CellInput(
    /// The format the table belongs to.
    format: &'static FormatDef,
    /// The cell.
    id: CellId,
    /// The table's grid (for keyboard moves and paste).
    grid: StoredValue<Grid>,
    /// This cell's position in the grid.
    pos: Pos,
    /// Extra class for the `<td>` (e.g. a column key).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let store = use_store();
    let status = use_status();
    let Some(info) = format.index().cells.get(id) else {
        return ().into_any();
    };
    let address: &'static str = info.address.as_str();
    let kind = info.kind;
    let label = format.cell_label(id);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let editing = RwSignal::new(false);
    let composing = StoredValue::new(false);
    let original = StoredValue::new(String::new());

    let state = place_state(store, address);
    let shown = Memo::new(move |_| state.with(|v| v.text.clone()));
    let msg_id = format!("msg-{address}");
    let revealed = Revealed::new();

    // Keep the input showing the store's value, without fighting the user: never while an IME
    // composes, and not when the focused input already says the same thing in other words
    // ("1," while typing "1,234").
    Effect::new(move |_| {
        let text = shown.get();
        let Some(el) = input_ref.get() else {
            return;
        };
        if composing.get_value() {
            return;
        }
        let current = el.value();
        if current == text {
            return;
        }
        if is_focused(&el) {
            let same = match parse_cell(kind, &current) {
                Ok(p) => untrack(|| {
                    store.issue(address).is_none() && store.with_report(|r| r.cell(id) == &p.cell)
                }),
                Err(_) => false,
            };
            if same {
                return;
            }
        }
        el.set_value(&text);
    });

    let commit = move |el: &HtmlInputElement| {
        let _ = store.set_cell(address, &el.value());
    };

    let on_input = move |ev: Event| {
        if !outside_composition(&ev, composing.get_value()) {
            return;
        }
        if let Some(el) = input_ref.get_untracked() {
            commit(&el);
        }
    };

    let fix_box = msg_id.clone();
    let on_keydown = move |ev: KeyboardEvent| {
        // Ctrl+. / Alt+Enter: to the quick fixes of the cell's findings, if it has any.
        if is_fix_key(&ev) {
            store.seal();
            if focus_fixes(&fix_box) {
                ev.prevent_default();
            }
            return;
        }
        // Only Tab, Enter, Escape, End, Home, the arrows and F2 act here; anything else (typed
        // characters, and 229 while an IME composes) goes on to the input event. Telling them
        // by code first spares every typed character the key name's trip from JavaScript.
        if !matches!(ev.key_code(), 9 | 13 | 27 | 35..=40 | 113) {
            return;
        }
        if ev.is_composing() || composing.get_value() {
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(el) = input_ref.get_untracked() else {
            return;
        };
        let edit_mode = editing.get_untracked();
        let key = ev.key();
        let mv = match key.as_str() {
            "ArrowUp" => Move::Up,
            "ArrowDown" => Move::Down,
            "ArrowLeft" if !edit_mode => Move::Left,
            "ArrowRight" if !edit_mode => Move::Right,
            "Home" if !edit_mode => Move::RowStart,
            "End" if !edit_mode => Move::RowEnd,
            "Tab" if ev.shift_key() => Move::Prev,
            "Tab" => Move::Next,
            "Enter" if ev.shift_key() => Move::Up,
            "Enter" => Move::Down,
            "F2" => {
                ev.prevent_default();
                editing.set(true);
                let len = el.value().encode_utf16().count() as u32;
                let _ = el.set_selection_range(len, len);
                return;
            }
            "Escape" => {
                ev.prevent_default();
                let o = original.get_value();
                el.set_value(&o);
                let _ = store.set_cell(address, &o);
                editing.set(false);
                el.select();
                return;
            }
            _ => return,
        };
        let target = grid.with_value(|g| g.target(pos, mv).and_then(|p| g.get(p)));
        match target {
            Some(slot) => {
                ev.prevent_default();
                if let Some(t) = format.index().cells.get(slot.id) {
                    focus_cell(&t.address);
                }
            }
            // Tab at the table's edge leaves it (browser default); other keys stay put, with
            // the cell selected as after any move, so typing replaces it (Enter on the last
            // row left the caret after "0", and typing 1.5 gave "01.5").
            None if key == "Tab" => {}
            None => {
                ev.prevent_default();
                editing.set(false);
                el.select();
            }
        }
    };

    let on_focus = move |_| {
        let Some(el) = input_ref.get_untracked() else {
            return;
        };
        original.set_value(el.value());
        editing.set(false);
        el.select();
    };

    let on_blur = move |_| {
        store.seal();
        editing.set(false);
        composing.set_value(false);
        if let Some(el) = input_ref.get_untracked() {
            // Show the stored value in its canonical form ("１,２００" → "1200").
            let text = untrack(|| shown.get());
            if el.value() != text {
                el.set_value(&text);
            }
        }
    };

    let on_mousedown = move |ev: MouseEvent| {
        let Some(el) = input_ref.get_untracked() else {
            return;
        };
        if !is_focused(&el) {
            // Spreadsheet behaviour: a click selects the cell, typing then replaces it.
            ev.prevent_default();
            let _ = el.focus();
            el.select();
        } else if !editing.get_untracked() {
            ev.prevent_default();
        }
    };

    let on_dblclick = move |_: MouseEvent| {
        if let Some(el) = input_ref.get_untracked() {
            editing.set(true);
            let len = el.value().encode_utf16().count() as u32;
            let _ = el.set_selection_range(len, len);
        }
    };

    let on_paste = move |ev: ClipboardEvent| {
        let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        else {
            return;
        };
        let block = parse_block(&text);
        if !block.is_multi_cell() {
            return; // one value: the browser pastes it into this input like typing
        }
        ev.prevent_default();
        if let Some(label) = block.label() {
            // Row names left in the block would be stored as cells' text: nothing is pasted.
            status.announce(format!(
                "未粘贴：复制的内容含有文字“{label}”，不是数字。请只复制数字部分（最左侧的行名一列可以一并复制，会自动去掉）"
            ));
            return;
        }
        let plan = grid.with_value(|g| paste_map::plan(format, g, pos, &block));
        let n = plan.cells.len();
        let edits = plan
            .cells
            .into_iter()
            .map(|(address, raw)| Edit::Cell { address, raw })
            .collect();
        let rejected = store
            .apply_batch(edits)
            .iter()
            .filter(|r| r.is_err())
            .count();
        let mut msg = format!("已粘贴 {n} 个单元格");
        if rejected > 0 {
            msg.push_str(&format!("，其中 {rejected} 个无法识别，已标出"));
        }
        if plan.on_totals > 0 {
            msg.push_str(&format!(
                "；{} 个值落在合计格上，合计由系统计算",
                plan.on_totals
            ));
        }
        if plan.outside > 0 {
            msg.push_str(&format!("；{} 个值超出表格范围，未粘贴", plan.outside));
        }
        status.announce(msg);
        if let Some(el) = input_ref.get_untracked() {
            el.select();
        }
    };

    let initial = untrack(|| shown.get());
    let numeric = matches!(kind, report_domain::format::CellKind::Amount);
    view! {
        <td class=move || format!("cell {class} {}", state.with(Presentation::class))
            on:focusin=move |_| revealed.show()
            on:mouseenter=move |_| revealed.show()
        >
            <input
                type="text"
                node_ref=input_ref
                value=initial
                inputmode=if numeric { "decimal" } else { "numeric" }
                autocomplete="off"
                spellcheck="false"
                data-cell=address
                data-place=address
                aria-label=label
                aria-invalid=move || state.with(Presentation::invalid).then_some("true")
                aria-keyshortcuts=move || {
                    // Said once the field is reached (focus or hover), when its fixes are drawn.
                    (revealed.get() && state.with(Presentation::has_fixes)).then_some(FIX_KEYS)
                }
                aria-describedby={
                    let msg_id = msg_id.clone();
                    move || state.with(Presentation::has_message).then(|| msg_id.clone())
                }
                on:input=on_input
                on:keydown=on_keydown
                on:focus=on_focus
                on:blur=on_blur
                on:mousedown=on_mousedown
                on:dblclick=on_dblclick
                on:paste=on_paste
                on:compositionstart=move |_| composing.set_value(true)
                on:compositionend=move |_| {
                    composing.set_value(false);
                    if let Some(el) = input_ref.get_untracked() {
                        commit(&el);
                    }
                }
            />
            <CellMarker state=state id=msg_id place=address revealed=revealed />
        </td>
    }
    .into_any()
}
