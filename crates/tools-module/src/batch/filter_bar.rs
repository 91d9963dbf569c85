//! The controls above the list: which files to list (by result, each choice with its count) and
//! in which order. Native radio buttons and a select, so the keyboard works as everywhere.

use leptos::prelude::*;
use report_domain::batch::{Filter, Order, Standing, FILTERS, ORDERS};

/// The filter and order controls; `standings` is the list's, one per file.
#[component]
pub fn ReviewFilters(
    filter: RwSignal<Filter>,
    order: RwSignal<Order>,
    standings: Memo<Vec<Option<Standing>>>,
) -> impl IntoView {
    let choices = FILTERS
        .into_iter()
        .map(|f| {
            let count = move || standings.with(|s| f.count(s.iter().map(Option::as_ref)));
            view! {
                <label class="batch-filter" data-testid=format!("batch-filter-{}", f.key())>
                    <input
                        type="radio"
                        name="batch-filter"
                        value=f.key()
                        prop:checked=move || filter.get() == f
                        on:change=move |_| filter.set(f)
                    />
                    {move || format!("{}（{}）", f.label(), count())}
                </label>
            }
        })
        .collect_view();
    let orders = ORDERS
        .into_iter()
        .map(|o| view! { <option value=o.key() selected=move || order.get() == o>{o.label()}</option> })
        .collect_view();
    view! {
        <div class="batch-controls">
            <fieldset class="batch-filters">
                <legend>"按检查结果筛选"</legend>
                {choices}
            </fieldset>
            <label class="batch-order">
                "排序："
                <select
                    data-testid="batch-order"
                    on:change=move |e| {
                        if let Some(o) = Order::from_key(&event_target_value(&e)) {
                            order.set(o);
                        }
                    }
                >
                    {orders}
                </select>
            </label>
        </div>
    }
}
