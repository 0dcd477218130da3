using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MotCua.Kernel.Persistence;

/// <summary>
/// Materialised unit paths ("/HN/SOTP/") queried by subtree. A subtree is a key range of the path column,
/// [path, path with its last character raised by one), so a B-tree index on the column serves it on both providers;
/// <c>LIKE 'path%'</c> (what <c>StartsWith</c> becomes) is served by no index on SQLite, whose LIKE ignores case, nor
/// on PostgreSQL unless the column sorts byte-wise. The range is only right if the column does sort byte-wise, hence the
/// marker: PostgreSQL gets the "C" collation for marked columns (SQLite's default BINARY already is).
/// </summary>
public static class MaterializedPaths
{
    private const string Marker = "MotCua:MaterializedPath";

    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Marks a path column that is queried by <see cref="WhereUnder{T}"/>.</summary>
    public static PropertyBuilder<string> IsMaterializedPath(this PropertyBuilder<string> property) =>
        property.HasAnnotation(Marker, true);

    /// <summary>
    /// Gives every marked column <paramref name="ordinalCollation"/> (null when the provider's default is already
    /// byte-wise) and drops the marker, which is a build-time instruction and not part of the model.
    /// </summary>
    public static void ApplyOrdinalCollation(ModelBuilder builder, string? ordinalCollation)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            if (property.FindAnnotation(Marker) is null)
            {
                continue;
            }

            property.RemoveAnnotation(Marker);
            if (ordinalCollation is not null)
            {
                property.SetCollation(ordinalCollation);
            }
        }
    }

    /// <summary>The rows whose <paramref name="path"/> lies in the subtree of <paramref name="root"/> (itself included).</summary>
    public static IQueryable<T> WhereUnder<T>(this IQueryable<T> source, Expression<Func<T, string?>> path, string root) =>
        root.Length == 0 ? source : source.Where(Under(path, root));

    /// <summary>"<paramref name="path"/> lies in the subtree of <paramref name="root"/>" as a condition to combine with others.</summary>
    public static Expression<Func<T, bool>> Under<T>(Expression<Func<T, string?>> path, string root)
    {
        var (lower, upper) = Range(root);
        var value = path.Body;
        var zero = Expression.Constant(0);
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(Compare, value, Parameter(lower)), zero),
            Expression.LessThan(Expression.Call(Compare, value, Parameter(upper)), zero));
        return Expression.Lambda<Func<T, bool>>(body, path.Parameters);
    }

    /// <summary>The key range of a subtree: every descendant path extends <paramref name="root"/>, so it sorts inside it.</summary>
    public static (string Lower, string Upper) Range(string root) =>
        (root, string.Concat(root.AsSpan(0, root.Length - 1), ((char)(root[^1] + 1)).ToString()));

    // A closure member rather than a constant, so EF sends parameters and reuses one plan for every unit.
    private static MemberExpression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Boxed(value)), nameof(Boxed.Value));

    private sealed record Boxed(string Value);
}
