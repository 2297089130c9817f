//! Where values centre: the mean and the median.

/// The mean of the values, if any.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (mut sum, mut n) = (0.0, 0usize);
    for v in values {
        sum += v;
        n += 1;
    }
    (n > 0).then(|| sum / n as f64)
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_averages_the_values_and_is_none_without_any() {
        assert_eq!(mean([72.0, 80.0, 84.0, 92.0]), Some(82.0));
        assert_eq!(mean(std::iter::empty()), None);
    }

    #[test]
    fn the_median_is_the_middle_value() {
        assert_eq!(median(&[90.0, 10.0, 70.0]), Some(70.0));
        assert_eq!(median(&[90.0, 10.0, 70.0, 80.0]), Some(75.0));
        assert_eq!(median(&[]), None);
    }
}
