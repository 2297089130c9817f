//! Checks a downloaded recording before anything downstream relies on it:
//! a complete 16-bit PCM WAV at 8 kHz with the expected channels and a length
//! that matches what the carrier reported.

use std::io::Cursor;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WavInfo {
    pub channels: u16,
    pub sample_rate: u32,
    pub bits_per_sample: u16,
    pub frames: u32,
    pub duration_ms: i64,
}

/// What the check expects, from the carrier's recording callback.
#[derive(Clone, Debug, Default)]
pub struct Expectation {
    pub channels: Option<u16>,
    pub duration_secs: Option<i64>,
    pub tolerance_secs: f64,
}

/// Reads the whole file, so a truncated data chunk is found, not just a bad header.
pub fn inspect(bytes: &[u8]) -> Result<WavInfo, String> {
    let mut reader = hound::WavReader::new(Cursor::new(bytes))
        .map_err(|e| format!("not a readable WAV file: {e}"))?;
    let spec = reader.spec();
    if spec.sample_format != hound::SampleFormat::Int || spec.bits_per_sample != 16 {
        return Err(format!(
            "expected 16-bit PCM, found {}-bit {:?}",
            spec.bits_per_sample, spec.sample_format
        ));
    }
    let declared = reader.len();
    let mut read = 0u32;
    for sample in reader.samples::<i16>() {
        sample.map_err(|e| {
            format!("audio data ends early: {read} of {declared} samples readable ({e})")
        })?;
        read += 1;
    }
    if read != declared {
        return Err(format!(
            "audio data ends early: {read} of {declared} samples present"
        ));
    }
    let frames = declared / u32::from(spec.channels.max(1));
    Ok(WavInfo {
        channels: spec.channels,
        sample_rate: spec.sample_rate,
        bits_per_sample: spec.bits_per_sample,
        frames,
        duration_ms: i64::from(frames) * 1000 / i64::from(spec.sample_rate.max(1)),
    })
}

pub fn check(bytes: &[u8], expect: &Expectation) -> Result<WavInfo, String> {
    let info = inspect(bytes)?;
    if info.sample_rate != 8_000 {
        return Err(format!("expected 8000 Hz, found {} Hz", info.sample_rate));
    }
    if let Some(channels) = expect.channels
        && channels != info.channels
    {
        return Err(format!(
            "expected {channels} channel(s), found {}",
            info.channels
        ));
    }
    if let Some(reported) = expect.duration_secs {
        let actual = info.duration_ms as f64 / 1000.0;
        if (actual - reported as f64).abs() > expect.tolerance_secs {
            return Err(format!(
                "the carrier reported {reported} s but the file holds {actual:.1} s"
            ));
        }
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav(channels: u16, rate: u32, secs: f64) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::new(&mut out, spec).unwrap();
        for i in 0..(rate as f64 * secs) as usize * channels as usize {
            w.write_sample((i % 100) as i16).unwrap();
        }
        w.finalize().unwrap();
        out.into_inner()
    }

    fn expect(channels: u16, secs: i64) -> Expectation {
        Expectation {
            channels: Some(channels),
            duration_secs: Some(secs),
            tolerance_secs: 1.5,
        }
    }

    #[test]
    fn a_good_recording_passes_with_its_measurements() {
        let info = check(&wav(2, 8000, 3.0), &expect(2, 3)).unwrap();
        assert_eq!(info.channels, 2);
        assert_eq!(info.duration_ms, 3000);
    }

    #[test]
    fn truncated_files_are_caught() {
        let mut bytes = wav(2, 8000, 3.0);
        bytes.truncate(bytes.len() / 2);
        let err = check(&bytes, &expect(2, 3)).unwrap_err();
        assert!(err.contains("ends early"), "{err}");
    }

    #[test]
    fn wrong_channels_rate_length_or_format_are_named() {
        assert!(
            check(&wav(1, 8000, 3.0), &expect(2, 3))
                .unwrap_err()
                .contains("channel")
        );
        assert!(
            check(&wav(2, 16000, 3.0), &expect(2, 3))
                .unwrap_err()
                .contains("8000 Hz")
        );
        assert!(
            check(&wav(2, 8000, 3.0), &expect(2, 9))
                .unwrap_err()
                .contains("reported 9 s")
        );
        assert!(
            check(b"<html>", &expect(2, 3))
                .unwrap_err()
                .contains("not a readable WAV")
        );
    }
}

/// A recording's outline for drawing: the loudest sample of each channel in
/// each of `buckets` equal slices of time, from 0 to 1.
#[derive(Clone, Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Waveform {
    pub duration_ms: i64,
    pub channels: Vec<Vec<f32>>,
}

pub fn waveform(path: &std::path::Path, buckets: usize) -> Result<Waveform, String> {
    let mut reader =
        hound::WavReader::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let spec = reader.spec();
    let channels = usize::from(spec.channels.max(1));
    let frames = reader.len() as usize / channels;
    let buckets = buckets.clamp(1, 4000);
    let per_bucket = frames.div_ceil(buckets).max(1);
    let mut peaks = vec![vec![0f32; buckets]; channels];
    for (i, sample) in reader.samples::<i16>().enumerate() {
        let sample = sample.map_err(|e| format!("reading {}: {e}", path.display()))?;
        let (frame, channel) = (i / channels, i % channels);
        let bucket = (frame / per_bucket).min(buckets - 1);
        let level = f32::from(sample).abs() / 32768.0;
        if level > peaks[channel][bucket] {
            peaks[channel][bucket] = level;
        }
    }
    Ok(Waveform {
        duration_ms: frames as i64 * 1000 / i64::from(spec.sample_rate.max(1)),
        channels: peaks,
    })
}
