using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using MotCua.Kernel.Text;

namespace MotCua.Benchmarks;

/// <summary>
/// Folding runs on every catalog write and every search query. Baseline: the common regex-based approach
/// (normalize, strip marks with a regex, lower-case, collapse spaces with a second regex).
/// </summary>
[MemoryDiagnoser]
public partial class SearchFoldingBenchmarks
{
    private const string Name = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam";

    [Benchmark(Baseline = true)]
    public string RegexFold()
    {
        var decomposed = Name.Normalize(NormalizationForm.FormD);
        var stripped = Marks().Replace(decomposed, string.Empty).Replace('đ', 'd').Replace('Đ', 'D');
        return Spaces().Replace(stripped.ToLower(CultureInfo.InvariantCulture), " ").Trim();
    }

    [Benchmark]
    public string VietnameseTextFold() => VietnameseText.Fold(Name);

    [GeneratedRegex(@"\p{Mn}")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
