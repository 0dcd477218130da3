using System.Text.RegularExpressions;
using Shouldly;

namespace MotCua.ArchitectureTests;

/// <summary>Rules about source text that type dependencies cannot express.</summary>
public sealed partial class SourceRulesTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Nothing_reads_the_wall_clock_directly()
    {
        // Legal dates come from BusinessClock (TimeProvider, Asia/Ho_Chi_Minh); a stray DateTime.Now breaks
        // deadlines on servers in another zone and makes tests time-dependent.
        var offenders = SourceFiles("src")
            .Where(f => WallClock().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Root, f))
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Every_vietnamese_resource_has_an_english_twin_with_the_same_keys()
    {
        foreach (var vi in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            var en = vi[..^".resx".Length] + ".en.resx";
            File.Exists(en).ShouldBeTrue($"{Path.GetFileName(vi)} has no English twin");
            Keys(en).ShouldBe(Keys(vi), $"{Path.GetFileName(vi)} and its English twin differ");
        }
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static List<string> Keys(string resx) =>
        ResourceKey().Matches(File.ReadAllText(resx)).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MotCua.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex WallClock();

    [GeneratedRegex("<data name=\"([^\"]+)\"")]
    private static partial Regex ResourceKey();
}
