using MotCua.Administration.Contracts;

namespace MotCua.Reporting.Features.StatutoryReport;

/// <summary>
/// The level (cấp tỉnh, huyện, xã) of each processing unit under a report's unit: a department belongs to the level of
/// the unit it is part of; a path the directory no longer knows takes the level of its nearest known ancestor. The
/// report's rows and the lists behind them both group units by it.
/// </summary>
internal sealed class B06Levels(IReadOnlyList<UnitSummary> units, UnitSummary root)
{
    private static readonly Dictionary<string, B06Level> BySlug = new(StringComparer.Ordinal)
    {
        ["tinh"] = B06Level.Province,
        ["huyen"] = B06Level.District,
        ["xa"] = B06Level.Commune,
    };

    private readonly Dictionary<string, UnitSummary> _byPath = units.ToDictionary(u => u.Path, StringComparer.Ordinal);
    private readonly Dictionary<Guid, UnitSummary> _byId = units.ToDictionary(u => u.Id);
    private readonly Dictionary<string, B06Level> _cache = new(StringComparer.Ordinal);

    /// <summary>The level as links carry it: tinh, huyen, xa.</summary>
    public static string Slug(B06Level level) => BySlug.Single(pair => pair.Value == level).Key;

    public static bool TryParse(string? slug, out B06Level level) => BySlug.TryGetValue(slug ?? string.Empty, out level);

    /// <summary>The paths of the units under the root whose work the report counts at <paramref name="level"/>.</summary>
    public IReadOnlyList<string> PathsAt(B06Level level) =>
        [.. units.Where(u => u.Path.StartsWith(root.Path, StringComparison.Ordinal) && Of(u.Path) == level).Select(u => u.Path)];

    public B06Level Of(string path)
    {
        if (_cache.TryGetValue(path, out var level))
        {
            return level;
        }

        var probe = path;
        UnitSummary? unit = null;
        while (probe.Length > 1 && !_byPath.TryGetValue(probe, out unit))
        {
            var cut = probe.LastIndexOf('/', probe.Length - 2);
            probe = cut < 0 ? string.Empty : probe[..(cut + 1)];
        }

        unit ??= root;
        while (unit.Kind == UnitKind.Department && unit.ParentId is { } parent && _byId.TryGetValue(parent, out var owner))
        {
            unit = owner;
        }

        level = unit.Kind switch
        {
            UnitKind.Commune => B06Level.Commune,
            UnitKind.DistrictCommittee => B06Level.District,
            _ => B06Level.Province,
        };
        return _cache[path] = level;
    }
}
