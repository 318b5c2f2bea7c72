//! Bar charts of protected figures as inline SVG.
//!
//! The charts are for pages served under a Content-Security-Policy that forbids inline
//! styles and scripts, so they use only presentation attributes (`fill`, `stroke`,
//! `font-size`) and `class` names, and draw in `currentColor` so they follow the page's
//! colours (dark mode, high contrast). They reference nothing outside themselves.

use std::fmt::Write as _;

use crate::figure::Figure;
use crate::xml::escape;

const WIDTH: u64 = 640;
/// Room for the labels, beside the bars.
const LABEL_WIDTH: u64 = 200;
const GAP: u64 = 8;
/// Room for the figure's text after the longest bar.
const VALUE_WIDTH: u64 = 64;
const BAR_AREA: u64 = WIDTH - LABEL_WIDTH - GAP - VALUE_WIDTH;
const ROW_HEIGHT: u64 = 28;
const BAR_HEIGHT: u64 = 18;
const MARGIN: u64 = 8;
/// A withheld figure has no length; it is drawn as a short outline, not to scale.
const SUPPRESSED_WIDTH: u64 = 8;

/// A horizontal bar chart, one bar per entry, as a standalone `<svg>` element.
///
/// `id` prefixes the ids of the chart's `<title>` and `<desc>` (which `aria-labelledby`
/// points at), so several charts can share a page; give each chart its own. Bars are
/// scaled to the largest shown figure; `<5` and `x` bars are short unfilled outlines with
/// their marker as text, since their length is unknown. With `rtl` the chart is mirrored:
/// bars grow from the right and the labels sit on the right, as Arabic, Persian or Urdu
/// readers expect. Every text is XML-escaped.
pub fn bar_chart(
    id: &str,
    title: &str,
    description: &str,
    bars: &[(String, Figure)],
    rtl: bool,
) -> String {
    let id = escape(id);
    let count = u64::try_from(bars.len()).unwrap_or(u64::MAX);
    let height = 2 * MARGIN + count.max(1).saturating_mul(ROW_HEIGHT);
    let largest = bars
        .iter()
        .filter_map(|(_, f)| f.value())
        .max()
        .unwrap_or(0);
    // Mirrors a horizontal position in right-to-left charts.
    let x = |position: u64| if rtl { WIDTH - position } else { position };
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" \
         direction=\"{}\" font-size=\"14\" fill=\"currentColor\">",
        if rtl { "rtl" } else { "ltr" }
    );
    let _ = write!(svg, "<title id=\"{id}-title\">{}</title>", escape(title));
    let _ = write!(svg, "<desc id=\"{id}-desc\">{}</desc>", escape(description));
    for (index, (label, figure)) in (0u64..).zip(bars) {
        let top = MARGIN + index * ROW_HEIGHT;
        let bar_top = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        let baseline = top + ROW_HEIGHT / 2 + 5;
        let _ = write!(
            svg,
            "<g class=\"chart-row\"><text class=\"chart-label\" x=\"{}\" y=\"{baseline}\" text-anchor=\"end\">{}</text>",
            x(LABEL_WIDTH - GAP),
            escape(label)
        );
        let length = match figure {
            Figure::Shown(value) => scaled(*value, largest),
            Figure::Small | Figure::Hidden => SUPPRESSED_WIDTH,
        };
        // The rectangle's left edge: where the bar starts, or where it ends when mirrored.
        let left = if rtl {
            WIDTH - LABEL_WIDTH - length
        } else {
            LABEL_WIDTH
        };
        match figure {
            Figure::Shown(0) => {}
            Figure::Shown(_) => {
                let _ = write!(
                    svg,
                    "<rect class=\"chart-bar\" x=\"{left}\" y=\"{bar_top}\" width=\"{length}\" height=\"{BAR_HEIGHT}\"/>"
                );
            }
            Figure::Small | Figure::Hidden => {
                let _ = write!(
                    svg,
                    "<rect class=\"chart-bar chart-bar-suppressed\" x=\"{left}\" y=\"{bar_top}\" width=\"{length}\" \
                     height=\"{BAR_HEIGHT}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"
                );
            }
        }
        let _ = write!(
            svg,
            "<text class=\"chart-value\" x=\"{}\" y=\"{baseline}\" text-anchor=\"start\">{}</text></g>",
            x(LABEL_WIDTH + length + GAP / 2),
            escape(&figure.as_text())
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A shown value's bar length, the largest filling the bar area; at least 1 pixel for a
/// non-zero value so it is not mistaken for 0.
fn scaled(value: u64, largest: u64) -> u64 {
    if largest == 0 {
        return 0;
    }
    let length = u128::from(value) * u128::from(BAR_AREA) / u128::from(largest);
    u64::try_from(length)
        .unwrap_or(BAR_AREA)
        .max(u64::from(value > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Vec<(String, Figure)> {
        vec![
            ("Aarhus".to_owned(), Figure::Shown(40)),
            ("Odense".to_owned(), Figure::Shown(10)),
            ("<script>alert(1)</script>".to_owned(), Figure::Small),
            ("\"&'".to_owned(), Figure::Hidden),
            ("Ingen".to_owned(), Figure::Shown(0)),
        ]
    }

    #[test]
    fn escapes_every_text() {
        let svg = bar_chart("c\"1", "Title <b>&", "Desc 'x'", &bars(), false);
        assert!(!svg.contains("<script"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{svg}"
        );
        assert!(svg.contains(">&quot;&amp;&#39;</text>"), "{svg}");
        assert!(
            svg.contains("<title id=\"c&quot;1-title\">Title &lt;b&gt;&amp;</title>"),
            "{svg}"
        );
        assert!(
            svg.contains("<desc id=\"c&quot;1-desc\">Desc &#39;x&#39;</desc>"),
            "{svg}"
        );
        assert!(svg.contains(">&lt;5</text>"), "{svg}");
        // Every `<` starts one of the chart's own elements.
        for piece in svg.split('<').skip(1) {
            let name: String = piece
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            assert!(
                ["svg", "title", "desc", "g", "text", "rect"].contains(&name.as_str()),
                "{piece}"
            );
        }
    }

    #[test]
    fn accessible_and_free_of_inline_styles() {
        let svg = bar_chart("visits", "T", "D", &bars(), false);
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("aria-labelledby=\"visits-title visits-desc\""));
        assert!(
            svg.contains("<title id=\"visits-title\">")
                && svg.contains("<desc id=\"visits-desc\">")
        );
        assert!(svg.contains("viewBox=\"0 0 640 156\""), "{svg}");
        assert!(!svg.contains("style"), "{svg}");
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("href"));
        assert!(svg.contains("currentColor"));
    }

    #[test]
    fn bars_scale_to_the_largest_shown_figure() {
        let svg = bar_chart("c", "T", "D", &bars(), false);
        assert!(svg.contains("x=\"200\" y=\"13\" width=\"368\""), "{svg}");
        assert!(svg.contains("x=\"200\" y=\"41\" width=\"92\""), "{svg}");
        assert_eq!(svg.matches("fill=\"none\"").count(), 2, "{svg}");
        assert_eq!(svg.matches("<rect").count(), 4, "zero has no bar: {svg}");
        assert!(svg.contains(">x</text>") && svg.contains(">0</text>"));
    }

    #[test]
    fn right_to_left_mirrors_the_chart() {
        let ltr = bar_chart("c", "T", "D", &bars(), false);
        let rtl = bar_chart("c", "T", "D", &bars(), true);
        assert!(ltr.contains("direction=\"ltr\""));
        assert!(rtl.contains("direction=\"rtl\""));
        // Labels on the right, left of their anchor; bars ending at the labels' edge.
        assert!(ltr.contains("class=\"chart-label\" x=\"192\""), "{ltr}");
        assert!(rtl.contains("class=\"chart-label\" x=\"448\""), "{rtl}");
        assert!(rtl.contains("x=\"72\" y=\"13\" width=\"368\""), "{rtl}");
        assert!(rtl.contains("x=\"348\" y=\"41\" width=\"92\""), "{rtl}");
        // The value text sits beyond the bar's end, on the left.
        assert!(rtl.contains("class=\"chart-value\" x=\"68\""), "{rtl}");
        assert!(ltr.contains("class=\"chart-value\" x=\"572\""), "{ltr}");
    }

    #[test]
    fn empty_and_all_withheld_charts_are_well_formed() {
        let svg = bar_chart("e", "T", "D", &[], false);
        assert!(svg.ends_with("</desc></svg>"));
        let svg = bar_chart("e", "T", "D", &[("a".to_owned(), Figure::Small)], true);
        assert!(svg.contains("width=\"8\""));
    }
}
