using SkiaSharp;

namespace RareNewsSite.Benchmarks.Images;

/// <summary>
/// Paints photo-like pictures of blood cells under a microscope (a lamp-lit background, red cells with pale centres, a
/// few larger white cells, film grain), so the example site and the image benchmark have photos of their own making
/// with a photo's detail and noise, which is what makes JPEG and WebP files of realistic size. The same seed paints
/// the same picture. What it paints is released under CC0 (see the README).
/// </summary>
internal static class PhotoPainter
{
    /// <summary>A JPEG of <paramref name="width"/> x <paramref name="height"/> pixels at <paramref name="quality"/>.</summary>
    public static byte[] Paint(int width, int height, int seed, int quality = 90)
    {
        var random = new Random(seed);
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("no surface");
        var canvas = surface.Canvas;
        var unit = Math.Min(width, height) / 1000f;
        using (var lamp = new SKPaint
        {
            Shader = SKShader.CreateRadialGradient(new SKPoint(width * (0.3f + (0.4f * random.NextSingle())), height * 0.5f), Math.Max(width, height) * 0.75f,
                [new SKColor(253, 243, 240), new SKColor(214, 180, 196)], SKShaderTileMode.Clamp),
        })
        {
            canvas.DrawRect(0, 0, width, height, lamp);
        }
        var cells = (int)(width * height / (1_000_000f / 40));
        for (var i = 0; i < cells; i++)
        {
            var centre = new SKPoint(random.NextSingle() * width, random.NextSingle() * height);
            var white = random.NextDouble() < 0.04;
            var radius = (white ? 60 + (30 * random.NextSingle()) : 26 + (14 * random.NextSingle())) * unit;
            SKColor[] colours = white
                ? [new SKColor(180, 160, 220, 235), new SKColor(96, 58, 150, 245), new SKColor(230, 220, 240, 200)]
                : [new SKColor(236, 140, 140, 215), new SKColor(200, 22, 46, 235), new SKColor(150, 10, 30, 240)];
            using var cell = new SKPaint
            {
                IsAntialias = true,
                Shader = SKShader.CreateRadialGradient(centre, radius, colours, [0f, 0.7f, 1f], SKShaderTileMode.Clamp),
            };
            canvas.DrawOval(centre, new SKSize(radius, radius * (0.8f + (0.2f * random.NextSingle()))), cell);
        }
        // Grain: a tile of random noise laid over the picture, as a sensor's noise would be.
        using (var noise = new SKBitmap(new SKImageInfo(256, 256, SKColorType.Rgba8888, SKAlphaType.Premul)))
        {
            for (var y = 0; y < 256; y++)
            {
                for (var x = 0; x < 256; x++)
                {
                    var v = (byte)random.Next(256);
                    noise.SetPixel(x, y, new SKColor(v, v, v, 28));
                }
            }
            using var image = SKImage.FromBitmap(noise);
            using var grain = new SKPaint { Shader = image.ToShader(SKShaderTileMode.Repeat, SKShaderTileMode.Repeat), BlendMode = SKBlendMode.Overlay };
            canvas.DrawRect(0, 0, width, height, grain);
        }
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }
}
