namespace MotCua.Administration.Features;

/// <summary>One labelled input with its hint and its error, rendered by the <c>_Field</c> partial.</summary>
public sealed record FieldView(
    string Name, string Label, string? Value, string? Error,
    string Type = "text", string? Hint = null, bool Required = false, int? MaxLength = null, string? Autocomplete = null);

/// <summary>A unit picker showing the tree by indentation, rendered by the <c>_UnitSelect</c> partial.</summary>
public sealed record UnitSelectView(
    string Name, string Label, string? Selected, string? Error, IReadOnlyList<ShowUnitTree.UnitNode> Units, string EmptyOption, bool Required = true);
