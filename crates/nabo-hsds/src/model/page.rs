//! A page of a list, in the shape of the HSDS API (`Page` in its OpenAPI document):
//! `total_items`, `total_pages`, `page_number` (1-based), `size` (entities on this page),
//! `first_page`, `last_page`, `empty` (this page has no entities), `contents`.

use crate::error::HsdsError;
use serde::Serialize;

/// Entities per page when the request does not say.
pub const DEFAULT_PER_PAGE: u64 = 50;
/// The most entities a page may hold.
pub const MAX_PER_PAGE: u64 = 1000;

/// Which page to show: `page` (1-based) and `per_page`, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    page: u64,
    per_page: u64,
}

impl PageRequest {
    /// The request of the query parameters `page` and `per_page` (defaults 1 and
    /// `DEFAULT_PER_PAGE`).
    pub fn new(page: Option<u64>, per_page: Option<u64>) -> Result<Self, HsdsError> {
        let page = page.unwrap_or(1);
        let per_page = per_page.unwrap_or(DEFAULT_PER_PAGE);
        if page == 0 {
            return Err(HsdsError::PageNumber(page));
        }
        if !(1..=MAX_PER_PAGE).contains(&per_page) {
            return Err(HsdsError::PerPage {
                value: per_page,
                max: MAX_PER_PAGE,
            });
        }
        Ok(Self { page, per_page })
    }

    pub fn page(&self) -> u64 {
        self.page
    }

    pub fn per_page(&self) -> u64 {
        self.per_page
    }

    /// How many entities come before this page.
    pub fn offset(&self) -> u64 {
        (self.page - 1).saturating_mul(self.per_page)
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub total_items: u64,
    pub total_pages: u64,
    pub page_number: u64,
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// A page whose `contents` were read elsewhere (e.g. `offset`/`per_page` from a
    /// database), of `total_items` in all.
    pub fn new(contents: Vec<T>, total_items: u64, request: PageRequest) -> Self {
        let total_pages = total_items.div_ceil(request.per_page);
        Self {
            total_items,
            total_pages,
            page_number: request.page,
            size: contents.len() as u64,
            first_page: request.page == 1,
            last_page: request.page >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }

    /// The requested page of all `items`.
    pub fn of(items: impl IntoIterator<Item = T>, request: PageRequest) -> Self {
        let mut total = 0u64;
        let mut contents = Vec::new();
        let offset = request.offset();
        for item in items {
            if total >= offset && (contents.len() as u64) < request.per_page {
                contents.push(item);
            }
            total += 1;
        }
        Self::new(contents, total, request)
    }

    /// The same page with its contents mapped (e.g. resources to services).
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            total_items: self.total_items,
            total_pages: self.total_pages,
            page_number: self.page_number,
            size: self.size,
            first_page: self.first_page,
            last_page: self.last_page,
            empty: self.empty,
            contents: self.contents.into_iter().map(f).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(total: u64, page: u64, per_page: u64, expected: (u64, u64, bool, bool, bool)) {
        let request = PageRequest::new(Some(page), Some(per_page)).expect("valid request");
        let result = Page::of(0..total, request);
        assert_eq!(
            (
                result.total_pages,
                result.size,
                result.first_page,
                result.last_page,
                result.empty
            ),
            expected,
            "{total} items, page {page} of {per_page}"
        );
        assert_eq!(result.total_items, total);
        assert_eq!(result.contents.first().copied(), {
            let first = (page - 1) * per_page;
            (first < total).then_some(first)
        });
    }

    #[test]
    fn pages_follow_the_hsds_shape() {
        check(40, 1, 15, (3, 15, true, false, false));
        check(40, 3, 15, (3, 10, false, true, false));
        check(40, 4, 15, (3, 0, false, true, true));
        check(0, 1, 15, (0, 0, true, true, true));
        check(15, 1, 15, (1, 15, true, true, false));
    }

    #[test]
    fn refuses_bad_requests() {
        assert_eq!(
            PageRequest::new(Some(0), None)
                .expect_err("page 0")
                .to_string(),
            "page must be 1 or more, not 0"
        );
        assert_eq!(
            PageRequest::new(None, Some(5000))
                .expect_err("too many")
                .to_string(),
            "per_page must be between 1 and 1000, not 5000"
        );
    }
}
