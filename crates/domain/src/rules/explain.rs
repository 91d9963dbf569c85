//! 规则说明: for every rule, what it checks in plain Chinese, its basis (the 条例's article or
//! the official format's own wording, quoted), an example that fails and how to fix it, and
//! the cells it reads. Data, read by `docs/rules.md`, the static page `rules/index.html` (both
//! generated from it: `crates/domain/tests/rules_doc.rs`) and the JS API's `rules()`. The app's
//! own wasm never references this table (its page is the static one), so the first load does
//! not carry it.

use serde::Serialize;

use super::registry::{RuleDef, RULES};
use crate::diagnostics::Severity;

/// The explanation of one rule.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleDoc {
    /// The rule's code ("T3-1"); the entry gives it once, from the registry.
    #[serde(skip)]
    pub code: &'static str,
    /// What it checks, in plain Chinese.
    pub checks: &'static str,
    /// Its basis, quoted, with where the quotation comes from.
    pub basis: &'static str,
    /// A report that fails it.
    pub example: &'static str,
    /// How that example is put right.
    pub fix: &'static str,
    /// The cells or parts it reads.
    pub reads: &'static str,
}

/// A rule as `rules()` and the rules page give it: the registry's code, severity, title and
/// help with the explanation (its fields flattened into the one object).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleEntry {
    /// Stable code.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Short title.
    pub title: &'static str,
    /// The help the finding carries.
    pub help: &'static str,
    /// What it checks, its basis, the example, the fix and the cells read.
    #[serde(flatten)]
    pub doc: RuleDoc,
}

/// Every rule with its explanation, in the registry's order; a rule without one is left out
/// (the test `rules_doc` fails on it).
pub fn rule_entries() -> Vec<RuleEntry> {
    RULES
        .iter()
        .filter_map(|r: &RuleDef| {
            let doc = *RULE_DOCS.iter().find(|d| d.code == r.code)?;
            Some(RuleEntry {
                code: r.code,
                severity: r.severity,
                title: r.title,
                help: r.help,
                doc,
            })
        })
        .collect()
}

const LEDGER: &str = "《政府信息公开工作年度报告》格式（国办公开办函〔2021〕30号）表三左上角注明：“（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）”";

/// The explanations, one per rule of [`RULES`].
pub static RULE_DOCS: &[RuleDoc] = &[
    RuleDoc {
        code: "T3-1",
        checks: "表三每一列（自然人、五类法人或其他组织、总计）都要满足：本年新收＋上年结转＝本年办结（（七）总计）＋结转下年度继续办理。收进来的申请要么办完了，要么结转到明年。",
        basis: LEDGER,
        example: "自然人列：一、本年新收 10，二、上年结转 2，（七）总计 11，四、结转下年度继续办理 0。10＋2＝12，11＋0＝11，相差 1。",
        fix: "查明少计的那 1 件：已办结的补入相应办理结果行，尚未办结的填入“四、结转下年度继续办理”。",
        reads: "表三 一、二、三（七）总计、四 各行的每一列",
    },
    RuleDoc {
        code: "T3-2",
        checks: "表三（七）总计应等于（一）予以公开至（六）其他处理各行之和，每一列分别核对。",
        basis: "格式表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”：每件申请只计入一种办理结果，各项之和即为总计。",
        example: "导入的报告印有（七）总计 12，而（一）至（六）各项相加为 11。",
        fix: "核对各项办理结果；印刷的总计有误时，按“按分项重算总计”改正。",
        reads: "表三 三、本年度办理结果（一）至（七）各行的每一列",
    },
    RuleDoc {
        code: "T3-3",
        checks: "表三每一行的“总计”列应等于自然人与商业企业、科研机构、社会公益组织、法律服务机构、其他五类之和。",
        basis: "格式表三列标题“申请人情况”：自然人｜法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）｜总计。",
        example: "“一、本年新收政府信息公开申请数量”行：自然人 8，商业企业 2，其他各类 0，总计却印为 11。",
        fix: "核对各类申请人的件数；总计印错的，按“按分项重算总计”改正。",
        reads: "表三每一行的七列",
    },
    RuleDoc {
        code: "T3-4",
        checks: "表三、表四不留空白、“/”或“—”：没有数据的格子填 0。空白不等于 0，系统不会替您把空白当作 0。",
        basis: "本系统依据的格式说明（format-2021.md，规则 T3-4）：表三、表四不留空白、“/”或“—”，0 写作 0；空白不等于 0，不得悄悄把空白当作 0。",
        example: "表四“行政复议 / 结果纠正”一格空着。",
        fix: "确认该项确实没有发生后填写 0；有数据的填写实际件数。确认若干行确无数据的，可按“空白填 0”，在列出的行中勾选（默认全选）后一次填入，可撤销。",
        reads: "表三、表四的全部填写格",
    },
    RuleDoc {
        code: "T3-5",
        checks: "载入上一年度报告时：本年表三“二、上年结转政府信息公开申请数量”应与上年报告“四、结转下年度继续办理”逐列相等。",
        basis: LEDGER,
        example: "上年报告结转下年度 2 件（自然人），本年报告上年结转填 0。",
        fix: "按“取上年数”填入上年报告的结转数；如载入的不是上一年度的报告，请换成正确的报告。",
        reads: "本年表三“二、上年结转”行；上年表三“四、结转下年度继续办理”行",
    },
    RuleDoc {
        code: "T3-6",
        checks: "第一部分“依申请公开”正文里写的申请件数（收到、新收、办结、结转、各项办理结果及其占比）要与表三一致。“收到 N 件”理解为本年新收或新收加上年结转，两者之一相符即可。系统只核对能确定所指的数字，其余标为“未核对”。",
        basis: "《政府信息公开条例》第五十条规定年度报告的内容，格式以“三、收到和处理政府信息公开申请情况”的表三列明；第一部分正文说的是同一批申请，应当与表三一致。",
        example: "表三本年新收为 0，正文写“我局接到依申请公开件2件”。",
        fix: "按“改为表中的 0”改正文中的数字，或按“按表格重写此句”用表三的数字重写这句话。",
        reads: "第一部分（二）依申请公开及总体情况正文；表三的新收、上年结转、办理结果各行与结转下年度行的总计",
    },
    RuleDoc {
        code: "T4-1",
        checks: "表四的行政复议、未经复议直接起诉、复议后起诉三组，每组的结果维持＋结果纠正＋其他结果＋尚未审结＝总计。",
        basis: "格式表四：行政复议、行政诉讼各组均分列“结果维持、结果纠正、其他结果、尚未审结、总计”。",
        example: "行政复议：结果维持 1，结果纠正 1，其他 0，尚未审结 0，总计却印为 3。",
        fix: "核对各项结果；总计印错的，按“按分项重算总计”改正。总计一列整列未填写的，只提示一次，并列出各组应填的合计，同样可按“按分项重算总计”填入。",
        reads: "表四三组的五列",
    },
    RuleDoc {
        code: "T4-3",
        checks: "正文写的行政复议、行政诉讼件数及结果要与表四一致。正文的“行政诉讼 N 件”指未经复议直接起诉与复议后起诉之和；“均获维持”意味着结果纠正和尚未审结都为 0。",
        basis: "《政府信息公开条例》第五十条规定年度报告的内容，格式以“四、政府信息公开行政复议、行政诉讼情况”的表四列明；正文说的是同一批案件，应当与表四一致。",
        example: "表四行政复议总计 2，正文写“本年度发生行政复议3件”。",
        fix: "按“改为表中的 2”改正文中的数字，或按“按表格重写此句”用表四的数字重写这句话。",
        reads: "第一部分（二）依申请公开、（五）监督保障及总体情况正文；表四各组的各列",
    },
    RuleDoc {
        code: "T2-1",
        checks: "件数是不小于 0 的整数，金额是不小于 0 的数；填了读不懂的内容（如“1O”“abc”）也在这里提示。",
        basis: "格式表二、表三、表四：各项为件数或金额（万元），不能为负数。",
        example: "表三“一、本年新收 / 自然人”填成“1O”（字母 O）。",
        fix: "改为正确的数字。",
        reads: "表二、表三、表四的全部填写格",
    },
    RuleDoc {
        code: "T2-2",
        checks: "载入上一年度报告时：一般而言，本年现行有效件数＝上年现行有效件数＋本年制发件数－本年废止件数。文件也可能到期失效，有合理原因可以保留并说明理由。",
        basis: "格式表二第二十条第（一）项：“本年制发件数｜本年废止件数｜现行有效件数”。",
        example: "上年现行有效规章 5 件，本年制发 1 件、废止 0 件，本年现行有效却填 4 件。",
        fix: "核对制发、废止和现行有效件数；确有文件到期失效的，保留此提醒并写明理由。",
        reads: "本年与上年表二（一）规章、行政规范性文件三列",
    },
    RuleDoc {
        code: "T2-3",
        checks: "正文中关于表二事项（制发、废止、现行有效的规章和行政规范性文件，行政许可、处罚、强制决定，行政事业性收费）的数字要与表二一致。",
        basis: "《政府信息公开条例》第五十条规定年度报告的内容，格式以“二、主动公开政府信息情况”的表二列明；正文说的是同一批文件和决定，应当与表二一致。",
        example: "表二本年制发行政规范性文件 3 件，正文写“制发行政规范性文件5件”。",
        fix: "核对正文或表二，改成一致的数字；或按“按表格重写此句”（也可在“主动公开”部分按“生成：主动公开情况”）用表二的数字重写这句话。",
        reads: "第一部分（一）主动公开及总体情况正文；表二各项",
    },
    RuleDoc {
        code: "S-1",
        checks: "报告应有六个部分，按顺序，使用规定标题：一、总体情况……六、其他需要报告的事项。",
        basis: "《政府信息公开条例》第五十条列明年度报告的内容；格式规定六部分的标题。",
        example: "导入的报告缺少“五、存在的主要问题及改进情况”。",
        fix: "补写缺少的部分，标题使用规定表述。",
        reads: "各部分标题",
    },
    RuleDoc {
        code: "S-2",
        checks: "表格格式要与报告年度相符：2021 年度起使用 2021 年格式，2019、2020 年度使用 2019 年格式。",
        basis: "国办公开办函〔2021〕30号印发新格式，适用于 2021 年度起的年度报告。",
        example: "2022 年度报告使用了 2019 年格式的表三（“其他处理”只有一行）。",
        fix: "改用与年度相符的格式重新填写表格。",
        reads: "报告年度；表格格式",
    },
    RuleDoc {
        code: "S-3",
        checks: "“一、总体情况”应写到主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。",
        basis: "国办公开办函〔2021〕30号要求总体情况涵盖五个方面：（一）主动公开（二）依申请公开（三）政府信息管理（四）政府信息公开平台建设（五）监督保障。",
        example: "总体情况只写了主动公开，没有写监督保障。",
        fix: "补写缺少的方面。",
        reads: "第一部分各小节正文",
    },
    RuleDoc {
        code: "S-4",
        checks: "“五、存在的主要问题及改进情况”不能为空，也不能只写“无”。",
        basis: "《政府信息公开条例》第五十条规定年度报告的内容，其中一部分为“五、存在的主要问题及改进情况”：写存在的问题、上年问题的改进情况和下一步打算。",
        example: "第五部分只写了“无。”",
        fix: "写明存在的问题、上年问题的整改情况和下一步改进措施。",
        reads: "第五部分正文",
    },
    RuleDoc {
        code: "S-5",
        checks: "“六、其他需要报告的事项”应说明信息处理费的收取情况（收取与否、金额）。",
        basis: "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；信息处理费在第六部分说明，不是表二的行政事业性收费。",
        example: "第六部分没有提到信息处理费。",
        fix: "写明本年度是否收取信息处理费及金额，如“本年度未收取信息处理费”。",
        reads: "第六部分正文",
    },
    RuleDoc {
        code: "S-6",
        checks: "正文中不应出现与报告年度不符的“××年度”（常见于照抄上年报告）。",
        basis: "《政府信息公开条例》第四十九条：年度报告公布的是上一年度的政府信息公开工作；正文所写年份应与报告年度一致。",
        example: "2022 年度报告的正文写“2021年，我局……”。",
        fix: "把年份改为报告年度，或确认所写确是往年的事。",
        reads: "全部正文；报告年度",
    },
    RuleDoc {
        code: "S-7",
        checks: "载入上一年度报告时：正文与上年大段重复。地方评估通常对重复过半的报告扣分。",
        basis: "各地年度报告评估的通行做法（重复率高于 50% 扣分）。",
        example: "“政府信息管理”一节与上年报告逐字相同。",
        fix: "按本年度实际工作重写。",
        reads: "本年与上年各部分正文",
    },
    RuleDoc {
        code: "S-8",
        checks: "正文（含引言）中夹在中文之间的半角标点“,;:()”：从其他文档、网页或表格粘贴的文字常带有半角标点，印发稿中显得不规范。数字（1,234、10:30）、网址和文号（〔2021〕、(2021)）中的标点不计。",
        basis: "《党政机关公文格式》（GB/T 9704）与《标点符号用法》（GB/T 15834）：中文文本使用全角标点；各地年度报告评估将标点不规范列为扣分项。",
        example: "“我局认真履行政府信息公开申请受理义务,不断完善……”中的“,”。",
        fix: "点击该部分下方的“转换为全角标点”，一次改为全角（可撤销）。",
        reads: "引言和各部分正文",
    },
    RuleDoc {
        code: "T3-7",
        checks: "导入的报告中，表格的行、列标签与规定表述不一致（如“其他法律法规禁止公开”应为“其他法律行政法规禁止公开”）。",
        basis: "格式表三、表四的行、列标签（国办公开办函〔2021〕30号）。",
        example: "导入的表三写“1、属于国家秘密”“其他法律法规禁止公开”。",
        fix: "发布时使用规定的标签；本系统的表格已使用规定表述。",
        reads: "导入时读到的表格标签",
    },
    RuleDoc {
        code: "P-1",
        checks: "公布日期不晚于期限：政府部门为次年 1 月 31 日，本级人民政府为次年 3 月 31 日。",
        basis: "《政府信息公开条例》（国务院令第711号）第四十九条：县级以上人民政府部门于每年 1 月 31 日前公布上一年度的年度报告；本级政府的年度报告（由政务公开工作主管部门编制）于每年 3 月 31 日前公布。",
        example: "某县商务局（政府部门）2021 年度报告于 2022 年 2 月 15 日公布。",
        fix: "按期公布；已经晚了的，尽快公布，并在第五部分说明原因。",
        reads: "报告类型；报告年度；公布日期",
    },
];
