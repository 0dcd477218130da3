namespace MotCua.Kernel.Results;

/// <summary>Collects field errors so that a form reports every mistake at once, not the first one.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{label} không được để trống.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{label} không được dài quá {maxLength} ký tự.");
        }
    }

    public void Optional(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{label} không được dài quá {maxLength} ký tự.");
        }
    }

    public Error ToError(string message = "Dữ liệu không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.") =>
        Error.Validation("validation", message, _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
