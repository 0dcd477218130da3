namespace MotCua.Kernel.Results;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,

    /// <summary>An external system did not answer in time or at all; nothing was changed, the user may try again.</summary>
    Unavailable,
}

/// <summary>A failure the user can act on: a stable code, a Vietnamese message and, for validation, the fields at fault.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Validation(string code, string message, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(ErrorKind.Validation, code, message, fields);

    public static Error Field(string field, string message) =>
        new(ErrorKind.Validation, "validation", message, new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);

    public static Error Unavailable(string code, string message) => new(ErrorKind.Unavailable, code, message);
}
