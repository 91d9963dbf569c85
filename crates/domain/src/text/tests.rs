//! The scanner on real sentences from the fixtures in tests/fixtures/ (copied from ../shared/fixtures/).

use super::quantity::{AppealGroup as G, Outcome as O, Quantity as Q};
use super::{scan, Fixed, Value};

fn counts(text: &str) -> Vec<(Q, i64)> {
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
            (Q::Appeal(G::Review, "total"), 351),
            (Q::Appeal(G::Review, "upheld"), 72),
            (Q::Appeal(G::Review, "corrected"), 64),
            (Q::Appeal(G::Review, "other"), 178),
            (Q::Appeal(G::Review, "pending"), 37),
            (Q::Appeal(G::Litigation, "total"), 46),
            (Q::Appeal(G::Litigation, "upheld"), 25),
            (Q::Appeal(G::Litigation, "corrected"), 5),
            (Q::Appeal(G::Litigation, "other"), 9),
            (Q::Appeal(G::Litigation, "pending"), 7),
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
            (Q::Appeal(G::Review, "total"), Value::Count(7)),
            (Q::Appeal(G::Litigation, "total"), Value::Count(9)),
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
            (Q::Documents("regulations", "issued"), 13),
            (Q::Documents("normative_documents", "issued"), 60),
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
            (Q::Appeal(G::Review, "total"), 0),
            (Q::Appeal(G::Litigation, "total"), 0)
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
    assert_eq!(counts("结转7\u{200b},826宗"), vec![(Q::Forward, 7826)]);
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

/// A pseudo-random number below `n` at each call (xorshift), the same sequence for a seed.
fn random(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    }
}

/// Asserts that [`scan`] finds in `t` what tokenizing all of it finds, and that the scalar and
/// the SIMD search select the same sentences; returns how many statements there are.
fn reads_the_same(t: &str) -> usize {
    let m = scan(t);
    assert_eq!(m, super::scan::scan_whole_text(t), "{t:?}");
    let mut scalar = Vec::new();
    super::select::sentences_to_read_with(t, false, |s| scalar.push(s));
    let mut simd = Vec::new();
    super::select::sentences_to_read_with(t, true, |s| simd.push(s));
    assert_eq!(scalar, simd, "{t:?}");
    m.len()
}

/// The scanner reads only the sentences that may state something, found by a SIMD search where
/// the machine has one; what it finds must be what tokenizing the whole text finds, and the
/// scalar search must select the same sentences. Checked on every paragraph of the four
/// fixture reports and on thousands of damaged copies, with the words, numbers, breaks and page
/// numbers that decide what is read spliced in at random.
#[test]
fn reading_only_what_may_state_finds_the_same() {
    // Separated by "|".
    const SPLICES: &str = "1|23|３|一|两|十|百|件|个|次|条|%|％|元|万元|余|，|,|。|；|（|”|！|…| |\n|\
        \u{3000}|\n-2-\n|\n第 3 页 共 6 页\n|申请|收到|受理|结转|办结|答复|予以公开|不予公开|行政复议|\
        行政诉讼|复议后起诉|维持|均获维持|纠正|尚未审结|规章|规范性文件|制发|废止|现行有效|行政许可|\
        行政事业性收费|未|无|没有|暂无|占|第|等|约|政务公开工作|各级单位的|1,234|3，5|2.5|3万|十二|千|近|超|逾";
    let splices: Vec<&str> = SPLICES.split('|').collect();
    let mut texts: Vec<String> = Vec::new();
    for f in [
        include_str!("../../../../tests/fixtures/2019-shanghai-format2019.txt"),
        include_str!("../../../../tests/fixtures/2021-pingtan-flattened.txt"),
        include_str!("../../../../tests/fixtures/2024-huaian-pdf-layout.txt"),
        include_str!("../../../../tests/fixtures/seed-2021-county-commerce-bureau.txt"),
    ] {
        texts.extend(f.split("\n\n").map(str::to_string));
        texts.push(f.to_string());
    }
    // Statements whose reading depends on a neighbouring clause or sentence.
    texts.extend(
        [
            "共收到政府信息公开申请10件，占百分之十。",
            "本年度被申请行政复议2件。均获维持。",
            "行政诉讼1件，行政复议3件，结果均维持。",
            "制定规章2件，废止1件；现行有效规范性文件12件。",
            "全年未收到政府信息公开申请，无结转。",
            "答复议题3件。",
            "收到申请1,234件，办结1,230件。",
            // A figure far from its keyword, or with none: the windows around a figure.
            "收到政府信息公开申请材料及相关附件共计3件。",
            "收到政府信息公开申请材料及相关附件和其他材料共计3件。",
            "主动公开政府信息2645条，收到申请3件。",
            "组织4次季度检查，3件结转下年度。",
            "3件，收到。",
            "收到1,234号5件。",
            "第三十四个五年规划、办结等六个部分。",
            "收到申请第二十三4件，办结等三十5件。",
            "收到申请约千三件，办结第千二件。",
            "a3件收到。",
            "收到\n申请材料共计3件。",
        ]
        .map(str::to_string),
    );
    // Every keyword at every distance before and after a figure, across the windows' edges.
    for k in super::KEYWORDS {
        for d in 0..30 {
            for filler in ["甲", "甲 "] {
                let gap = filler.repeat(d);
                texts.push(format!("{}{gap}3件。", k.text));
                texts.push(format!("乙3件{gap}{}。", k.text));
            }
        }
    }
    let mut next = random(0x9e37_79b9_7f4a_7c15);
    let originals = texts.len();
    for _ in 0..4000 {
        let base: Vec<char> = texts[next(originals)].chars().collect();
        let from = next(base.len());
        let mut piece: Vec<String> = base[from..(from + 300).min(base.len())]
            .iter()
            .map(char::to_string)
            .collect();
        for _ in 0..1 + next(6) {
            let at = next(piece.len() + 1);
            let splice = splices[next(splices.len())].to_string();
            match next(3) {
                0 => piece.insert(at, splice),
                1 if at < piece.len() => {
                    piece.remove(at);
                }
                _ if at < piece.len() => piece[at] = splice,
                _ => {}
            }
        }
        texts.push(piece.concat());
    }
    let mut stated = 0;
    for t in &texts {
        stated += reads_the_same(t);
    }
    // The corpus does exercise statements, not only silence.
    assert!(stated > 300, "{stated}");
}

/// A figure with no keyword near it is not read: its sentence is passed over, as is one whose
/// only figure is a percentage or an ordinal's.
#[test]
fn sentences_without_a_keyword_near_a_figure_are_passed() {
    let text = "主动公开政府信息2645条。组织4次季度检查，占10%。本年度收到申请3件。第十四个五年规划。未发生行政复议。";
    let mut read = Vec::new();
    super::select::sentences_to_read(text, |r| read.push(&text[r]));
    assert_eq!(read, ["本年度收到申请3件。", "未发生行政复议。"]);
}

/// [`reading_only_what_may_state_finds_the_same`] on texts made of nothing but the pieces the
/// scanner decides on (figures, units, keywords whole and split, breaks, whitespace, page
/// numbers, 第 and 等, filler), strung together at random: where a damaged copy of a real
/// report rarely puts two of them side by side, these do it everywhere ("约千三件" was found so).
#[test]
fn random_strings_of_the_deciding_pieces_read_the_same() {
    const PIECES: &str = "1|2|0|3|,|.|．|３|一|两|十|百|千|万|零|〇|三|余|多|百分之|分|之|件|个|次|条|项|\
        起|宗|%|％|元|万元|，|。|；|:|（|）|”|！|!|?|…| |\t|\u{3000}|\u{200b}|\u{feff}|\n|\r\n|\
        \n-2-\n|\n第 3 页\n|-|申请|申 请|收到|收\n到|受理|新收|结转|结转下年度|上年结转|上一年度结转|上|\
        办结|答复|予以公开|部分公开|予以公开及部分公开|不予公开|其他处理|行政复议|复议|行政诉讼|诉讼|\
        复议后起诉|维持|维|持|均获维持|纠正|尚未审结|规章|规范性文件|文件|制发|废止|现行有效|\
        行政事业性收费|未|无|没有|占|第|等|约|近|超|逾|甲|的|共|😀|é|a";
    let pieces: Vec<&str> = PIECES.split('|').collect();
    let mut next = random(0x1234_5678_9abc_def1);
    let mut stated = 0;
    for _ in 0..20_000 {
        let t: String = (0..1 + next(40))
            .map(|_| pieces[next(pieces.len())])
            .collect();
        stated += reads_the_same(&t);
    }
    assert!(stated > 2_000, "{stated}");
}
