using System.Text;
using ClaimsGraph.Extraction.Ingestion;

namespace ClaimsGraph.Cli.Ingest;

/// <summary>
/// Finds the articles under the given paths: .txt (text), .html/.htm (HTML), .json (one article object),
/// .jsonl (one per line); folders recursively, in name order so reruns see the same order. Files are
/// decoded as strict UTF-8: invalid bytes make that file (or that .jsonl line) a reported failure.
/// </summary>
public static class ArticleFileReader
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".json", ".jsonl"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The files to read and the paths that are neither; a named file with another extension is read as text.</summary>
    public static (List<string> Files, List<IngestItem> Problems) Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<IngestItem>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(IngestItem.Failure(path, "no such file or folder", 0));
            }
        }
        return (files.Distinct().ToList(), problems);
    }

    public static IEnumerable<IngestItem> Read(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failure(file, "cannot read the file: " + ex.Message, 0)];
        }
        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".jsonl" => ReadLines(file, bytes),
            ".json" => [FromJson(file, bytes, bytes.Length)],
            ".html" or ".htm" => [FromText(file, bytes, html: true)],
            _ => [FromText(file, bytes, html: false)],
        };
    }

    private static IngestItem FromText(string origin, byte[] bytes, bool html)
    {
        if (!TryDecode(bytes, out var text)) return IngestItem.Failure(origin, "not valid UTF-8", bytes.Length);
        var input = html ? new ArticleInput(null, Html: text) : new ArticleInput(text);
        return IngestItem.Article(origin, input, bytes.Length);
    }

    private static IngestItem FromJson(string origin, ReadOnlySpan<byte> bytes, long size)
    {
        if (!TryDecode(bytes, out var json)) return IngestItem.Failure(origin, "not valid UTF-8", size);
        return ArticleJson.TryParse(json, out var input, out var error)
            ? IngestItem.Article(origin, input!, size)
            : IngestItem.Failure(origin, error, size);
    }

    private static IEnumerable<IngestItem> ReadLines(string file, byte[] bytes)
    {
        var start = 0;
        var lineNumber = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) end = bytes.Length;
            lineNumber++;
            var line = bytes.AsSpan(start, end - start);
            var size = end - start + 1;
            start = end + 1;
            if (line.Trim(" \t\r"u8).IsEmpty) continue;
            yield return FromJson($"{file}:{lineNumber}", line.ToArray(), size);
        }
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            if (bytes.StartsWith(StrictUtf8.Preamble)) bytes = bytes[StrictUtf8.Preamble.Length..];
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
