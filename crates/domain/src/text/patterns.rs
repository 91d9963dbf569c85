//! The wordings that were misread as claims (issue 19), each with its own synthetic sentence,
//! both ways: the misleading figure is left unread, and the real claim beside it is still read.

use super::quantity::{AppealGroup as G, Outcome as O, Quantity as Q};
use super::read;
use super::tests::counts;

/// The figures of `text` left unread, as written.
fn unread(text: &str) -> Vec<&str> {
    read(text).unread.into_iter().map(|r| &text[r]).collect()
}

const NATURAL: Q = Q::Applicant(&["natural"]);
const LEGAL: Q = Q::Applicant(&[
    "business",
    "research",
    "public_interest",
    "legal_services",
    "other",
]);

#[test]
fn applicant_types_are_columns_not_the_total() {
    assert_eq!(
        counts("本年度共收到政府信息公开申请15件，其中自然人申请12件，法人或其他组织申请3件。"),
        vec![(Q::Received, 15), (NATURAL, 12), (LEGAL, 3)]
    );
}

#[test]
fn counts_of_other_nouns_are_unread() {
    let t = "办理排水许可证5条、户外广告申请审批40条，受理政府信息公开申请6件。";
    assert_eq!(counts(t), vec![(Q::Received, 6)]);
    assert_eq!(unread(t), ["5条", "40条"]);
    // A unit alone does not make an application count: 条 never does.
    assert!(counts("收到申请材料3条。").is_empty());
}

#[test]
fn negation_without_the_quantity_as_subject_states_nothing() {
    for t in [
        "推行无纸化办理，提高申请效率。",
        "全年未发生被行政复议纠错的情况。",
        "严格落实答复时限，防止超时未答复申请。",
    ] {
        assert!(counts(t).is_empty(), "{t}");
    }
    assert_eq!(
        counts("本年度未收到政府信息公开申请。"),
        vec![(Q::Received, 0)]
    );
    assert_eq!(
        counts("全年未发生行政复议、行政诉讼案件。"),
        vec![
            (Q::Appeal(G::Review, "total"), 0),
            (Q::Appeal(G::Litigation, "total"), 0)
        ]
    );
}

#[test]
fn each_list_item_keeps_its_figure() {
    assert_eq!(
        counts("发生政府信息公开行政诉讼案件1件、行政复议案件2件。"),
        vec![
            (Q::Appeal(G::Litigation, "total"), 1),
            (Q::Appeal(G::Review, "total"), 2)
        ]
    );
}

#[test]
fn answers_with_an_outcome_are_the_outcome() {
    assert_eq!(
        counts("共答复政府信息公开申请11件，其中同意公开答复9件，不予公开答复2件。"),
        vec![
            (Q::Concluded, 11),
            (Q::Outcome(O::Granted), 9),
            (Q::Outcome(O::Withheld), 2)
        ]
    );
}

#[test]
fn carried_into_next_year_is_forward() {
    assert_eq!(
        counts("共收到申请20件，办结14件，转下年度办理6件。"),
        vec![(Q::Received, 20), (Q::Concluded, 14), (Q::Forward, 6)]
    );
    assert_eq!(
        counts("办结申请8件，结转至下一年度办理2件。"),
        vec![(Q::Concluded, 8), (Q::Forward, 2)]
    );
}

#[test]
fn slogans_and_ordinals_are_unread() {
    for t in [
        "依申请公开工作做到受理一件、办结一件、满意一件。",
        "用心办理好每一件政府信息公开申请。",
        "这是今年收到的第一件申请。",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
    assert_eq!(counts("全年收到申请一件，已办结。"), vec![(Q::Received, 1)]);
}

#[test]
fn cases_in_an_appeal_paragraph_are_not_applications() {
    let t = "本年度发生政府信息公开行政复议3件，我局认真应诉，办理相关案件7件。";
    assert_eq!(counts(t), vec![(Q::Appeal(G::Review, "total"), 3)]);
    assert_eq!(unread(t), ["7件"]);
}

#[test]
fn two_tables_placing_one_figure_leave_it_unread() {
    assert!(counts("收到申请后，其中自然人提起行政复议3件。").is_empty());
}

#[test]
fn a_figure_of_a_whole_list_is_unread() {
    let t = "政府信息公开行政复议、行政诉讼0件。";
    assert!(counts(t).is_empty());
    assert_eq!(unread(t), ["0件"]);
    assert_eq!(
        counts("行政复议2件、行政诉讼0件。"),
        vec![
            (Q::Appeal(G::Review, "total"), 2),
            (Q::Appeal(G::Litigation, "total"), 0)
        ]
    );
}
