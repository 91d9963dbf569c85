//! 核验: the dialog that takes a 校验码 typed from a paper copy, or a published file (Word, page,
//! PDF, our JSON), and says whether it shows the data of the current draft, and if not which
//! cells differ. The comparison runs in the publisher module (`verifyCode`, `verifyCopy`); a
//! file is read back as the import reads it (our own copies give their data exactly). The
//! draft and the versions exported in this page's life are the app's (`crate::bridge`).

use disclosure_report::components::io::{file_input, first_file, read_report_file, ModuleFailure};
use disclosure_report::components::layout::{use_status, Status};
use disclosure_report::components::modal::modal_keys;
use disclosure_report::components::publish::publish_json;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::state::publish_dialogs;
use crate::bridge;

/// What the dialog shows under its controls.
#[derive(Clone, PartialEq)]
struct Outcome {
    /// "match", "differs", "unknown", "malformed" or "error".
    status: String,
    /// The lines of the message.
    lines: Vec<String>,
}

impl Outcome {
    fn error(message: &str) -> Outcome {
        Outcome {
            status: "error".into(),
            lines: vec![message.to_string()],
        }
    }

    /// The module's `{ status, message }` answer.
    fn of(answer: Result<JsValue, ModuleFailure>) -> Outcome {
        let text = match answer {
            Ok(v) => v.as_string().unwrap_or_default(),
            Err(f) => return Outcome::error(f.message()),
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
            return Outcome::error("核验结果无法读取");
        };
        Outcome {
            status: v["status"].as_str().unwrap_or("error").to_string(),
            lines: v["message"]
                .as_str()
                .unwrap_or_default()
                .lines()
                .map(str::to_string)
                .collect(),
        }
    }
}

fn check_code(status: Status, code: String, outcome: RwSignal<Option<Outcome>>) {
    let draft = match bridge::current_report_json() {
        Ok(d) => d,
        Err(why) => return outcome.set(Some(Outcome::error(&why))),
    };
    let known = bridge::exported_reports();
    publish_json(
        status,
        "verifyCode",
        &draft,
        &[&code, &known],
        move |answer| {
            outcome.set(Some(Outcome::of(answer)));
        },
    );
}

fn check_file(status: Status, file: web_sys::File, outcome: RwSignal<Option<Outcome>>) {
    outcome.set(Some(Outcome {
        status: "busy".into(),
        lines: vec!["正在读取文件…".into()],
    }));
    read_report_file(file, move |name, read| {
        let copy = match read {
            Ok((copy, _)) => copy,
            Err(f) => {
                outcome.set(Some(Outcome::error(&format!("{name}：{}", f.message()))));
                return;
            }
        };
        let draft = match bridge::current_report_json() {
            Ok(d) => d,
            Err(why) => return outcome.set(Some(Outcome::error(&why))),
        };
        let copy = copy.to_json_string();
        publish_json(status, "verifyCopy", &draft, &[&copy], move |answer| {
            let mut o = Outcome::of(answer);
            o.lines.insert(0, format!("文件：{name}"));
            outcome.set(Some(o));
        });
    });
}

/// The 核验 dialog (rendered only while open).
#[component]
pub fn VerifyDialog() -> impl IntoView {
    let status = use_status();
    let state = publish_dialogs();
    let code = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let close_button = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        state.close_verify();
        outcome.set(None);
    };
    modal_keys(state.verify_open, close_button, close);
    let on_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check_code(status, code.get_untracked(), outcome);
    };
    let on_file = move |e: leptos::ev::Event| {
        let Some(input) = file_input(&e) else {
            return;
        };
        if let Some(file) = first_file(input.files()) {
            check_file(status, file, outcome);
        }
        input.set_value("");
    };
    let result = move || {
        outcome.get().map(|o| {
            let class = match o.status.as_str() {
                "match" => "verify-result ok",
                "busy" => "verify-result",
                _ => "verify-result error",
            };
            view! {
                <div class=class role="status" data-testid="verify-result" data-status=o.status.clone()>
                    {o.lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
            }
        })
    };
    move || {
        state.verify_open.get().then(|| {
            view! {
                <div class="draft-dialog wide" role="dialog" aria-label="核验" data-testid="verify-dialog">
                    <h3>"核验已发布的报告"</h3>
                    <p class="hint">
                        "输入纸质件或 PDF 页脚所印的校验码，或选择导出的 Word、网页、PDF 文件，核对其数据是否与当前草稿一致。"
                    </p>
                    <form on:submit=on_code>
                        <label>
                            "校验码 "
                            <input
                                type="text"
                                bind:value=code
                                placeholder="如 3F2A-91C0-7B4E"
                                autocomplete="off"
                                data-testid="verify-code"
                            />
                        </label>
                        <button type="submit" data-testid="verify-code-check">"核验校验码"</button>
                    </form>
                    <label class="file-button">
                        "选择文件核验…"
                        <input
                            type="file"
                            accept=".docx,.html,.htm,.pdf,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,application/json"
                            on:change=on_file
                            data-testid="verify-file"
                        />
                    </label>
                    {result}
                    <button type="button" node_ref=close_button on:click=move |_| close() data-testid="verify-close">
                        "关闭"
                    </button>
                </div>
            }
        })
    }
}
