"""Label corrections made on review (issue 19), re-applied after each copy of /work/corpus:
   python3 tests/corpus/label_fixes.py
Each: paragraph id, figure offset, new states, and why."""
import json, pathlib

FIXES = [
    ("2025-funing-qzfb#2", 188, [["table2.normative_documents.issued"]],
     "“新制发1件” of the 规范性文件 the sentence names: table 二 制发 (the note said so; the "
     "label said none only because it is not table 三)"),
    ("2019-weishan-niujie#1", 75,
     [["table3.new.natural"], ["table3.new.natural", "table3.carry.natural"],
      ["table3.new.total"], ["table3.new.total", "table3.carry.total"]],
     "“受理公民个人提出的政府信息公开申请0条” names 公民个人 (自然人): the 自然人 column is "
     "what it literally states; the total stays acceptable"),
    ("2019-weishan-niujie#2", 39, [["table3.new.total"]],
     "“目前未收到依申请公开请求” states that no application was received (新收 0); that nothing "
     "was concluded is an inference, not what the sentence states"),
]

path = pathlib.Path(__file__).with_name("paragraphs.jsonl")
lines = path.read_text(encoding="utf-8").splitlines()
out = []
for line in lines:
    if not line.strip():
        continue
    p = json.loads(line)
    for pid, at, states, why in FIXES:
        if p["id"] == pid:
            for f in p["figures"]:
                if f["at"] == at:
                    f["states"] = states
                    f["why"] = f"(relabelled on review) {why}"
    out.append(json.dumps(p, ensure_ascii=False))
path.write_text("\n".join(out) + "\n", encoding="utf-8")
