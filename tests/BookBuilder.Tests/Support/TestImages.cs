using System.Buffers.Binary;
using SkiaSharp;

namespace BookBuilder.Tests.Support;

/// <summary>Small images made on the fly for tests.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x33, 0x66, 0x99));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The colour of the marked corner of <see cref="MarkedJpeg"/>: what is stored top left.</summary>
    public static readonly SKColor Marker = new(0xD0, 0x10, 0x10);

    /// <summary>
    /// A JPEG stored <paramref name="width"/> x <paramref name="height"/>, grey with a red square in
    /// its stored top left corner, saying through EXIF that it must be shown turned by
    /// <paramref name="orientation"/> (6: a phone's portrait photograph, turned 90° clockwise).
    /// </summary>
    public static byte[] MarkedJpeg(int width, int height, int orientation)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x80, 0x80, 0x80));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = Marker })
            canvas.DrawRect(0, 0, width / 4, height / 4, paint);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        return WithExifOrientation(data.ToArray(), orientation);
    }

    /// <summary>The JPEG with an EXIF segment (APP1) that holds only an orientation, placed first as cameras do.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, int orientation)
    {
        var tiff = new byte[26];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);          // one entry
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112);    // Orientation
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3);         // SHORT
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 1);         // one value
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), (ushort)orientation);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>A photograph-like JPEG (noise, so that every part of the file holds picture data).</summary>
    public static byte[] NoisyJpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        var random = new Random(7);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    /// <summary>A valid PNG with a chunk of <paramref name="type"/> holding <paramref name="size"/> bytes before the picture data.</summary>
    public static byte[] PngWithChunk(string type, int size)
    {
        var png = Png(8, 8);
        var data = new byte[size];
        "Comment\0"u8.CopyTo(data);
        data.AsSpan(8).Fill((byte)'a');
        var chunk = new byte[12 + size];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)size);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + size), Crc32(chunk.AsSpan(4, 4 + size)));
        // After the signature (8 bytes) and IHDR (25 bytes).
        return [.. png.AsSpan(0, 33), .. chunk, .. png.AsSpan(33)];
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
