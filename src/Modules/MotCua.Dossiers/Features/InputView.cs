namespace MotCua.Dossiers.Features;

/// <summary>One labelled input with its hint and the error the page model holds for it (the <c>_Input</c> partial).</summary>
public sealed record InputView(
    string Name,
    string Label,
    string? Value,
    bool Required = false,
    int? MaxLength = null,
    string Type = "text",
    string? Hint = null,
    string? Autocomplete = null,
    string? InputMode = null,
    bool Wide = false,
    string? Max = null);
