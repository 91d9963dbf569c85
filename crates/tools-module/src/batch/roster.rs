//! The roster of units expected to submit (应报送单位名单), typed or pasted into the dialog and
//! kept with the list: who on it has not submitted (未报送), and which reports are of units not
//! on it (名单外). Names match as `report_domain::batch::roster` says: spaces and full-width
//! forms forgiven, nothing else.

use leptos::prelude::*;
use report_domain::batch::{check_roster, roster_units};

use super::roster_store::{load_roster, save_roster};
use super::state::{batch_state, named_reports};
use disclosure_report::components::layout::agency_label;

/// The roster's box: its text, and what it says of the list.
#[component]
pub fn RosterPanel() -> impl IntoView {
    let state = batch_state();
    let ns = state.namespace();
    let (first, problem_at_load) = match load_roster(&ns) {
        Ok(text) => (text, None),
        Err(m) => (String::new(), Some(m)),
    };
    let text = RwSignal::new(first);
    let problem = RwSignal::new(problem_at_load);
    let on_input = move |e: leptos::ev::Event| {
        let typed = event_target_value(&e);
        problem.set(save_roster(&ns, &typed).err());
        text.set(typed);
    };
    let check = Memo::new(move |_| {
        let units = text.with(|t| roster_units(t));
        state.entries.with(|es| {
            let named = named_reports(es);
            let agencies: Vec<&str> = named.iter().map(|(_, r)| r.meta.agency.as_str()).collect();
            let check = check_roster(&units, &agencies);
            let outside: Vec<String> = check
                .outside
                .iter()
                .filter_map(|&i| named.get(i))
                .map(|(file, r)| format!("{}（{file}）", agency_label(&r.meta.agency)))
                .collect();
            let missing: Vec<String> = check.missing().map(str::to_string).collect();
            (units.len(), check.submitted(), missing, outside)
        })
    });
    let result = move || {
        let (units, submitted, missing, outside) = check.get();
        (units > 0).then(|| {
            let missing_line = if missing.is_empty() {
                "未报送：无".to_string()
            } else {
                format!("未报送（{}）：{}", missing.len(), missing.join("、"))
            };
            let outside_line = (!outside.is_empty())
                .then(|| format!("名单外（{}）：{}", outside.len(), outside.join("、")));
            view! {
                <p data-testid="batch-roster-summary">
                    {format!("名单共 {units} 个单位，已报送 {submitted} 个，未报送 {} 个", missing.len())}
                </p>
                <p class=if missing.is_empty() { "batch-missing" } else { "batch-missing some" } data-testid="batch-missing">
                    {missing_line}
                </p>
                {outside_line.map(|l| view! { <p class="batch-outside" data-testid="batch-outside">{l}</p> })}
            }
        })
    };
    view! {
        <section class="batch-roster" data-testid="batch-roster">
            <h3>"应报送单位名单"</h3>
            <label for="batch-roster-text" class="hint">
                "每行一个单位，也可用逗号、顿号分隔（可从表格中复制一列粘贴）。与报告的“机关名称”对照：忽略空格和全角半角之别，其余须完全一致。名单保存在本浏览器中。"
            </label>
            <textarea
                id="batch-roster-text"
                rows="4"
                prop:value=move || text.get()
                on:input=on_input
                data-testid="batch-roster-input"
            ></textarea>
            {move || problem.get().map(|m| view! { <p class="storage-banner error" role="alert" data-testid="batch-roster-problem">{m}</p> })}
            {result}
        </section>
    }
}
