//! The scanner on real sentences from the fixtures in tests/fixtures/ (copied from ../shared/fixtures/).

use super::quantity::{AppealColumn as C, AppealGroup as G, Outcome as O, Quantity as Q};
use super::{scan, Fixed, Value};

/// The counts the scanner reads in `text` (shares, amounts and claims left out), in order.
pub(super) fn counts(text: &str) -> Vec<(Q, i64)> {
    scan(text)
        .into_iter()
        .filter_map(|m| match m.value {
            Value::Count(v) => Some((m.quantity, v)),
            _ => None,
        })
        .collect()
}

fn pct(scaled: i64, decimals: u8) -> Value {
    Value::Percent(Fixed { scaled, decimals })
}

#[test]
fn seed_received_two() {
    let t = "我局认真履行政府信息公开申请受理义务,不断完善规范依申请公开的受理、审查、处理、答复程序。2021年,我局接到依申请公开件2件。";
    let m = scan(t);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].quantity, Q::Received);
    assert_eq!(m[0].value, Value::Count(2));
    assert_eq!(m[0].quote(t), "接到依申请公开件2件");
}

#[test]
fn pingtan_received_concluded_forward() {
    let t = "对疑难申请采取专题会的方式，组织相关部门会商探讨，提升答复的针对性、规范性和严谨性。本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。";
    assert_eq!(
        counts(t),
        vec![(Q::Received, 70), (Q::Concluded, 69), (Q::Forward, 1)]
    );
}

#[test]
fn huaian_across_line_and_page_breaks() {
    let t = "和针对性。2024年，全市共受理政府信息公开申请     3119件，答\n复3050件（含上年度结转申请  34件，另有 103件顺延到下年度\n答复），均在法定期限内予以答复。政府信息公开行政复议       351\n件，其中结果维持  72件，结果纠正  64件，其他结果 178件，尚\n未审结 37件；政府信息公开行政诉讼    46件，其中结果维持  25\n件，结果纠正  5件，其他结果  9件，尚未审结 7件。";
    assert_eq!(
        counts(t),
        vec![
            (Q::Received, 3119),
            (Q::Concluded, 3050),
            (Q::Carried, 34),
            (Q::Forward, 103),
            (Q::Appeal(G::Review, C::Total), 351),
            (Q::Appeal(G::Review, C::Upheld), 72),
            (Q::Appeal(G::Review, C::Corrected), 64),
            (Q::Appeal(G::Review, C::Other), 178),
            (Q::Appeal(G::Review, C::Pending), 37),
            (Q::Appeal(G::Litigation, C::Total), 46),
            (Q::Appeal(G::Litigation, C::Upheld), 25),
            (Q::Appeal(G::Litigation, C::Corrected), 5),
            (Q::Appeal(G::Litigation, C::Other), 9),
            (Q::Appeal(G::Litigation, C::Pending), 7),
        ]
    );
    let m = scan(t);
    assert_eq!(m[1].quote(t), "答复3050件");
}

#[test]
fn shanghai_outcomes_shares_and_claims() {
    let t = "市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录。";
    let m: Vec<(Q, Value)> = scan(t).into_iter().map(|m| (m.quantity, m.value)).collect();
    let gp = Q::Outcome(O::GrantedOrPartial);
    assert_eq!(
        m,
        vec![
            (Q::Received, Value::Count(859)),
            (Q::Concluded, Value::Count(805)),
            (Q::Carried, Value::Count(18)),
            (Q::Forward, Value::Count(72)),
            (gp, Value::Count(258)),
            (gp, pct(339, 1)),
            (Q::Outcome(O::Withheld), Value::Count(35)),
            (Q::Outcome(O::Withheld), pct(434, 2)),
            (Q::Outcome(O::Unavailable), Value::Count(265)),
            (Q::Outcome(O::Unavailable), pct(329, 1)),
            (Q::Outcome(O::NotProcessed), Value::Count(158)),
            (Q::Outcome(O::NotProcessed), pct(196, 1)),
            (Q::Outcome(O::OtherProcessing), Value::Count(0)),
            (Q::Appeal(G::Review, C::Total), Value::Count(7)),
            (Q::Appeal(G::Litigation, C::Total), Value::Count(9)),
            (Q::AllUpheld(G::Review), Value::Claim),
            (Q::AllUpheld(G::Litigation), Value::Claim),
        ]
    );
}

#[test]
fn shanghai_documents_and_qualified_figures() {
    let t = "2019年，通过“中国上海”门户网站、《上海市人民政府公报》等平台主动公开规章13件，行政规范性文件60件，市政府其他文件162件，人事任免文件141件。";
    assert_eq!(
        counts(t),
        vec![
            (Q::Documents("regulations", "unstated"), 13),
            (Q::Documents("normative_documents", "unstated"), 60),
        ]
    );
    // "等112件" counts more than the keyword names.
    assert!(counts("全年共编发公报24期，刊登政府规章、规范性文件等112件。").is_empty());
    assert_eq!(
        counts("本年制发规范性文件8件，废止26件，现行有效66件。"),
        vec![
            (Q::Documents("normative_documents", "issued"), 8),
            (Q::Documents("normative_documents", "repealed"), 26),
            (Q::Documents("normative_documents", "in_force"), 66),
        ]
    );
}

#[test]
fn chinese_numerals_and_zero_statements() {
    assert_eq!(
        counts("全年共收到申请十二件，其中予以公开两件，部分公开一件。"),
        vec![
            (Q::Received, 12),
            (Q::Outcome(O::Granted), 2),
            (Q::Outcome(O::Partial), 1)
        ]
    );
    assert_eq!(
        counts("本年度未收到政府信息公开申请。"),
        vec![(Q::Received, 0)]
    );
    assert_eq!(
        counts("全年未发生政府信息公开行政复议、行政诉讼情况。"),
        vec![
            (Q::Appeal(G::Review, C::Total), 0),
            (Q::Appeal(G::Litigation, C::Total), 0)
        ]
    );
    assert_eq!(counts("受理申请0件"), vec![(Q::Received, 0)]);
    assert_eq!(counts("其中3件予以公开，1件不予公开。"), {
        vec![(Q::Outcome(O::Granted), 3), (Q::Outcome(O::Withheld), 1)]
    });
}

#[test]
fn things_that_are_not_statements() {
    // Ordinals, bare years, approximate figures, phone numbers, unrelated counts.
    assert!(scan("第3次会议审议通过，2021年1月1日起施行。").is_empty());
    assert!(counts("市政府网站主动公开各类政府信息 5500余条").is_empty());
    assert!(counts("组织4次季度政务公开检查，关停政务新媒体2个。").is_empty());
    assert!(scan("电话/传真：0591-23165370。").is_empty());
    assert!(scan("").is_empty());
    assert!(counts("依申请办理过程中注意与申请人进行电话沟通").is_empty());
    // 平潭: "申请" is not the subject of "三个"; 上海: 受理 a platform, not applications.
    assert!(counts("第一时间回复申请的“三个一”工作机制").is_empty());
    assert!(counts("统一受理平台接入53个部门2261项事项，涵盖行政审批。").is_empty());
}

#[test]
fn fees_in_wan_yuan_and_yuan() {
    let m = scan("全年行政事业性收费24252.31万元。");
    assert_eq!(m.len(), 1);
    assert_eq!(
        m[0].value,
        Value::Amount {
            figure: Fixed {
                scaled: 2425231,
                decimals: 2
            },
            yuan: false
        }
    );
    let m = scan("收取行政事业性收费3940元");
    assert!(matches!(m[0].value, Value::Amount { yuan: true, .. }));
    // 信息处理费 is not table 二's 行政事业性收费.
    assert!(scan("全年收取政府信息公开信息处理费     3940元。").is_empty());
}

/// A figure split from its thousands group by a zero-width or control character, or by a page
/// number, is still one figure: the number reader skips them, and the sentence is read whole.
#[test]
fn thousands_groups_across_invisible_characters_and_page_breaks() {
    assert_eq!(
        counts("结转下年度7\u{200b},826宗"),
        vec![(Q::Forward, 7826)]
    );
    assert_eq!(
        counts("收到申请1\n-2-\n,234件。"),
        vec![(Q::Received, 1234)]
    );
    assert_eq!(
        counts("收到申请1\u{feff},234件。"),
        vec![(Q::Received, 1234)]
    );
    assert_eq!(
        counts("1\u{200b},809宗其他处理"),
        vec![(Q::Outcome(O::OtherProcessing), 1809)]
    );
}
