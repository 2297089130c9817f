//! The sandbox's recordings: real 8 kHz 16-bit WAV files in which each side of
//! the call carries a speech-like signal (voiced syllables with pauses) where
//! that side speaks, and silence elsewhere.
//!
//! Channel 0 is the caller (the service's script), channel 1 the called line.

use std::f32::consts::PI;
use std::io;
use std::path::Path;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub const SAMPLE_RATE: u32 = 8_000;
const SAMPLES_PER_MS: i64 = (SAMPLE_RATE / 1000) as i64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The script's synthesised voice.
    Caller,
    /// A person on the line.
    Person,
    /// An answering machine's greeting.
    Machine,
    /// The tone before a voicemail records.
    Beep,
}

impl Voice {
    fn pitch(self) -> f32 {
        match self {
            Voice::Caller => 210.0,
            Voice::Person => 130.0,
            Voice::Machine => 180.0,
            Voice::Beep => 1000.0,
        }
    }
}

/// A stretch of time in which one side speaks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub channel: usize,
    pub start_ms: i64,
    pub duration_ms: i64,
    pub voice: Voice,
}

impl Segment {
    pub fn end_ms(&self) -> i64 {
        self.start_ms + self.duration_ms
    }
}

/// Renders the segments into `channels` (1 or 2) channels of `total_ms`.
/// With one channel both sides are mixed.
pub fn render(total_ms: i64, channels: u16, segments: &[Segment], seed: u64) -> Vec<i16> {
    let frames = (total_ms.max(0) * SAMPLES_PER_MS) as usize;
    let mut tracks = vec![vec![0f32; frames]; 2];
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    for seg in segments {
        let track = &mut tracks[seg.channel.min(1)];
        let start = (seg.start_ms.max(0) * SAMPLES_PER_MS) as usize;
        let end = ((seg.end_ms() * SAMPLES_PER_MS) as usize).min(frames);
        if start >= end {
            continue;
        }
        match seg.voice {
            Voice::Beep => tone(&mut track[start..end], seg.voice.pitch(), 0.4),
            voice => speech(&mut track[start..end], voice.pitch(), &mut rng),
        }
    }
    let to_i16 = |x: f32| (x.clamp(-1.0, 1.0) * 32_000.0) as i16;
    match channels {
        1 => (0..frames)
            .map(|i| to_i16(tracks[0][i] + tracks[1][i]))
            .collect(),
        _ => (0..frames)
            .flat_map(|i| [to_i16(tracks[0][i]), to_i16(tracks[1][i])])
            .collect(),
    }
}

fn tone(out: &mut [f32], freq: f32, amp: f32) {
    let rate = SAMPLE_RATE as f32;
    for (i, s) in out.iter_mut().enumerate() {
        *s += amp * (2.0 * PI * freq * i as f32 / rate).sin();
    }
}

/// Syllables of 120–260 ms, voiced with a few harmonics under a smooth
/// envelope, separated by short gaps and now and then a longer word break.
fn speech(out: &mut [f32], pitch: f32, rng: &mut ChaCha8Rng) {
    let rate = SAMPLE_RATE as f32;
    let mut pos = 0usize;
    while pos < out.len() {
        let syllable = (rng.random_range(120..260) * SAMPLES_PER_MS) as usize;
        let end = (pos + syllable).min(out.len());
        let f0 = pitch * rng.random_range(0.85..1.2);
        let amp = rng.random_range(0.25..0.45);
        let n = (end - pos).max(1) as f32;
        for (k, s) in out[pos..end].iter_mut().enumerate() {
            let t = k as f32 / rate;
            let env = (PI * k as f32 / n).sin();
            let glide = 1.0 + 0.08 * (2.0 * PI * 3.0 * t).sin();
            let phase = 2.0 * PI * f0 * glide * t;
            let voiced = phase.sin() + 0.5 * (2.0 * phase).sin() + 0.25 * (3.0 * phase).sin();
            *s += amp * env * voiced / 1.75;
        }
        let gap = if rng.random_bool(0.2) {
            rng.random_range(120..220)
        } else {
            rng.random_range(25..70)
        };
        pos = end + (gap * SAMPLES_PER_MS) as usize;
    }
}

/// Writes interleaved 16-bit samples as a WAV file.
pub fn write_wav(path: &Path, channels: u16, samples: &[i16]) -> io::Result<()> {
    let spec = hound::WavSpec {
        channels,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut writer = hound::WavWriter::create(path, spec).map_err(io::Error::other)?;
    let mut i16_writer = writer.get_i16_writer(samples.len() as u32);
    for s in samples {
        i16_writer.write_sample(*s);
    }
    i16_writer.flush().map_err(io::Error::other)?;
    writer.finalize().map_err(io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn energy(samples: &[i16], channel: usize, from_ms: i64, to_ms: i64) -> f64 {
        let from = (from_ms * SAMPLES_PER_MS) as usize;
        let to = (to_ms * SAMPLES_PER_MS) as usize;
        samples[from * 2..to * 2]
            .chunks(2)
            .map(|f| f64::from(f[channel]).powi(2))
            .sum::<f64>()
            / (to - from) as f64
    }

    #[test]
    fn each_channel_sounds_only_where_its_side_speaks() {
        let segments = [
            Segment {
                channel: 1,
                start_ms: 0,
                duration_ms: 2000,
                voice: Voice::Person,
            },
            Segment {
                channel: 0,
                start_ms: 2500,
                duration_ms: 2000,
                voice: Voice::Caller,
            },
        ];
        let samples = render(5000, 2, &segments, 1);
        assert_eq!(samples.len(), 5000 * 8 * 2);
        assert!(energy(&samples, 1, 0, 2000) > 1e6);
        assert_eq!(energy(&samples, 0, 0, 2000), 0.0);
        assert!(energy(&samples, 0, 2500, 4500) > 1e6);
        assert_eq!(energy(&samples, 1, 2500, 4500), 0.0);
    }

    #[test]
    fn the_same_seed_gives_the_same_audio() {
        let segments = [Segment {
            channel: 0,
            start_ms: 100,
            duration_ms: 900,
            voice: Voice::Caller,
        }];
        assert_eq!(render(1000, 2, &segments, 9), render(1000, 2, &segments, 9));
    }
}
