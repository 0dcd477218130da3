using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MotCua.Reporting.Domain;

namespace MotCua.Reporting.Features.Facts;

/// <summary>
/// A named set of dossiers for a period: the figure is how many there are, the drill-down lists them. Both go through
/// <see cref="Predicate"/>, so a figure and the list behind it cannot disagree.
/// </summary>
public interface IFactMeasure
{
    /// <summary>Stable key carried by drill-down links, e.g. "b06.resolved.late" or "766.2.1.num".</summary>
    string Key { get; }

    /// <summary>What the set is, in Vietnamese, as the drill-down page titles it.</summary>
    string Label { get; }

    Expression<Func<DossierFact, bool>> Predicate(ReportWindow window);
}

/// <summary>A measure defined by a label and a predicate (most measures need nothing more).</summary>
public sealed class FactMeasure(string key, string label, Func<ReportWindow, Expression<Func<DossierFact, bool>>> predicate) : IFactMeasure
{
    public string Key { get; } = key;

    public string Label { get; } = label;

    public Expression<Func<DossierFact, bool>> Predicate(ReportWindow window) => predicate(window);
}

/// <summary>Every measure the module defines, by key (the drill-down page resolves the key it is given here).</summary>
public sealed class FactMeasures(IEnumerable<IFactMeasure> measures)
{
    private readonly Dictionary<string, IFactMeasure> _byKey = measures.ToDictionary(m => m.Key, StringComparer.Ordinal);

    public IFactMeasure? Find(string? key) => key is not null && _byKey.TryGetValue(key, out var measure) ? measure : null;

    public IEnumerable<IFactMeasure> All => _byKey.Values;
}

public static class FactMeasureRegistration
{
    public static IServiceCollection AddFactMeasure<T>(this IServiceCollection services)
        where T : class, IFactMeasure
    {
        services.AddSingleton<IFactMeasure, T>();
        services.TryAddSingleton<FactMeasures>();
        return services;
    }

    public static IServiceCollection AddFactMeasures(this IServiceCollection services, IEnumerable<IFactMeasure> measures)
    {
        foreach (var measure in measures)
        {
            services.AddSingleton(measure);
        }

        services.TryAddSingleton<FactMeasures>();
        return services;
    }
}
