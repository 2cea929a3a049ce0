//! [`Pages`]: a paginated cursor over a result set, the example of host state
//! that survives a snapshot ([`HostState`]).
//!
//! The program reads the rows a page at a time with `next_page()`; the host
//! remembers how far it has read. That position is the capability's state:
//! saved with `CapabilitySet::dump_state` beside a paused run, it lets
//! another process continue from the same row.

use monty_core::MontyObject;
use serde::{Deserialize, Serialize};

use crate::capability::Capability;
use crate::function::HostFunction;
use crate::state::{HostState, State, StateHandle};

/// The state key of [`Pages`]' cursor.
pub const PAGES_STATE_KEY: &str = "pages.cursor";

/// How far the program has read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageCursor {
    /// The index of the next row to return.
    pub position: usize,
}

#[typetag::serde]
impl HostState for PageCursor {}

/// A result set the program reads page by page: `next_page() -> list` (the
/// next rows; `[]` once all are read) and `rows_left() -> int`.
#[derive(Debug, Clone)]
pub struct Pages {
    rows: std::sync::Arc<Vec<MontyObject>>,
    page_size: usize,
    cursor: State<PageCursor>,
}

impl Pages {
    /// Serve `rows`, `page_size` at a time (at least 1), from the first row.
    #[must_use]
    pub fn new(rows: Vec<MontyObject>, page_size: usize) -> Self {
        Self {
            rows: std::sync::Arc::new(rows),
            page_size: page_size.max(1),
            cursor: State::new(PAGES_STATE_KEY, PageCursor::default()),
        }
    }

    /// The cursor (shared with the granted functions).
    #[must_use]
    pub fn cursor(&self) -> &State<PageCursor> {
        &self.cursor
    }
}

impl Capability for Pages {
    fn functions(&self) -> Vec<HostFunction> {
        let (rows, cursor, size) = (self.rows.clone(), self.cursor.clone(), self.page_size);
        let next_page = HostFunction::builder("next_page")
            .group("pages")
            .doc(format!(
                "The next {size} rows of the result set, in order; an empty list once every row was read."
            ))
            .returns::<Vec<serde_json::Value>>()
            .build(move |_| {
                cursor.with(|c| {
                    let start = c.position.min(rows.len());
                    let end = start.saturating_add(size).min(rows.len());
                    c.position = end;
                    MontyObject::List(rows.get(start..end).unwrap_or_default().to_vec())
                })
            });
        let (rows, cursor) = (self.rows.clone(), self.cursor.clone());
        let rows_left = HostFunction::builder("rows_left")
            .group("pages")
            .doc("How many rows `next_page()` has not returned yet.")
            .returns::<u64>()
            .build(move |_| {
                cursor.with(|c| {
                    let left = rows.len().saturating_sub(c.position);
                    MontyObject::Int(i64::try_from(left).unwrap_or(i64::MAX))
                })
            });
        vec![next_page, rows_left]
    }

    fn states(&self) -> Vec<StateHandle> {
        vec![self.cursor.handle()]
    }
}
