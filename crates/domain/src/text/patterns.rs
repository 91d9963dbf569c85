//! The wordings that were misread as claims (issue 19), each with its own synthetic sentence,
//! both ways: the misleading figure is left unread, and the real claim beside it is still read.

use super::quantity::{
    AppealColumn as C, AppealGroup as G, Applicant as A, Outcome as O, Quantity as Q,
};
use super::read;
use super::tests::counts;

/// The figures of `text` left unread, as written.
fn unread(text: &str) -> Vec<&str> {
    read(text).unread.into_iter().map(|r| &text[r]).collect()
}

const NATURAL: Q = Q::Applicant(A::Natural);
const LEGAL: Q = Q::Applicant(A::Legal);

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
            (Q::Appeal(G::Review, C::Total), 0),
            (Q::Appeal(G::Litigation, C::Total), 0)
        ]
    );
}

#[test]
fn each_list_item_keeps_its_figure() {
    assert_eq!(
        counts("发生政府信息公开行政诉讼案件1件、行政复议案件2件。"),
        vec![
            (Q::Appeal(G::Litigation, C::Total), 1),
            (Q::Appeal(G::Review, C::Total), 2)
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
    assert_eq!(counts(t), vec![(Q::Appeal(G::Review, C::Total), 3)]);
    assert_eq!(unread(t), ["7件"]);
}

#[test]
fn two_tables_placing_one_figure_leave_it_unread() {
    assert!(counts("收到申请后，其中自然人提起行政复议3件。").is_empty());
}

#[test]
fn a_figure_of_a_whole_list_is_unread_unless_zero() {
    // How 3 splits between the two is not stated.
    let t = "政府信息公开行政复议、行政诉讼3件。";
    assert!(counts(t).is_empty());
    assert_eq!(unread(t), ["3件"]);
    // A zero of the whole list is a zero of each.
    assert_eq!(
        counts("政府信息公开行政复议、行政诉讼0件。"),
        vec![
            (Q::Appeal(G::Review, C::Total), 0),
            (Q::Appeal(G::Litigation, C::Total), 0)
        ]
    );
    // Not when an item is not a group's word.
    let t = "行政许可、行政复议0件。";
    assert!(counts(t).is_empty(), "{:?}", counts(t));
    assert_eq!(
        counts("行政复议2件、行政诉讼0件。"),
        vec![
            (Q::Appeal(G::Review, C::Total), 2),
            (Q::Appeal(G::Litigation, C::Total), 0)
        ]
    );
}

// The shapes added for the unread figures of the corpus (tests/corpus/), each both ways.

#[test]
fn a_denied_appeal_with_its_cause_is_zero() {
    for t in [
        "未发生因政府信息公开申请引起的行政复议和行政诉讼案件。",
        "未产生因政府信息公开申请提请的行政复议申请和行政诉讼。",
        "未出现申请行政复议、提起行政诉讼的情况。",
        "无涉及政府信息公开行政复议、诉讼案件。",
        "未发生有关政府信息公开工作的举报、投诉、行政复议或行政诉讼。",
    ] {
        assert_eq!(
            counts(t),
            vec![
                (Q::Appeal(G::Review, C::Total), 0),
                (Q::Appeal(G::Litigation, C::Total), 0)
            ],
            "{t}"
        );
    }
    // Only 诉讼 named: only 诉讼 is 0.
    assert_eq!(
        counts("未发生因政府信息公开工作引发举报、投诉、提起行政诉讼等情况。"),
        vec![(Q::Appeal(G::Litigation, C::Total), 0)]
    );
    // Still silent: what is denied is not the count.
    for t in [
        "未发生因政府信息公开被行政复议纠错的情况。",
        "未因信息公开收取任何费用，行政复议纠错率为零。",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
}

#[test]
fn no_application_from_anyone_is_zero() {
    for t in [
        "街道未收到任何公民、法人和其他组织提出的公开政府信息的申请。",
        "本年度未接到任何形式的信息公开申请。",
        "我镇未收到任何形式的依申请公开政府信息。",
    ] {
        assert_eq!(counts(t), vec![(Q::Received, 0)], "{t}");
    }
    // A named applicant type denied is that column's zero, not the total's: silent.
    assert_eq!(
        counts("收到自然人申请5件，未收到法人或其他组织申请。"),
        vec![(NATURAL, 5)]
    );
}

#[test]
fn no_carry_over_is_zero() {
    assert_eq!(
        counts("受理申请19条，无上年度结转，均已答复。"),
        vec![(Q::Received, 19), (Q::Carried, 0)]
    );
    assert_eq!(counts("其他1件。无下年度结转。"), vec![(Q::Forward, 0)]);
    // Not when other words stand between: "无需结转下年度的申请" denies nothing counted.
    assert!(counts("无需结转下年度的申请。").is_empty());
}

#[test]
fn units_and_nouns_of_received_applications() {
    for (t, n) in [
        ("共受理依申请政府信息公开事项29例。", 29),
        ("市自然资源局接收到申请书55份。", 55),
        ("全年收政府信息公开申请464件。", 464),
        ("全年收到依申请公开信息3条。", 3),
        ("我办受理依申请信息56条。", 56),
        ("收到政府信息依申请公开办理事项1件。", 1),
        ("累计收到依申请信息公开件6件。", 6),
        ("收到群众依申请公开1件。", 1),
        ("收到政府信息公开申请事项1件。", 1),
        ("共收到并办理依申请公开政府信息24件。", 24),
        ("收到公民、法人或其他组织提交政府信息公开申请0条。", 0),
    ] {
        assert_eq!(counts(t), vec![(Q::Received, n)], "{t}");
    }
    assert_eq!(counts("新收到依申请公开政府信息78件。"), vec![(Q::New, 78)]);
    // Look-alikes that stay silent: another period, another noun, a channel, the unit 次.
    for t in [
        "历年累计受理依申请公开信息申请0条。",
        "收到申请材料3例。",
        "征收土地申请5件。",
        "收到群众来信申请3件。",
        "依申请公开3次。",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
}

#[test]
fn enterprise_among_applicant_types_is_business() {
    assert_eq!(
        counts("共收到依申请件35件，其中自然人34件，企业1件。"),
        vec![
            (Q::Received, 35),
            (NATURAL, 34),
            (Q::Applicant(A::Business), 1)
        ]
    );
    // Not in a sentence about something else.
    assert!(counts("走访企业12个。").is_empty());
}

#[test]
fn kangxi_lookalikes_typed_read_as_the_ideographs_at_the_same_offsets() {
    // "⼀" U+2F00, "⼆" U+2F06, "⼗" U+2F17, as some input methods and PDF copies give them.
    let typed = "本年度收到申请⼗⼆件，上⼀年度结转3件，⼋件予以公开。";
    let plain = "本年度收到申请十二件，上一年度结转3件，八件予以公开。";
    assert_eq!(super::ideographs(typed), plain);
    assert_eq!(typed.len(), plain.len());
    assert_eq!(typed.encode_utf16().count(), plain.encode_utf16().count());
    assert_eq!(
        counts(typed),
        vec![
            (Q::Received, 12),
            (Q::Carried, 3),
            (Q::Outcome(O::Granted), 8)
        ]
    );
    assert_eq!(read(typed), read(plain));
    // The ranges index the text as typed.
    let r = read(typed);
    assert_eq!(&typed[r.mentions[0].figure.clone()], "⼗⼆件");
    // Text without one is read as it is (borrowed, not copied).
    assert!(matches!(
        super::ideographs(plain),
        std::borrow::Cow::Borrowed(_)
    ));
}

// The shapes added for the unread figures of the corpus in the second round (issue 19), each
// with its own synthetic sentence, both ways.

#[test]
fn channels_named_as_every_channel_are_the_total() {
    let t = "通过书面、网络等方式共收到政府信息公开申请12件，其中通过网络方式收到申请8件。";
    assert_eq!(counts(t), vec![(Q::Received, 12)]);
    assert_eq!(unread(t), ["8件"]);
    // One channel, or channels without a word that makes them all: the channel's count.
    for t in [
        "通过书面方式收到政府信息公开申请3件。",
        "通过网上、信函方式受理申请5件。",
        "在线收到政府信息公开申请4件。",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
}

#[test]
fn times_count_applications_and_cases_where_the_shape_names_them() {
    let t = "依申请公开3次，行政复议0次，行政诉讼0次。";
    assert_eq!(
        counts(t),
        vec![
            (Q::Appeal(G::Review, C::Total), 0),
            (Q::Appeal(G::Litigation, C::Total), 0)
        ]
    );
    // No verb: received or handled, the sentence does not say.
    assert_eq!(unread(t), ["3次"]);
    assert_eq!(
        counts("全年共收到政府信息公开申请3次，答复政府信息公开申请3次。"),
        vec![(Q::Received, 3), (Q::Concluded, 3)]
    );
    // Times of something else, or of an outcome, stay silent.
    for t in [
        "收到申请后组织政务公开培训3次。",
        "参加行政复议听证2次。",
        "收到申请5件，予以公开2次。",
        "收到申请5件，结转下年度1次。",
    ] {
        let c = counts(t);
        assert!(c.iter().all(|(q, _)| *q == Q::Received), "{t}: {c:?}");
    }
}

#[test]
fn a_verb_after_its_figure_places_it_when_it_ends_the_clause() {
    assert_eq!(
        counts("共收到政府信息公开申请7件，其中，6件均严格按时限依法依规答复，1件结转下年办理。"),
        vec![(Q::Received, 7), (Q::Concluded, 6), (Q::Forward, 1)]
    );
    assert_eq!(
        counts("共收到依申请公开20件，19件已按照规定时限和程序依法依规进行了答复，1件结转下年。"),
        vec![(Q::Received, 20), (Q::Concluded, 19), (Q::Forward, 1)]
    );
    assert_eq!(
        counts("收到政府信息公开申请59件，其余54件全部按时办结。"),
        vec![(Q::Received, 59), (Q::Concluded, 54)]
    );
    // Not when the words between change what was done, nor when the verb goes on.
    let t = "收到政府信息公开申请5件，其中2件未按时答复，3件答复内容已公开。";
    assert_eq!(counts(t), vec![(Q::Received, 5)]);
    assert_eq!(unread(t), ["2件", "3件"]);
    // An outcome after the figure is the outcome.
    assert_eq!(
        counts("收到政府信息公开申请5件，其中3件予以公开答复。"),
        vec![(Q::Received, 5), (Q::Outcome(O::Granted), 3)]
    );
    // Not in a sentence about something else.
    assert!(counts("收到网民留言30件，20件已全部答复。").is_empty());
}

#[test]
fn anyone_joined_by_he_names_no_applicant_column() {
    assert_eq!(
        counts("全年收到公民和法人或其他组织政府信息公开申请共32件，其中法人或其他组织申请3件。"),
        vec![(Q::Received, 32), (LEGAL, 3)]
    );
}

#[test]
fn a_share_is_of_the_statement_just_before_it() {
    let shares = |t: &str| -> Vec<Q> {
        read(t)
            .mentions
            .into_iter()
            .filter(|m| matches!(m.value, super::Value::Percent(_)))
            .map(|m| m.quantity)
            .collect()
    };
    assert_eq!(
        shares("予以公开10件，占50%；不予公开5件，占25%。"),
        vec![Q::Outcome(O::Granted), Q::Outcome(O::Withheld)]
    );
    // Another outcome named before the share: not the share of the last figure.
    assert!(shares("予以公开10件，占50%；部分公开占10%。")
        .iter()
        .all(|q| *q == Q::Outcome(O::Granted)));
    assert!(shares("新收申请100件，办理申请90件，其中予以公开或部分公开占58.5%。").is_empty());
}

#[test]
fn a_denied_passive_appeal_is_zero_when_nothing_else_is_denied() {
    let both = [
        (Q::Appeal(G::Review, C::Total), 0),
        (Q::Appeal(G::Litigation, C::Total), 0),
    ];
    for t in [
        "全年未出现被行政诉讼、行政复议情况。",
        "未发生被申请行政复议和提起行政诉讼的情况。",
        "未收到申请行政复议、行政诉讼和行政申诉的情况。",
    ] {
        let c = counts(t);
        assert!(
            c.len() == 2 && both.iter().all(|b| c.contains(b)),
            "{t}: {c:?}"
        );
    }
    // What follows the subject is what is denied: no count.
    for t in [
        "全年未发生被行政复议纠错的情况。",
        "未出现被行政诉讼判决败诉的情况。",
        "未发生行政复议撤销的情形。",
        "全年未发生因依申请公开被行政复议纠错或\n行政诉讼败诉情形。",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
    // The zero of applications beside it still stands.
    assert_eq!(
        counts("我局未收到政府信息公开申请，未发生被行政复议纠错的情况。"),
        vec![(Q::Received, 0)]
    );
}
