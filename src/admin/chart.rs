//! A small bar chart drawn on the server as inline SVG: no script, no
//! library, nothing the strict CSP would refuse (presentation attributes
//! and classes only, no `style`).

use crate::i18n::Lang;
use crate::web::escape_html;

const DAY_MS: i64 = 86_400_000;
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 120.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 18.0;

/// Counts for each of the `days` days ending today (UTC), oldest first,
/// from `(day number, count)` rows (day number = ms / 86,400,000).
pub fn per_day(rows: &[(i64, i64)], today: i64, days: i64) -> Vec<(i64, i64)> {
    (today - days + 1..=today)
        .map(|d| {
            let n = rows.iter().find(|(day, _)| *day == d).map_or(0, |r| r.1);
            (d, n)
        })
        .collect()
}

/// The day as `lang` writes it without the year (`5 Dec`).
pub fn day_label(lang: &Lang, day: i64) -> String {
    let dt = time::OffsetDateTime::from_unix_timestamp(day * DAY_MS / 1000)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let month = u8::from(dt.month());
    lang.t2(
        "admin-chart-day",
        "day",
        dt.day(),
        "month",
        lang.t(&format!("month-{month}")),
    )
}

/// The chart: one bar per day with its date and count as a tooltip, the
/// highest value on the axis, and the first and last dates below; its
/// words (the title, the dates) in `lang`.
pub fn bars(lang: &Lang, title: &str, series: &[(i64, i64)]) -> String {
    let max = series.iter().map(|s| s.1).max().unwrap_or(0).max(1);
    let total: i64 = series.iter().map(|s| s.1).sum();
    let n = series.len().max(1) as f64;
    let slot = WIDTH / n;
    let plot = HEIGHT - TOP - BOTTOM;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">",
        escape_html(&lang.t3(
            "admin-chart-summary",
            "title",
            title,
            "total",
            total,
            "days",
            series.len()
        )),
    );
    svg.push_str(&format!(
        "<line class=\"axis\" x1=\"0\" y1=\"{base}\" x2=\"{WIDTH}\" y2=\"{base}\"/>\
         <text class=\"label\" x=\"0\" y=\"10\">{max}</text>",
        base = HEIGHT - BOTTOM
    ));
    for (i, (day, count)) in series.iter().enumerate() {
        let h = plot * (*count as f64) / (max as f64);
        svg.push_str(&format!(
            "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"><title>{}</title></rect>",
            i as f64 * slot + 1.0,
            HEIGHT - BOTTOM - h,
            (slot - 2.0).max(1.0),
            h,
            escape_html(&lang.t2(
                "admin-chart-bar",
                "day",
                day_label(lang, *day),
                "count",
                *count
            )),
        ));
    }
    if let (Some(first), Some(last)) = (series.first(), series.last()) {
        svg.push_str(&format!(
            "<text class=\"label\" x=\"0\" y=\"{y}\">{}</text>\
             <text class=\"label\" x=\"{WIDTH}\" y=\"{y}\" text-anchor=\"end\">{}</text>",
            escape_html(&day_label(lang, first.0)),
            escape_html(&day_label(lang, last.0)),
            y = HEIGHT - 4.0
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_days_count_as_zero_and_the_bars_say_their_counts() {
        let series = per_day(&[(100, 3), (98, 1)], 100, 5);
        assert_eq!(series, vec![(96, 0), (97, 0), (98, 1), (99, 0), (100, 3)]);
        let lang = crate::i18n::I18n::new().unwrap().english();
        let svg = bars(&lang, "Sign-ups <per day>", &series);
        assert_eq!(svg.matches("<rect").count(), 5);
        assert!(svg.contains("aria-label=\"Sign-ups &lt;per day&gt;: 4 in 5 days\""));
        assert!(svg.contains(": 3</title>"));
        assert!(!svg.contains("style="));
    }
}
