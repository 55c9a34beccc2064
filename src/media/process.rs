//! Turning an uploaded file into the images Quill stores: recognise the
//! format by its bytes, refuse what is too big before decoding it, apply the
//! EXIF orientation, and re-encode every variant, which drops all metadata
//! (GPS position, camera serial) because the encoders write none.
//!
//! This is CPU work: callers run it on the blocking pool (see `Processor`).

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Only a GIF's first frame is used, but a file of thousands of frames is
/// refused rather than stored and carried around.
pub const GIF_MAX_FRAMES: usize = 1000;
/// The stored original is never larger than this on its long side.
pub const ORIGINAL_MAX: u32 = 2048;
const JPEG_QUALITY: u8 = 85;

/// Why an upload was refused; each says what to do instead (`message`;
/// the English text here is for logs).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refusal {
    #[error("That file is empty.")]
    Empty,
    #[error("That file is not an image Quill accepts. Upload a JPEG, PNG, WebP or GIF picture.")]
    NotAnImage,
    #[error(
        "That image is too large: {width} × {height} pixels. Upload one of at most {max_megapixels} megapixels."
    )]
    TooManyPixels {
        width: u32,
        height: u32,
        max_megapixels: u64,
    },
    #[error("That image is damaged or incomplete and cannot be read. Try saving it again.")]
    Unreadable,
    #[error("That GIF has too many frames (more than {max}). Upload a still picture.")]
    TooManyFrames { max: usize },
}

impl Refusal {
    /// What the uploader is told, in their language once it is written.
    pub fn message(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match *self {
            Refusal::Empty => Msg::new("media-empty"),
            Refusal::NotAnImage => Msg::new("media-not-an-image"),
            Refusal::TooManyPixels {
                width,
                height,
                max_megapixels,
            } => Msg::new("media-too-many-pixels")
                .with("width", width)
                .with("height", height)
                .with("max", max_megapixels),
            Refusal::Unreadable => Msg::new("media-unreadable"),
            Refusal::TooManyFrames { max } => Msg::new("media-too-many-frames").with("max", max),
        }
    }
}

/// What a picture is for; each use has its own variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Squares, centre-cropped: 256 px for the profile, 64 px everywhere else.
    Avatar,
    /// 800 px wide for the post page, 320 px wide for feeds.
    Post,
}

/// One encoded image, ready to store.
#[derive(Clone)]
pub struct Encoded {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// `jpg` or `png`.
    pub extension: &'static str,
}

impl std::fmt::Debug for Encoded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}×{} {} ({} bytes)",
            self.width,
            self.height,
            self.extension,
            self.bytes.len()
        )
    }
}

/// The three images stored for one upload.
#[derive(Debug, Clone)]
pub struct Variants {
    /// The re-encoded original, at most `ORIGINAL_MAX` on its long side.
    pub original: Encoded,
    /// Avatar 256 square, or post 800 wide.
    pub large: Encoded,
    /// Avatar 64 square, or post 320 wide.
    pub small: Encoded,
}

/// Decodes `bytes` (JPEG, PNG, WebP or GIF, first frame) within the pixel
/// limit and makes the variants for `use_`.
pub fn process(bytes: &[u8], use_: Use, max_pixels: u64) -> Result<Variants, Refusal> {
    let image = decode(bytes, max_pixels)?;
    // Transparency decides the format: PNG keeps it, JPEG is smaller otherwise.
    let alpha = has_transparency(&image);
    // Each variant is made from the one before it, and the full-size
    // picture is let go as soon as the first is made: a 12-megapixel photo
    // is scanned once, not three times, and its 36 MB of pixels are not
    // held while the smaller variants are made (bench/upload.sh).
    let stored = fit_within(&image, ORIGINAL_MAX, ORIGINAL_MAX);
    drop(image);
    let original = encode(&stored, alpha)?;
    let (large, small) = match use_ {
        Use::Avatar => {
            let large = square(&stored, 256);
            let small = square(&large, 64);
            (large, small)
        }
        Use::Post => {
            let large = fit_width(&stored, 800);
            let small = fit_width(&large, 320);
            (large, small)
        }
    };
    drop(stored);
    Ok(Variants {
        original,
        large: encode(&large, alpha)?,
        small: encode(&small, alpha)?,
    })
}

/// The format from the file's first bytes; names and declared types are
/// never asked.
pub fn sniff(bytes: &[u8]) -> Result<ImageFormat, Refusal> {
    if bytes.is_empty() {
        return Err(Refusal::Empty);
    }
    match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif)) => {
            Ok(f)
        }
        _ => Err(Refusal::NotAnImage),
    }
}

fn decode(bytes: &[u8], max_pixels: u64) -> Result<DynamicImage, Refusal> {
    let format = sniff(bytes)?;
    // The JPEG decoder fills a cut-off file with grey rather than failing;
    // a half-uploaded photo should be refused, not stored.
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(Refusal::Unreadable);
    }
    if format == ImageFormat::Gif && gif_frames(bytes, GIF_MAX_FRAMES + 1) > GIF_MAX_FRAMES {
        return Err(Refusal::TooManyFrames {
            max: GIF_MAX_FRAMES,
        });
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(30_000);
    limits.max_image_height = Some(30_000);
    // Room for the decoded pixels (RGBA, 4 bytes each) and a little more;
    // a file claiming more is refused before anything is allocated.
    limits.max_alloc = Some(max_pixels.saturating_mul(5).max(64 << 20));
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| refusal(e, max_pixels))?;
    // The header alone tells the size: a bomb is refused before decoding.
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > max_pixels || width == 0 || height == 0 {
        return Err(Refusal::TooManyPixels {
            width,
            height,
            max_megapixels: max_pixels / 1_000_000,
        });
    }
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| refusal(e, max_pixels))?;
    if let Some(o) = orientation {
        image.apply_orientation(o);
    }
    Ok(image)
}

/// Walks the JPEG's segments to the first scan (skipping metadata, which may
/// hold a thumbnail with its own end marker) and looks for the end-of-image
/// marker after it.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut at = 2; // after SOI
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return false;
        }
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if marker == 0xDA {
            let scan = &bytes[(at + 2 + len).min(bytes.len())..];
            return scan.windows(2).any(|w| w == [0xFF, 0xD9]);
        }
        at += 2 + len;
    }
    false
}

/// Counts a GIF's frames (image descriptors) by walking its blocks, without
/// decoding anything; stops counting at `stop`.
fn gif_frames(bytes: &[u8], stop: usize) -> usize {
    // Skips data sub-blocks (length-prefixed, ended by a zero length).
    fn skip_sub_blocks(bytes: &[u8], mut at: usize) -> Option<usize> {
        loop {
            let len = usize::from(*bytes.get(at)?);
            at += 1 + len;
            if len == 0 {
                return Some(at);
            }
        }
    }
    let table = |flags: u8| {
        if flags & 0x80 != 0 {
            3 << ((flags & 7) + 1)
        } else {
            0
        }
    };
    let Some(&screen_flags) = bytes.get(10) else {
        return 0;
    };
    let mut at = 13 + table(screen_flags);
    let mut frames = 0;
    while frames < stop {
        match bytes.get(at) {
            Some(0x21) => match skip_sub_blocks(bytes, at + 2) {
                Some(next) => at = next,
                None => break,
            },
            Some(0x2C) => {
                frames += 1;
                let Some(&flags) = bytes.get(at + 9) else {
                    break;
                };
                // descriptor, local colour table, LZW code size, then the data
                match skip_sub_blocks(bytes, at + 10 + table(flags) + 1) {
                    Some(next) => at = next,
                    None => break,
                }
            }
            _ => break,
        }
    }
    frames
}

fn refusal(e: image::ImageError, max_pixels: u64) -> Refusal {
    match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels {
            width: 0,
            height: 0,
            max_megapixels: max_pixels / 1_000_000,
        },
        image::ImageError::Unsupported(_) => Refusal::NotAnImage,
        _ => Refusal::Unreadable,
    }
}

fn has_transparency(image: &DynamicImage) -> bool {
    image.color().has_alpha() && image.to_rgba8().pixels().any(|p| p.0[3] < 255)
}

/// Scaled down (never up) to fit in `max_w` × `max_h`, keeping the aspect.
fn fit_within(image: &DynamicImage, max_w: u32, max_h: u32) -> DynamicImage {
    if image.width() <= max_w && image.height() <= max_h {
        return image.clone();
    }
    // Area averaging in integers: a Triangle filter kept a float copy of
    // the picture (a 12-megapixel photo: ~100 MB) while it worked, and two
    // uploads at once peaked near 600 MB (bench/upload.sh). Averaging every
    // source pixel into its target is what a large downscale wants anyway.
    image.thumbnail(max_w, max_h)
}

/// Scaled down (never up) to `width`, keeping the aspect.
fn fit_width(image: &DynamicImage, width: u32) -> DynamicImage {
    fit_within(image, width, u32::MAX)
}

/// The centred square crop, scaled down (never up) to `side`.
fn square(image: &DynamicImage, side: u32) -> DynamicImage {
    let crop = image.width().min(image.height());
    let side = side.min(crop);
    let centred = image.crop_imm(
        (image.width() - crop) / 2,
        (image.height() - crop) / 2,
        crop,
        crop,
    );
    centred.thumbnail_exact(side, side)
}

fn encode(image: &DynamicImage, alpha: bool) -> Result<Encoded, Refusal> {
    let mut bytes = Vec::new();
    let (width, height) = (image.width(), image.height());
    let extension = if alpha {
        image
            .to_rgba8()
            .write_with_encoder(PngEncoder::new(&mut bytes))
            .map_err(|_| Refusal::Unreadable)?;
        "png"
    } else {
        image
            .to_rgb8()
            .write_with_encoder(JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY))
            .map_err(|_| Refusal::Unreadable)?;
        "jpg"
    };
    Ok(Encoded {
        bytes,
        width,
        height,
        extension,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    const MAX: u64 = 40_000_000;

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, _| Rgb([(x % 255) as u8, 30, 30]));
        let mut out = Vec::new();
        img.write_with_encoder(JpegEncoder::new(&mut out)).unwrap();
        out
    }

    fn png_with_alpha(w: u32, h: u32) -> Vec<u8> {
        let img = RgbaImage::from_fn(w, h, |x, _| Rgba([0, 0, 200, (x % 200) as u8]));
        let mut out = Vec::new();
        img.write_with_encoder(PngEncoder::new(&mut out)).unwrap();
        out
    }

    #[test]
    fn post_variants_are_never_upscaled_and_keep_the_aspect() {
        let v = process(&jpeg(3000, 1500), Use::Post, MAX).unwrap();
        assert_eq!((v.original.width, v.original.height), (2048, 1024));
        assert_eq!((v.large.width, v.large.height), (800, 400));
        assert_eq!((v.small.width, v.small.height), (320, 160));
        let v = process(&jpeg(300, 200), Use::Post, MAX).unwrap();
        assert_eq!((v.large.width, v.large.height), (300, 200));
        assert_eq!((v.small.width, v.small.height), (300, 200));
    }

    #[test]
    fn avatars_are_centred_squares() {
        let v = process(&jpeg(900, 600), Use::Avatar, MAX).unwrap();
        assert_eq!((v.large.width, v.large.height), (256, 256));
        assert_eq!((v.small.width, v.small.height), (64, 64));
        assert_eq!(v.small.extension, "jpg");
    }

    #[test]
    fn transparency_is_kept_as_png() {
        let v = process(&png_with_alpha(100, 100), Use::Avatar, MAX).unwrap();
        assert_eq!(v.large.extension, "png");
        assert!(
            image::load_from_memory(&v.large.bytes)
                .unwrap()
                .color()
                .has_alpha()
        );
    }

    #[test]
    fn only_the_four_formats_pass_the_sniff() {
        assert_eq!(sniff(b""), Err(Refusal::Empty));
        assert_eq!(sniff(b"hello, not an image"), Err(Refusal::NotAnImage));
        assert_eq!(
            sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Err(Refusal::NotAnImage)
        );
        assert_eq!(
            sniff(b"BM\0\0\0\0\0\0\0\0"),
            Err(Refusal::NotAnImage),
            "BMP is not offered"
        );
        assert_eq!(sniff(&jpeg(8, 8)), Ok(ImageFormat::Jpeg));
    }

    fn gif(frames: usize) -> Vec<u8> {
        use image::codecs::gif::GifEncoder;
        let mut out = Vec::new();
        {
            let mut enc = GifEncoder::new(&mut out);
            for i in 0..frames {
                let img = RgbaImage::from_pixel(4, 4, Rgba([i as u8, 0, 0, 255]));
                enc.encode_frame(image::Frame::new(img)).unwrap();
            }
        }
        out
    }

    #[test]
    fn a_gif_gives_its_first_frame_unless_it_has_thousands() {
        assert_eq!(gif_frames(&gif(3), 100), 3);
        let v = process(&gif(3), Use::Post, MAX).unwrap();
        assert_eq!((v.large.width, v.large.height), (4, 4));
        assert_eq!(
            process(&gif(GIF_MAX_FRAMES + 1), Use::Post, MAX).unwrap_err(),
            Refusal::TooManyFrames {
                max: GIF_MAX_FRAMES
            }
        );
    }

    #[test]
    fn truncated_files_are_unreadable_not_a_panic() {
        let j = jpeg(400, 400);
        assert!(jpeg_is_complete(&j));
        assert_eq!(
            process(&j[..j.len() / 3], Use::Post, MAX).unwrap_err(),
            Refusal::Unreadable
        );
        assert_eq!(
            process(&j[..j.len() - 2], Use::Post, MAX).unwrap_err(),
            Refusal::Unreadable
        );
        let p = png_with_alpha(300, 300);
        assert_eq!(
            process(&p[..p.len() / 2], Use::Post, MAX).unwrap_err(),
            Refusal::Unreadable
        );
    }
}
