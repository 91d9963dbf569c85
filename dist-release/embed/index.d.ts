// Types of the 政府信息公开工作年度报告 JavaScript API (dist/embed/index.js).
// The report is the JSON interchange format of docs/json-format.md; keys are a stable contract.

/** A count cell: a non-negative integer, or null when blank (blank is not 0). */
export type Count = number | null;
/** 2019 format 本年增/减: an integer that may be negative, or null. */
export type SignedCount = number | null;
/** An amount in 万元, exactly as entered (a decimal string such as "0.35"), or null. */
export type Amount = string | null;

/** Table 三 columns (申请人情况). */
export type Table3Column =
  | 'natural'
  | 'business'
  | 'research'
  | 'public_interest'
  | 'legal_services'
  | 'other'
  | 'total';

/** Table 三 rows of the 2021 format. */
export type Table3Row2021 =
  | 'new'
  | 'carry'
  | 'granted'
  | 'partial'
  | 'withheld_1' | 'withheld_2' | 'withheld_3' | 'withheld_4'
  | 'withheld_5' | 'withheld_6' | 'withheld_7' | 'withheld_8'
  | 'unavailable_1' | 'unavailable_2' | 'unavailable_3'
  | 'not_processed_1' | 'not_processed_2' | 'not_processed_3'
  | 'not_processed_4' | 'not_processed_5'
  | 'other_1' | 'other_2' | 'other_3'
  | 'total'
  | 'forward';

/** Table 三 rows of the 2019 format: （六）其他处理 is the single row `other`. */
export type Table3Row2019 = Exclude<Table3Row2021, 'other_1' | 'other_2' | 'other_3'> | 'other';

/** Table 四 groups and columns. */
export type Table4Group = 'review' | 'litigation_direct' | 'litigation_after_review';
export type Table4Column = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

/** Table 二 of the 2021 format. */
export interface Table2_2021 {
  regulations?: { issued?: Count; repealed?: Count; in_force?: Count };
  normative_documents?: { issued?: Count; repealed?: Count; in_force?: Count };
  licensing?: { decisions?: Count };
  penalty?: { decisions?: Count };
  coercion?: { decisions?: Count };
  fees?: { amount?: Amount };
}

/** Table 二 of the 2019 format (see `formats()` for its rows and columns). */
export type Table2_2019 = Record<string, Record<string, Count | SignedCount | Amount>>;

export type Table3<Row extends string> = { [R in Row]?: { [C in Table3Column]?: Count } };
export type Table4 = { [G in Table4Group]?: { [C in Table4Column]?: Count } };

/** Narrative part keys (see `formats()[i].sections[j].parts`). */
export type NarrativeKey = string;

export interface Meta {
  /** 机关名称. */
  agency?: string;
  /** The year reported on (published the year after), or null. */
  year?: number | null;
  /** Department (31 January deadline) or whole government (31 March). */
  kind?: 'department' | 'government';
  /** Publication date "YYYY-MM-DD", or "". */
  published?: string;
}

interface ReportBase {
  /** Schema version of the interchange format (currently 2; 1 is read too). */
  schema_version: number;
  meta?: Meta;
  narrative?: Record<NarrativeKey, string>;
  table4?: Table4;
  /** Acknowledged warnings: diagnostic key ("T3-4@table3.new.natural") → justification. */
  acknowledgements?: Record<string, string>;
  /** Present when the report was imported from a published copy. */
  origin?: ImportRecord | null;
  /** Text typed into a cell that could not be read, by cell address ("table3.new.natural": "1O"); the cell is null. */
  unread?: Record<string, string>;
}

export interface Report2021 extends ReportBase {
  format: '2021';
  table2?: Table2_2021;
  table3?: Table3<Table3Row2021>;
}

export interface Report2019 extends ReportBase {
  format: '2019';
  table2?: Table2_2019;
  table3?: Table3<Table3Row2019>;
}

/**
 * A report in the JSON interchange format. Input is read strictly: unknown keys, wrong types,
 * negative counts and malformed amounts throw. Every function also accepts the JSON text.
 */
export type Report = Report2021 | Report2019;

/** What an import found (headings, label deviations, doubtful rows) and its notes. */
export interface ImportRecord {
  /** What was imported: "text", "html", "pdf-text", or a file name. */
  source: string;
  /** Section headings as found, in document order. */
  headings?: Array<Record<string, unknown>>;
  /** Row or column labels that deviate from the official wording. */
  labels?: Array<Record<string, unknown>>;
  /** Rows whose run-together digits allow several splits. */
  uncertain?: Array<Record<string, unknown>>;
  /** Everything else worth telling the user (Chinese). */
  notes?: string[];
}

/** One finding of one rule. */
export interface Diagnostic {
  /** Stable rule code, e.g. "T3-1" (see the format spec's rule table). */
  code: string;
  severity: 'error' | 'warning';
  /** Places concerned: cell addresses ("table3.new.natural"), narrative parts
   *  ("narrative.overview_on_request") or metadata fields ("meta.year"). */
  cells: string[];
  /** What is wrong, in Chinese, with the actual numbers. */
  message: string;
  /** What the rule means and how to fix it, in Chinese. */
  help: string;
  /** Quick fixes offered (may be empty); apply one with applyFix(report, fix). */
  fixes: Fix[];
}

/** A quick fix of a finding: a labelled list of edits, applied together. */
export interface Fix {
  /** The button's label, e.g. "改为表中的 0", "按表格重写此句", "按分项重算总计", "取上年数". */
  label: string;
  edits: FixEdit[];
  /**
   * For a fix the user narrows first ("空白填 0": the rows to fill): the groups of `edits` a
   * chooser lists, each `{ label, edits }` with the positions of its edits in `edits`, all chosen
   * by default. Absent for a fix applied as it is. To apply some rows only, pass applyFix a fix
   * whose `edits` are those rows' edits.
   */
  choices?: FixChoice[];
}

/** One row of a fix's chooser. */
export interface FixChoice {
  label: string;
  /** Positions in the fix's `edits`. */
  edits: number[];
}

/** One edit of a fix: a count cell set, or a span of a narrative part replaced (offsets in
 *  UTF-16 code units; `old` is what the span holds, checked before replacing). */
export type FixEdit =
  | { kind: 'cell'; address: string; value: number }
  | { kind: 'text'; part: string; start: number; end: number; old: string; new: string };

export interface ValidateOptions {
  /** Last year's report (enables T3-5 carry-over, T2-2 in-force counts, S-7 copied text). */
  previous?: Report | string | null;
}

export interface ParseOptions {
  /** What the input is; "auto" (default) decides from the content. */
  kind?: 'auto' | 'text' | 'html' | 'json';
}

export interface ParseFileOptions {
  /** The file's name, used in messages only (what the file is comes from its content). */
  name?: string;
}

export interface Parsed {
  /** The report, with `origin` filled in. */
  report: Report;
  /** The import summary, in Chinese, one line each. */
  notes: string[];
}

export interface Summed {
  /** The sum: entry cells added (blank in every report stays null), totals computed. */
  report: Report;
  /** A Chinese warning for each agency and year given more than once ("第1份、第3份"). */
  repeats: string[];
}

/** One indicator of one report (the 对标分析). */
export interface IndicatorValue {
  key: string;
  /** Chinese name, e.g. "办结率". */
  name: string;
  /** "件", "%", "万元", "件/百件". */
  unit: string;
  /** The value; null when not applicable. */
  value: number | null;
  /** Why there is no value: a zero denominator, every cell blank, or a format without the cells. */
  status: 'ok' | 'zero_denominator' | 'blank' | 'absent';
  /** The value as shown, or "不适用（…）". */
  display: string;
  /** The labels of the cells read that are blank (left out of the sum). */
  blank: string[];
}

/** One indicator's distribution over one year's reports. */
export interface IndicatorDistribution {
  key: string;
  n: number;
  min: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  max: number | null;
  /** [position in the list, percentile rank 0–100 (PERCENTRANK.INC)]. */
  ranks: Array<[number, number]>;
  /** [position, value, side] beyond 1.5 IQR (only with 5 values or more). */
  outliers: Array<[number, number, 'low' | 'high']>;
}

/** The result of benchmark(). */
export interface Benchmark {
  /** Each report's indicators, in list order. */
  indicators: IndicatorValue[][];
  /** Each year's distributions, newest first. */
  distribution: Array<{ year: number | null; reports: number[]; indicators: IndicatorDistribution[] }>;
  /** Changes from last year beyond the thresholds; previous ≥ reports.length is in options.previous. */
  jumps: Array<{ report: number; previous: number; key: string; from: number; to: number }>;
  /** The risk list, most at risk first. */
  risks: Array<{
    report: number;
    errors: number;
    warnings: number;
    outliers: number;
    jumps: number;
    items: Array<{ kind: 'error' | 'warning' | 'outlier' | 'jump'; code: string; cells: string[]; message: string }>;
  }>;
}

export type CellKind = 'count' | 'signed_count' | 'amount';

export interface ColumnDef {
  key: string;
  label: string;
  group: string | null;
  kind: CellKind;
  /** Whether the column is the sum of the block's other columns. */
  total: boolean;
}

export interface RowDef {
  key: string;
  label: string;
  /** Group headings above the row, outermost first. */
  groups: string[];
  /** For a total row: the keys of the rows it sums. */
  sum_of: string[];
  super_group: string | null;
}

export interface BlockDef {
  caption: string | null;
  label_header: string | null;
  columns: ColumnDef[];
  rows: RowDef[];
}

export interface TableDef {
  key: 'table2' | 'table3' | 'table4';
  section: string;
  layout: 'blocks' | 'grid' | 'transposed';
  corner: string | null;
  column_super: string | null;
  blocks: BlockDef[];
  /** The identity every column satisfies (table 三: 一＋二 ＝ （七）总计＋四), or null. */
  balance: Balance | null;
  /** What a report for the next year takes from this table of last year's. */
  carried: CarryOver[];
  /** Group headings a row's label leaves out (table 三: "三、本年度办理结果"). */
  label_omits: string[];
  /**
   * Rows a report may print as one (2021 table 三's （六）其他处理, printed in the 2019 layout),
   * or null.
   */
  merged: MergedRows | null;
}

export interface MergedRows {
  /** The rows the one printed row stands for, in order. */
  rows: string[];
  /** The row that takes its figures. */
  into: string;
}

export interface Balance {
  /** Row keys summed on the left. */
  left: string[];
  /** Row keys summed on the right. */
  right: string[];
  /** "一＋二 ＝ （七）总计＋四" */
  label: string;
}

export interface CarryOver {
  /** Row of last year's report read. */
  from: string;
  /** Row of the new report written. */
  into: string;
  /** The column carried, or null for every column. */
  column: string | null;
  /** Carried always (结转), or only offered as a starting value (现行有效件数). */
  always: boolean;
}

export interface PartDef {
  key: NarrativeKey;
  heading: string | null;
}

export interface SectionDef {
  key: string;
  number: string;
  heading: string;
  parts: PartDef[];
  table: string | null;
}

export interface CellDef {
  /** "table3.new.natural" */
  address: string;
  /** "一、本年新收政府信息公开申请数量 / 自然人" */
  label: string;
  kind: CellKind;
  /** Whether the cell is a total (computed by `compute`). */
  computed: boolean;
}

export interface FormatDef {
  id: '2021' | '2019';
  name: string;
  notice: string;
  /** The 引言 before section 一 (narrative key "intro", printed without a heading). */
  intro: PartDef;
  sections: SectionDef[];
  tables: TableDef[];
  cells: CellDef[];
  /** The rows and columns each figure the narrative states is compared with (readClaims). */
  readings: Readings;
}

/** Row keys: in table 三 key prefixes ("withheld" names all its reasons), in table 四 exact keys. */
export type Rows = string[];

export interface Readings {
  /** 收到/受理 N 件: each acceptable reading (本年新收, or 新收＋上年结转). */
  received: Rows[];
  new: Rows;
  carried: Rows;
  /** 办结 N 件: （七）总计. */
  concluded: Rows;
  forward: Rows;
  outcomes: {
    granted: Rows;
    partial: Rows;
    granted_or_partial: Rows;
    withheld: Rows;
    unavailable: Rows;
    not_processed: Rows;
    other_processing: Rows;
  };
  appeals: { review: Rows; litigation: Rows; litigation_direct: Rows; litigation_after_review: Rows };
  /** Table 四's column keys by what the text names: a group's count is its `total`. */
  appeal_columns: { total: string; upheld: string; corrected: string; other: string; pending: string };
  /** Table 三's columns of each applicant type the text names ("其中自然人 N 件"). */
  applicants: {
    natural: string[];
    legal: string[];
    business: string[];
    research: string[];
    public_interest: string[];
    legal_services: string[];
  };
  /** Table 二 （一）: for each verb ("issued", "repealed", "in_force", "unstated") its readings as columns. */
  documents: [string, Rows[]][];
}

export interface MountOptions {
  /** Prefix of the form's drafts and 汇总审查 list in localStorage (keeps several forms on one origin apart). */
  namespace?: string;
  /** Called with the report after every change. */
  onChange?: (report: Report) => void;
  /** Called with the diagnostics once after mounting and after every change of them. */
  onValidate?: (diagnostics: Diagnostic[]) => void;
  /** The form's own 检查结果 panel (default true); false when the portal lists `onValidate`'s findings itself. */
  panel?: boolean;
  /** Drafts kept in localStorage and their menu (default true); false when the portal keeps the report (`onChange`, `report()`, `load()`). */
  drafts?: boolean;
  /** 载入示例, 汇总审查, import, export and print (default true). */
  tools?: boolean;
  /** Where "下载离线版" points (the portal's copy of dist/disclosure-report.html); without it there is no such link. */
  offlineUrl?: string;
  /** The 规则说明 page each finding links to (its anchors are the rule codes, "#T3-1"); default `RULES_URL`, the copy shipped beside this module. */
  rulesUrl?: string;
}

export interface MountedForm {
  /** The report as it is now, or null after unmount(). */
  report(): Report | null;
  /**
   * Replaces the form's report (one undo step), its totals computed from its entries. Returns
   * true; when totals given were not the sums of their entries, the note the form shows of
   * their recomputation instead (a string); false after unmount().
   */
  load(report: Report | string): boolean | string;
  /** Removes the form from the element. */
  unmount(): void;
}

/** One figure of the narrative as the text checks read it. */
export interface ClaimRead {
  /** The narrative part's key, e.g. "overview_on_request". */
  part: string;
  /** Where the figure starts in the part's text (UTF-16 code units, as JS strings index). */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /** The figure as written ("2件"), or the words of a statement without one ("未收到申请"). */
  text: string;
  /** What it was read as, e.g. "表三 一、本年新收政府信息公开申请数量 / 总计"; "未核对" when unread. */
  reading: string;
  /** The acceptable readings: each a list of cell addresses whose sum the figure should equal. */
  cells: string[][];
  /** The count stated (null for a share, an amount, a claim or an unread figure). */
  value: number | null;
  /** The table's value of the reading compared (the matching one, else the first filled). */
  expected: number | null;
  /** "match", "mismatch", "unchecked" (table blank or no cell) or "unread" (never a finding). */
  status: 'match' | 'mismatch' | 'unchecked' | 'unread';
  /** The line the form shows for it, in Chinese: "2件 ↔ 表三 一、本年新收… / 总计 = 0（不一致）",
   *  or "5条 未核对：无法确定此数字所指，未与表格比较". */
  describe: string;
}

/** The figures the text checks read in the narrative, with the cells each was compared with. */
export function readClaims(report: Report | string): ClaimRead[];
/** Every finding of the rules. Throws an Error for a report that cannot be read. */
export function validate(report: Report | string, options?: ValidateOptions | null): Diagnostic[];
/** The report with a finding's quick fix applied; throws when the report changed since. */
export function applyFix(report: Report | string, fix: Fix): Report;
/** The report with every total cell filled. */
export function compute(report: Report | string): Report;
/** A report read from pasted text, a saved web page (HTML) or our JSON export. */
export function parseReport(input: string, options?: ParseOptions | null): Parsed;
/**
 * A report read from a file's bytes, detected by content: PDF (text layer, read by pdf.js loaded
 * on first use), saved web page, text or our JSON. Rejects with a Chinese message.
 */
export function parseFile(bytes: Uint8Array | ArrayBuffer, options?: ParseFileOptions | null): Promise<Parsed>;
/** The sum of several reports of one year. Throws an Error for mixed years or a bad report. */
export function sumReports(reports: Array<Report | string>): Summed;
/** A report's indicators of the 对标分析. */
export function indicators(report: Report | string): IndicatorValue[];
/** The 对标分析 of a list: indicators, each year's distributions, jumps from last year, risks. */
export function benchmark(reports: Array<Report | string>, options?: { previous?: Array<Report | string> } | null): Benchmark;
/** The printable HTML page (official layout, A4 print CSS). */
export function renderHtml(report: Report | string): string;
/** The Word .docx file (official layout; the report's data and 校验码 inside) as bytes. */
export function renderDocx(report: Report | string): Uint8Array;
/** The 校验码 the report's published copies print, e.g. "3F2A-91C0-7B4E". */
export function fingerprint(report: Report | string): string;
/** Every official format as data, newest first. */
export function formats(): FormatDef[];
/** 规则说明: every rule as data. */
export function rules(): RuleEntry[];
/** The standard sentence of a topic written from the tables; throws when that table is blank. */
export function sentence(report: Report | string, topic: 'proactive' | 'requests' | 'appeals'): string;

/** One rule as rules() gives it. */
export interface RuleEntry {
  code: string;
  severity: 'error' | 'warning';
  title: string;
  /** The help a finding of it carries. */
  help: string;
  /** What it checks, in plain Chinese. */
  checks: string;
  /** Its basis (the 条例's article or the format's own wording). */
  basis: string;
  /** A report that fails it. */
  example: string;
  /** How that example is put right. */
  fix: string;
  /** The cells or parts it reads. */
  reads: string;
}
/** An empty report (every cell null) for a report year, in the format that year requires. */
export function template(year: number): Report;
/** The 规则说明 page shipped beside the module (the default of `MountOptions.rulesUrl`). */
export const RULES_URL: string;
/** Mounts the whole form as the last child of `element` (browsers only). */
export function mount(element: HTMLElement, options?: MountOptions | null): MountedForm;
