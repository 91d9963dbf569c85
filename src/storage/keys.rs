//! The key namespace of the drafts in `localStorage`. A portal embedding the form passes its
//! own prefix, so several forms on one origin keep their drafts apart.

/// The prefix used when none is configured.
pub const DEFAULT_NAMESPACE: &str = "disclosure-report/v1";

/// A key namespace: every key this app writes starts with `<prefix>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    prefix: String,
}

impl Default for Namespace {
    fn default() -> Self {
        Namespace::new(DEFAULT_NAMESPACE)
    }
}

impl Namespace {
    /// A namespace with the given prefix (trailing slashes dropped; empty means the default).
    pub fn new(prefix: &str) -> Namespace {
        let p = prefix.trim().trim_end_matches('/');
        Namespace {
            prefix: if p.is_empty() {
                DEFAULT_NAMESPACE.to_string()
            } else {
                p.to_string()
            },
        }
    }

    /// The prefix.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Where every draft key starts.
    pub fn draft_prefix(&self) -> String {
        format!("{}/draft/", self.prefix)
    }

    /// The key of a draft.
    pub fn draft(&self, id: &str) -> String {
        format!("{}/draft/{id}", self.prefix)
    }

    /// The draft id of a key, if it is a draft key of this namespace. Ids never hold '/': a
    /// key of a namespace nested in this one ("a/draft" in "a") is not taken for a draft.
    pub fn draft_id<'a>(&self, key: &'a str) -> Option<&'a str> {
        key.strip_prefix(&self.draft_prefix())
            .filter(|id| !id.is_empty() && !id.contains('/'))
    }

    /// Where an unreadable entry is moved: `<prefix>/quarantine/<key>/<time>`.
    pub fn quarantine(&self, key: &str, now_ms: f64) -> String {
        format!(
            "{}/quarantine/{key}/{}",
            self.prefix,
            now_ms.max(0.0) as u64
        )
    }

    /// Where every quarantine key starts.
    pub fn quarantine_prefix(&self) -> String {
        format!("{}/quarantine/", self.prefix)
    }

    /// The `localStorage` key remembering the draft opened last (for a new tab).
    pub fn last_opened(&self) -> String {
        format!("{}/last", self.prefix)
    }

    /// The `localStorage` key of a file of the 汇总审查 list (the files collected for review).
    pub fn review(&self, id: &str) -> String {
        format!("{}/review/{id}", self.prefix)
    }

    /// The `localStorage` key of the 汇总审查 roster (应报送单位名单, the text as typed). It is
    /// no review file: [`Namespace::review_id`] never takes it for one.
    pub fn roster(&self) -> String {
        format!("{}/review-roster", self.prefix)
    }

    /// The id of a key, if it is a review key of this namespace. Ids never hold '/': a key of
    /// a namespace nested in this one ("a/review" in "a") is not taken for a review file.
    pub fn review_id<'a>(&self, key: &'a str) -> Option<&'a str> {
        key.strip_prefix(&self.prefix)?
            .strip_prefix("/review/")
            .filter(|id| !id.is_empty() && !id.contains('/'))
    }

    /// The key an entry was moved aside from, and when (ms since the epoch), if `key` is one
    /// of this namespace's quarantine keys ([`Namespace::quarantine`]).
    pub fn quarantined_from<'a>(&self, key: &'a str) -> Option<(&'a str, f64)> {
        let rest = key.strip_prefix(&self.quarantine_prefix())?;
        let (original, time) = rest.rsplit_once('/')?;
        let own = original
            .strip_prefix(&self.prefix)
            .is_some_and(|r| r.starts_with('/'));
        let time = time.parse::<u64>().ok().filter(|_| own)?;
        Some((original, time as f64))
    }

    /// The `localStorage` key of the crash marker (which feature was working on stored state
    /// when the page crashed).
    pub fn crash(&self) -> String {
        format!("{}/crash", self.prefix)
    }

    /// The `sessionStorage` key remembering this tab's draft (so a reload reopens it).
    pub fn tab_draft(&self) -> String {
        format!("{}/tab-draft", self.prefix)
    }
}
